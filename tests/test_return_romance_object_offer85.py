"""A return promised as a relative aim with a time frame, its measure told after the share in the Romance order ("ridurre
del 30% i fermi entro 12 mesi", "reducir un 30 % las paradas en 12 meses"), is the return promised in numbers (walk82:
no measure was read after the share, so no return was drafted). A share with no measure after it drafts none."""
from __future__ import annotations

import pytest

from questions import load_bank
from reading.draft import draft
from reading.kpi_change import read_relative
from reading.kpi_numbers import as_read

BANK = load_bank()


@pytest.mark.parametrize("offer", [
    "Offerta per il vostro reparto presse\n\nCi impegniamo a ridurre del 30% i fermi non pianificati entro 12 mesi "
    "dall'avviamento.",
    "Oferta para su planta de envasado\n\nNos comprometemos a reducir un 25% las paradas no planificadas en 12 meses.",
    "Offerta per la vostra linea 2\n\nCi impegniamo a ridurre del 20% gli scarti entro 9 mesi.",
])
def test_a_romance_aim_naming_its_measure_after_the_share_is_the_return_promised(offer):
    answer = draft(offer, BANK).answer("return.promise")
    assert answer and answer.quotes == [offer.split("\n\n")[1]]


@pytest.mark.parametrize("sentence, metric", [
    ("ci impegniamo a ridurre del 30% i fermi entro 12 mesi.", "fermi"),
    ("nos comprometemos a reducir un 30% las paradas en 12 meses.", "paradas"),
])
def test_the_measure_after_the_share_is_named(sentence, metric):
    assert metric in read_relative(as_read(sentence)).metric


def test_a_share_with_no_measure_after_it_names_none():
    assert read_relative(as_read("ci impegniamo a ridurre del 30% entro 12 mesi.")).metric == ""
