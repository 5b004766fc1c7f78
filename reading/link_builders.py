"""Who builds a link, named in the sentence that tells the link ("notifications in SAP PM through an RFC/BAPI interface
developed by IIN", "über eine OPC-UA-Schnittstelle, entwickelt von unserem Team", "par web service, réalisée par
Axiome"): the party that builds the interface answers for it, so it is the link's owner where no sentence names one
(drafting.yaml `link_builders`). Only a party: a name written with a capital, the vendor's own team or "us", the plant's
team; not another customer's ("their team"), nor a builder denied ("not developed by")."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.loader import load_drafting


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern | None, frozenset[str], frozenset[str], frozenset[str], frozenset[str], int]:
    data = load_drafting().get("link_builders", {})
    verbs = sorted((str(v) for v in data.get("verbs", [])), key=len, reverse=True)
    said = re.compile(r"(?i)(?<!\w)(?P<no>(?:" + "|".join(re.escape(str(w)) for w in data.get("denials", ["not"])) + r")\s+)?"
                      r"(?:" + "|".join(map(re.escape, verbs)) + r")\s+(?P<who>[^,;:.()\n]+)") if verbs else None
    words = lambda key: frozenset(str(w).lower() for w in data.get(key, []))
    return said, words("ends"), words("leads"), words("teams"), words("others"), int(data.get("words", 5))


def builder(sentence: str) -> str:
    """The party the sentence says builds its link, as written ("IIN", "our integration team", "us"), or ""."""
    said, ends, leads, teams, others, most = _rules()
    for found in said.finditer(sentence) if said else ():
        if found.group("no"):
            continue
        party = _party(found.group("who").split(), ends, leads, teams, others, most)
        if party:
            return party
    return ""


def _party(words: list[str], ends, leads, teams, others, most: int) -> str:
    """The words that name a party, up to a word that ends it ("IIN and commissioned ...": IIN), or "" where they name
    none: a capitalised name, the vendor's "us", or a team whose word is among the first few."""
    taken = []
    for word in words[:most]:
        if word.lower() in ends:
            break
        taken.append(word)
    lower = [w.lower() for w in taken]
    if not taken or lower[0] in others:
        return ""
    if lower[0] in {"us", "ourselves", "nosotros", "uns", "nous", "noi", "ons"}:
        return "us"
    if lower[0] in leads:  # "our integration team", "unserem Team", "nuestro equipo de TI", "the customer's IT"
        return " ".join(taken) if any(_team(w, teams) for w in lower[1:]) else ""
    return " ".join(taken) if re.match(r"[A-ZÀ-Ý]", taken[0]) else ""


def _team(word: str, teams: frozenset[str]) -> bool:
    """Whether a word is a team's, or a compound ending in one ("integrationsteam", "IT-Abteilung")."""
    word = word.strip("'’").removesuffix("'s").removesuffix("’s")
    return word in teams or any(len(t) > 3 and word.endswith(t) for t in teams)


def built_rows(rows, said: dict[str, list[str]], tabled: set[str], reach: int):
    """`rows` with the builder named in the first sentences of each prose link that has no owner as its owner."""
    out = []
    for row in rows:
        if not row.owner and row.system not in tabled:
            party = next((p for p in map(builder, dict.fromkeys(said.get(row.system, [])[:reach])) if p), "")
            row = row.model_copy(update={"owner": party}) if party else row
        out.append(row)
    return out
