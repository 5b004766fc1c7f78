"""Walk 64 (a Spanish tile plant, three offers, two evaluators) and walk 63 on Compare: the price an offer states in
its prose, its pilot, whose evaluation each column is, a verdict that says when the ranking decides nothing, a PDF
that wraps at spaces and files named by day and offers. Documents go in as the app reads them: text, a PDF, a Word
file."""
from __future__ import annotations

import io
from datetime import date

import pdfplumber
import pytest
from fpdf import FPDF

from proposals.extract import extract_text
from questions.loader import load_bank
from questions.models import Document, Evaluation
from reading.draft import draft
from reports.compare import to_markdown, to_xlsx
from reports.compare_docs import to_docx, to_pdf
from reports.file_names import comparison_name
from scoring import compare

SPANISH = ("Piloto y precio\nProponemos un piloto de 10 semanas en el horno 2, con una medición de referencia de 2 "
           "semanas antes de activar las alarmas. El precio del piloto es de 38.500 € y la licencia anual posterior es "
           "de 12.900 € por horno. El mantenimiento lo realiza nuestro equipo de soporte en Valencia.")
MANUAL = ["12. Licences and prices",
          "The annual maintenance fee is 18 percent of the licence price.",
          "The licence for one kiln is EUR 24,000, including one gateway and the server software.",
          "A pilot on one kiln for 12 weeks costs EUR 19,500, credited against the licence if the customer buys "
          "within three months.",
          "Commissioning is charged at EUR 1,150 per engineer day."]
PRESS = ("Total project price: $1.2M for Phase 1 and Phase 2 including sensors, gateways, installation and model "
         "training. Annual software subscription and support: USD 48K per year starting in year 2. Payment: 40% on "
         "order, 40% on installation, 20% on acceptance.")


def _offer(name: str, *documents: Document, evaluator: str = "") -> Evaluation:
    """The offer as the app reads it: its documents drafted, every answer a draft nobody reviewed yet."""
    drafted = draft("\n\n".join(d.text for d in documents), proposal=name, vendor=f"{name} vendor") if documents \
        else Evaluation(proposal=name, vendor=f"{name} vendor", bank_version=load_bank().version)
    return drafted.model_copy(update={"evaluator": evaluator, "documents": list(documents)})


