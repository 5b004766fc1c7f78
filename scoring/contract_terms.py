"""The contract terms an offer's documents state (reading/contract_terms.py), as the scorecard, its exports and Compare
list them: each term with its figure, its sentence and its document; and a flag with a plain reason and a question to
the vendor for each term that works against the buyer, and for each term two documents state differently ("the offer
says 24 months, the signed annex says 12: which binds?", walk81). A flag is asked in the follow-up letter under the
topic terms.yaml gives its kind, each once. Words: questions/terms.yaml."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from questions.loader import load_terms
from questions.models import Evaluation
from reading.contract_terms import Term, terms

from reading.money_written import grouped, style

from .prices import kept_documents, minimum_term, price_cost
from .term_settled import settled_by
from .scorecard import RiskFlag

FLAG_ID = "contract_term"  # and the kind and the sentences' digest: one flag a term, the same each time it is read


@dataclass(frozen=True)
class TermShown:
    kind: str  # terms.yaml kind id
    name: str  # "Warranty"
    value: str  # "24 months"; "" where the sentence states no figure
    quote: str
    document: str  # the document's file name

    def said(self) -> str:
        """One line: "24 months: “Gwarancja: 24 miesiące ...” (Oferta.pdf)"."""
        figure = f"{self.value}: " if self.value else ""
        return f"{figure}“{self.quote}” ({self.document})"


@dataclass(frozen=True)
class TermsRead:
    terms: list[TermShown]
    flags: list[RiskFlag]  # those no reply settled
    topics: dict[str, str]  # flag id -> the letter's topic it is asked under
    settled: list[tuple[RiskFlag, str]] = ()  # a flag a reply settled, with the reply's sentence that settles it


def contract_terms(evaluation: Evaluation) -> TermsRead:
    """The terms the offer's own documents state, each once, and the flags they raise (a reply's terms are the round's)."""
    documents = [d for d in kept_documents(evaluation) if d.kind not in ("reply", "case_study")]
    spec = load_terms()
    names = {k["id"]: k["name"] for k in spec["kinds"]}
    read = [(d.name, term) for d in documents for term in terms(d.text)]  # by its file: which one the vendor signed
    shown = list({(t.kind, t.quote): TermShown(t.kind, names[t.kind], t.value(), t.quote, title)
                  for title, t in read}.values())
    flags, topics = [], {}  # flags: (flag, its kind, the lengths in days two documents differ on; () for a term against)
    topic_of = {k["id"]: k.get("topic", "") for k in spec["kinds"]}
    order = _order_value(evaluation) if any(t.amount for _, t in read) else {}
    for title, term in read:
        if term.against:
            flag = _against(spec["against"][term.kind], term, title)
        elif term.amount and term.amount[1] < order.get(term.amount[0], 0.0):
            flag = _below_order(spec["against"][term.kind], term, title, order, evaluation)
        else:
            continue
        flags.append((flag, term.kind, ()))
        topics[flag.id] = topic_of[term.kind]
    for kind in (k for k in spec["kinds"] if k.get("compared")):
        for flag, days in _differ(spec["differs"], kind["name"], [(title, t) for title, t in read if t.kind == kind["id"]]):
            flags.append((flag, kind["id"], days))
            topics[flag.id] = topic_of[kind["id"]]
    once = {f.id: (f, kind, days) for f, kind, days in flags}
    replies = [d.text for d in evaluation.documents if d.kind == "reply"]
    order = order or (_order_value(evaluation) if replies and once else {})  # costed once, where a reply may settle
    settled = {i: said for i, (_, kind, days) in once.items() if (said := settled_by(replies, kind, days, order))}
    return TermsRead(terms=shown, flags=[f for i, (f, _, _) in once.items() if i not in settled], topics=topics,
                     settled=[(once[i][0], said) for i, said in settled.items()])


def _against(words: dict, term: Term, document: str) -> RiskFlag:
    said = {"quote": term.quote, "document": document, "value": term.value()}
    return RiskFlag(id=_id(term.kind, term.quote), severity="medium", title=words["title"],
                    reason=words["reason"].format(**said), follow_up=words["ask"].format(**said))


