"""Replies in other languages (questions/reply_languages.yaml): the words a mail client or a writer uses in German,
French, Dutch, Spanish or Italian, added to rounds.yaml's English ones when the rounds' rules are loaded, so the reply
reader reads a German header block or a Dutch heading as it reads an English one; and the words a Spanish, Portuguese,
French or Italian sentence names data, systems, roles and frequencies in, so it names them as an English one does."""
from __future__ import annotations

import unicodedata
from typing import Any

from pydantic import Field

from .bank_models import Strict


class MailClient(Strict):
    """What a mail client writes over a message it forwards or quotes, in one language."""
    separators: list[str] = []  # the separator line's words ("Weitergeleitete Nachricht")
    senders: list[str] = Field([], alias="from")  # the header naming who sent it ("Von")
    recipients: list[str] = Field([], alias="to")  # the header naming whom it went to ("An")
    headers: list[str] = []  # the other header lines' labels ("Betreff", "Datum", "Gesendet")
    wrote: list[str] = []  # the verb right before the colon of a quoting line ("a écrit :")
    wrote_then_writer: list[str] = []  # the verb before the writer's name ("schrieb Karl Brenner:")


class Letter(Strict):
    """How a writer in one language closes a letter, and says the answers are in the message below."""
    closings: list[str] = []  # "Mit freundlichen Grüßen": the signature under it answers nothing
    inline: list[str] = []  # "siehe unten": the message under the cover lines is read as the reply
    handed_on: list[str] = []  # "leite Ihnen ... weiter": a short cover note hands on the message under it


class Universals(Strict):
    """A link offered with every system of a kind, in one language: a word of linking, then a quantifier ("compatible
    con" + "todos los" ERP), each pair added to rounds.yaml `general.unnamed` as "compatible with all" is there."""
    linking: list[str] = []  # "compatible con", "s'intègre avec": what the quantifier's systems are linked by
    quantifiers: list[str] = []  # "todos los", "tous les", "qualsiasi": every one of the kind


class Settling(Strict):
    """An answer put off, in one language whose verbs say the future in one word (rounds.yaml `deferred`)."""
    futures: list[str] = []  # a verb of settling in the future or the conditional ("acordaremos", "sarà definito")
    later: list[str] = []  # with the reader or at a later occasion, after it ("con su equipo", "lors du démarrage")


class LinkWords(Strict):
    """Who owns a link, in one language: its words added to rounds.yaml `links`' lists of the same names."""
    owns: list[str] = []  # "gestisce", "mantiene", "betreut": someone owns the link
    agents: list[str] = []  # the owner named after them, what is owned before ("gestita dal", "gérée par")
    inverted: list[str] = []  # owning verbs whose owner may follow them ("la mantiene su equipo de TI")
    holding: list[str] = []  # owning words that hold what is owned as a pronoun ("Axiome en est responsable")
    owned: list[str] = []  # the link in that language's words ("connessione", "interfaz")
    teams: list[str] = []  # a word naming a team ("equipo", "équipe", "reparto")
    subjects: list[str] = []  # words around an owner that are not its name ("il", "vostro", "auf unserer Seite")


class ReplyLanguages(Strict):
    mail: dict[str, MailClient] = {}  # language -> its mail clients' words
    letters: dict[str, Letter] = {}  # language -> its writers' closings and pointers to the answers below
    numbered: dict[str, list[str]] = {}  # language -> the words heading a question's number ("Frage", "Vraag")
    joins: dict[str, list[str]] = {}  # language -> the words joining two such numbers ("und", "en")
    pointers: dict[str, list[str]] = {}  # language -> a reply table's header cells that only point ("Nº", "Pregunta")
    headings: dict[str, dict[str, list[str]]] = {}  # language -> topic id -> headings over its answer ("Daten")
    cues: dict[str, dict[str, list[str]]] = {}  # language -> topic id -> words a sentence on it uses ("soporte remoto")
    deferrals: dict[str, list[str]] = {}  # language -> "to be defined" in it ("da definire"): the answer put off
    kinds: dict[str, dict[str, list[str]]] = {}  # language -> a substance kind -> its words ("temperatura": data)
    also: dict[str, dict[str, dict[str, list[str]]]] = {}  # language -> topic -> kind -> words on that topic only
    universals: dict[str, Universals] = {}  # language -> how it links with every system of a kind ("todos los ERP")
    settling: dict[str, Settling] = {}  # language -> how it puts an answer off to later ("lo acordaremos con su equipo")
    links: dict[str, LinkWords] = {}  # language -> who owns a link in it ("gestita dal Vostro team SAP")


KINDS = ("data", "system", "protocol", "role", "frequency")  # the kinds a reply's words may name (words.yaml substance)


