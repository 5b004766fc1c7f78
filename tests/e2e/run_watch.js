// Loaded into every page the browser tests open (browser_kit.launch): it tells browser_kit.wait_idle
// whether the server has finished the run that the page's last rerun request asked for.
//
// Streamlit's app root says "notRunning" from the moment a click sends its rerun request until the
// server's answer that the run has begun arrives, so on a loaded machine the page looks idle before
// the run it is about to draw. This watches the websocket instead: each rerun request the page sends
// (BackMsg.rerun_script) is preceded by a heartbeat of ours, whose answer (heartbeat_ack) the server
// queues before it has even read the request. A run announced after that answer (new_session) began
// after the request, and the request is served once that run has finished (script_finished, other
// than "finished early for a rerun", which another run follows).
// A fragment's timed rerun (run_every) is no one's action and is not waited on.
(() => {
  if (window.__winnowRuns) return;
  const runs = window.__winnowRuns = {
    asked: 0, served: true, heartbeats: 0, acks: 0, marker: 0, markerAcked: 0, latest: null,
  };
  const BACK = {RERUN: 11, HEARTBEAT: 17};
  const FORWARD = {METADATA: 2, NEW_SESSION: 4, SCRIPT_FINISHED: 6, HEARTBEAT_ACK: 26};
  const IS_AUTO_RERUN = 6;  // ClientState.is_auto_rerun
  const RUN = 6, RUN_ID = 1;  // ForwardMsgMetadata.run, RunIdentity.script_run_id
  const FINISHED_EARLY_FOR_RERUN = 2;
  const HEARTBEAT = new Uint8Array([0x88, 0x01, 0x01]);  // BackMsg{app_heartbeat: true}

  function varint(b, i) {
    let value = 0, shift = 0, byte;
    do { byte = b[i++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return [value, i];
  }

  // A protobuf message's top-level fields: number -> a varint's value or a length-delimited field's bytes.
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
      if (!out.has(Math.floor(key / 8))) out.set(Math.floor(key / 8), value);
    }
    return out;
  }

  function bytes(data) {
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return null;
  }

  function runId(msg) {
    const meta = msg.get(FORWARD.METADATA);
    const run = meta && fields(meta).get(RUN);
    const id = run && fields(run).get(RUN_ID);
    return id ? new TextDecoder().decode(id) : "";
  }

  function received(data) {
    const b = bytes(data);
    if (!b) return;
    const msg = fields(b);
    if (msg.has(FORWARD.HEARTBEAT_ACK) && ++runs.acks === runs.marker) runs.markerAcked = performance.now();
    if (runs.served || runs.acks < runs.marker) return;
    if (msg.has(FORWARD.NEW_SESSION)) runs.latest = runId(msg);
    const status = msg.get(FORWARD.SCRIPT_FINISHED);
    if (status !== undefined && status !== FINISHED_EARLY_FOR_RERUN && runs.latest === runId(msg)) runs.served = true;
  }

  const Native = window.WebSocket;
  const send = Native.prototype.send;
  Native.prototype.send = function (data) {
    const b = bytes(data);
    const msg = b ? fields(b) : new Map();
    if (msg.has(BACK.HEARTBEAT)) runs.heartbeats++;
    const rerun = msg.get(BACK.RERUN);
    if (rerun !== undefined && !fields(rerun).get(IS_AUTO_RERUN)) {
      send.call(this, HEARTBEAT);
      Object.assign(runs, {asked: runs.asked + 1, served: false, marker: ++runs.heartbeats, latest: null});
    }
    return send.call(this, data);
  };

  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      // a new connection: the server answers its heartbeats afresh, and a request sent on the old
      // one is sent again by Streamlit once connected
      Object.assign(runs, {heartbeats: 0, acks: 0, marker: 0, markerAcked: performance.now(), latest: null});
      this.addEventListener("message", (event) => received(event.data));
    }
  };
})();