def _pdf(lines: list[str]) -> str:
    """An English manual's price page as a PDF, read as the app reads an upload."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for text in lines:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    return extract_text("KilnSight_Edge5_manual.pdf", bytes(pdf.output())).text


def _docx(text: str) -> str:
    from docx import Document as Docx
    doc = Docx()
    doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return extract_text("proposal_presssense.docx", out.getvalue()).text


def _compared(*texts: str, **kw):
    offers = [_offer(f"Offer {i}", Document(name=f"offer{i}.txt", kind="proposal", text=t)) for i, t in
              enumerate(texts, 1)]
    return compare(offers, **kw), [ev.proposal for ev in offers]


# --- (1) the price an offer states ------------------------------------------------------------

def test_a_spanish_offer_s_pilot_price_and_yearly_licence_per_kiln_are_both_its_price():
    comp, names = _compared(SPANISH, "Nothing priced here.")
    assert comp.price(names[0]) == "pilot 38.500 €; licence 12.900 € por horno a year"
    assert comp.price(names[1]) == "not stated"


def test_a_day_rate_in_a_pdf_manual_is_no_price_of_the_offer_its_licence_and_pilot_are():
    comp, names = _compared(_pdf(MANUAL), SPANISH)
    assert comp.price(names[0]) == "licence EUR 24,000; pilot EUR 19,500"


@pytest.mark.parametrize("sentence", [
    "Commissioning is charged at EUR 1,150 per engineer day.",
    "Remote support costs USD 140 per hour.",
    "Der Tagessatz für die Inbetriebnahme beträgt 1.100 EUR.",
    "Optional: a second gateway for the licence at EUR 3,400.",  # listed after as an option (test_money68)
    "The pilot saved the plant EUR 80,000 in the first year.",
])
def test_a_rate_an_option_or_money_saved_states_no_price(sentence):
    comp, names = _compared(sentence, SPANISH)
    price = comp.price(names[0])
    assert price == "not stated" or price.startswith("option: ") and "; " not in price


def test_a_word_proposal_s_project_total_and_its_yearly_fee_are_both_the_price():
    """Walk 63: Compare showed only the yearly subscription, not the $1.2M both phases cost."""
    comp, names = _compared(_docx(PRESS), SPANISH)
    price = comp.price(names[0])
    assert price.startswith("total USD 1.2M; ") and "USD 48K per year" in price  # "$" said as the USD it names


@pytest.mark.parametrize("sentence, said", [
    ("Der Preis für das Pilotprojekt beträgt 18.000 EUR, die Lizenz kostet 9.600 EUR pro Jahr.",
     "pilot 18.000 EUR; licence 9.600 EUR a year"),
    ("Le prix du pilote est de 24 000 € et la licence annuelle est de 8 000 € par four.",
     "pilot 24 000 €; licence 8 000 € par four a year"),
    ("Il prezzo del pilota è di 15.000 euro; la licenza costa 6.000 euro all'anno per linea.",
     "pilot 15.000 euro; licence 6.000 euro a year"),
    ("O preço do projeto piloto é R$ 80.000 e a licença anual custa R$ 30.000 por forno.",
     "pilot R$ 80.000; licence R$ 30.000 por forno a year"),
])
def test_a_pilot_and_a_licence_are_read_in_each_language_the_reader_knows(sentence, said):
    comp, names = _compared(sentence, SPANISH)
    assert comp.price(names[0]) == said


# --- (2) the pilot each offer states ----------------------------------------------------------

def test_compare_shows_each_offer_s_pilot_as_the_scorecard_reads_it():
    comp, names = _compared(SPANISH, "Nothing offered here.")
    assert "piloto de 10 semanas en el horno 2" in comp.pilot(names[0])
    assert comp.pilot(names[1]) == "not stated"
    assert "Pilot offered" in to_markdown(comp).decode() and "10 semanas" in to_markdown(comp).decode()


# --- (3) whose evaluation each column is ------------------------------------------------------

def test_every_export_names_whose_evaluation_each_column_is():
    offers = [_offer("Hornos", Document(name="v1.txt", kind="proposal", text=SPANISH), evaluator="Marta López"),
              _offer("Kiln", Document(name="v2.txt", kind="proposal", text="x"), evaluator="Javier Ruiz")]
    comp = compare(offers)
    assert comp.whose("Hornos") == "Marta López" and comp.whose("Kiln") == "Javier Ruiz"
    assert "Evaluated by" in to_markdown(comp).decode() and "Marta López" in to_markdown(comp).decode()
    consensus = compare(offers, evaluators=["consensus of Marta López and Javier Ruiz", "Javier Ruiz"])
    assert "consensus of Marta López and Javier Ruiz" in to_markdown(consensus).decode()
    from openpyxl import load_workbook
    ranking = list(load_workbook(io.BytesIO(to_xlsx(comp)))["Ranking"].values)
    assert ranking[0][3] == "Evaluated by" and {row[3] for row in ranking[1:]} == {"Marta López", "Javier Ruiz"}


# --- (4) a verdict that says when the ranking decides nothing ---------------------------------

def test_offers_that_all_score_low_are_said_to_decide_nothing_before_who_is_ahead(example):
    comp = compare([example("c_"), _offer("Empty offer"), _offer("Another empty offer")])
    assert comp.caveats[0].startswith("All three score below 20 of 100: none describes its offer specifically yet")
    assert "ranks first" not in comp.lead() and "is ahead by" in comp.lead()
    assert comp.caveats[0] in to_markdown(comp).decode().replace("\\", "")


def test_a_lead_that_rests_on_unreviewed_drafts_is_said_with_their_number(example):
    drafted = example("b_")
    drafted = drafted.model_copy(update={"answers": [a.model_copy(update={"drafted": True, "reviewed": False})
                                                     for a in drafted.answers]})
    comp = compare([drafted, example("a_")])
    assert comp.winner == drafted.proposal
    waiting = comp.unreviewed[drafted.proposal]
    assert any(f"{waiting} drafted answers are not reviewed" in c and example("a_").proposal in c
               for c in comp.caveats)
    assert not compare([example("b_"), example("a_")]).caveats  # a lead on checked answers ranks first plainly


def test_a_consensus_ranking_says_its_lead_rests_on_drafts_as_a_single_evaluation_does(example):
    """Ranked on consensus scorecards the verdict's drafts caveat was skipped: the panel's reviewed answers alone
    (their consensus) now tell whether the first keeps its place."""
    from scoring.compare_verdict import reviewed_only
    from scoring.consensus import consensus
    drafted = example("b_")
    drafted = drafted.model_copy(update={"answers": [a.model_copy(update={"drafted": True, "reviewed": False})
                                                     for a in drafted.answers]})
    panels = [[("Marta", drafted), ("Javier", drafted)], [("Marta", example("a_")), ("Javier", example("a_"))]]
    merged = [consensus(p).merged for p in panels]
    checked = [consensus([(n, reviewed_only(ev)) for n, ev in p]).merged for p in panels]
    waiting = [sum(a.unreviewed for _, ev in p for a in ev.answers) for p in panels]
    comp = compare([drafted, example("a_")], scorecards=merged, checked=checked, unreviewed=waiting)
    assert comp.winner == drafted.proposal
    assert any(f"{waiting[0]} drafted answers are not reviewed" in c and example("a_").proposal in c
               for c in comp.caveats)
    assert not compare([drafted, example("a_")], scorecards=merged).caveats  # nothing to tell it by: no guess


# --- (5) the PDF wraps at spaces; files named by day and offers -------------------------------

def test_the_comparison_pdf_breaks_no_word_in_its_ranking_table():
    offers = [_offer("Monitorización hornos – EnerCer", Document(name="v1.txt", kind="proposal", text=SPANISH),
                     evaluator="Marta López (marta.lopez@ceramicas.example)"),
              _offer("KilnSight Edge 5", Document(name="m.txt", kind="proposal", text="\n".join(MANUAL)),
                     evaluator="Javier Ruiz (javier.ruiz@ceramicas.example)"),
              _offer("CeramiSmart 4.0")]
    with pdfplumber.open(io.BytesIO(to_pdf(compare(offers)))) as pdf:
        words = {w["text"] for page in pdf.pages for w in page.extract_words()}
    for whole in ("Monitorización", "KilnSight", "CeramiSmart", "(marta.lopez@ceramicas.example)"):
        assert whole in words and not [w for w in words if w != whole and len(w) > 2 and whole.startswith(w)]
    assert to_docx(compare(offers))


def test_comparison_files_are_named_by_the_day_and_the_proposals():
    name = comparison_name(["Monitorización hornos – EnerCer", "CeramiSmart 4.0", "KilnSight Edge 5"], "pdf",
                           date(2026, 12, 6))
    assert name == "comparison-2026-12-06-monitorizacion-hornos-enercer-vs-ceramismart-4-0-vs-kilnsight-edge-5.pdf"
    assert comparison_name(list("ABCDE"), "md", date(2026, 1, 2)).endswith("-a-vs-b-vs-c-and-2-more.md")


# --- (3) on the page: the signed-in buyer's own evaluation, named ------------------------------

AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "q7Zr2LwXe9TbN4vKc1sHf8JmYd3GpUa6",
        "client_id": "winnow", "client_secret": "s3cret",
        "server_metadata_url": "http://localhost:9400/.well-known/openid-configuration"}
MARTA = {"is_logged_in": True, "email": "marta.lopez@ceramicas.example", "name": "Marta López"}
JAVIER = {"is_logged_in": True, "email": "javier.ruiz@ceramicas.example", "name": "Javier Ruiz"}
AS = {who["email"]: f"{who['name']} ({who['email']})" for who in (MARTA, JAVIER)}  # as the team sees them


@pytest.fixture
def team(monkeypatch, app_url):
    """Marta's and then Javier's evaluation of one proposal (his saved last), and a second offer."""
    from store import Store
    monkeypatch.delenv("WINNOW_ALLOWED_USERS", raising=False)
    store = Store(app_url)
    hornos = _offer("Monitorización hornos – EnerCer", Document(name="v1.txt", kind="proposal", text=SPANISH))
    first = store.create(hornos, owner=MARTA["email"], evaluator=AS[MARTA["email"]])
    javier = store.join(first.id, evaluator=AS[JAVIER["email"]], owner=JAVIER["email"])
    store.save(javier.id, javier.evaluation, javier.version, actor=JAVIER["email"])
    kiln = store.create(_offer("KilnSight Edge 5", Document(name="m.txt", kind="proposal", text="\n".join(MANUAL))),
                        owner=JAVIER["email"], evaluator=AS[JAVIER["email"]])
    return {"marta": first.id, "javier": javier.id, "kiln": kiln.id}


def _compare_as(user: dict):
    from pathlib import Path
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "app.py"), default_timeout=60)
    at.secrets["auth"] = AUTH
    at.secrets["winnow"] = {"allowed": ["@ceramicas.example"]}
    at.user = user
    at.run()
    at.switch_page("views/compare.py").run()
    assert not at.exception, at.exception
    return at


def _key(at) -> str:
    from kit import unescape
    return unescape(next(m.value for m in at.markdown if m.value.startswith("**Key**")))


def test_signed_in_compare_picks_the_buyer_s_own_evaluation_and_names_it(team):
    """Walk 64: signed in as Marta, Compare picked Javier's evaluation, saved after hers, and named nobody."""
    at = _compare_as(MARTA)
    picked = at.multiselect(key="compare:ids").value
    assert team["marta"] in picked and team["javier"] not in picked
    key = _key(at)
    assert "Evaluated by: Marta López (marta.lopez@ceramicas.example)" in key
    assert "Evaluated by: Javier Ruiz (javier.ruiz@ceramicas.example)" in key  # his own offer, named his
    assert "Price: pilot 38.500 €; licence 12.900 € por horno a year" in key and "Pilot: Proponemos un piloto" in key
    assert _compare_as(JAVIER).multiselect(key="compare:ids").value.count(team["javier"]) == 1


