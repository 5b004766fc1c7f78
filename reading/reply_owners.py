"""Who owns each link a reply names: "sent to SAP PM ..., and your maintenance planner owns that interface",
"Owner: your SAP PP key user", "Your SAP team owns both links". The one rule for who owns a link: drafting reads a
proposal's owners by it too (reading/draft_owners.py); reading/reply_drafting.py drafts the rest of a reply."""
from __future__ import annotations

import re

from questions.models import Answer, Evaluation

from .memo import Bounded
from .phrases import normalise, tokens


def with_owners(drafted: Evaluation, question: str, said: list, topic_of: dict[str, str], drafter, roles_of,
                seen=None, owns_other=None, owner_of=None, claims=None, split=None, cut=None, own=None,
                yours: Answer | None = None) -> Evaluation:
    """Integration rows owned as the reply says: a sentence that links a system and names a role
    ("sent to SAP PM ..., and your maintenance planner owns that interface") gives its rows that owner;
    "that interface" also means every link the sentence before named.
    A connection with no owner is no complete link. `roles_of`:
    the roles a sentence names, the reply reader's list with the reader's, in the order written; `owns_other`: whether a
    sentence's owner owns only what is no link ("... as JSON; your process engineer owns the glue recipes": no owner);
    `owner_of`: the team or titled person a sentence makes a link's owner where no role is named ("the MES group");
    `claims`: which of a sentence's roles own (`verb_named`); `split`: each owner "owned by" names and the words it
    owns (`each_agent`); `cut`: a text without the words that name no link (a team's name: `Links.unteamed`); `own`: the
    areas of the plant's own systems a text names by what they are for or the name the reply gave them ("the AKVA CCS");
    `yours`: the buyer's answer, whose links with a way but no owner the reply may own too (asked "who owns each
    connection"), kept in the reply's answer only where it names their owner (one with no way stays incomplete)."""
    answer = drafted.answer(question)
    if answer is None or all(row.owner for row in answer.integrations):
        return drafted
    held = {row.system for row in answer.integrations}
    extra = [row for row in (yours.integrations if yours else []) if row.method.strip() and not row.owner and row.system not in held]
    every = [*answer.integrations, *extra]
    # a clause is read once, however many owners point back to it
    drafted_areas = areas_reader(drafter, question, seen, cut, {row.system for row in every})
    named = rows_named(every)
    areas_of = lambda text: list(dict.fromkeys([*drafted_areas(text), *(own(text) if own else []), *named(text)]))
    owners = owners_said(said, topic_of.get(question, ""), [row.system for row in every], areas_of, roles_of,
                         owns_other or (lambda sentence, lower: False), owner_of or (lambda sentence: ""), claims,
                         split=split, needed=frozenset(row.system for row in every if not row.owner))
    rows = [row if row.owner or row.system not in owners else row.model_copy(update={"owner": owners[row.system]})
            for row in answer.integrations]
    rows += [row.model_copy(update={"owner": owners[row.system]}) for row in extra if row.system in owners]
    answers = [a.model_copy(update={"integrations": rows}) if a is answer else a for a in drafted.answers]
    return drafted.model_copy(update={"answers": answers})


def rows_named(rows) -> callable:
    """The areas of the links an answer holds that a text names by a product's name only one row's way gives ("the
    nightly Plex CSV export" for the row "CSV export nightly, Plex ERP"): a name written with small letters after its
    capital ("Plex", "Fiix"), no protocol or kind of system in capitals ("CSV", "ERP"), which several links may share."""
    names = {row.system: set(_PRODUCT.findall(row.method or "")) for row in rows}
    own = {area: {n for n in mine if not any(n in other for a, other in names.items() if a != area)}
           for area, mine in names.items()}
    found = {area: re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(mine)))})\b") for area, mine in own.items() if mine}
    return lambda text: [area for area, pattern in found.items() if pattern.search(text)]


