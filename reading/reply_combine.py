"""One answer from the offer's and the reply's, as drafting combines them (`combine`), and what a reply
adds to an answer the buyer typed or reviewed (`proposed`): shown side by side, taken only when the
buyer accepts it (questions.answer_edits.take_proposed)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from questions.models import Answer, Document, Evaluation, Integration, QuestionBank, RoundQuestion

from .documents import Citations
from .reply_answers import MAX_QUOTES
from .reply_words import unmarked

RANK = {"not_answered": 0, "vendor_claim": 1, "specific": 2, "demonstrated": 3, "proven": 4}


@dataclass(frozen=True)
class Proposed:
    """A change the reply suggests to an answer the buyer typed or reviewed: shown side by side,
    applied only when the buyer accepts it."""
    question: str
    current: Answer
    proposed: Answer


def combine(offer: Answer | None, reply: Answer | None, kind: str, names=None) -> Answer:
    """One drafted answer from the offer's and the reply's. An answer's evidence covers all it holds,
    so a claim never rides on a specific reply: the better-evidenced answer leads and the other's
    options are only suggested; at equal evidence both are kept. The reply's quotes come first. `names`: the systems a
    sentence names by area (`named_again`)."""
    if offer is None or reply is None:
        return offer or reply
    lead, other = (reply, offer) if RANK[reply.evidence] >= RANK[offer.evidence] else (offer, reply)
    equal = RANK[reply.evidence] == RANK[offer.evidence]
    if kind == "choice" or not equal:
        choices = lead.choices or (other.choices if equal else [])
    else:
        choices = list(dict.fromkeys([*offer.choices, *reply.choices]))
    # the reply's own links, each with its way, stand for the offer's claimed ones that name no way and no owner ("MES
    # and ERP integration" asks for no third link where the reply gives its MES and maintenance links)
    ways = reply.integrations and all(i.method.strip() for i in reply.integrations)
    offered = [i for i in offer.integrations if not ways or i.method.strip() or i.owner.strip()] if equal else []
    again = named_again(offer, reply, names)  # "Maximo" in the reply, "IBM Maximo" in the offer: one link
    rows = merged_rows(offered, lead.integrations, again)
    if equal:
        rows = merged_rows(rows, reply.integrations, again)
    quotes = list(dict.fromkeys([*reply.quotes, *offer.quotes] if equal else lead.quotes))[:MAX_QUOTES]
    suggested = [o for o in dict.fromkeys([*lead.suggested, *other.choices, *other.suggested]) if o not in choices]
    return lead.model_copy(update={
        "choices": choices, "integrations": rows, "quotes": quotes, "suggested": suggested,
        "text": lead.text or other.text, "measure": lead.measure or other.measure})


def by_round(evaluation: Evaluation) -> list[tuple[list[Document], list[RoundQuestion]]]:
    """The replies, each with the questions of the round it answered (its Round.reply_document), in the rounds' order;
    one no round names yet (the reply being read) the last round's: an earlier reply's sentences stand under the
    questions they answered, so a later letter asking other things does not make them answers to any question."""
    last = evaluation.rounds[-1] if evaluation.rounds else None
    groups: dict[int, tuple[list[Document], list[RoundQuestion]]] = {}
    for document in (d for d in evaluation.documents if d.kind == "reply"):
        answered = next((r for r in evaluation.rounds if r.replied and any(  # any of the messages that answered it
            sha == document.sha256 if sha else name == document.name
            for name, sha in [(one.document, one.sha256) for one in r.replies] or [(r.reply_document, r.reply_sha256)])),
            last)
        number = answered.number if answered else 0
        groups.setdefault(number, ([], answered.questions if answered else []))[0].append(document)
    return [groups[n] for n in sorted(groups)]


def proposed(merged: Evaluation, theirs: dict[str, Answer], bank: QuestionBank, asked: set[str], names=None,
             offered: dict[str, Answer] | None = None) -> list[Proposed]:
    """Each answer of the buyer's own that the replies' answer to the same question adds to: on a question
    the round `asked`, the reply's laid on it (`on_yours`); on another, only the options it adds to a
    several-options answer (`added`): a sentence answers what it was asked under, and drafted into another
    question's one option or text it is rarely what the buyer would put there. Where the replies draft
    nothing, nothing is proposed, though drafting the offer again reads the question otherwise. `offered`: the offer's
    own drafted answers, whose options the buyer took out stay out on a question the round did not ask."""
    replies = [d for d in merged.documents if d.kind == "reply"]
    cite = Citations(replies).cite if replies else (lambda quote: "")
    kinds = {q.id: q.kind for q in bank.questions().values()}
    out = []
    for qid, reply in theirs.items():
        yours = merged.answer(qid)
        if yours is None or yours.unreviewed or not any(cite(q) for q in reply.quotes):
            continue  # a new or replaced draft: nothing of the buyer's is changed
        laid = on_yours(yours, reply, kinds[qid], names) if qid in asked else \
            added(yours, not_taken_out(reply, yours, (offered or {}).get(qid)), kinds[qid])
        if laid is not None and _content(laid) != _content(yours):
            out.append(Proposed(qid, yours, laid))
    return out


def not_taken_out(reply: Answer, yours: Answer, offer: Answer | None) -> Answer:
    """The reply's answer without the options the offer's draft held and the buyer took out of it: the buyer judged
    them, and a reply that was not asked about them restates nothing new (walk80: the buyer removed "Quality issues
    repeat"; the reply's sentence on the SAP option's scrap figures proposed it again)."""
    out = {c for c in offer.choices if c not in yours.choices} if offer is not None else set()
    return reply.model_copy(update={"choices": [c for c in reply.choices if c not in out]}) if out else reply


def on_yours(yours: Answer, reply: Answer, kind: str, names=None) -> Answer:
    """The reply's answer laid on the buyer's own: options and evidence as `combine` weighs them, every
    connection the buyer listed kept (the reply's own row for the same system in its place), and the
    buyer's text kept with the reply's after it, where the reply's evidence is as good. The buyer's several options stay
    (walk58: a reply's SLA proposed in place of the buyer's "Industrial-rated hardware"): the reply adds to them, at the
    lower evidence as `added` weighs it, since nothing in it takes them back."""
    laid = combine(yours, reply, kind, names)
    if kind == "choices" and yours.choices and not set(yours.choices) <= set(laid.choices):
        laid = (added(yours, laid, kind) or yours).model_copy(update={"quotes": laid.quotes})
    rows = merged_rows(yours.integrations, reply.integrations, named_again(yours, reply, names))
    text, said = yours.text.strip(), _new_to(yours.text, reply)
    if said and RANK[reply.evidence] >= RANK[yours.evidence] and _plain(said) not in _plain(text):
        text = f"{text}\n{said}" if text else said
    return laid.model_copy(update={"integrations": rows, "text": text, "quotes": _and_replys(laid.quotes, reply)})


def _new_to(text: str, reply: Answer) -> str:
    """The reply's text without the sentences the buyer's already holds ("The total for both phases remains $1.2M"
    said in both): its sentences are its quotes, each once, without a reply's mark ("Re 3.1:")."""
    own = [unmarked(q) for q in reply.quotes if _plain(unmarked(q)) in _plain(reply.text)]
    if not own:
        return reply.text.strip()
    return " ".join(dict.fromkeys(q for q in own if _plain(q) not in _plain(text)))


def merged_rows(first: list[Integration], then: list[Integration], again: frozenset[str] = frozenset()
                ) -> list[Integration]:
    """`first`'s links with `then`'s laid on them. A link of `then` stands in the place of the first's link to the
    same system the same way (or no way said) whose method is blank or the same, keeping what it leaves blank;
    any other link is added. Several links to one system stay several: an ERP's orders in, its notifications out
    and the WMS's dispatch file are three links of the inventory area (walk53: taking a reply's answer kept one); but
    a link of an area in `again`, whose one system both name (`named_again`), is that system's link told again: it
    updates the first's row (its way, its method, its owner) and adds none."""
    rows = list(first)
    for row in then:
        at = next((n for n, have in enumerate(rows) if _same_link(have, row)), None)
        told = next((n for n, have in enumerate(rows) if have.system == row.system), None) if row.system in again else None
        if at is None and told is not None:
            rows[told] = _told_again(rows[told], row)
        elif at is None:
            rows.append(row)
        else:
            have = rows[at]
            rows[at] = row.model_copy(update={"method": _fuller(have.method, row.method),
                                              "owner": row.owner.strip() or have.owner,
                                              "direction": have.direction if row.direction == "none" else row.direction})
    return rows


def _told_again(have: Integration, row: Integration) -> Integration:
    """A system's link as told again: its way both where the two tell two ways, its methods' parts together (the first's
    first), the owner the later names, else the first's."""
    ways = {have.direction, row.direction} - {"none"}
    parts = list(dict.fromkeys(p.strip() for p in re.split(r"[,/;]", f"{have.method},{row.method}") if p.strip()))
    return have.model_copy(update={"direction": ways.pop() if len(ways) == 1 else "both" if ways else have.direction,
                                   "method": have.method if set(_words(row.method)) <= set(_words(have.method))
                                   else _fuller(have.method, row.method) if _same_parts(have, row) else ", ".join(parts),
                                   "owner": row.owner.strip() or have.owner})


def _same_parts(have: Integration, row: Integration) -> bool:
    """Whether one link's method parts hold the other's ("REST API" of "creates a work order, REST API"), or one is blank."""
    mine, said = _parts(have.method), _parts(row.method)
    return not mine or not said or mine <= said or said <= mine


def named_again(first: Answer | None, then: Answer | None, names) -> frozenset[str]:
    """The areas `first` and `then` each link once, to a system their sentences name alike ("IBM Maximo", "Maximo";
    "SAP S/4HANA", "SAP"): `then`'s link there is the same system's, told again. `names(text)`: area -> the system
    names a sentence gives it (none, where the area is named only by what moves: "stock", "the production orders")."""
    if names is None or first is None or then is None or not first.integrations or not then.integrations:
        return frozenset()
    once = lambda answer: {a for a, n in Counter(r.system for r in answer.integrations).items() if n == 1}  # noqa: E731
    areas = once(first) & once(then)
    if not areas:
        return frozenset()
    named = lambda answer: {a: set().union(*(names(q).get(a, set()) for q in answer.quotes)) for a in areas}  # noqa: E731
    mine, said = named(first), named(then)
    return frozenset(a for a in areas if mine[a] & said[a] or not said[a] and _way_held(first, then, a))


def _way_held(first: Answer, then: Answer, area: str) -> bool:
    """`then` names no system of `area` (only what moves there) and tells its one link of it by a way `first`'s one
    link already holds, word for word: the same link told again, no second one (walk80: the buyer's typed "API REST
    Carl (connecteur Nordmeca)", the reply's "via l'API REST de Carl" drafted "REST": a second CMMS row proposed)."""
    have = next(r for r in first.integrations if r.system == area)
    row = next(r for r in then.integrations if r.system == area)
    return bool(row.method.strip()) and set(_words(row.method)) <= set(_words(have.method))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _same_link(have: Integration, row: Integration) -> bool:
    """One link: the same system the same way, or a way the first only guessed (it names no method: "integration
    with your OSIsoft PI" read as into it, the reply's "reads the tags ..., read-only" says the way), with methods
    that agree: one blank, or one's parts among the other's ("REST API" of "creates a work order, REST API")."""
    ways = {have.direction, row.direction}
    return (have.system == row.system and (len(ways) == 1 or "none" in ways or not have.method.strip())
            and (not have.method.strip() or not row.method.strip() or _parts(row.method) <= _parts(have.method)
                 or _parts(have.method) <= _parts(row.method)))


def _parts(method: str) -> set[str]:
    return {_plain(part) for part in re.split(r"[,/;]", method) if part.strip()}


def _fuller(have: str, said: str) -> str:
    """The reply's method, or the first's where it holds all the reply's parts and more."""
    return have if not said.strip() or (_parts(said) < _parts(have)) else said


def added(yours: Answer, reply: Answer, kind: str) -> Answer | None:
    """The buyer's several options with the reply's new ones, at the buyer's evidence: the buyer judged it, and taking
    what a reply adds never lowers it (walk81: "Recurring loss patterns" added at a claim turned the buyer's
    "described specifically" into a claim); at the reply's where the buyer's says nothing (a draft the buyer rejected:
    walk 55 took the reply's roles and kept "not answered", 0 points); None when it adds none, or for any other kind."""
    new = [c for c in reply.choices if c not in yours.choices]
    if kind != "choices" or not new:
        return None
    kept = yours.evidence if yours.has_content else reply.evidence
    return yours.model_copy(update={"choices": [*yours.choices, *new], "evidence": kept,
                                    "quotes": _and_replys(yours.quotes, reply)})


def _and_replys(quotes: list[str], reply: Answer) -> list[str]:
    """The quotes with the reply's sentences after them: the reply's words behind what it proposes to add."""
    return [*quotes, *(q for q in reply.quotes if q not in quotes)]


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def _content(answer: Answer) -> tuple:
    measure = answer.measure.model_dump() if answer.measure else None
    return (answer.evidence, sorted(answer.choices), answer.text.strip(), measure,
            sorted((i.system, i.direction, i.owner.strip()) for i in answer.integrations))  # an owner the reply names too
