"""A small statistical reading of each sentence's role, learnt from buyers' labels of real texts.

Features are the sentence's lower-cased words and word pairs, a few cheap cues of its shape
(questions/role_model.yaml), the rules' own role of it and of its neighbours, the words of the
heading it stands under, and the groups role_model.yaml names (the rules' roles further around, the
tense story.py reads, the place in the text). The weights of a multinomial logistic regression over
them are data (questions/role_model.json, written by bench/train_roles.py); reading them needs plain
Python only. Where it may overrule the rules' offer is data too (role_model.yaml `acts`).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from .phrases import is_number, normalise, tokens
from .roles import BEFORE, CLAIM, FURNITURE, Role
from .told import OFFER, Seen, rule_told

if TYPE_CHECKING:
    from .text import Reading

_DATA = Path(__file__).resolve().parent.parent / "questions"
_END = frozenset(".!?\"\u201d)")


@lru_cache(maxsize=1)
def cues() -> dict:
    return yaml.safe_load((_DATA / "role_model.yaml").read_text(encoding="utf-8"))


def words(text: str) -> list[str]:
    """The sentence's words, every number as <n>, clause marks dropped."""
    return ["<n>" if is_number(t) else t for t in tokens(normalise(text)) if t not in ",;:()"]


def pass_features(seen: Seen, reading: Reading, rules: list[str]) -> list[list[str]]:
    """Every sentence's features, from one draft's Pass: text_features, and with role_model.yaml group `tense`
    the tense story.py reads (told in the past, a site's deed, speaking to the reader)."""
    out = text_features([s.text for s in reading.sentences], rules)
    if "tense" in cues()["groups"]:
        story = seen.drafter.story
        for feats, words in zip(out, seen.words):
            feats += [f"t:{k}" for k, v in (("past", story.in_past(words)), ("tells", story.tells(words)),
                                             ("speaks", story.speaks_to(words))) if v]
    return out


def text_features(texts: list[str], rules: list[str], groups: set[str] | None = None) -> list[list[str]]:
    """Every sentence's features, read in order: the rules' role of each sentence and its neighbours (with group
    `far`, two around too: a story's before-state comes in runs), the short page text it last followed (a heading:
    "The challenge" tells what the lines below are) and, with group `fine_pos`, the tenth of the text it is in."""
    groups = set(cues()["groups"]) if groups is None else groups
    out, heading = [], []
    for at, (text, rule) in enumerate(zip(texts, rules)):
        before = rules[at - 1] if at else "none"
        after = rules[at + 1] if at + 1 < len(rules) else "none"
        feats = features(text, at, len(texts), rule, before, after, heading)
        if "far" in groups:
            feats += [f"prev2:{rules[at - 2] if at > 1 else 'none'}",
                      f"next2:{rules[at + 2] if at + 2 < len(rules) else 'none'}", f"around:{before}:{after}"]
        if "fine_pos" in groups:
            feats.append(f"pos10:{min(9, int(10 * at / max(len(texts), 1)))}")
        out.append(feats)
        if rule == FURNITURE and len(words(text)) <= cues()["heading_words"]:
            heading = words(text)
    return out


def features(text: str, at: int, of: int, rule: str, before: str, after: str, heading: list[str]) -> list[str]:
    """The features of the sentence at index `at` of `of` sentences."""
    c = cues()
    ws = words(text)
    out = [f"w:{w}" for w in set(ws)] + [f"b:{a} {b}" for a, b in set(zip(["<s>"] + ws, ws))]
    stripped = text.strip()
    size = next((i for i, top in enumerate(c["lengths"]) if len(ws) <= top), len(c["lengths"]))
    where = next((i for i, top in enumerate(c["positions"]) if at / max(of, 1) < top), len(c["positions"]))
    out += [f"len:{size}", f"pos:{where}"] + (["first"] if at == 0 else [])
    shapes = {
        "quote": stripped[:1] in c["quotes"],
        "digit": any(ch.isdigit() for ch in stripped),
        "percent": "%" in stripped or "percent" in ws,
        "currency": any(m in ws or m in stripped for m in c["currency"]),
        "title": _title_case(stripped),
        "colon": stripped.endswith(":"),
        "unended": stripped[-1:] not in _END and not stripped.endswith(":"),
        "past": not set(c["past"]).isdisjoint(ws),
        "we": not set(c["first_person"]).isdisjoint(ws),
        "you": not set(c["second_person"]).isdisjoint(ws),
    }
    out += [f"s:{k}" for k, v in shapes.items() if v]
    out += [f"rule:{rule}", f"prev:{before}", f"next:{after}"] + [f"h:{w}" for w in set(heading)]
    return out