_PRODUCT = re.compile(r"\b[A-Z][a-z][A-Za-z]+\b")  # "Fiix", "Plex", "Maximo": a product's name, no "CSV" or "ERP"


def areas_reader(drafter, question: str, seen=None, cut=None, rows=()):
    """The integration areas a text names, as drafting reads them, each text read once (in any reply); `seen`:
    the drafting Pass over the reply's lines, whose words, finds and hits of the same line are read again; `cut`:
    the text without what names no link ("SAP" in "Herr Vogel from the SAP team"), but for the areas of `rows`."""
    scanned, hits = (seen.scanned, seen.hits) if seen is not None else ({}, {})
    whole = lambda text: list(_areas_read(drafter, question, text, scanned, hits))
    if cut is None:
        return whole
    # a row drafting read from the whole text keeps the owner the sentence names ("..., which your SAP team owns")
    return lambda text: list(dict.fromkeys([*_areas_read(drafter, question, cut(text), scanned, hits),
                                            *(a for a in whole(text) if a in rows)]))


_areas_got: Bounded[tuple[str, ...]] = Bounded(4096)  # texts remembered at most: one memo serves every session


def _areas_read(drafter, question: str, text: str, scanned: dict, hits: dict) -> tuple[str, ...]:
    return _areas_got.get((drafter, question, text), lambda: _areas_of_text(drafter, question, text, scanned, hits))


def _areas_of_text(drafter, question: str, text: str, scanned: dict, hits: dict) -> tuple[str, ...]:
    """`_areas` of the text's cues of `question`, as drafting reads them (`Drafter.question_cues`)."""
    read = scanned.get(text)
    if read is None:  # a clause or a line drafting did not read: its words and finds as `cues` would make them
        words = tokens(normalise(text))
        read = words, drafter.rules.scan.find(words)
    return tuple(_areas(drafter.question_cues(question, *read, hits.get(text)), question))


def forget() -> None:
    _areas_got.clear()


def verb_named(links, sentence, lower: str, roles: list[str], listed: list[str] = ()) -> list[str]:
    """Of a reply sentence's roles (and `listed`, the reader's own list's, and a team), those its owning verb names as who owns a
    link: its subject, or its agent after "owned by" ("The REST link is owned by your maintenance planner, and our
    service technician answers tickets about it": the planner); `roles` where no owning verb names one ("Owner: your
    SAP PP key user", a list's cells, or several owners named so)."""
    spans = [lower[a:b] for a, b in links.owner_spans(sentence.text, lower, sentence.substance)]
    team = links.owner_named(sentence.text, lower, sentence.substance) if spans else ""  # "your MES team", "Mrs Keller"
    named = [role for role in dict.fromkeys([*roles, *listed, team]) if role and any(role.lower() in span for span in spans)]
    named = [role for role in named if not any(role != other and role.lower() in other.lower() for other in named)]
    return named if len(named) == 1 else roles  # several owners, each of its own link: the clauses say whose (_each_owned)


def each_agent(links, sentence, lower: str, listed: list[str]) -> list[tuple[str, str]]:
    """(owner, the words before it that it owns) for each "owned by" of a sentence that names two owners so, each of the
    links said since the one before ("the ERP gets ... as a CSV file, owned by your IT manager; the maintenance system
    gets ... over its REST API, owned by your maintenance planner"); [] for fewer, or an owner named otherwise."""
    out, start = [], 0
    for a, b in links.owner_spans(sentence.text, lower, sentence.substance):
        if not any(lower[:a].rstrip().endswith(agent) for agent in links.agents):
            return []
        team = links.named_at(sentence.text, lower, (a, b))
        named = [n for n in [*listed, team] if n and n.lower() in lower[a:b]]
        said = sentence.text[a:b].strip(" ,;.")
        named = named or ([said] if said.lower() in links.vendor else [])  # "..., owned by us": the vendor
        if not named:
            return []
        out.append((max(named, key=len), sentence.text[start:a]))
        start = b
    return out if len({role for role, _ in out}) >= 2 else []


