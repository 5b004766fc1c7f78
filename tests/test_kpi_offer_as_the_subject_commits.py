"""An offer or its package may be the subject of the commitment ('Our proposal (...) commits to a yield of 95 %'):
its target pairs with the share told earlier, as 'we commit to' does. Sentences written for these tests."""
from kpi_corpus import offered_kpi


def _ends(text):
    got = offered_kpi(text)
    return (got.baseline, got.target) if got and got.baseline is not None else None


def test_a_package_that_commits_to_a_yield_pairs_with_the_share_that_passed():
    text = ("In 2025, 88.0 % of your pumps passed the leak test the first time; the rest were reworked.\n"
            "Our package (a new test bench and torque-controlled assembly) commits to a first-pass yield of 95 % at "
            "the leak test, measured over 3 months after handover.")
    assert _ends(text) == (88.0, 95.0)


def test_a_proposal_that_commits_us_to_a_scrap_rate_pairs_with_todays_rate():
    text = ("Scrap on your moulding line is running at 4.0 % this year.\n"
            "This proposal commits us to a scrap rate of 2.5 % on the moulding line.")
    assert _ends(text) == (4.0, 2.5)


def test_a_range_a_commitment_names_is_no_target():
    text = ("Scrap on your press line is running at 4.0 % this year.\n"
            "Our press line commits to blanks of 0.6 to 2.5 mm on the same tooling.")
    got = offered_kpi(text)
    assert got is None or got.target != 2.5
