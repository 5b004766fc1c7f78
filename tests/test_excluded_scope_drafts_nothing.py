"""What an offer puts out of scope, in any language it is written in ("Out of scope: interface with the ERP", "Hors
périmètre : interface avec l'ERP", "Fuera del alcance", "the ERP remains out of scope") or quotes apart later ("We can
quote the ERP link separately"), drafts no link, no PLC integration and no system integration: at most an area to
check (drafting.yaml negated_after, roles `unsure`; romance.yaml; walk66, walk68)."""
import pytest

from reading.draft import draft

LINKS = "connect.integrations"


def _answer(evaluation, question):
    return next((a for a in evaluation.answers if a.question == question), None)


def _drafts_no_link(evaluation):
    links = _answer(evaluation, LINKS)
    assert links is None or links.integrations == []
    technologies = _answer(evaluation, "workflow.technologies")
    assert technologies is None or "system_integration" not in technologies.choices


@pytest.mark.parametrize("text", [
    # French: a label that puts the ERP link and the PLC changes out of scope, then the ERP said to stay so
    "Nous installons des capteurs de vibration sur 12 presses et envoyons une alerte par SMS au technicien de "
    "maintenance d'astreinte. Hors périmètre : interface avec l'ERP SAP Business One, modification des automates "
    "des presses.",
    "Nous installons des capteurs de vibration sur 12 presses et envoyons une alerte par SMS au technicien. "
    "L'interface avec l'ERP SAP Business One reste hors périmètre.",
    # Spanish and Italian
    "Instalamos sensores de vibración en 12 prensas y enviamos una alerta por SMS al técnico de mantenimiento. "
    "Fuera del alcance: interfaz con el ERP SAP Business One, modificación de los autómatas de las prensas.",
    "Instalamos sensores de vibración en 12 prensas. La interfaz con el ERP se puede cotizar por separado.",
    "Installiamo sensori di vibrazione su 12 presse e inviamo un allarme via SMS al tecnico di manutenzione. "
    "Escluso dalla fornitura: interfaccia con il gestionale ERP SAP Business One e modifica dei PLC delle presse.",
    # English: a link quoted separately, later, under a "Not included" heading
    "We will fit a gateway on each press and send stop reasons to the operator tablet.\n\nNot included\n\n"
    "We can quote the ERP link separately once Line 2 is running.",
])
def test_a_link_left_out_of_scope_drafts_no_link(text, bank):
    _drafts_no_link(draft(text, bank))


@pytest.mark.parametrize("text", [
    "Nous installons des capteurs de vibration sur 12 presses. Hors périmètre : modification des automates des "
    "presses.",
    "Instalamos sensores de vibración en 12 prensas y enviamos una alerta por SMS al técnico de mantenimiento de "
    "guardia. Fuera del alcance: modificación de los autómatas de las prensas.",
])
def test_plc_changes_left_out_of_scope_are_no_plc_integration(text, bank):
    sources = _answer(draft(text, bank), "data.sources")
    assert sources is not None and "plc_integration" not in sources.choices
    assert "new_sensors" in sources.choices


def test_a_link_in_scope_still_drafts(bank):
    links = _answer(draft("Nous installons des capteurs de vibration sur 12 presses. Les ordres de travail sont créés "
                          "automatiquement dans votre GMAO Mainti4.", bank), LINKS)
    assert links is not None and [r.system for r in links.integrations] == ["maintenance"]


def test_german_out_of_scope_drafts_no_link(bank):
    text = ("Wir installieren Schwingungssensoren an 12 Pressen und senden einen Alarm per SMS an den "
            "Instandhaltungstechniker. Nicht im Lieferumfang: Schnittstelle zum ERP SAP Business One, Änderung der SPS "
            "der Pressen. Die Schnittstelle zum ERP ist nicht enthalten.")
    evaluation = draft(text, bank)
    _drafts_no_link(evaluation)
    sources = _answer(evaluation, "data.sources")
    assert sources is not None and "plc_integration" not in sources.choices


@pytest.mark.parametrize("text", [
    "We install vibration sensors on 12 presses and send an alert by SMS to the maintenance technician on call. "
    "Phase 2 (optional): extension to the 20 remaining presses and interface with the Mainti4 CMMS for the automatic "
    "creation of work orders.",
    "Nous installons des capteurs de vibration sur 12 presses et envoyons une alerte par SMS au technicien de "
    "maintenance d'astreinte. Phase 2 (optionnelle) : extension aux 20 presses restantes et interface avec la GMAO "
    "Mainti4 pour la création automatique des ordres de travail.",
])
def test_a_link_under_a_label_optional_in_brackets_is_offered_to_check(text, bank):
    links = _answer(draft(text, bank), LINKS)
    assert links is not None and links.integrations == [] and links.suggested == ["maintenance"]