def _title_case(text: str) -> bool:
    alpha = [w for w in text.split() if w[:1].isalpha()]
    return bool(alpha) and all(w[0].isupper() for w in alpha if len(w) > 3)


@dataclass(frozen=True)
class RoleModel:
    roles: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]  # feature -> one weight per role

    @classmethod
    def from_data(cls, data: dict) -> RoleModel:
        return cls(tuple(data["roles"]), tuple(data["intercepts"]),
                   {f: tuple(w) for f, w in data["weights"].items()})

    def chances(self, feats: list[str]) -> dict[str, float]:
        """role -> probability, the softmax of the summed weights of the features present."""
        z = list(self.intercepts)
        for f in feats:
            for k, w in enumerate(self.weights.get(f, ())):
                z[k] += w
        top = max(z)
        e = [math.exp(v - top) for v in z]
        return {r: v / sum(e) for r, v in zip(self.roles, e)}


@lru_cache(maxsize=1)
def model() -> RoleModel:
    return RoleModel.from_data(json.loads((_DATA / "role_model.json").read_text(encoding="utf-8")))


READS = True  # bench/train_roles.py turns this off: the model learns from the rules' own reading


def reread(seen: Seen, reading: Reading) -> dict[int, str]:
    """Sentence index -> the model's role, where the rules read an offer and the model is sure it is none, as one
    of role_model.yaml `acts` allows in this kind of text. The Pass's role or generality of each such sentence
    changes to match, so drafting takes it as the model reads it."""
    acts = [act for act in cues()["acts"] if READS and _where(seen, act["where"])]
    if not acts:
        return {}
    kinds = [t.role for t in rule_told(seen, reading)]
    read, out = model(), {}
    for i, feats in enumerate(pass_features(seen, reading, kinds)):
        if kinds[i] == OFFER:
            kind = _overruled(read.chances(feats), acts)
            if kind:
                out[i] = kind
                _as(seen, i, kind)
    return out


def _overruled(chances: dict[str, float], acts: list[dict]) -> str | None:
    """The role the first act that holds gives: the model's top role, one of `to`, where P(offer) is below
    `below`; or `role` where its chance is at least `above`."""
    top = max(chances, key=chances.get)
    for act in acts:
        if "role" in act and chances[act["role"]] >= act["above"]:
            return act["role"]
        if "to" in act and top in act["to"] and chances[OFFER] < act["below"]:
            return top
    return None


def _where(seen: Seen, where: str) -> bool:
    if seen.long < cues()["least_sentences"]:
        return False
    return _story(seen) if where == "story" else seen.drafter.product_page(seen) and not _story(seen)


def _story(seen: Seen) -> bool:
    """A site's story: told in the past, hardly speaking to its reader (story.py). The model learnt from such
    texts; in an offer ("your line averages 71.8%", "will cut that scrap") it read offers as general truths."""
    speaks = cues()["speaks_below"] * seen.long
    return seen.speaking < speaks and seen.drafter.story.told_in_past(seen.long, seen.past)


def _as(seen: Seen, i: int, kind: str) -> None:
    """Sentence i of the Pass read as `kind`: the plant before (drafts the problem only), a general truth
    (the problem only, of no plant), only possible (drafts nothing), or selling and page text (nothing)."""
    old = seen.roles[i]
    if kind == "general":
        seen.general[i] = "role model"
    elif kind == BEFORE:
        seen.roles[i] = Role(BEFORE, existing=old.existing, heading=old.heading)
    elif kind == "possible":
        seen.roles[i] = Role(CLAIM, unsure=((0, len(seen.words[i])),), existing=old.existing, heading=old.heading)
    else:
        seen.roles[i] = Role(FURNITURE, heading=old.heading)
