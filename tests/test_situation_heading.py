"""An offer's numbered section on the plant's situation (issue 14): "1 Ausgangslage", "SECTION 1 - WHAT WE HEARD",
"Contexte", "Situación actual" head lines that tell the plant before the project, read past their number and in the
language written; the problems told there draft the plant's problems and never the offer's scope; the next numbered
section, cued or not, is the offer's own again. Sentences of our own; a numbered scope heading and an unnumbered
text read as before. Polish options and exclusions sections, and a few single cues, alike."""
from questions import load_bank
from reading.draft import draft
from reading.draft_optional import excluded_sections, optional_sections

BANK = load_bank()


def choices(text: str, question: str) -> set[str]:
    answer = draft(text, BANK).answer(question)
    return set(answer.choices) if answer else set()


def roles_of(text: str) -> dict[str, str]:
    from reading.draft import drafter_for
    from reading.phrases import normalise, tokens
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    roles = drafter_for(BANK).roles.roles(lines, [tokens(normalise(line)) for line in lines])
    return {line: role.kind for line, role in zip(lines, roles)}


def test_a_numbered_situation_heading_heads_the_before_state_in_several_languages():
    for heading in ("1 Ausgangslage", "SECTION 1 — WHAT WE HEARD", "Contexte", "Situación actual", "2.1 Context",
                    "Premessa", "Stan obecny", "Ist-Zustand"):
        roles = roles_of(f"{heading}\nThe operators write the stops on a clipboard.\n2 Scope of supply\n"
                         "We fit 6 vibration sensors.")
        assert roles[heading] == "before", heading
        assert roles["The operators write the stops on a clipboard."] == "before", heading
        assert roles["We fit 6 vibration sensors."] == "claim", heading


def test_a_numbered_section_with_no_cue_ends_the_before_state():
    roles = roles_of("1 Ausgangslage\nDas Werk hat drei Linien.\n3 Preise und Zahlung\nWir liefern 4 Sensoren.")
    assert roles["Wir liefern 4 Sensoren."] == "claim"


def test_a_numbered_heading_with_no_cue_is_no_heading_and_a_postcode_line_heads_nothing():
    roles = roles_of("2.1 Machine connections\nEach node reads a run signal.\n26954 Nordenham")
    assert set(roles.values()) == {"claim"}


def test_problems_told_under_what_we_heard_draft_the_plants_problems():
    text = ("SECTION 1 — WHAT WE HEARD\n\n• Output is counted from a paper tally at shift end. The tally is keyed into "
            "the ERP the next morning, so stock in the ERP is a day behind and often doesn't match what's in the "
            "warehouse.\n• No one knows how much of each shift is lost to jams and changeovers.\n\n"
            "SECTION 2 — SCOPE OF SUPPLY\n\n– 6 counters on the packing lines, read every 5 seconds.")
    assert {"reports_delayed", "inventory_mismatch", "downtime_unclear"} <= choices(text, "problem.plant_problems")


def test_a_machine_cycle_count_read_over_its_control_is_no_stock_problem():
    text = "Scope of supply\n\n- Connection of 9 lathes over MTConnect: machine state, cycle count, spindle load."
    assert "inventory_mismatch" not in choices(text, "problem.plant_problems")


def test_a_scope_that_matches_the_order_tells_no_stock_problem():
    text = "2 Scope of supply\n\n- The label printer prints what the order says, read from the ERP every minute."
    assert "inventory_mismatch" not in choices(text, "problem.plant_problems")


def test_polish_options_and_exclusions_sections_are_read_as_such():
    assert optional_sections().heads("Opcje") and optional_sections().heads("Opcjonalnie")
    sections, _questions = excluded_sections()
    assert sections.heads("Poza zakresem") and sections.heads("Oferta nie obejmuje")
    assert not optional_sections().heads("Zakres dostawy")


def test_german_data_that_stay_the_buyers_property_are_the_buyers():
    text = ("2 Lieferumfang\n\n– Die Daten bleiben Eigentum der Molkerei Oberland; die Plattform speichert alle "
            "Messwerte 5 Jahre.")
    assert "open_export" in choices(text, "connect.data_ownership")