def with_languages(rounds: dict[str, Any], languages: dict[str, Any]) -> dict[str, Any]:
    """rounds.yaml's data with the other languages' words added (its lists extended, in place): each heading to its
    topic's `heads`, the mail clients' words and the pointers to answers below to `paragraphs`, the closings to
    `closings`, a table's pointer headers to `tables.pointers`, the question's number words as `numbered` and the words
    joining two numbers as `numbered_joins`, the words of who owns a link to `links`; and each language's words of data,
    systems, roles and frequencies (`_add_kinds`)."""
    said = ReplyLanguages.model_validate(languages)
    topics = {topic["id"]: topic for topic in rounds["topics"]}
    unknown = sorted({t for heads in [*said.headings.values(), *said.also.values(), *said.cues.values()] for t in heads}
                     - topics.keys())
    if unknown:
        raise ValueError(f"reply_languages.yaml: words for topics rounds.yaml does not have: {', '.join(unknown)}")
    _add_kinds(rounds, said)
    for cues in said.cues.values():
        for topic, words in cues.items():
            _add(topics[topic], "cues", words)
    for heads in said.headings.values():
        for topic, words in heads.items():
            # each also as typed without its accents ("Securite :", "Decision plus rapide :"), as writers often do
            topics[topic]["heads"] = list(dict.fromkeys([*topics[topic].get("heads", []), *words, *map(_unaccented, words)]))
    paragraphs = rounds.setdefault("paragraphs", {})
    clients = list(said.mail.values())
    for field in ("separators", "senders", "recipients", "wrote", "wrote_then_writer"):
        _add(paragraphs, field, [w for client in clients for w in getattr(client, field)])
    _add(paragraphs, "headers", [w for c in clients for w in (*c.senders, *c.recipients, *c.headers)])
    _add(paragraphs, "inline", [w for letter in said.letters.values() for w in letter.inline])
    _add(paragraphs, "handed_on", [w for letter in said.letters.values() for w in letter.handed_on])
    _add(rounds, "closings", [w for letter in said.letters.values() for w in letter.closings])
    _add(rounds, "deferrals", [w for words in said.deferrals.values() for w in words])
    _add(rounds, "numbered", [w for words in said.numbered.values() for w in words])
    _add(rounds, "numbered_joins", [w for words in said.joins.values() for w in words])
    _add(rounds.setdefault("tables", {}), "pointers", [w for words in said.pointers.values() for w in words])
    _add(rounds.setdefault("general", {}), "unnamed",
         [f"{link} {every}" for words in said.universals.values() for link in words.linking for every in words.quantifiers])
    links = rounds.setdefault("links", {})
    for field in LinkWords.model_fields:
        _add(links, field, [w for words in said.links.values() for w in getattr(words, field)])
    deferred = rounds.setdefault("deferred", {})
    _add(deferred, "futures", [w for words in said.settling.values() for w in words.futures])
    _add(deferred, "later", [w for words in said.settling.values() for w in words.later])
    return rounds


def _add_kinds(rounds: dict[str, Any], said: ReplyLanguages) -> None:
    """A language's words of each kind counted as words.yaml's English ones are, on every topic: its roles added to
    `roles`, its other kinds to each topic's `also`; and the words it counts on one topic only to that topic's `also`."""
    kinds = {kind for words in said.kinds.values() for kind in words} | {
        kind for topics in said.also.values() for words in topics.values() for kind in words}
    read = {*KINDS, *(kind for topic in rounds["topics"] for kind in topic.get("also", {}))}  # a topic's own: "output"
    if kinds - read:
        raise ValueError(f"reply_languages.yaml: kinds no reply is read for: {', '.join(sorted(kinds - read))}")
    _add(rounds, "roles", _typed([w for words in said.kinds.values() for w in words.get("role", [])]))
    every = {kind: _typed([w for words in said.kinds.values() for w in words.get(kind, [])]) for kind in KINDS if kind != "role"}
    for topic in rounds["topics"]:
        also = topic.setdefault("also", {})
        own = [words.get(topic["id"], {}) for words in said.also.values()]
        for kind in dict.fromkeys([*KINDS, *(k for words in own for k in words)]):
            added = [*every.get(kind, []), *(w for words in own for w in words.get(kind, []))]
            if added:
                _add(also, kind, added)


def _add(section: dict[str, Any], field: str, words: list[str]) -> None:
    """The words added to a list of the section, each once, the section's own first."""
    section[field] = list(dict.fromkeys([*section.get(field, []), *words]))


def _typed(words: list[str]) -> list[str]:
    """Each word, and one ending on an accented vowel also as typed with an apostrophe for the accent, as Italian is on
    keyboards without it ("umidità": "umidita'", "qualità": "qualita'")."""
    return list(dict.fromkeys(w for word in words for w in (word, *_apostrophed(word))))


def _apostrophed(word: str) -> tuple[str, ...]:
    last = unicodedata.normalize("NFD", word[-1:])
    return (f"{word[:-1]}{last[0]}'",) if len(last) == 2 and last[1] in _ACCENTS else ()


_ACCENTS = "\u0300\u0301"  # grave and acute: "à", "è", "é", "ì", "ò", "ù"


def _unaccented(word: str) -> str:
    """A word without its accents ("sécurité": "securite"); a letter no accent makes (ß, ø) kept."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