def _order_value(evaluation: Evaluation) -> dict[str, float]:
    """Currency -> what the offer's own prices cost over its minimum term, or a year of its fees where it states no
    term: the order value a cap in money is weighed against."""
    return price_cost(evaluation).over(minimum_term(evaluation) or 12)


def _below_order(words: dict, term: Term, document: str, order: dict[str, float], evaluation: Evaluation) -> RiskFlag:
    """A cap stated as money below the order value ("liability limited to EUR 50,000" on a EUR 180,000 offer)."""
    code, _ = term.amount
    how = style(" ".join(d.text for d in kept_documents(evaluation)))
    said = {"quote": term.quote, "document": document, "value": term.value(), "order": f"{code} {grouped(order[code], how)}"}
    return RiskFlag(id=_id(term.kind, term.quote), severity="medium", title=words["title"],
                    reason=words["amount_reason"].format(**said), follow_up=words["amount_ask"].format(**said))


def _differ(words: dict, name: str, read: list[tuple[str, Term]]) -> list[tuple[RiskFlag, tuple[float, ...]]]:
    """A flag for two documents that state this term's length differently: each document's length the other does not
    state, the first such in each (a length both state is no difference, "24 months" in the offer and the annex)."""
    by_document: dict[str, list[Term]] = {}
    for title, term in read:
        if term.days() is not None:
            by_document.setdefault(title, []).append(term)
    flags, documents = [], list(by_document)
    for i, first in enumerate(documents):
        for second in documents[i + 1:]:
            ones, others = by_document[first], by_document[second]
            a = next((t for t in ones if t.days() not in {o.days() for o in others}), None)
            b = next((t for t in others if t.days() not in {o.days() for o in ones}), None)
            if a is None and b is None:
                continue
            a, b = a or ones[0], b or others[0]
            said = {"name": name, "first": first, "second": second, "first_quote": a.quote, "second_quote": b.quote,
                    "first_value": a.value(), "second_value": b.value()}
            flags.append((RiskFlag(id=_id(a.kind, a.quote + "\n" + b.quote), severity="medium",
                                   title=words["title"].format(**said), reason=words["reason"].format(**said),
                                   follow_up=words["ask"].format(**said)), (a.days(), b.days())))
    return flags


def _id(kind: str, said: str) -> str:
    return f"{FLAG_ID}_{kind}_{hashlib.sha256(said.encode()).hexdigest()[:10]}"


def term_sources(evaluation: Evaluation, topics: frozenset[str]) -> list[tuple]:
    """Each term flag as a round's source (rounds.Source's fields), under its kind's topic: asked in its own words."""
    read = contract_terms(evaluation)
    return [(f"term:{flag.id}", read.topics[flag.id] if read.topics[flag.id] in topics else "",
             f"Contract term: {flag.title}", 0, flag.follow_up, (), flag.follow_up) for flag in read.flags]


def terms_rows(evaluation: Evaluation) -> list[tuple[str, str]]:
    """The terms and their flags as an export's labelled lines: "Contract term: Warranty" -> its figure, sentence and
    document; "Term flag: ..." -> its reason and the question to ask."""
    read = contract_terms(evaluation)
    return [*((f"Contract term: {t.name}", t.said()) for t in read.terms),
            *((f"Term flag: {f.title}", f"{f.reason} Ask the vendor: {f.follow_up}") for f in read.flags),
            *((f"Term settled by the reply: {f.title}", f"“{said}”") for f, said in read.settled)]


def compared_terms(evaluation: Evaluation) -> dict[str, str]:
    """Term name -> what the offer states of it, in words, for Compare's row of that term."""
    out: dict[str, list[str]] = {}
    for t in contract_terms(evaluation).terms:
        out.setdefault(t.name, []).append(t.value or t.quote)
    return {name: "; ".join(dict.fromkeys(said)) for name, said in out.items()}