def before_owner(text: str) -> str:
    """A sentence up to the owner it names: "SAP PP" in "owner: your SAP PP key user" links nothing."""
    found = _OWNER_IS.search(text)
    return text[:found.start()] if found else text


def owners_said(said: list, linking: str, systems: list[str], areas_of, roles_of, owns_other, owner_of,
                claims=None, reach: bool = True, split=None, needed: frozenset[str] | None = None) -> dict[str, str]:
    """Each linked system's owner: the last role the first sentence on linking that owns it names. `claims`: which of
    a sentence's roles own (a reply asked who owns each link: every role it names there; a proposal: only a role a
    sentence says owns a link, reading/draft_owners.py); `reach`: whether "that interface" points back past
    sentences off the topic (a reply's answers on links; in a proposal, only to the sentence right before); `needed`:
    the systems whose owners are asked for, read up to the sentence that owns the last of them (the first owner stays)."""
    owners: dict[str, str] = {}
    last: list[str] = []  # the areas the sentence before named: "... through an IDoc. Your planner owns that interface."
    linked = ""  # and the texts of the last link sentences: "... orders from SAP ECC ... into your MES (Hydra)"
    before = False  # whether the sentence before was on linking: "... through an IDoc. Owner: your SAP PP key user."
    for sentence, lower, vague, topics in said:
        linked_here = linking in topics
        owner_line = owner_line_in(sentence.text) if linked_here or before else None  # read only where it may count
        on, before = linked_here or (before and owner_line is not None), linked_here
        if vague or not on:
            last, linked = (last, linked) if reach else ([], "")
            continue
        roles, areas = _owned_by(sentence, lower, owner_line, last, systems, areas_of, owner_of)
        # the glue recipes' owner owns no link; a labelled owner still owns the one before ("Owner: your Maximo
        # administrator, Kranz maintains the mapping": the mapping's keeper is no owner of the link, the label's is)
        other = owner_line is None and owns_other(sentence, lower)
        roles = [] if other else claims(sentence, lower, roles) if claims else roles
        owning = not other and _OWNS_ANY.search(lower) and not (owner_line or _EVERY_LINK.search(lower))
        # the owner said in words of its own ("Your automation guy Marco owns ...") where the reader names no role
        named = _each_owned(sentence.text, roles_of(sentence) or roles, linked, areas_of) if owning else []
        if not named and split and not other:  # "..., owned by your IT manager; ... over its REST API, owned by your planner"
            named = [(role, areas) for role, words in split(sentence, lower) if (areas := areas_of(words))]
        if not named and not other:  # "SAP PM gets ... by OData, owner Herr Wolf; SAP QM gets ..., owner Frau Yilmaz"
            named = _each_labelled(sentence.text, roles_of(sentence) or roles, areas_of)
        for role, owned in named or ([(roles[-1], areas)] if roles else []):
            for area in owned:
                owners.setdefault(area, role)
        if needed is not None and needed <= owners.keys():
            break  # every link asked for has its owner: no later sentence changes one
        if areas:  # "The Modbus link is ...; the CSV link belongs to ..." may name links of sentences further back
            last, linked = areas, "; ".join([*_STATEMENT.split(linked)[1 - _LOOK_BACK:], sentence.text] if linked else [sentence.text])
    return owners


def _each_labelled(text: str, roles: list[str], areas_of) -> list[tuple[str, list[str]]]:
    """(owner, areas) for each statement of a sentence that links a system and then labels its own owner ("SAP PM gets
    work orders by OData, owner Herr Wolf; your MES gets the OEE by REST, owner Herr Schulz (IT)"); [] unless two do."""
    out = []
    for statement in _STATEMENT.split(text):
        found = _OWNER_IS.search(statement)
        after = _LABEL.sub("", statement[found.start():]).strip(" .,") if found else ""
        # the role the reader names there, else the words themselves where few ("Herr Wolf", "Mr. Schulz (IT)")
        mine = [r for r in roles if r.lower() in after.lower()] or ([after] if 0 < len(after.split()) <= _LABELLED else [])
        areas = areas_of(statement[:found.start()]) if mine else []
        if areas:
            out.append((max(mine, key=len), areas))
    return out if len(out) >= 2 else []


