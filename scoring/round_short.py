"""What a reply still lacks where a sold label's gap holds its question open on the kinds of an answer's options
(`chosen ... any`, `min_chosen ... count`): the answer drafted from the reply names data, but not of the kind the label
needs ("Predictive maintenance, but no condition data": needle speed, stitch count and thread tension are no
vibration, temperature, pressure or device health), or too few kinds ("Digital twin, but too little live data": one
kind, temperature, where a twin needs three). The round question's why says which kinds it names and which it lacks,
so the buyer sees what to ask again rather than only the gap's name."""
from __future__ import annotations

from questions.models import Evaluation, QuestionBank
from questions.wording import many

SHORT_OF_KIND = "Drafted from the answers: {named}; none of them is {wanted}, which {label} needs"
SHORT_OF_COUNT = "Drafted from the answers: {kinds} ({named}); {label} needs {count}"


def short_of(sources: list[str], evaluation: Evaluation | None, bank: QuestionBank) -> list[str]:
    """For each open label gap of `sources` ('gap:predictive_maintenance:data.captured') whose rule counts an answer's
    options, what the drafted answer names against what the rule needs; none where the answer names no option (the
    gap's own words say it) or the rule counts something else."""
    if evaluation is None:
        return []
    out = []
    for source in sources:
        kind, _, rest = source.partition(":")
        label_id, _, qid = rest.partition(":")
        if kind != "gap" or not qid:
            continue
        answer = evaluation.answer(qid)
        chosen = list(answer.choices) if answer is not None else []
        said = _needs(bank, label_id, qid, chosen)
        if said:
            out.append(said)
    return out


def _needs(bank: QuestionBank, label_id: str, qid: str, chosen: list[str]) -> str:
    label, question = bank.label(label_id), bank.questions().get(qid)
    if question is None or not chosen:
        return ""
    names = {option: _plain(name) for option, name in question.choice_names().items()}
    named = _listed([names.get(c, c) for c in chosen], "and")
    for when in (leaf for req in label.requires for leaf in _leaves(req.when)):
        if "chosen" in when and when["chosen"].get("question") == qid and not set(chosen) & set(when["chosen"]["any"]):
            return SHORT_OF_KIND.format(named=named, label=label.name,
                                        wanted=_listed([names.get(o, o) for o in when["chosen"]["any"]], "or"))
        counted = when.get("min_chosen", {})
        if counted.get("question") == qid and "among" not in counted and len(chosen) < counted.get("count", 0):
            return SHORT_OF_COUNT.format(kinds=many(len(chosen), "kind"), named=named,
                                         label=label.name, count=counted["count"])
    return ""


def _leaves(when: dict) -> list[dict]:
    """A rule's condition and, where it needs several at once ("data of a named type and months of history"), each of
    them: the history drafted as weeks is what an AI label's rule lacks beside the data it names (walk74: "partly
    answered" with no reason after a reply that named "almeno 8 settimane")."""
    return [when, *(leaf for part in when.get("all", []) if isinstance(part, dict) for leaf in _leaves(part))]


def _plain(name: str) -> str:
    """An option's name as said in a sentence: "Other (describe in the note)" -> "other"."""
    return name.split(" (")[0].lower()


def _listed(items: list[str], last: str) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {last} {items[-1]}"
