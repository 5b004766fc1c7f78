"""The clarification-round pairs of tests/data/rounds/: a proposal and four replies to its letter,
each labelled by hand with the topics it answers specifically, answers partly, dodges, or answers
unasked. `figures` measures the aims of issue 16 on one set of `SETS`: tuning/ to tuning78/ for
tuning, heldout/, heldout2/ and heldout3/ only measured (tuning2/ to tuning78/, heldout2/ and heldout3/ were
written without seeing the reply rules)."""
from __future__ import annotations

import gc
import statistics
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from questions import load_bank
from questions.models import Document, Evaluation, RoundQuestion
from reading import reply_drafting
from reading.documents import Citations, pasted
from reading.draft import drafter_for
from scoring import score
from scoring.rounds import freeze, letter_problems, open_questions, read_reply, reply_reader

HERE = Path(__file__).parent / "data" / "rounds"
SENT = date(2026, 11, 2)
SETS = ("tuning", "tuning2", "tuning3", "tuning4", "tuning5", "tuning6", "tuning7", "tuning8", "tuning9", "tuning10", "tuning11", "tuning12", "tuning13", "tuning14", "tuning15", "tuning16", "tuning17", "tuning18", "tuning19", "tuning20", "tuning21", "tuning22", "tuning23", "tuning24", "tuning25", "tuning26", "tuning27", "tuning28", "tuning29", "tuning30", "tuning31", "tuning32", "tuning33", "tuning34", "tuning35", "tuning36", "tuning37", "tuning38", "tuning39", "tuning40", "tuning41", "tuning42", "tuning43", "tuning44", "tuning45", "tuning46", "tuning47", "tuning48", "tuning49", "tuning50", "tuning51", "tuning52", "tuning53", "tuning54", "tuning55", "tuning56", "tuning57", "tuning58", "tuning59", "tuning60", "tuning61", "tuning62", "tuning63", "tuning64", "tuning65", "tuning66", "tuning67", "tuning68", "tuning69", "tuning70", "tuning71", "tuning72", "tuning73", "tuning74", "tuning75", "tuning76", "tuning77", "tuning78", "heldout", "heldout2", "heldout3")


def cases(half: str) -> list[tuple[str, dict]]:
    return [(p.stem, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in sorted((HERE / half).glob("*.yaml"))]


def drafted(case: dict, name: str = "Proposal") -> Evaluation:
    return drafter_for(load_bank()).draft_documents([pasted(case["proposal"])], name, "Vendor")


@dataclass
class Figures:
    closed: list[bool] = field(default_factory=list)  # per question answered specifically: did it close
    stayed: list[bool] = field(default_factory=list)  # per question dodged: did it stay open
    letters: int = 0
    bad_letters: list[str] = field(default_factory=list)
    vague_specific: int = 0  # answers made "described specifically" by a vague reply's sentence
    statuses: list[tuple[str, str, str, str]] = field(default_factory=list)  # (case, reply, topic, status)

    @staticmethod
    def pct(flags: list[bool]) -> str:
        return f"{100 * sum(flags) / len(flags):.0f}% ({sum(flags)}/{len(flags)})" if flags else "n/a"

    def lines(self, half: str) -> str:
        return (f"{half}: answered specifically and closed {self.pct(self.closed)}; dodged and still open "
                f"{self.pct(self.stayed)}; letters with a duplicate or settled question "
                f"{len(self.bad_letters)} of {self.letters}; answers made specific by a vague sentence {self.vague_specific}")


def sent_out(proposal: str, name: str, buyer: str) -> Evaluation:
    """A drafted proposal whose first round of questions the buyer sent on SENT."""
    evaluation = drafted({"proposal": proposal}, name)
    return freeze(evaluation, score(evaluation), buyer, SENT)


def replied(sent: Evaluation, text: str):
    """A reply's whole text, pasted, read against the open round of `sent` (scoring.rounds.read_reply)."""
    return read_reply(sent, pasted(text, "reply", "Reply"))


def asked(sent: Evaluation, text: str) -> dict[str, RoundQuestion]:
    """Topic -> the round's question, as the reply's whole text left it."""
    return {q.topic: q for q in replied(sent, text).round.questions}


@dataclass(frozen=True)
class Mail:
    """A vendor's e-mail reply: the body a test gives, between this greeting and signature."""
    greeting: str
    closing: str

    def letter(self, body: str) -> str:
        return f"{self.greeting}\n\n{body}\n\n{self.closing}\n"

    def read(self, sent: Evaluation, body: str):
        """The reply read against the open round of `sent` (scoring.rounds.read_reply)."""
        return replied(sent, self.letter(body))

    def asked(self, sent: Evaluation, body: str) -> dict[str, RoundQuestion]:
        """Topic -> the round's question, as the reply left it."""
        return asked(sent, self.letter(body))

    def specific(self, sent: Evaluation, body: str) -> list[str]:
        """Questions the reply's own sentences made "described specifically"."""
        done = self.read(sent, body).evaluation
        cite = Citations([d for d in done.documents if d.kind == "reply"]).cite
        return [a.question for a in done.answers if a.evidence == "specific" and any(cite(q) for q in a.quotes)]


def placed(sent: Evaluation, text: str) -> dict[str, str | None]:
    """Each sentence of a reply -> the asked topic its place in the reply answers (None: no question's)."""
    sentences, at = reply_reader(load_bank()).placed(text, sent.rounds[-1].questions)
    return {s.text: at.get(s.start) for s, *_ in sentences}


def figures(half: str) -> Figures:
    out = Figures()
    for name, case in cases(half):
        evaluation = drafted(case, name)
        card = score(evaluation)
        first = open_questions(evaluation, card)
        _letter(out, name, evaluation, card, first)
        sent = freeze(evaluation, card, "Buyer", SENT)
        for reply_name, reply in case["replies"].items():
            done = read_reply(sent, pasted(reply["text"], "reply", f"Reply {reply_name}"))
            asked = {q.topic: q for q in done.round.questions}
            out.closed += [asked[t].closed for t in reply.get("answers", []) if t in asked]
            out.stayed += [not asked[t].closed for t in reply.get("dodges", []) if t in asked]
            out.statuses += [(name, reply_name, q.topic, q.status) for q in done.round.questions]
            if reply_name == "vague":
                out.vague_specific += _specific_from_reply(done.evaluation)
            _letter(out, f"{name} after {reply_name}", done.evaluation, done.card,
                    open_questions(done.evaluation, done.card))
    return out


def _letter(out: Figures, name: str, evaluation, card, questions) -> None:
    out.letters += 1
    problems = letter_problems(evaluation, card, questions)
    if problems:
        out.bad_letters.append(f"{name}: {problems}")


def _specific_from_reply(evaluation: Evaluation) -> int:
    replies = Citations([d for d in evaluation.documents if d.kind == "reply"])
    return sum(1 for a in evaluation.answers if a.evidence == "specific" and any(replies.cite(q) for q in a.quotes))


PAGES, PAGE = 10, 3000  # the speed aim's reply: 10 pages of ~3,000 characters


KINDS = ("drafting", "first drafting", "warm", "first")  # "first ...": every memo of what a text read emptied before


@dataclass
class Speed:
    """Seconds per run of drafting from a reply and reading it, each warm (read before: what the other run read is
    remembered) and the first time (every memo of what a text read emptied first, as when a buyer pastes it), the four
    measured in turns so all see the same load: on the wall clock, and in this process's CPU time (what other
    processes on a shared machine take moves it less)."""
    pages: int
    asked: int  # the letter's questions: one per topic, so at most the topics of questions/rounds.yaml (16)
    bank_asked: int = 0  # the bank's questions they ask (each gap's question, each unanswered one): the 20
    wall: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in KINDS})
    cpu: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in KINDS})

    def ratios(self, reading: str, clock: str = "wall", against: str = "drafting") -> tuple[float, float]:
        """(best against best, median against median) of `reading` ("warm", "first") against `against` (drafting warm,
        or "first drafting": drafting from the text the first time)."""
        spent = getattr(self, clock)
        return (min(spent[reading]) / min(spent[against]),
                statistics.median(spent[reading]) / statistics.median(spent[against]))