def test_ranked_on_consensus_each_column_says_whose_consensus_it_is(team):
    at = _compare_as(MARTA)
    at.toggle(key="compare:consensus").set_value(True).run()
    assert not at.exception, at.exception
    assert "Evaluated by: consensus of Marta López (marta.lopez@ceramicas.example) and Javier Ruiz" in _key(at)


# --- (6) two evaluators: agree on an answer, and no median made up -----------------------------

@pytest.fixture
def pair(monkeypatch, app_url):
    """Marta's drafts of the Spanish offer and Javier's, who rejected the one that earns most."""
    from questions.answer_edits import reject
    from scoring import score
    from store import Store
    monkeypatch.delenv("WINNOW_ALLOWED_USERS", raising=False)
    store = Store(app_url)
    hornos = _offer("Monitorización hornos – EnerCer", Document(name="v1.txt", kind="proposal", text=SPANISH))
    marta = store.create(hornos, owner=MARTA["email"], evaluator=AS[MARTA["email"]])
    javier = store.join(marta.id, evaluator=AS[JAVIER["email"]], owner=JAVIER["email"])
    earning = max(score(hornos).answers, key=lambda a: a.points).question  # the largest: a disagreement whatever the threshold
    store.save(javier.id, reject(javier.evaluation.model_copy(update={"answers": hornos.answers}), [earning]),
               javier.version, actor=JAVIER["email"])
    return store, marta.id, earning