def _each_owned(text: str, roles: list[str], linked: str, areas_of) -> list[tuple[str, list[str]]]:
    """(role, areas) for each clause of a sentence that owns a link by naming its system: the areas of
    the clauses of the sentence before that name it ("... orders from SAP ECC" for "The SAP interface
    belongs to your SAP team, the Hydra interface to your MES administrator."; where one clause names
    no such system, what its own words link). [] unless two roles own links so, or one owns a link the
    sentence before names ("Your maintenance planner owns the Infor interface.")."""
    out, pointed = [], False
    parts = [[(_names(clause), clause) for clause in _CLAUSE.split(statement)] for statement in _STATEMENT.split(linked)] \
        if roles else []
    for clause in _CLAUSE.split(text) if roles else []:
        mine = [r for r in roles if r.lower() in clause.lower()] or _first_named(clause, linked)
        if len(mine) != 1:
            continue
        link = re.sub(re.escape(mine[0]), " ", clause, flags=re.I)  # "your MES administrator" links nothing
        before = [a for said in _linked_by(parts, _names(link)) for a in areas_of(said)]
        pointed |= bool(before)
        areas = before or areas_of(link)
        if areas:
            out.append((mine[0], list(dict.fromkeys(areas))))
    return out if len({role for role, _ in out}) >= 2 or (len(out) == 1 and pointed) else []


def _linked_by(statements: list[list[tuple[set[str], str]]], names: set[str]) -> list[str]:
    """The clauses of the sentence before that a link named by `names` is: those naming it, and, where every clause of
    their statement that names anything names it (one system in one statement is one link), those naming nothing ("The
    production schedule and stock levels go to your SAP ...": the schedule's clause is the SAP link's too)."""
    out = []
    for parts in statements:
        hit = [said for named, said in parts if named & names]
        if hit and all(named & names for named, _ in parts if named):
            hit += [said for named, said in parts if not named]
        out += hit
    return out


def _first_named(clause: str, linked: str) -> list[str]:
    """The person a clause names by name alone as the subject of its owning verb ("Petra owns the SAP one" after
    "Marco owns the MES link,"): one name, not a system the links name ("Proxia")."""
    found = _NAMED_OWNS.match(clause)
    return [found.group("who")] if found and found.group("who").lower() not in _names(linked) else []


def _names(text: str) -> set[str]:
    """The capitalised names a clause gives ("SAP", "ECC", "Hydra"), lower-case."""
    return {w.lower() for w in _NAME.findall(text)} - _PLAIN


_CLAUSE = re.compile(r"[;,]\s*|\s+(?:and|while|whereas)\s+")
_LABEL = re.compile(r"(?i)^(?:owners?|responsible(?: person)?|contact person)\s*(?::|\bis\b|\bare\b)?\s*")
_LABELLED = 4  # words at most after "owner" that are the owner's name, where the reader names no role there
_LOOK_BACK = 4  # link statements an owner's clause may name a link of (a reply's answer on links is a paragraph)
_STATEMENT = re.compile(r";\s*")  # "the MES gets ...; the production schedule and stock go to SAP": two links
_NAME = re.compile(r"\b[A-Z][\w/-]+")
_PLAIN = frozenset({"the", "your", "our", "this", "that", "these", "those", "both", "each", "we", "it", "and", "for"})


