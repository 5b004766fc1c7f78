"""The follow-up letter's words in the vendor's language (questions/letter_languages.yaml): its fixed wording, each
question's text, why it is asked and where a quote stands. A question is the English of one or more of the data's
entries joined (a topic's question and one the buyer added); it is said in a language only where every part has a
wording in it, else it stays in English as it was sent, and the page says so. Quotes from the offer stay as the vendor
wrote them."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from questions.models import DOCUMENT_KINDS, Evaluation
from reading.text_language import ENGLISH, documents_language

_DATA = Path(__file__).resolve().parent.parent / "questions" / "letter_languages.yaml"
_COUNT = re.escape("{count}")
_SYSTEM = re.escape("{system}")  # a link's system, as the bank names it ("Production / MES (OPC UA)"), kept as written
_QUOTED = ("quote", "mail", "offer", "first_quote", "second_quote")  # a vendor's sentence in quotation marks, as written
_FIGURES = ("value", "order", "first", "second")  # a contract term's figure or a document's name, kept as written
_NOT_OFFER = ("reply", "case_study")  # the vendor's replies and another customer's case study are no offer's words


@dataclass(frozen=True, eq=False)  # hashed by identity: _known is remembered per loaded copy
class LetterWords:
    languages: dict[str, str]  # code -> its name as its speakers write it ("Deutsch")
    wording: dict[str, dict[str, str]]  # key -> code -> the letter's fixed words
    kinds: dict[str, dict[str, str]]  # document kind -> code -> its name in a citation
    questions: list[dict[str, str]]  # each: code -> a question's text ("en": as the bank says it)
    gaps: dict[str, dict[str, str]]  # what a label gap misses, English -> code -> its wording
    labels: dict[str, dict[str, str]]  # a label's name, English -> code -> its name

    def say(self, key: str, language: str, **fields: str) -> str:
        words = self.wording[key]
        return words.get(language, words[ENGLISH]).format(**fields)

    def question(self, text: str, language: str) -> str | None:
        """The question in the language, each of its parts by its wording; None where a part has none. In English,
        a part the bank words as the buyer reads it ("What return does the vendor promise") as said to the vendor."""
        if language == ENGLISH:
            for q in self.questions:
                text = text.replace(q[ENGLISH], q["to_vendor"]) if q.get("to_vendor") else text
            return text
        said, at = [], 0
        while at < len(text):
            found = next(((m, words) for pattern, words in _known(self, language) if (m := pattern.match(text, at))),
                          None)
            if found is None:
                return None
            match, words = found
            said.append(words.format(**match.groupdict()))
            at = match.end()
        return " ".join(said)

    def why(self, label: str, missing: str, language: str) -> str | None:
        """'Ihr Angebot spricht von KI / maschinelles Lernen, aber ...'; None where what it misses has no wording."""
        if language == ENGLISH:
            return self.say("why", language, label=label, missing=missing)
        if language not in self.gaps.get(missing, {}):
            return None
        return self.say("why", language, label=self.labels.get(label, {}).get(language, label),
                        missing=self.gaps[missing][language])

    def source(self, cited: str, language: str) -> str:
        """Where a quote stands, in the language: 'Datenblatt S. 4', 'Angebot, Abschnitt “Preise”'; a file by its
        name as the vendor named it."""
        if language == ENGLISH:
            return cited
        reply = _REPLY_NAME.match(cited)  # the app's own name for a reply, said whole ("Respuesta a la ronda 1")
        if reply:
            key, fields = ("reply_nth_to_round", reply.groupdict()) if reply["nth"] else (
                "reply_to_round", {"number": reply["number"]})
            cited = self.say(key, language, **fields) + cited[reply.end():]
        for kind, name in ({} if reply else DOCUMENT_KINDS).items():
            if cited == name or cited.startswith(f"{name} ") or cited.startswith(f"{name},"):
                cited = self.kinds[kind].get(language, name) + cited[len(name):]
                break
        cited = re.sub(r" p\. (?=\d)", f" {self.say('page', language)} ", cited)
        return cited.replace(", section \u201c", f", {self.say('section', language)} \u201c", 1)


_REPLY_NAME = re.compile(r"Reply (?:(?P<nth>\d+) )?to round (?P<number>\d+)\b")


@lru_cache(maxsize=8)
def _known(words: LetterWords, language: str) -> list[tuple[re.Pattern, str]]:
    """Each question's English as a pattern anchored where a part starts (its {count} any number, its {system} any words
    short of the question's end, a space after it or the end), with its wording; the longest written first (its
    placeholders not counted), so a question is never read as a shorter one's start, nor a sales e-mail's question as
    the general one of two documents."""
    found = [(q[ENGLISH], q[language]) for q in words.questions if q.get(language)]
    found.sort(key=lambda pair: -len(re.sub(r"\{\w+\}", "", pair[0])))
    return [(re.compile(_quoted(re.escape(english).replace(_COUNT, r"(?P<count>\d+)").replace(
        _SYSTEM, r"(?P<system>[^?]+?)")) + r"(?: +|$)"), said) for english, said in found]


def _quoted(pattern: str) -> str:
    """A vendor's sentence quoted in a question ({quote}, {mail}, {offer}) as any text short of its closing mark; a
    term's figure or a document's name ({value}, {order}, {first}) as the fewest words short of a quotation mark."""
    for name in _QUOTED:
        pattern = pattern.replace(re.escape("{%s}" % name) + "\u201d", f"(?P<{name}>[^\u201d]+)\u201d")
    for name in _FIGURES:
        pattern = pattern.replace(re.escape("{%s}" % name), f"(?P<{name}>[^\u201c\u201d]+?)")
    return pattern


@lru_cache(maxsize=1)
def letter_words() -> LetterWords:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return LetterWords(languages=dict(data["languages"]), wording=data["wording"], kinds=data["kinds"],
                       questions=data["questions"], gaps={g[ENGLISH]: g for g in data["gaps"]},
                       labels={label[ENGLISH]: label for label in data["labels"]})


def letter_language(evaluation: Evaluation) -> str:
    """The language the offer's documents are written in, where the letter can be written in it; else English."""
    found = documents_language([d.text for d in evaluation.documents if d.kind not in _NOT_OFFER])
    return found if found in letter_words().languages else ENGLISH
