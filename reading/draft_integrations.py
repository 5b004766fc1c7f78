"""The drafter's integration answers: one row per connected area, with its direction and method.

An area is drafted where data moves (drafting.yaml `exchange`), named by a system ("SAP PM") or,
beside a suite whose area is only a guess ("the ERP"), by what moves ("books the consumption");
an integration table's row drafts its own row; a link's owner is read as a reply's is (draft_owners.py). Mixed into reading.draft.Drafter."""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from questions.models import Answer, Integration

from .draft_link_denied import denied_areas
from .draft_owners import owned_rows, team_names_dropped
from .draft_read_only import row_read
from .draft_specs import CAPTURED, INTEGRATION, NOT_SUITE, SUITE
from .draft_tables import DATA_TABLE, INTEGRATION_TABLE, Row
from .draft_work_tables import WORK_TABLE
from .link_builders import built_rows
from .phrases import normalise, tokens
from .roles import Role
from .text import Reading

if TYPE_CHECKING:
    from .draft_evidence import Evidence
    from .draft_pass import Pass

MAX_QUOTES = 3
DIRECTION_QUOTES = 12  # an integration's direction is read from its first sentences
_JOINS = frozenset({",", "and", "or"})  # between the items of a list of systems
_SLASHED = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")  # a slash between two words ("rfc/bapi"), not "s/4hana"