def _owned_by(sentence, lower: str, owner_line, last: list[str], systems: list[str], areas_of, owner_of
              ) -> tuple[list[str], list[str]]:
    """(the roles one sentence names as owners, the areas they own): those it links, every link when it
    says so, the links of the sentence before when it points back or links none."""
    roles = owner_named(sentence.text) if owner_line else \
        [signal.term for signal in sentence.substance if signal.kind == "role" and signal.term.lower() not in _OWNER_WORDS] \
        or owner_named(sentence.text) or [name for name in [owner_of(sentence)] if name] \
        or next((named for clause in _CLAUSE.split(sentence.text) if (named := _first_named(clause, ""))), [])
    linked = sentence.text[:owner_line.start()] if owner_line else sentence.text  # "SAP PP" in the owner's name links nothing
    areas = areas_of(linked) if linked.strip() else []
    if roles and _EVERY_LINK.search(lower):  # "Your SAP team owns both links": every link, whatever it names
        areas = list(systems)
    elif roles and (_THAT_LINK.search(lower) or not areas):  # "Owner: your ERP administrator.": the one before
        areas = list(dict.fromkeys([*areas, *last]))
    return roles, areas


def owner_line_in(text: str) -> re.Match | None:
    """`_OWNER_IS` searched only where its words are (most sentences: none; ASCII text only, where IGNORECASE finds
    what lower-casing does)."""
    lower = text.lower()
    if text.isascii() and not any(word in lower for word in _OWNER_IS_WORDS):
        return None
    return _OWNER_IS.search(text)


def owner_named(sentence: str) -> list[str]:
    """Who the sentence says owns a link, in words of its own ("owned by your ERP admin", "your SAP
    basis team owns both", "Owner: your SAP PP key user"): the words after the owner's article."""
    if sentence.isascii() and not any(word in sentence.lower() for word in _OWNER_NAMED_WORDS):
        return []  # most sentences: no word any of the three patterns needs (ASCII, where IGNORECASE finds what lower does)
    found = _OWNER_IS.search(sentence) or _OWNED_BY.search(sentence) or _OWNS.search(sentence) or _LINK_IS_WHOSE.search(sentence)
    if found is None and _WE_OWN.search(sentence):  # "..., and we own this connection": the vendor, as "owned by us"
        return ["us"]
    mine = _LINK_IS_MINE.search(sentence) if found is None else None  # "this connection is ours": as "belongs to us"
    if mine:
        return [_MINE[mine.group("mine").lower()]]
    return [found.group("who").rstrip(".")] if found else []


_OWNER_WORDS = frozenset({"owner", "owners"})  # the word that says who owns a link is no one who owns it
_OWNING = r"(?:owns?|is responsible for|are responsible for|looks? after)"
_OWNS_ANY = re.compile(r"\b(?:owns?|owned|belongs?|responsible|responsibility of|stays? with|lies with|rests with|in the hands of|looks? after|in charge|sits? with|falls? under|handled by|managed by|the job of)\b")  # a sentence on who owns
_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr)\.? )?"  # "Mr. Koch": the title's full stop ends no name
# a clause opened by a name written as a person's (capital, then small letters) or a company's (also in CamelCase) that
# owns: "Petra owns the SAP one", "Vantora owns ...", "PressWatch owns ..."
_NAMED_OWNS = re.compile(rf"\s*(?:(?:and|while|whereas|but) )?(?P<who>{_TITLE}[A-Z][a-z]+(?:[A-Z][a-z]+)*(?: [A-Z][a-z]+)?) {_OWNING}\b")
_LINK_WORD = r"(?:interfaces?|connections?|integrations?|links?)"  # "Owner of the connection: your SAP Basis team"
_OWNER_IS_WORDS = ("owner", "responsible", "contact person")  # one of them is in each match of _OWNER_IS
# ... of _OWNER_IS, _OWNED_BY ("owned by") or _OWNS (an owning verb: "own", "responsible for", "look after")
_OWNER_NAMED_WORDS = ("own", "responsible", "contact person", "look", "belong", " with ", " under ", "ours")
# "owner: ...", "owner is ...", "owner your ...", and "owner" as a list's field after a comma (", owner MES admin Tom Weber")
_OWNER_IS = re.compile(rf"\b(?:owners?|responsible(?: person)?|contact person)(?: of (?:the|this|that|each) {_LINK_WORD})?(?::| is| are|(?= (?i:the|your|our|also) )|(?= (?:Mr|Mrs|Ms|Dr)\b)|(?<=[,;] owner)(?= \S)) (?:also )?(?:the |your |our )?"
                       rf"(?P<who>{_TITLE}[\w/&.-]+(?: [\w/&.-]+){{0,5}}?)(?=[,;.)]|$| and | who | \()", re.I)
