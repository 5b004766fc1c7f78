"""What the system makes for the plant, as a careful buyer ticks it (workflow.outputs, workflow.analytics): a loss
pattern is a loss that recurs or ranks, named beside its loss; a bare correlation is the statistics a model is built
with (drafting.yaml workflow.analytics loss_patterns), which names the analysis, not the plant's recurring losses."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
# an offer's lines that give the plant's context, so that no sentence alone decides what kind of text it is
OFFER = (" We install vibration sensors on the six kiln fans of your plant in Linz."
         " The gateway sends the readings to our platform every minute.")


def analytics(text: str) -> list[str]:
    """Drafted or offered to check."""
    answer = draft(text, BANK).answer("workflow.analytics")
    return answer.choices + answer.suggested if answer else []


def test_correlations_a_model_is_built_from_are_no_loss_pattern():
    text = ("Our model uses cross-sensor correlations and rolling means as its inputs to estimate the bearing wear"
            " of each fan." + OFFER)
    assert "loss_patterns" not in analytics(text)


def test_data_correlated_to_predict_is_no_loss_pattern():
    text = "The platform will correlate the readings with the model to predict a failing fan bearing." + OFFER
    assert "loss_patterns" not in analytics(text)


def test_stops_that_recur_are_a_loss_pattern():
    text = "Each week the platform ranks the top five stop reasons of each kiln fan." + OFFER
    assert "loss_patterns" in analytics(text)
