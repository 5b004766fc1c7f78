"""Walk 64 in a browser: two signed-in evaluators of a Spanish tile plant's offers. Marta opens Compare and sees her
own evaluation of the Spanish offer (not Javier's, saved after hers), named, each offer's price and pilot, and a
verdict that says what the ranking cannot tell; the PDF downloads named by day and offers, its words whole. On the
Consensus page she agrees on Javier's answer where they disagree."""
from __future__ import annotations

import io
import re
from datetime import date

import pdfplumber
import pytest
from playwright.sync_api import expect

from browser_kit import ROOT, TIMEOUT_MS, VIEWPORT, screenshot, wait_idle
from oidc_kit import provider, sign_in, signed_server
from questions import load_bank
from questions.answer_edits import reject
from questions.models import Document
from scoring import compare, score
from store import Store
from test_compare62 import MANUAL, SPANISH, _offer

PEOPLE = {"marta": {"email": "marta.lopez@ceramicas.example", "name": "Marta López"},
          "javier": {"email": "javier.ruiz@ceramicas.example", "name": "Javier Ruiz"}}
AS = {who: f"{p['name']} ({p['email']})" for who, p in PEOPLE.items()}
HORNOS, KILN = "Monitorización hornos – EnerCer", "KilnSight Edge 5"

expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="module")
def plant(tmp_path_factory):
    """The server, Marta's and Javier's evaluations of the Spanish offer (his saved last, one draft rejected) and
    Javier's of the manual."""
    workdir = tmp_path_factory.mktemp("compare62")
    with provider(PEOPLE) as provider_url, signed_server(workdir, provider_url, ["@ceramicas.example"]) as server:
        store = Store(f"sqlite:///{server.database}")
        hornos = _offer(HORNOS, Document(name="v1.txt", kind="proposal", text=SPANISH))
        marta = store.create(hornos, owner=PEOPLE["marta"]["email"], evaluator=AS["marta"])
        javier = store.join(marta.id, evaluator=AS["javier"], owner=PEOPLE["javier"]["email"])
        earning = max(score(hornos).answers, key=lambda a: a.points).question  # a disagreement whatever the threshold
        store.save(javier.id, reject(javier.evaluation.model_copy(update={"answers": hornos.answers}), [earning]),
                   javier.version, actor=PEOPLE["javier"]["email"])
        kiln = _offer(KILN, Document(name="KilnSight_Edge5_manual.pdf", kind="proposal", text="\n".join(MANUAL)))
        store.create(kiln, owner=PEOPLE["javier"]["email"], evaluator=AS["javier"])
        yield server, store, marta.id, earning, hornos.answers


@pytest.fixture
def tab(browser):
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(TIMEOUT_MS)
    yield context.new_page()
    context.close()


def test_marta_compares_her_own_evaluation_named_priced_and_downloads_a_pdf_with_whole_words(plant, tab, tmp_path):
    server, store, marta, *_ = plant
    sign_in(tab, server, "marta")
    tab.goto(server.at("compare"), wait_until="domcontentloaded")
    wait_idle(tab)
    key = tab.get_by_test_id("stMarkdownContainer").filter(has_text=re.compile("^Key"))
    expect(key).to_contain_text(f"Evaluated by: {AS['marta']}")
    expect(key).to_contain_text("Price: pilot 38.500 €; licence 12.900 € por horno a year")
    expect(key).to_contain_text("Price: licence EUR 24,000; pilot EUR 19,500")
    expect(key).to_contain_text("Pilot: Proponemos un piloto de 10 semanas en el horno 2")
    expected = compare([store.get(marta).evaluation, next(s for s in store.list() if s.proposal == KILN)
                        and store.get(next(s.id for s in store.list() if s.proposal == KILN)).evaluation])
    verdict = tab.get_by_test_id("stAlert").first
    for said in expected.caveats:  # what the ranking cannot tell, before who is ahead
        expect(verdict).to_contain_text(said.split(":")[0])
    screenshot(tab, "compare62_compare_signed_in")
    with tab.expect_download() as info:
        tab.get_by_role("button", name="Comparison (PDF)").click()
    name = info.value.suggested_filename
    assert name.startswith(f"comparison-{date.today().isoformat()}-") and "kilnsight-edge-5" in name
    path = tmp_path / name
    info.value.save_as(path)
    with pdfplumber.open(io.BytesIO(path.read_bytes())) as pdf:
        words = {w["text"] for page in pdf.pages for w in page.extract_words()}
    assert "Monitorización" in words and not {"Monitorizació", "Commissionin"} & words
    assert any(AS["marta"].split()[0] in w for w in words)


def test_marta_agrees_on_javier_s_answer_on_the_consensus_page(plant, tab):
    server, store, marta, earning, drafted = plant
    mine = store.get(marta)  # her drafts as drafted, whatever a try before agreed
    store.save(marta, mine.evaluation.model_copy(update={"answers": drafted}), mine.version,
               actor=PEOPLE["marta"]["email"])
    sign_in(tab, server, "marta")
    tab.goto(server.at("consensus", id=marta), wait_until="domcontentloaded")
    wait_idle(tab)
    expect(tab.get_by_text("Consensus (mean of the two)").first).to_be_visible()
    flagged = tab.get_by_test_id("stExpander").filter(has_text="Disagreement").filter(
        has=tab.get_by_role("button", name=re.compile("^Agree on Javier Ruiz")))
    expect(flagged.first).to_contain_text("mean of the two", timeout=20_000)  # a loaded machine draws it late
    screenshot(tab, "compare62_consensus_before")
    flagged.first.get_by_role("button", name=re.compile("^Agree on Javier Ruiz")).click()
    wait_idle(tab)
    assert store.get(marta).evaluation.answer(earning).reviewed
    assert store.comments(store.get(marta).group_id, earning)[-1].text.startswith("Agreed on Javier Ruiz")
    tab.get_by_text("Only the disagreements").click()  # agreed: no longer one of them
    wait_idle(tab)
    agreed = tab.get_by_test_id("stExpander").filter(has_text=load_bank().questions()[earning].prompt).first
    if not agreed.locator("textarea").is_visible():  # agreed, no longer a disagreement: folded
        agreed.locator("summary").click()
        wait_idle(tab)
    expect(agreed).to_contain_text("Agreed on Javier Ruiz")
    expect(agreed.get_by_role("button", name=re.compile("^Agree on"))).to_have_count(0)
    screenshot(tab, "compare62_consensus_after")