# (also "owner also ..." of the link before, the field after a semicolon ("; owner MES admin Tom Weber"), and the holder
# in brackets after a department: "owner IT (P. Shah)")
# the owner's holder may follow in brackets ("owned by your automation team (P. Zielinski)")
_WHOSE = r"(?:the |your |our |(?-i:[A-Z][\w&-]*)['\u2019]s )?"  # "Halden's planning lead": the plant's, as "your"
_OWNED_BY = re.compile(r"\bowned by " + _WHOSE + r"(?P<who>[\w/&.-]+(?: [\w/&.-]+){0,3}?)(?=[,;.)]|$| and | under | who | \(| ?\|)", re.I)
_APPOSITION = r"(?:, (?-i:[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}),)?"  # "your asset systems lead, Tom Reyes, owns that"
_OWNS = re.compile(rf"\b(?:your|our) (?P<who>[\w/&.-]+(?: [\w/&.-]+){{0,5}}?){_APPOSITION},? {_OWNING} "
                   r"(?:both|all|each|every|them|the|that|this|these|those)\b", re.I)
_LINK = r"(?:interfaces?|connections?|integrations?|links?)"
# the vendor as the owning verb's subject, of a link said as one ("we own this connection", "we look after that link")
_WE_OWN = re.compile(rf"\bwe (?:also )?{_OWNING} (?:this|that|the|both|each|every|these|those)(?: \w+)? {_LINK}\b", re.I)
# a link said as one and whose it is ("this connection belongs to your IT", "the interface sits with us"): as "owned by"
_LINK_IS_WHOSE = re.compile(rf"\b{_LINK} (?:belongs? to|sits? with|lies with|rests with|falls? under) {_WHOSE}"
                            r"(?P<who>[\w/&.-]+(?: [\w/&.-]+){0,3}?)(?=[,;.)]|$| and | who | \()", re.I)
# a link said as one and whose it is by a possessive pronoun ("this connection is ours", "the interface stays yours"):
# its owner as the pronoun's person, as "belongs to us" says it
_MINE = {"ours": "us", "yours": "you"}
_LINK_IS_MINE = re.compile(rf"\b{_LINK} (?:is|are|stays?|remains?) (?:also |entirely |fully )?(?P<mine>ours|yours)\b", re.I)
_EVERY_LINK = re.compile(rf"\b(?:(?:both|all|each|every|all the|all of the|all our|all your|both of the) {_LINK}"
                         rf"|{_OWNING} (?:both|all|them)(?! {_LINK})|(?:both|all) (?:are |were )?owned by)\b")
_THAT_LINK = re.compile(rf"\b(?:that|this|the same|the latter|this second|that second) {_LINK}\b")


def _areas(cues: list[tuple[str, str, str]], question: str) -> list[str]:
    """The integration areas a sentence names, as drafting reads them: a phrase inside a longer one
    found ("SAP" in "SAP PM") does not count."""
    phrases = [(option, phrase) for q, option, phrase in cues if q == question]
    return list(dict.fromkeys(option for option, phrase in phrases
                              if not any(f" {phrase} " in f" {other} " and other != phrase for _, other in phrases)))