def _consensus_as(user: dict, eid: str):
    from pathlib import Path
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "app.py"), default_timeout=60)
    at.secrets["auth"] = AUTH
    at.secrets["winnow"] = {"allowed": ["@ceramicas.example"]}
    at.user = user
    at.query_params["id"] = eid
    at.run()
    at.switch_page("views/consensus.py").run()
    assert not at.exception, at.exception
    return at


def test_two_evaluators_disagreeing_show_both_values_and_their_mean_never_a_median(pair):
    from kit import unescape
    store, marta, earning = pair
    at = _consensus_as(MARTA, marta)
    labels = [unescape(e.label) for e in at.expander if "Disagreement" in e.label]
    assert labels and all("mean of the two" in label and "median" not in label for label in labels)
    assert "Consensus \\(mean of the two\\)" in {m.label for m in at.metric}


def test_an_evaluator_agrees_on_a_colleague_s_answer_which_becomes_the_consensus_saved_and_noted(pair):
    store, marta, earning = pair
    at = _consensus_as(MARTA, marta)
    agree = [b for b in at.button if b.key and b.key.startswith(f"consensus:agree:{earning}:")]
    assert len(agree) == 1 and "Agree on Javier Ruiz" in agree[0].label
    agree[0].click().run()
    assert not at.exception, at.exception
    mine = store.get(marta)
    assert mine.evaluation.answer(earning).is_empty and mine.evaluation.answer(earning).reviewed  # his rejection
    assert [e.actor for e in store.history(marta, earning)][-1] == MARTA["email"]  # in her evaluation's history
    thread = store.comments(mine.group_id, earning)
    assert thread and thread[-1].text.startswith("Agreed on Javier Ruiz") and thread[-1].author == AS[MARTA["email"]]
    at = _consensus_as(MARTA, marta)
    assert not [b for b in at.button if b.key and b.key.startswith(f"consensus:agree:{earning}:")]  # agreed now
