"""Issue 14, offers65 (tuning5, tuning6): a whole offer's section of what it leaves out ("What's not included",
"Nicht im Lieferumfang", "Exclusiones") names what the vendor does not deliver: a technology only its lines name is not
ticked, unless the line tells, after its colon, that it is delivered ("Servers: delivered as SaaS in our cloud"). And a
report's schedule is not how fast a decision is seen: an end-of-shift report beside a live screen the operators watch
is a decision seen within minutes (drafting.yaml `fastest`); a shift report alone still says end of shift."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def _offer(*lines: str) -> str:
    return "\n".join([
        "LINEWATCH LTD",
        "Dear Mr Hale,",
        "Please find our proposal for the inspection of line 2 below.",
        "Scope of supply",
        *lines,
        "",
        "Price schedule",
        "Item | Description | Qty | Unit price EUR | Total EUR",
        "1 | Line camera with LED lighting | 2 | 4,100.00 | 8,200.00",
        "2 | Edge inspection computer | 1 | 6,900.00 | 6,900.00",
        "3 | Installation and commissioning (2 engineer days) | 1 | 2,400.00 | 2,400.00",
        "",
        "Yours sincerely,",
    ])


def _choices(text: str, qid: str) -> list[str]:
    answer = draft(text, BANK).answer(qid)
    return answer.choices if answer else []


SCOPE = ["- 2 cameras on line 2 checking every label; rejects are pushed off the conveyor.",
         "- The edge computer stores every reject image for 90 days."]


def test_a_technology_named_only_under_what_is_not_included_is_not_ticked():
    english = _offer(*SCOPE, "", "What's not included",
                     "- Connection to any cloud service: the system works standalone on site",
                     "- Changes to the conveyor")
    assert "cloud" not in _choices(english, "workflow.technologies")
    german = _offer(*SCOPE, "", "Nicht im Lieferumfang",
                    "- Anbindung an eine Cloud-Plattform oder an Ihr ERP",
                    "- Umbauten am Förderband")
    assert "cloud" not in _choices(german, "workflow.technologies")


def test_a_left_out_line_that_tells_what_is_delivered_after_its_colon_keeps_it():
    spanish = _offer(*SCOPE, "", "Exclusiones",
                     "- Servidores: la solución se presta en modalidad SaaS en la nube de Microsoft Azure")
    assert "cloud" in _choices(spanish, "workflow.technologies")


def test_the_same_line_in_the_scope_is_ticked():
    own = _offer(*SCOPE, "- Connection to our cloud service, hosted in Azure West Europe, for the reject statistics")
    assert "cloud" in _choices(own, "workflow.technologies")


def test_a_shift_report_beside_a_live_screen_the_operators_watch_is_minutes():
    english = _offer(*SCOPE, "- End-of-shift report (PDF) e-mailed to the shift leader after each shift",
                     "- A live screen at the line shows the operators every reject in real time")
    assert _choices(english, "decision.latency") == ["minutes"]
    french = _offer(*SCOPE, "- Rapport de fin de poste envoyé automatiquement au chef d'équipe",
                    "- Écran opérateur : les opérateurs voient chaque rejet en temps réel")
    assert "shift" not in _choices(french, "decision.latency")


def test_a_shift_report_alone_is_still_end_of_shift():
    alone = _offer(*SCOPE, "- End-of-shift report (PDF) e-mailed to the shift leader after each shift")
    assert _choices(alone, "decision.latency") == ["shift"]
