"""Which of an evaluation's documents drafting reads together (mixed into reading.draft.Drafter, whose
`drafted_together` drafts documents as one text).

A pasted text is one proposal. Another customer's case study (kind case_study, case_studies.py) is drafted apart from
the offer, and of its answers only the reference is kept, with the results it tells: read with the offer, that
customer's old state drafted as this plant's problem, its results as the return promised and its SAP as this plant's
link; read alone, each of its answers but the reference is still that other plant's.

A price sheet (kind price_sheet: a workbook, a CSV file, a Word or PDF table of priced items, reading/fees.py) beside the
offer is drafted apart too, and of its answers only those a price may give are kept (prefill.yaml `priced_rows`: what
upkeep costs, who is paid to keep it): its rows are prices, which name no problem, data or workflow, and read with the
offer they would thin it into a product page's few sentences to the buyer (walk67: 13 answers without the price list,
5 with it, most quoting its rows).

A sales e-mail or letter (kind sales_email, sales_mail.py) beside the offer is drafted apart as well: where the offer
answers a question its answer stands, quoting the offer; the e-mail answers only what the offer leaves open, and only
as the vendor's claim (walk79: a rep's "30% garantito, e partiamo in 6 settimane" drafted as described specifically).

The vendor's answers to the buyer's questionnaire (kind questionnaire, questionnaire.py) are drafted with the offer,
each row as its answer alone: the buyer's question beside it is no claim of the vendor's (walk80: "N°: 3; Question ESN:
Qui utilisera la solution au quotidien ?; Réponse ...: Les 5 techniciens ..." quoted whole, and drafted which decision
improves from the question's words)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from questions.models import DOCUMENT_KINDS, Answer, Document, Evaluation

from questions.loader import load_prefill

from .case_studies import case_studies
from .documents import CASE_STUDY, pasted, titles
from .draft_evidence import RANK
from .draft_paid_links import paid_links
from .questionnaire import QUESTIONNAIRE, answers_text
from .sales_mail import CLAIM, mails

PRICE_SHEET = "price_sheet"

if TYPE_CHECKING:  # annotations only
    from .draft_pass import Pass
    from .text import Reading


class DocumentDrafting:
    def draft(self, text: str, proposal: str = "Drafted proposal", vendor: str = "") -> Evaluation:
        """Draft from one text, tidied as a pasted text is (hard-wrapped lines would read as half-sentences)."""
        return self.draft_documents([pasted(text)], proposal, vendor)

    def draft_documents(self, documents: list[Document], proposal: str = "Drafted proposal",
                        vendor: str = "") -> Evaluation:
        """Draft from every document of the offer, read as the app reads them (Evaluation.proposal_text); a link the
        offer sells as a priced option marked so (draft_paid_links.py)."""
        return paid_links(self, self.drafted_pass(documents, proposal, vendor)[0], documents)

    def _apart(self, documents: list[Document], parts: list[Document], proposal: str, vendor: str,
               wanted: frozenset[str] | None) -> tuple[Evaluation, Pass]:
        """`drafted_pass` on the documents read section by section (`parts`); the evaluation holds the files as added."""
        drafted, seen = self.drafted_pass(parts, proposal, vendor, wanted=wanted)
        return drafted.model_copy(update={"documents": documents}), seen

    def drafted_pass(self, documents: list[Document], proposal: str = "Drafted proposal",
                     vendor: str = "", reading: Reading | None = None,
                     wanted: frozenset[str] | None = None) -> tuple[Evaluation, Pass]:
        """`drafted_together`, and the pass that read them; where some are another customer's case studies, the
        offer's other documents drafted together (its pass returned) and each case study apart, giving only the
        reference: the evaluation holds every document, the labels of all and the offer's answers with the references."""
        answered = _answers_read(documents)
        if answered != documents and reading is None:
            return self._apart(documents, answered, proposal, vendor, wanted)
        told = mails(documents)
        if told and reading is None:
            return self._mailed_apart(documents, told, proposal, vendor, wanted)
        sheets = [d for d in documents if d.kind == PRICE_SHEET]
        if sheets and len(sheets) < len(documents) and reading is None:
            return self._priced_apart(documents, sheets, proposal, vendor, wanted)
        cases = [d for d in documents if d.kind == CASE_STUDY]
        drafted_apart = _sections_apart(documents, cases)
        if drafted_apart != documents:  # a file holding another customer's case study and a price table
            return self._apart(documents, drafted_apart, proposal, vendor, wanted)
        if not cases:
            return self.drafted_together(documents, proposal, vendor, reading, wanted)
        rules = case_studies()
        offer, seen = self.drafted_together([d for d in documents if d.kind != CASE_STUDY], proposal, vendor,
                                            wanted=wanted)
        answers = {a.question: a for a in offer.answers}
        labels = list(offer.labels)
        if wanted is None or rules.answers in wanted:
            asked = frozenset((rules.answers, *rules.results))
            for story in [case.model_copy(update={"text": t}) for case in cases for t in rules.stories(case.text)]:
                drafted = self.drafted_together([story], proposal, vendor, wanted=asked)[0]
                labels += drafted.labels  # the vendor sells with them there too (documents.with_document adds them)
                found = rules.reference_answer(drafted.answers, story.text)  # a deck's each story's results
                answers[rules.answers] = _with(answers.get(rules.answers), found)
        order = [q for q in self.questions if q in answers and answers[q] is not None]
        return offer.model_copy(update={"documents": documents, "labels": list(dict.fromkeys(labels)),
                                        "answers": [answers[q] for q in order]}), seen

    def _mailed_apart(self, documents: list[Document], told: list[Document], proposal: str, vendor: str,
                      wanted: frozenset[str] | None) -> tuple[Evaluation, Pass]:
        """`drafted_pass` of the offer's documents, with the sales e-mails' answers to what it leaves open, as claims."""
        offer_docs = [d for d in documents if d not in told]
        drafted, seen = self.drafted_together(told, proposal, vendor, wanted=wanted)
        claims = [a.model_copy(update={"evidence": CLAIM}) for a in drafted.answers]
        if not offer_docs:
            return drafted.model_copy(update={"documents": documents, "answers": claims}), seen
        offer, seen = self.drafted_pass(offer_docs, proposal, vendor, wanted=wanted)
        answers = {a.question: a for a in offer.answers}
        for claim in claims:
            answers.setdefault(claim.question, claim)
        order = [q for q in self.questions if q in answers]
        return offer.model_copy(update={"documents": documents, "answers": [answers[q] for q in order],
                                        "labels": list(dict.fromkeys([*offer.labels, *drafted.labels]))}), seen

    def _priced_apart(self, documents: list[Document], sheets: list[Document], proposal: str, vendor: str,
                      wanted: frozenset[str] | None) -> tuple[Evaluation, Pass]:
        """`drafted_pass` of the offer's other documents, with the answers the price sheets give a price's questions."""
        offer, seen = self.drafted_pass([d for d in documents if d not in sheets], proposal, vendor, wanted=wanted)
        priced = frozenset(q for q, rule in load_prefill().items() if rule.get("priced_rows"))
        asked = priced if wanted is None else priced & wanted
        answers = {a.question: a for a in offer.answers}
        labels = list(offer.labels)
        if asked:
            drafted = self.drafted_together(sheets, proposal, vendor, wanted=asked)[0]
            labels += drafted.labels  # the vendor sells with them there too
            for found in drafted.answers:
                if found.question in asked:
                    answers[found.question] = _joined(answers.get(found.question), found)
        order = [q for q in self.questions if q in answers]
        return offer.model_copy(update={"documents": documents, "labels": list(dict.fromkeys(labels)),
                                        "answers": [answers[q] for q in order]}), seen