def bank_questions(asked: list[RoundQuestion]) -> set[str]:
    """The bank's questions a letter asks: each source's question ('gap:ai:data.history', 'question:decision.kpi',
    'incomplete:connect.integrations'); a risk flag names none."""
    return {s.rsplit(":", 1)[1] for q in asked for s in q.sources if not s.startswith("flag:")}


def speed_round() -> tuple[Evaluation, Evaluation, Document]:
    """The speed aim's offer (every label sold, nothing answered), its first round sent, and the 10-page reply made of
    the tuning pairs' replies (tuning/ to tuning3/: no held-out text)."""
    bank = load_bank()
    text = "\n".join(r["text"] for half in SETS[:3] for _, c in cases(half) for r in c["replies"].values())[:PAGES * PAGE]
    reply = pasted("\f".join(text[i:i + PAGE] for i in range(0, len(text), PAGE)), "reply", "Reply")
    offer = Evaluation(bank_version=bank.version, proposal="Everything", labels=[lab.id for lab in bank.labels],
                       documents=[pasted(cases("tuning")[0][1]["proposal"])])
    return offer, freeze(offer, score(offer), "Buyer", SENT), reply


def speed(times: int = 30) -> Speed:
    """Reading a 10-page reply made of the tuning pairs' replies (no held-out text), against a round asking every
    topic (all labels sold, nothing answered: 16 questions, the most a letter holds, asking 20 of the bank's
    questions), beside drafting from the same text: `times` runs of each."""
    bank = load_bank()
    offer, sent, reply = speed_round()
    drafter, reader = drafter_for(bank), reply_reader(bank)
    out = Speed(reply.text.count("\f") + 1, len(sent.rounds[0].questions), len(bank_questions(sent.rounds[0].questions)))
    drafting = lambda: drafter.draft_documents([*offer.documents, reply])
    work = dict(zip(KINDS, (drafting, drafting, lambda: read_reply(sent, reply), lambda: read_reply(sent, reply))))
    for job in work.values():
        job()
    for run in range(times):
        for kind in list(work)[run % 4:] + list(work)[:run % 4]:  # each kind first in turn
            if kind.startswith("first"):
                reader.forget()
                reply_drafting.forget()
            gc.collect()  # a collection of the run before must not land inside this one
            start, cpu = time.perf_counter(), time.process_time()
            work[kind]()
            out.wall[kind].append(time.perf_counter() - start)
            out.cpu[kind].append(time.process_time() - cpu)
            if kind == "first drafting":
                work["warm"]()  # the reply's placing remembered again, as it was before this run
    return out
