// Loaded into every page the browser tests open (browser_kit.launch): it tells browser_kit.wait_idle
// whether the server has finished the run that the page's last rerun request asked for.
//
// Streamlit's app root says "notRunning" from the moment a click sends its rerun request until the
// server's word that the run has begun arrives, so on a loaded machine the page looks idle before the
// run it is about to draw. This reads the websocket instead. A rerun request (BackMsg.rerun_script)
// is served once a run of what it asked for (the whole page, or its fragment), announced after it was
// sent (new_session), has finished (script_finished other than "finished early for a rerun", which
// another run follows). The previous wait ended with every run finished, so the first such run
// announced after the request is the one it started. A fragment's timed rerun (run_every) is no one's
// action and is not waited on.
(() => {
  if (window.__winnowRuns) return;
  const runs = window.__winnowRuns = {asked: 0, served: true, fragment: "", sentAt: 0, latest: null};
  const RERUN = 11;  // BackMsg.rerun_script
  const FRAGMENT_ID = 5, IS_AUTO_RERUN = 6;  // ClientState
  const METADATA = 2, NEW_SESSION = 4, SCRIPT_FINISHED = 6;  // ForwardMsg
  const RUN = 6, RUN_ID = 1, RUN_FRAGMENTS = 2;  // ForwardMsgMetadata.run, RunIdentity
  const FINISHED_EARLY_FOR_RERUN = 2;
  const text = (b) => new TextDecoder().decode(b);

  function varint(b, i) {
    let value = 0, shift = 0, byte;
    do { byte = b[i++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return [value, i];
  }

  // A protobuf message's top-level fields: number -> values (a varint's number, or the bytes of a
  // length-delimited field), in order.
  function fields(b) {
    const out = new Map();
    let i = 0;
    while (i < b.length) {
      let key, value;
      [key, i] = varint(b, i);
      const wire = key & 7;
      if (wire === 0) [value, i] = varint(b, i);
      else if (wire === 2) { let n; [n, i] = varint(b, i); value = b.subarray(i, i + n); i += n; }
      else if (wire === 1) i += 8;
      else if (wire === 5) i += 4;
      else break;
      const number = Math.floor(key / 8);
      if (!out.has(number)) out.set(number, []);
      out.get(number).push(value);
    }
    return out;
  }

  const one = (msg, number) => (msg.get(number) || [])[0];

  function bytes(data) {
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return null;
  }

  // The run a new_session or script_finished belongs to: its id and the fragments it runs (none: the page).
  function run(msg) {
    const meta = one(msg, METADATA);
    const identity = meta && one(fields(meta), RUN);
    if (!identity) return {id: "", fragments: []};
    const parts = fields(identity);
    return {id: text(one(parts, RUN_ID) || new Uint8Array()), fragments: (parts.get(RUN_FRAGMENTS) || []).map(text)};
  }

  function received(data) {
    const b = runs.served ? null : bytes(data);
    if (!b) return;
    const msg = fields(b);
    if (msg.has(NEW_SESSION)) {
      const started = run(msg);
      const asked = runs.fragment ? started.fragments.includes(runs.fragment) : !started.fragments.length;
      if (runs.latest !== null || asked) runs.latest = started.id;  // then on through its reruns
    }
    const status = one(msg, SCRIPT_FINISHED);
    if (status !== undefined && status !== FINISHED_EARLY_FOR_RERUN && runs.latest !== null) {
      runs.served = run(msg).id === runs.latest;
    }
  }

  const Native = window.WebSocket;
  const send = Native.prototype.send;
  Native.prototype.send = function (data) {
    const b = bytes(data);
    const rerun = b && one(fields(b), RERUN);
    if (rerun !== undefined && rerun !== null) {
      const state = fields(rerun);
      if (!one(state, IS_AUTO_RERUN)) {
        const fragment = one(state, FRAGMENT_ID);
        Object.assign(runs, {asked: runs.asked + 1, served: false, fragment: fragment ? text(fragment) : "",
                             sentAt: performance.now(), latest: null});
      }
    }
    return send.call(this, data);
  };

  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => received(event.data));
    }
  };
})();
