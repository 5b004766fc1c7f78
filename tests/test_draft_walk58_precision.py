"""Walk 58 read a vision proposal with its security whitepaper, and a brochure. Each fix reads a kind of sentence that
named an option's words without giving it; every sentence here is new, none of the walk's.

- A sentence on patching the system's software ("we publish an approved list of updates") says nothing of who reviews
  what the system decides; and where the inspection's own reject device acts ("Pusher reject to the side lane"), a
  person who releases what it held reviews its exceptions, no approval of every action.
- A support service named by how fast it answers ("2-hour remote response, on site next business day") is no training.
- A maintenance window for patches is no maintenance plan; a dashboard's single sign-on is no live status screen; a
  rejected part's reason code is no downtime reason.
- IEC 62443 named only for the zone the kit sits in is no assessment.
- How long a remote session's recording is kept is no history of the process's data.
- The plant's IT team doing a chore "together with us" is the vendor's helper, not who keeps the system.
"""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()

OFFER = """Proposal for camera inspection of carton sealing on your packing lines 4 and 5

1. What we install
On lines 4 and 5 we mount two Basler cameras over the carton sealer and an edge PC beside the conveyor.
The cameras check the glue flaps and the lid position of every carton.
Reject action: Pusher reject to the side lane, line stop after 4 rejects in a row.
Your packing supervisor releases held cartons in your MES after checking them.
Your quality inspector looks at the rejected photos once per shift and corrects wrong calls.
The system writes every rejected carton, its reason code and the photo link to your MES over OPC UA.
The web dashboard supports single sign-on over SAML 2.0 with your Azure AD.

2. Security
The cameras and the edge PC sit in your cell/area zone (IEC 62443 level 1-2).
We test the edge PC's firmware updates within 10 days of release and publish an approved list every quarter; your IT installs them in its maintenance window.
Our engineers reach the edge PC only through an outbound TLS tunnel, and each remote session is recorded and the recording is kept for 60 days.

3. Service
Service: 24/7 hotline, 2-hour remote response for stopped lines and an engineer on site in 24 hours.
Your IT team looks after the edge PC's operating system together with us.

4. Price
Pilot on line 4: EUR 48,000 fixed, 8 weeks from order.
"""


def _answer(qid: str):
    return draft(OFFER, BANK).answer(qid)


def _chosen(qid: str) -> set[str]:
    answer = _answer(qid)
    return set(answer.choices) if answer else set()


def test_a_patching_sentence_or_a_release_after_the_reject_device_acted_is_no_approval_of_every_action():
    review = _answer("upkeep.human_review")
    assert review is not None and "human_approves" not in review.choices
    assert not any("firmware updates" in q for q in review.quotes)


def test_a_support_service_named_by_its_response_time_is_no_on_site_training():
    assert "onsite" not in _chosen("users.training")


@pytest.mark.parametrize("option", ["maintenance_plan", "live_dashboard", "downtime_reasons"])
def test_a_patch_window_a_single_sign_on_and_a_rejects_reason_code_are_no_plan_screen_or_downtime_reason(option):
    assert option not in _chosen("workflow.outputs")


def test_iec_62443_named_for_the_zone_the_kit_sits_in_is_no_assessment():
    assert "iec62443" not in _chosen("security.controls")


def test_how_long_a_remote_sessions_recording_is_kept_is_no_data_history():
    assert not _chosen("data.history") & {"months", "weeks", "years_exportable"}


def test_a_plant_team_doing_a_chore_together_with_the_vendor_keeps_nothing():
    assert "it_ot_team" not in _chosen("upkeep.owner")
