"""Download names cut a long proposal name at a word's end and carry the evaluation's id, so that two offers of one
vendor, whose names start alike or are the same, download as two files."""
from __future__ import annotations

import re

from questions import load_evaluation
from reports import EXPORTS
from reports.file_names import STEM_CHARS, download_name, file_stem
from paths import EXAMPLES

WALKED = "Energy monitoring retrofit for compressed air, presses and hardening furnaces"


def words_of(stem: str) -> list[str]:
    return stem.split("-")


def test_a_long_name_is_cut_after_its_last_whole_word_that_fits():
    stem = file_stem(WALKED)
    assert len(stem) <= STEM_CHARS
    assert words_of(stem) == WALKED.lower().replace(",", "").split()[:len(words_of(stem))]
    assert stem == "energy-monitoring-retrofit-for-compressed-air-presses-and"


def test_two_offers_whose_names_start_alike_download_as_two_files():
    evaluation = load_evaluation(next(iter(EXAMPLES.values())))
    first = evaluation.model_copy(update={"proposal": WALKED + " - offer A"})
    second = evaluation.model_copy(update={"proposal": WALKED + " - offer B"})
    for export in EXPORTS.values():
        names = {export.filename(first, key="3f9a2b1c4d5e"), export.filename(second, key="a0b1c2d3e4f5")}
        assert len(names) == 2, names
        assert all(re.fullmatch(rf"[a-z0-9-]+-[0-9a-f]{{12}}\.{export.extension}", n) for n in names), names


def test_the_same_name_twice_downloads_as_two_files():
    assert download_name("Offer", "pdf", key="3f9a2b1c4d5e") != download_name("Offer", "pdf", key="a0b1c2d3e4f5")


def test_a_letters_round_stands_before_the_id():
    name = download_name(WALKED, "docx", "-round-2", "3f9a2b1c4d5e", "proposal")
    assert name == "energy-monitoring-retrofit-for-compressed-air-presses-and-round-2-3f9a2b1c4d5e.docx"


def test_accents_are_kept_as_their_letters_and_other_scripts_fall_back_to_a_word():
    assert file_stem("Müller Stanztechnik: Pressenüberwachung") == "muller-stanztechnik-pressenuberwachung"
    assert download_name("Завод 工厂", "csv", key="3f9a2b1c4d5e") == "evaluation-3f9a2b1c4d5e.csv"


def test_a_first_word_longer_than_the_limit_is_cut_within_it():
    assert file_stem("x" * 100) == "x" * STEM_CHARS


def test_letters_decomposing_leaves_whole_are_spelled_in_ascii_not_dropped():
    assert file_stem("Przemysł 4.0 – Łódź plant") == "przemysl-4-0-lodz-plant"
    assert file_stem("Søborg Straße Đakovo Þórshöfn") == "soborg-strasse-dakovo-thorshofn"
    assert file_stem("Energy monitoring, line 3") == "energy-monitoring-line-3"  # plain ASCII as it was