class IntegrationDrafting:
    """Needs self.rules, self.reader, self._hits and self._role_allows (reading.draft.Drafter)."""


    def _table_row(self, row: Row, text: str, role: Role, evidence: str, hits: list, found: dict[str, Evidence],
                   seen: Pass) -> list:
        """What a table row drafts beyond its words; the hits its words may still draft. A row of an
        integration table drafts its own integration and no area from its other words ("into SAP"
        in the maintenance row is no inventory link), and of other answers only the choices drafting.yaml's
        `row_drafts` lets a cell name (no text answer: a cell is no statement); a data row's unit names the data."""
        sure = self.rules.confidence[evidence]
        if row.link is not None:  # a source matrix's row: its data, and the link it is read over (no other area)
            hits = self._table_row(row.link, text, role, evidence, hits, found, seen)
        if row.kind == INTEGRATION_TABLE:
            said = self.rules.tables.integration(row)
            if said and not role.unsure and self._role_allows(role, INTEGRATION, said.area, 0):
                direction = said.direction or self._direction(text, area=said.area)
                # a row with no interface cell names its way, if at all, in its system cell, as prose would ("Machines
                # (OPC UA)", "holds go to your MES through a REST call"): never the system's name itself
                method = said.method or self._method(", ".join(row.cells.get("system", [])))
                found[INTEGRATION].rows.append(Integration(system=said.area, direction=direction, method=method,
                                                           owner=said.owner))
                found[INTEGRATION].add(said.area, text, evidence, sure, self.rules.confidence["again"])
                found[INTEGRATION].row_systems.setdefault(said.area, []).extend(row.cells.get("system", []))
            if role.drafts(0) and not role.before(0) and self.rules.tables.machine_read(row):
                seen.ways.append(text)  # a machine's protocol cell answers which protocols carry its data
            hits = row_read(said.direction if said else None, hits)  # a row read from the ERP makes no output
            return [h for h in hits if h[0][0] == "~" or h[0] in self.rules.tables.row_drafts]
        if row.kind == WORK_TABLE and role.drafts(0) and not role.before(0) and self.rules.tables.work.upkept(row.cells):
            # a statement of work's upkeep row: its doer keeps the system, and the row says what upkeep it needs
            doers = self.rules.tables.work.doers(row.cells)
            for option in doers:  # who does it, stated by the offer's own table: as firm as a fee row's amount
                found[self.upkeep.question].add(option, text, "specific", self.rules.confidence["specific"],
                                                self.rules.confidence["again"])
            seen.kept_rows.extend([text] if doers else [])
        if row.kind == DATA_TABLE:
            if "rate" in row.cells and role.drafts(0) and not role.before(0):
                seen.rates.append(text)
            for option in self.rules.tables.unit_options(row):
                if self._role_allows(role, CAPTURED, option, 0):
                    found[CAPTURED].add(option, text, evidence, sure, self.rules.confidence["again"])
        return hits

    def _integration_answer(self, ev: Evidence, reading: Reading, page: bool = False, seen: Pass | None = None,
                            own: bool = False) -> Answer:
        rows = list(ev.rows)  # a table's rows first, each as its row says; prose for the other areas
        tabled = {r.system for r in rows}
        least = self.rules.product_page.repeats if page else 1  # a product page's passing mention is no link
        # a link left optional or to a later phase (draft_offered_links.py): offered to check, no row
        offered = [a for a in ev.options if a not in tabled and ev.confidence[a] < self.rules.confidence["bar"]]
        for area in ev.options:
            if area in tabled or area in offered or ev.options[area] < least or (own and self._own_system(area, ev, reading)) \
                    or self._team_only(area, ev.said[area]) or self._module_named(area, ev):
                continue
            for said in self._per_system(area, ev.said[area]):  # "SAP QM ... ; your LIMS ...": a row each
                rows.append(self._prose_row(area, said, ev, seen.link_ways if seen is not None else []))
        rows = owned_rows(self, INTEGRATION, rows, reading, seen) if seen is not None else rows  # as the offer says
        rows = built_rows(rows, ev.said, tabled, DIRECTION_QUOTES)  # else who the link's sentence says builds it
        denied = denied_areas(self, [r for r in rows if r.system in tabled], ev.row_systems, reading, seen)
        rows, offered = [r for r in rows if r.system not in denied], offered + sorted(denied)  # to check, no row
        # an owner read as "To be confirmed" is none (drafting.yaml tables: integration: placeholders)
        rows = [r.model_copy(update={"owner": ""}) if r.owner and self.rules.tables.placeholder(r.owner) else r for r in rows]
        return Answer(question=INTEGRATION, evidence=ev.evidence if rows or not offered else "not_answered",
                      integrations=rows, suggested=offered, quotes=ev.quotes[:MAX_QUOTES], drafted=True)

    def _prose_row(self, area: str, said: list[str], ev: Evidence, ways: list[str]) -> Integration:
        """One system's row of `area` from the sentences that name it: its way and its direction as they tell them.
        The sentence that names its way goes to `ways`: an interface named for a link ("writes ... to the MES over OPC
        UA", "as CSV from the LIMS export folder") answers which protocols carry the data (draft_text.py)."""
        quote = next((q for q in ev.quotes if q in said
                      and any(h[:2] == (INTEGRATION, area) for h in self._hits(self.rules.areas, tokens(normalise(q))))),
                     said[0])  # an area named by what moves, not by a system's name
        # "SAP PM gets ... via BAPI; QM gets ... via REST API": each its own way; the whole sentence's where its
        # part names none ("work orders go to SAP PM by the same interface")
        part = self._own_clause(area, quote)
        method, told = next(((m, q) for m, q in ((self._method(p), q) for p, q in
                                                 [(part, quote), (quote, quote), *((q, q) for q in said[:DIRECTION_QUOTES])])
                             if m), ("", ""))
        ways.extend([told] if told else [])
        return Integration(system=area, direction=self._directions(said, area), method=method)

    def _per_system(self, area: str, said: list[str]) -> list[list[str]]:
        """`said` parted by the system of `area` each sentence names: two systems of one area ("SAP S/4HANA QM",
        "the LIMS") are two links, each with its own way and direction, not one merged both ways. Names that share a
        word are one system ("the MES", "MES system"); a sentence that names the area by what moves only goes with
        the first system's."""
        first = {}  # each distinct sentence and where it is first said: a long proposal says a line again and again,
        for at, quote in enumerate(said):  # and a line said again names the systems it named: it joins their part
            first.setdefault(quote, at)
        parts: list[tuple[set[str], list[str]]] = []
        for quote in first:
            words = self._system_words(area, quote)
            joined = [p for p in parts if p[0] & words]
            merged = (set(words).union(*(p[0] for p in joined)), [q for p in joined for q in p[1]] + [quote])
            parts = [p for p in parts if p not in joined] + [merged] if words else parts
        if len(parts) < 2:
            return [said]
        placed, times = {q for _w, quotes in parts for q in quotes}, Counter(said)
        rest = [q for q in said if q not in placed]
        groups = sorted(([q for q in sorted(quotes, key=first.__getitem__) for _ in range(times[q])] for _w, quotes in parts),
                        key=lambda g: first[g[0]])
        return [groups[0] + rest, *groups[1:]]

    def _system_words(self, area: str, quote: str) -> set[str]:
        """The words of the names of `area`'s systems a sentence uses, articles aside ("your LIMS": "lims")."""
        skip, words = self.rules.flow.skip, tokens(normalise(quote))
        return {w for s, e in self._named_at(words, area) for w in words[s:e] if w not in skip}

    def _own_clause(self, area: str, quote: str) -> str:
        """The part of a sentence split by ";" that alone names the area: its method is that link's, not the other
        part's; the whole sentence where no part or several name it."""
        parts = [p for p in quote.split(";") if p.strip()]
        if len(parts) < 2:
            return quote
        named = [p for p in parts if any(h[:2] == (INTEGRATION, area)
                                         for h in self._hits(self.rules.areas, tokens(normalise(p))))]
        return named[0] if len(named) == 1 else quote

    def _module_named(self, area: str, ev: Evidence) -> bool:
        """Whether every sentence names `area` only by a suite's bare name ("connects to your MES, SAP S/4HANA and your
        LIMS") while another link names that suite with a module of another area ("SAP S/4HANA QM: ... creates a
        quality notification"): the suite is that module's system, its own area (an ERP read as inventory) only a guess."""
        suites, areas = self.rules.tables.suites, self.rules.areas
        named = set()
        for quote in ev.said[area]:
            words = tokens(normalise(quote))
            names = {" ".join(words[s:e]) for s, e in self._named_at(words, area)}
            if not names or not names <= suites:
                return False
            named |= names
        modules = {phrase for other, said in ev.said.items() if other != area for quote in said
                   for _s, _e, phrase in areas.find(tokens(normalise(quote)))
                   if any(o == other for _q, o in areas.targets[phrase])}
        return any(m.startswith(f"{suite} ") for m in modules for suite in named)

    def _team_only(self, area: str, said: list[str]) -> bool:
        """Whether every sentence names the area only in the name of the team that owns a link ("owned by your SAP
        team": SAP there is who, not an ERP link), as the reply reader reads owners (reply_systems.unteamed)."""
        unteamed = team_names_dropped(self)
        for quote in said:
            cut = unteamed(quote)
            if cut == quote or any(h[:2] == (INTEGRATION, area) for h in self._hits(self.rules.areas, tokens(normalise(cut)))):
                return False
        return bool(said)

    def _drop_people_links(self, found: dict[str, Evidence]) -> None:
        """No link where an area is named only as the department that uses the output (`_people_only`), and so no
        system integration implied by it."""
        ev = found.get(INTEGRATION)
        for area in [a for a in ev.options if self._people_only(a, ev.said.get(a, []))] if ev else []:
            ev.drop(area)
        if ev and not ev.options and not ev.rows:
            del found[INTEGRATION]

    def _people_only(self, area: str, said: list[str]) -> bool:
        """Whether every sentence names the area only as a department that uses what the system gives, its role word
        right before a verb of use or the output ("finance receives the monthly energy per tonne report", drafting.yaml
        users using): the people who read a report, as a user's role is read, no system the data is linked with."""
        users = self.rules.users
        for quote in said:
            words = tokens(normalise(quote))
            named = self._named_at(words, area)  # none: named by what moves there ("actual hours posted"), a link
            if not named or not all(" ".join(words[s:e]) in users.roles and e < len(words) and words[e] in users.uses
                                    for s, e in named):
                return False
        return bool(said)

    def _own_system(self, area: str, ev: Evidence, reading: Reading) -> bool:
        """A product description whose opening sentence names a kind of system ("MES systems", "Inventory App", "our power
        billing system") sells that system: its area is no link to the plant's own, unless a sentence behind the link
        names a suite the product reaches ("ERP and placement machine integration"; drafting.yaml integrations.suites)."""
        opening = reading.sentences[0].text if reading.sentences and self.rules.product_page.own_system else ""
        if not any(h[:2] == (INTEGRATION, area) for h in self._hits(self.rules.areas, tokens(normalise(opening)))):
            return False
        return not any(q == SUITE and o != NOT_SUITE for said in ev.said[area]
                       for q, o, _at in self._hits(self.rules.scan, tokens(normalise(said))))

    def _directions(self, quotes: list[str], area: str | None = None) -> str:
        """One area's direction from the first sentences that drafted it: read from in one and written
        to in another ("reads the orders from SAP" ... "posts the consumption back") is both ways."""
        said: set[str | None] = set()
        for quote in quotes[:DIRECTION_QUOTES]:  # a long proposal names an ERP hundreds of times
            said.add(self._direction(quote, None, area))
            if "both" in said or {"from_system", "to_system"} <= said:
                return "both"
        return "from_system" if "from_system" in said else "to_system"

    def _direction(self, quote: str, default: str | None = "to_system", area: str | None = None) -> str | None:
        """A sentence's direction for `area` (any area it names where None): both ways where it says so, else
        as the grammar around the area's name tells it (draft_flow.py: "as ordens vêm do ERP", "the ERP sends us
        the orders"), else by the words of `directions` anywhere in it. An arrow between two names is the route's
        word ("sens SAP → plateforme": from SAP; "plateforme → Carl": to Carl), which tokens would drop (walk80)."""
        words = tokens(normalise(self._arrows_said(quote)))
        both, *ways = self.rules.directions
        if both[1].find(words):
            return both[0]
        told = self.rules.flow.direction(words, self._named_at(words, area))
        if told or area is not None and self._listed(words, area):
            return told or default  # "connects to your MES, SAP and your LIMS": a way said of a list is none system's own
        for direction, phrases in ways:
            if phrases.find(words):
                return direction
        return default

    def _arrows_said(self, quote: str) -> str:
        """The sentence with each arrow between words said as its route word: onward "to", back "from", two-headed
        "both ways" (drafting.yaml integrations arrows; no sign holding "=", which compares: "<= 5 ms")."""
        tables = self.rules.tables
        if tables.arrows is None or not tables.arrows.search(quote):
            return quote
        said = {"onward": " to ", "back": " from ", "both": " both ways "}
        return tables.arrows.sub(lambda m: m.group(0) if "=" in m.group(0) else said[tables.arrow_ways[m.group(0)]], quote)

    def _listed(self, words: list[str], area: str) -> bool:
        """Whether a name of `area` stands in a list with another area's system ("your MES, SAP S/4HANA and your
        LIMS"): a comma, "and" or "or" between them, articles aside."""
        skip, others = self.rules.flow.skip, self._named_at(words, None)
        mine = self._named_at(words, area)
        ends = {e for s, e in others if (s, e) not in mine}
        starts = {s for s, e in others if (s, e) not in mine}

        def past(at: int, step: int) -> int:
            while 0 <= at < len(words) and words[at] in skip:
                at += step
            return at
        for start, end in mine:
            after, before = past(end, 1), past(start - 1, -1)
            if after < len(words) and words[after] in _JOINS and past(after + 1, 1) in starts:
                return True
            if before >= 0 and words[before] in _JOINS and past(before - 1, -1) + 1 in ends:
                return True
        return False

    def _named_at(self, words: list[str], area: str | None) -> list[tuple[int, int]]:
        """(start, end) of each name of `area` (of any area where None) in `words`."""
        areas = self.rules.areas
        return [(s, e) for s, e, phrase in areas.find(words)
                if any(area is None or option == area for _q, option in areas.targets[phrase])]

    def _method(self, quote: str) -> str:
        """How the sentence says the data moves, as written: its protocols and method words (drafting.yaml
        `methods`), e.g. 'REST API', 'quality notification'. A system's name is the link's system, never its
        method ("booked in your SAP QM" names none): nothing where the sentence names no way."""
        said = [(at, s.term) for at, s in self.reader.signals(quote) if s.kind == "protocol"]
        # "API" in "REST API", "file" after "CSV" say it again; a kind of way right before the protocol it is ("servicios
        # web OData", "web services OData") says the protocol
        said += [(at, word) for at, word in self._method_words(quote)
                 if not any(p <= at <= p + len(term) + 1 or 0 <= p - at - len(word) <= 1 for p, term in said)]
        return ", ".join(dict.fromkeys(term for _, term in sorted(said)))[:120]

    def _method_words(self, quote: str) -> list[tuple[int, str]]:
        """(position, text as written) of each method phrase not inside a longer one ("quality notification")."""
        words = tokens(_SLASHED.sub(" / ", normalise(quote)))  # "RFC/BAPI": two methods, each read
        made = self.rules.made.find(words)
        found = self.rules.methods.find(words) + [  # a record made: from its verb on ("booked as a ... notification")
            (min(a for a, b, _ in made if b <= start and start - b <= self.rules.made_window), end, key)
            for start, end, key in (self.rules.records.find(words) if made else ())  # no verb of `made`: no record
            if any(b <= start and start - b <= self.rules.made_window for _, b, _ in made)]
        widest = [(a, b) for a, b, _ in found if not any(c <= a and b <= d and (c, d) != (a, b) for c, d, _ in found)]
        out = []
        for start, end in dict.fromkeys(widest):
            written = re.search(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words[start:end]) + r"(?!\w)", quote, re.I)
            out.append((written.start(), written.group(0)) if written else (len(quote), " ".join(words[start:end])))
        return out
