"""Who owns each link a proposal drafts, by the reply reader's one rule (reading/reply_owners.py, questions/rounds.yaml
`links`): "... through a CSV import, owned by your controlling team", "your maintenance planner owns that interface"
(the links of the sentence before). Only an offer's sentence makes an owner: not the plant before, another customer's
plant, an option or what is left out; and only one that says someone owns a link, for a proposal is not asked who owns
each link ("your planner receives the orders in SAP PM" makes no owner, "owns the recipes" owns no link)."""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from questions.models import Integration

from .kpi_source import elsewhere
from .phrases import normalise, tokens
from .reply_owners import areas_reader, before_owner, each_agent, owner_line_in, owner_named, owners_said
from .roles import CLAIM
from .system_owner import system_owner


def owned_rows(drafter, question: str, rows: list[Integration], reading, seen) -> list[Integration]:
    """`rows` with the owner the proposal's offer names for each link that has none, else the whole system's owner it
    names (system_owner.py: "System owner after go-live: your IT/OT lead, Niamh Kelly")."""
    if not rows or all(row.owner for row in rows):
        return rows
    rows = _links_owned(drafter, question, rows, reading, seen)
    owner = "" if all(row.owner for row in rows) else _system_owner(drafter, reading, seen)
    return [row if row.owner or not owner else row.model_copy(update={"owner": owner}) for row in rows]


def _system_owner(drafter, reading, seen) -> str:
    """The owner of the whole system the first of the offer's sentences that names one names, or ""."""
    owners: dict[str, str] = {}  # a line said again names the same owner: read once
    for sentence, role, words in zip(reading.sentences, seen.roles, seen.words):
        owner = owners.get(sentence.text)
        if owner is None:
            owner = owners[sentence.text] = system_owner(sentence.text)
        if owner and _offers(role, sentence, seen) and not elsewhere(sentence.text, words, drafter.rules):
            return owner
    return ""


def _links_owned(drafter, question: str, rows: list[Integration], reading, seen) -> list[Integration]:
    """`rows` with the owner the proposal's offer names for each link, by the reply reader's rule."""
    reply = _reply_reader(drafter)
    texts = [s.text for s in reading.sentences]
    lowered = {text: text.lower() for text in dict.fromkeys(texts)}  # a line said again: lowered once
    lowers = [lowered[text] for text in texts]
    if not (_owns_any(reply, lowers) or owner_line_in("\n".join(texts))):
        return rows  # most proposals say no owner: no sentence is read for its topics or the areas it links
    linking = reply.rules.topic_of.get(question, "")
    claims = lambda sentence, lower, roles: _claims(reply, sentence, lower, roles)
    owning = _owning(reply.links, lowers)  # only these can be denied
    said = []
    for at, (sentence, role, words) in enumerate(zip(reading.sentences, seen.roles, seen.words)):
        lower = sentence.text.lower()
        topics = {t for cue in reply.cues_in(lower) for t in reply.cue_topics[cue]}
        offer = _offers(role, sentence, seen) and not elsewhere(sentence.text, words, drafter.rules) \
            and not (at in owning and _denied(drafter, reply.links, lower))
        said.append((sentence, lower, not offer, topics))
    # "SAP" in "your SAP team" links nothing
    areas_of = areas_reader(drafter, question, seen, reply.links.unteamed, {row.system for row in rows})
    owners = owners_said(said, linking, [row.system for row in rows], areas_of, reply.roles,
                         lambda sentence, lower: reply.links.owns_other(lower, sentence.substance),
                         lambda sentence: reply.links.owner_named(sentence.text, sentence.text.lower(), sentence.substance),
                         claims, reach=False,  # a sentence naming two links each "owned by" its own owner: each its own
                         split=lambda sentence, lower: each_agent(reply.links, sentence, lower, _named(reply, sentence, lower)))
    return [row if row.owner or row.system not in owners else row.model_copy(update={"owner": owners[row.system]})
            for row in rows]


def _offers(role, sentence, seen) -> bool:
    """Whether the sentence is the vendor's offer as a whole: no before-state, reference, option or exclusion, no selling."""
    return role.kind == CLAIM and not (role.turn or role.unsure or role.heading or seen.story) \
        and not seen.selling.get(sentence.start)


def _claims(reply, sentence, lower: str, roles: list[str]) -> list[str]:
    """Who the sentence says owns a link: `roles` after "Owner:", else each role, team or titled person it names that
    an owning verb names as who owns it
    ("set up and owned by our integration team"; not the SAP team of "interface maintained by the Bidder; SAP-side
    customising by the Purchaser's SAP team", nor the operators of "..., owned by your IT team, and your operators
    see them")."""
    if before_owner(sentence.text) != sentence.text:
        return roles
    others = set(reply.rules.links.others)
    spans = [lower[a:b] for a, b in reply.links.owner_spans(sentence.text, lower, sentence.substance)
             if others.isdisjoint(tokens(lower[a:b]))]
    return [name for name in _named(reply, sentence, lower) if any(name.lower() in span for span in spans)]


def _named(reply, sentence, lower: str) -> list[str]:
    """Every role, team or titled person the sentence names (as the reply reader reads them)."""
    return [n for n in [*reply.roles(sentence), *owner_named(sentence.text),
                        reply.links.owner_named(sentence.text, lower, sentence.substance)] if n]


def _owns_any(reply, lowers: list[str]) -> bool:
    """Whether an owning verb is in the text: looked for in each distinct sentence (a long proposal says its headers
    and boilerplate again), in the whole only where a German verb with its object between ("verantwortlich für ... ist")
    may run over a sentence's end: the other verbs are words and phrases with spaces, none runs over a line break."""
    owns = reply.links.owns
    if not owns:
        return False
    distinct, heads = dict.fromkeys(lowers), [w.split(" ... ")[0].lower() for w in reply.rules.links.fronted]
    if any(head in lower for lower in distinct for head in heads):  # a head's words stand on one line
        return bool(owns.search("\n".join(lowers)))
    return any(owns.search(lower) for lower in distinct)


def _owning(links, lowers: list[str]) -> set[int]:
    """The indices of the sentences an owning verb is in: one search of them joined by new lines instead of one
    search per sentence (the verbs are words and phrases with spaces: none runs over a line break)."""
    if not links.owns:
        return set()
    starts = list(accumulate(len(lower) + 1 for lower in lowers[:-1]))
    return {bisect_right(starts, m.start()) for m in links.owns.finditer("\n".join(lowers))}


def _denied(drafter, links, lower: str) -> bool:
    """Whether a negation (drafting.yaml `negations`, as drafting reads one) comes before the sentence's owning verb:
    "the interface is not owned by your planner"."""
    found = links.owns.search(lower) if links.owns else None
    if not found:
        return False
    words = tokens(normalise(lower[:found.start()]))
    return drafter._negated(words + ["owns"], len(words), len(words) + 1, "owns")


def team_names_dropped(drafter):
    """The reply reader's cut of a team's name where it says who owns ("owned by your SAP team")."""
    return _reply_reader(drafter).links.unteamed


def _reply_reader(drafter):
    from .reply_readers import reply_reader_for  # the reply reader's rules: one place says who owns a link
    return reply_reader_for(drafter.bank)