def _joined(offer: Answer | None, sheet: Answer) -> Answer:
    """The offer's answer with what the price sheet adds (its options, quotes and text), at the better evidence."""
    if offer is None:
        return sheet
    joined = _with(offer, sheet)
    choices = list(dict.fromkeys([*offer.choices, *sheet.choices]))
    suggested = [c for c in dict.fromkeys([*offer.suggested, *sheet.suggested]) if c not in choices]
    return joined.model_copy(update={"choices": choices, "suggested": suggested,
                                     "integrations": offer.integrations or sheet.integrations})


def _answers_read(documents: list[Document]) -> list[Document]:
    """The documents, each questionnaire's text as drafting reads it: its rows' answers alone (questionnaire.py)."""
    return [d.model_copy(update={"text": answers_text(d.text)}) if d.kind == QUESTIONNAIRE else d for d in documents]


def listed_titles(documents: list[Document]) -> list[str]:
    """How the documents list names each (documents.titles), a file drafted as two sections (`_sections_apart`: another
    customer's case study, then a price table) under both its kinds: "Case study (another customer) and Price sheet"."""
    cases = [d for d in documents if d.kind == CASE_STUDY]
    offer = [d for d in documents if d not in cases]
    case = DOCUMENT_KINDS[CASE_STUDY]
    return [f"{case} and {title}" if d not in cases and case_studies().parts(d.text, offer)[0] else title
            for d, title in zip(documents, titles(documents))]


def _sections_apart(documents: list[Document], cases: list[Document]) -> list[Document]:
    """The documents, each that holds another customer's case study beside a price table (case_studies.parts) as two:
    the case study's section of kind case_study, the rest as it was filed."""
    rules, out = case_studies(), []
    offer = [d for d in documents if d not in cases]
    for document in documents:
        case, rest = ("", document.text) if document in cases else rules.parts(document.text, offer)
        out += [document.model_copy(update={"kind": CASE_STUDY, "text": case}),
                document.model_copy(update={"text": rest})] if case else [document]
    return out


def _with(before: Answer | None, found: Answer | None) -> Answer | None:
    """One reference answer from two (the offer's own and a case study's, or two case studies'): both quoted, at the
    better evidence of the two."""
    if before is None or found is None:
        return before or found
    quotes = list(dict.fromkeys([*before.quotes, *found.quotes]))
    lead = before if RANK[before.evidence] >= RANK[found.evidence] else found
    return lead.model_copy(update={"quotes": quotes, "text": " ".join(t for t in (before.text, found.text) if t)})
