"""Which of an evaluation's documents drafting reads together (mixed into reading.draft.Drafter, whose
`drafted_together` drafts documents as one text).

A pasted text is one proposal. Another customer's case study (kind case_study, case_studies.py) is drafted apart from
the offer, and of its answers only the reference is kept, with the results it tells: read with the offer, that
customer's old state drafted as this plant's problem, its results as the return promised and its SAP as this plant's
link; read alone, each of its answers but the reference is still that other plant's."""
from __future__ import annotations

from typing import TYPE_CHECKING

from questions.models import Answer, Document, Evaluation

from .case_studies import case_studies
from .documents import CASE_STUDY, pasted
from .draft_evidence import RANK

if TYPE_CHECKING:  # annotations only
    from .draft_pass import Pass
    from .text import Reading


class DocumentDrafting:
    def draft(self, text: str, proposal: str = "Drafted proposal", vendor: str = "") -> Evaluation:
        """Draft from one text, tidied as a pasted text is (hard-wrapped lines would read as half-sentences)."""
        return self.draft_documents([pasted(text)], proposal, vendor)

    def draft_documents(self, documents: list[Document], proposal: str = "Drafted proposal",
                        vendor: str = "") -> Evaluation:
        """Draft from every document of the offer, read as the app reads them (Evaluation.proposal_text)."""
        return self.drafted_pass(documents, proposal, vendor)[0]

    def drafted_pass(self, documents: list[Document], proposal: str = "Drafted proposal",
                     vendor: str = "", reading: Reading | None = None,
                     wanted: frozenset[str] | None = None) -> tuple[Evaluation, Pass]:
        """`drafted_together`, and the pass that read them; where some are another customer's case studies, the
        offer's other documents drafted together (its pass returned) and each case study apart, giving only the
        reference: the evaluation holds every document, the labels of all and the offer's answers with the references."""
        cases = [d for d in documents if d.kind == CASE_STUDY]
        if not cases:
            return self.drafted_together(documents, proposal, vendor, reading, wanted)
        rules = case_studies()
        offer, seen = self.drafted_together([d for d in documents if d.kind != CASE_STUDY], proposal, vendor,
                                            wanted=wanted)
        answers = {a.question: a for a in offer.answers}
        labels = list(offer.labels)
        if wanted is None or rules.answers in wanted:
            asked = frozenset((rules.answers, *rules.results))
            for case in cases:
                drafted = self.drafted_together([case], proposal, vendor, wanted=asked)[0]
                labels += drafted.labels  # the vendor sells with them there too (documents.with_document adds them)
                found = rules.reference_answer(drafted.answers, case.text)
                answers[rules.answers] = _with(answers.get(rules.answers), found)
        order = [q for q in self.questions if q in answers and answers[q] is not None]
        return offer.model_copy(update={"documents": documents, "labels": list(dict.fromkeys(labels)),
                                        "answers": [answers[q] for q in order]}), seen


def _with(before: Answer | None, found: Answer | None) -> Answer | None:
    """One reference answer from two (the offer's own and a case study's, or two case studies'): both quoted, at the
    better evidence of the two."""
    if before is None or found is None:
        return before or found
    quotes = list(dict.fromkeys([*before.quotes, *found.quotes]))
    lead = before if RANK[before.evidence] >= RANK[found.evidence] else found
    return lead.model_copy(update={"quotes": quotes, "text": " ".join(t for t in (before.text, found.text) if t)})
