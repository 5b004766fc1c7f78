"""A drafted link the offer sells as a paid option (walk80: "OPT-1 Interface SAP Business One ... 8 400,00 €" in the
offer's option list, and SAP drafted as a link like any other): its row is marked so, for the buyer to see it is
bought on top of the price. An option's own words name the system (drafting.yaml integrations areas), read from the
offer's list of priced options (reading/offer_extras.py); a reply's options are the round's, not the offer's."""
from __future__ import annotations

from questions.models import Document, Evaluation

from .offer_extras import extras
from .phrases import normalise, tokens


def paid_links(drafter, drafted: Evaluation, documents: list[Document]) -> Evaluation:
    """`drafted` with each integration row whose system a priced option of the offer names marked a paid option."""
    question = drafter.bank.key_questions.integrations
    answer = drafted.answer(question)
    if answer is None or not answer.integrations:
        return drafted
    items = [tokens(normalise(o.item)) for d in documents if d.kind != "reply" for o in extras(d.text).options]
    named = {row.system for row in answer.integrations if any(drafter._named_at(words, row.system) for words in items)}
    if not named:
        return drafted
    rows = [r.model_copy(update={"paid_option": True}) if r.system in named else r for r in answer.integrations]
    marked = answer.model_copy(update={"integrations": rows})
    return drafted.model_copy(update={"answers": [marked if a is answer else a for a in drafted.answers]})
