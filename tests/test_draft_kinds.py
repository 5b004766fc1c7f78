"""Kinds of sentence that name an option's words without telling that the offer gives it (drafting.yaml `kinds`):
an alarm the project counted or cut, a person's title or reaction, and the buyer's team that
keeps the system running. Each kind drafts nothing of its words, while the same words said as the offer's do."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
READS = "The edge box reads the compressor PLCs every 10 seconds and shows the load on a dashboard."


def chosen(text: str, question: str) -> list[str]:
    answer = draft(text, BANK).answer(question)
    return answer.choices if answer else []


def test_alarms_the_project_cut_or_counted_are_no_alerts_it_sends():
    counted = ("The edge box reads the compressor PLCs every 10 seconds. Since go-live the control room has cut "
               "nuisance alarms by 40%, and the frequency of trip notifications fell by half.")
    sent = "The edge box reads the compressor PLCs every 10 seconds. When a compressor trips, the shift lead gets an SMS alert."
    assert "alerts" not in chosen(counted, "workflow.outputs")
    assert "minutes" not in chosen(counted, "decision.latency")
    assert "alerts" in chosen(sent, "workflow.outputs")


def test_a_persons_title_or_reaction_names_no_user():
    titled = READS + " Just ask Tom Brandt, plant manager of the Keller bakery in Ulm."
    baffled = READS + " The plant manager was surprised by how often the compressors ran at night."
    using = "The edge box reads the compressor PLCs every 10 seconds and shows the load on a dashboard for the plant manager."
    assert "plant_manager" not in chosen(titled, "users.roles")
    assert "plant_manager" not in chosen(baffled, "users.roles")
    assert "plant_manager" in chosen(using, "users.roles")


def test_the_buyers_team_that_keeps_the_system_is_its_owner_not_a_user():
    keeps = "Your IT team hosts the server, backs it up and installs our updates. " + READS
    gets = "Your IT team gets the weekly report. " + READS
    assert "it_ot" not in chosen(keeps, "users.roles")
    assert chosen(keeps, "upkeep.owner") == ["it_ot_team"]
    assert "it_ot" in chosen(gets, "users.roles")


def test_the_team_that_keeps_it_answers_who_keeps_it_over_a_contract_beside_it():
    text = ("Your IT team hosts the virtual machine and installs the updates we release twice a year (maintenance "
            "agreement EUR 4,800 per year). " + READS)
    assert chosen(text, "upkeep.owner") == ["it_ot_team"]
