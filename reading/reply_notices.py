"""A legal notice under an e-mail's signature ("This e-mail and any attachments are confidential ...", "registered in
England and Wales, company number ...", "We accept no liability for any damage caused by any virus ..."): the sender's
mail furniture, which signs the reply and answers nothing, however long it runs after the closing (questions/rounds.yaml
paragraphs `notices`)."""
from __future__ import annotations

import re

from .signal_patterns import trie_pattern

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def notice_words(words: list[str]) -> re.Pattern | None:
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(sorted({w.lower() for w in words}))})(?![\w-])") if words else None


def notice_at(text: str, words: re.Pattern | None) -> int:
    """Where the notices that end the text start (its length where none does): its last paragraphs, each with most
    of its sentences speaking a notice's words; a paragraph of the writer's own (no such words) ends the search."""
    if words is None:
        return len(text)
    at = len(text.rstrip())
    for block in reversed(list(re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text[:at]))):
        if not _notice(block.group(), words):
            break
        at = block.start()
    return at


def _notice(paragraph: str, words: re.Pattern) -> bool:
    sentences = [s for s in _SENTENCE_END.split(paragraph.strip()) if s]
    told = sum(bool(words.search(s.lower())) for s in sentences)
    return len(sentences) >= 1 and 2 * told > len(sentences) and len(paragraph) > 60  # a short line: a signature's
