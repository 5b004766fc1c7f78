"""drafting.yaml checked against the question bank before it is compiled (reading/draft_rules.py): each question,
option and area a section names must be the bank's, or the rules would silently draft, drop or move nothing."""
from __future__ import annotations

from questions.models import QuestionBank

from .draft_specs import CAPTURED, INTEGRATION
from .draft_word_classes import check_classes


def check_rules(data: dict, bank: QuestionBank) -> None:
    """Every question, option and area drafting.yaml names is one the bank has: a typo would draft nothing, silently."""
    questions = bank.questions()
    for qid, options in data["questions"].items():
        if qid not in questions:
            raise ValueError(f"drafting.yaml: unknown question {qid!r}")
        known = set(questions[qid].choice_ids())
        for option in options:
            if option not in known:
                raise ValueError(f"drafting.yaml: question {qid}: unknown option {option!r}; known: {', '.join(sorted(known))}")
    areas = set(questions[INTEGRATION].choice_ids())
    for area in list(data["integrations"]["areas"]) + list(data.get("tables", {}).get("integration", {}).get("areas", {})):
        if area not in areas:
            raise ValueError(f"drafting.yaml: integrations: unknown area {area!r}; known: {', '.join(sorted(areas))}")
    for area in data["integrations"].get("moves", {}):
        if area not in areas:
            raise ValueError(f"drafting.yaml: integrations: moves: unknown area {area!r}; known: {', '.join(sorted(areas))}")
    acting = data.get("acting")
    if acting:
        answers = set(questions[acting["answers"]].choice_ids())
        alone = acting.get("alone", {})
        for option in [*acting["acts"], *acting.get("done_by", {}), *alone.get("denies", []),
                       *alone.get("read_as", {}), *alone.get("read_as", {}).values()]:
            if option not in answers:
                raise ValueError(f"drafting.yaml: acting: unknown option {option!r} of {acting['answers']}")
    data_table = data.get("tables", {}).get("data", {})
    for qid in data.get("tables", {}).get("integration", {}).get("row_drafts", []):
        if qid not in questions:
            raise ValueError(f"drafting.yaml: tables: row_drafts: unknown question {qid!r}")
    for qid in data_table.get("rate_answers", []):
        if qid not in questions:
            raise ValueError(f"drafting.yaml: tables: rate_answers: unknown question {qid!r}")
    effects = data.get("effects", {})
    for key in ("drops", "offer_drops"):
        for qid, options in effects.get(key, {}).items():  # a typo would silently drop nothing
            unknown = set(options) - set(questions[qid].choice_ids()) if qid in questions else {qid}
            if unknown:
                raise ValueError(f"drafting.yaml: effects: unknown {', '.join(sorted(unknown))} of {qid}")
    _check_caused(data.get("caused", {}), questions)
    check_classes(data, questions)
    reliability = data.get("reliability", {})
    for qid in set(reliability) - set(questions):
        raise ValueError(f"drafting.yaml: reliability: unknown question {qid!r}")
    _check_caused({q: {o: {} for o in v} for q, v in reliability.items() if isinstance(v, dict)}, questions)
    for qid in set(data.get("told_with", {})) - set(questions):
        raise ValueError(f"drafting.yaml: told_with: unknown question {qid!r}")
    for section in ("said_with", "said_without", "told_with_options"):
        _check_caused({q: {o: {} for o in options} for q, options in data.get(section, {}).items()}, questions)
    captured = set(questions[CAPTURED].choice_ids())
    for option in data_table.get("units", {}):
        if option not in captured:
            raise ValueError(f"drafting.yaml: tables: units: unknown option {option!r} of data.captured")
    case = data.get("case_study", {})
    for qid in {case.get("answers"), *case.get("results", [])} - set(questions) - {None}:
        raise ValueError(f"drafting.yaml: case_study: unknown question {qid!r}")
    named = {"excluded_options": data.get("excluded_options", {}).get("questions", []), "promised_boasts":
             data.get("promised_boasts", []), "heading_not_alone": list(data.get("heading_not_alone", {})),
             "offer_terms": [*data.get("offer_terms", {}).get("questions", []), *data.get("offer_terms", {}).get("row_questions", [])]}
    for section, qids in named.items():  # what leaves out, holds or quotes an answer (draft_unoffered.py): a typo, nothing
        for qid in set(qids) - set(questions):
            raise ValueError(f"drafting.yaml: {section}: unknown question {qid!r}")
    _check_caused({q: {o: {} for o in options} for q, options in data.get("heading_not_alone", {}).items()}, questions)


def _check_caused(caused: dict, questions: dict) -> None:
    for qid, options in caused.items():  # a typo would silently move nothing
        known = set(questions[qid].choice_ids()) if qid in questions else set()
        unknown = {o for option, rule in options.items() for o in (option, *([rule["as"]] if "as" in rule else []))} - known
        if unknown:
            raise ValueError(f"drafting.yaml: caused or said_with: unknown {', '.join(sorted(unknown))} of {qid}")
