"""Faults two new buyers' walks found reading Italian and German replies (walk59: an Italian offer for pharma
packaging lines and its vendor's Italian reply; walk61: a German offer for injection moulding), fixed as the kind each
is, in the Romance languages and German alike: a named role that confirms or corrects each output of the model, said in
the passive ("viene confermata o corretta dal capoturno", "es validada o rechazada por el supervisor"), is human review;
a link whose data goes both ways ("bidirezionale", "in entrambe le direzioni", "en ambos sentidos") is two-way, each
system of a sentence naming two links read in its own statement, and a system named before a relative clause of
movement ("SAP S/4HANA, da cui riceviamo gli ordini", "from which we receive") is where the data comes from."""
import pytest

from questions import load_bank
from questions.answer_edits import reject
from questions.models import Answer
from reading.documents import pasted
from reading.draft import drafter_for
from reading.german import english_words
from rounds_corpus import SENT
from scoring import score
from scoring.rounds import freeze, read_reply

OFFER = """\
Proposta tecnica ed economica - Monitoraggio linee e OEE con AI
Spett.le Direzione Tecnica, in risposta alla Vostra richiesta di offerta, LineaSense S.r.l. propone una soluzione di monitoraggio in tempo reale delle 6 linee di blisteratura e astucciamento dello stabilimento, con calcolo automatico dell'OEE e analisi delle cause di fermo tramite modelli di apprendimento automatico.
1. Obiettivo del progetto
L'obiettivo è portare l'OEE dal 61,5 % al 72 % entro 12 mesi dall'avvio, riducendo le microfermate e i tempi di cambio formato. Presso un altro cliente del settore farmaceutico (stabilimento in Germania) abbiamo ottenuto una riduzione dei fermi non pianificati del 35 %; questo risultato non è garantito per il Vostro stabilimento.
2. Linee e dati rilevati

Linea: Linea 1; Macchina: Blisteratrice Uhlmann B1440; Dati rilevati: stato macchina, velocità, scarti; Frequenza: ogni 1 s

Linea: Linea 2; Macchina: Blisteratrice IMA; Dati rilevati: stato macchina, velocità, scarti; Frequenza: ogni 1 s

Linea: Linea 3; Macchina: Blisteratrice + astucciatrice Marchesini; Dati rilevati: stato, velocità, scarti, temperatura di sigillatura; Frequenza: ogni 500 ms

Linea: Linee 4-6; Macchina: Astucciatrici; Dati rilevati: stato macchina e contapezzi; Frequenza: ogni 5 s

3. Integrazioni

Sistema: SAP S/4HANA; Direzione: in entrata; Dati: ordini di produzione, codici materiale

Sistema: Werum PAS-X (MES); Direzione: bidirezionale; Dati: stato lotto, inizio/fine ordine, eventi di fermo

Sistema: LIMS; Direzione: nessuna (fase 2, opzionale); Dati: -

Sistema: Sistema di serializzazione; Direzione: in entrata; Dati: scarti di serializzazione per lotto

4. Utenti e flusso di lavoro
I capiturno vedranno su un pannello a bordo linea le cause di fermo classificate automaticamente e potranno confermarle o correggerle; il responsabile di produzione riceverà ogni mattina un report con le prime cinque cause di perdita per linea. Il modello AI potrebbe in futuro suggerire i parametri di cambio formato, ma questa funzione non è inclusa nella presente offerta.
5. Conformità GMP
La piattaforma mantiene un audit trail conforme al 21 CFR Part 11 e all'Annex 11 per ogni conferma di causa di fermo. Forniamo il pacchetto di convalida (URS, FS, IQ/OQ) secondo GAMP 5; la PQ resta a carico del cliente.
6. Pilota e tempi
Proponiamo un progetto pilota di 8 settimane sulla linea 3, con criterio di successo un aumento dell'OEE di almeno 4 punti rispetto alla media delle 4 settimane precedenti. In caso di esito positivo, l'estensione alle altre 5 linee richiede 16 settimane.
7. Offerta economica
Pilota linea 3: 12.500,00 EUR. Estensione alle linee 1, 2, 4, 5, 6: 58.000,00 EUR. Canone annuo di licenza e assistenza: 9.800,00 EUR/anno. Prezzi IVA esclusa, validità dell'offerta 90 giorni.
"""
ANNEX = """\
Technical Annex A - LineaSense Line Monitoring Platform
1. Architecture
Each line gets an edge gateway (industrial PC, Siemens IPC127E) reading the machine PLCs over OPC UA.
The gateway buffers up to 72 hours of data if the link to the plant server is down. The plant server runs on-premise as a virtual machine in the customer's data centre (VMware, 8 vCPU, 32 GB RAM, 2 TB disk); no production data leaves the site. The AI stop-cause classifier is trained on the customer's own data during the pilot and retrained monthly.
2. Network
Gateways sit in the OT network (Purdue level 2) behind the existing firewall; the plant server sits in the level 3 DMZ. Only outbound HTTPS on port 443 from the plant server to our support portal is required, and it can be disabled. Remote support uses the customer's own VPN, with sessions opened by the customer.
3. Audit trail and electronic records
Every confirmation, correction or deletion of a stop cause is written to an append-only audit trail with user, timestamp (UTC), old value, new value and reason. Electronic signatures use the customer's Active Directory accounts with two-factor authentication. Audit records are kept for 10 years and can be exported as PDF for inspections.
4. Validation
We deliver a validation package following GAMP 5 category 4: URS template, functional specification, risk assessment, IQ and OQ protocols executed by our engineers. Performance qualification (PQ) is the customer's responsibility. A change control procedure covers each software update; updates are released twice a year.
5. Service levels
Support hours Monday to Friday 8:00-18:00 CET. Response time 4 business hours for critical incidents.
Target availability of the plant server software 99.5 % per year, excluding planned maintenance.
"""
REPLY = """\
Oggetto: R: LineaSense monitoraggio linee e OEE: questions, round 1

Gentile Ing. Rinaldi,

grazie per le domande. Rispondiamo punto per punto.

1. Dati di addestramento: il classificatore delle cause di fermo impara dagli stati macchina (PLC, ogni 500 ms sulla linea 3) e dalle cause confermate dai capiturno. Servono almeno 6 settimane di storico sulla linea 3 prima della messa in uso; durante il pilota il nostro data engineer, Marco Bellini, verifica ogni settimana la qualità dei dati insieme al Vostro responsabile di produzione.

2. Il modello classifica la causa di ogni fermo superiore a 2 minuti (non prevede guasti futuri). Sul cliente tedesco citato nella proposta l'accuratezza è stata dell'87 % sulle cause confermate, misurata su 3 mesi di dati. Per il Vostro stabilimento l'accuratezza sarà misurata durante il pilota: al momento non possiamo garantire un valore.

3. I sistemi collegati sono: SAP S/4HANA, da cui riceviamo gli ordini di produzione via OData (la connessione è gestita dal Vostro team SAP); Werum PAS-X, con cui scambiamo in entrambe le direzioni stato lotto ed eventi di fermo tramite l'interfaccia OPC UA del MES (responsabile: il nostro project manager). Il LIMS non è collegato in questa fase.

4. Il KPI è l'OEE della linea 3: base di partenza la media delle 4 settimane precedenti il pilota, misurata dal nostro sistema in parallelo ai Vostri report attuali; obiettivo +4 punti alla fine delle 8 settimane, e 72 % sulle 6 linee entro 12 mesi.

5. Dopo il pilota il sistema è gestito da noi con il contratto di assistenza (9.800,00 EUR/anno), che comprende aggiornamenti, monitoraggio remoto e riaddestramento mensile del modello. Internamente serve un referente IT per il server virtuale.

6. Nessuna decisione è automatica: ogni causa proposta dal modello viene confermata o corretta dal capoturno sul pannello di linea, e ogni conferma entra nell'audit trail con firma elettronica.

Restiamo a disposizione per una visita presso il nostro cliente in Germania.

Cordiali saluti,
Elena Ferri
Responsabile commerciale, LineaSense S.r.l.
"""


@pytest.fixture(scope="module")
def walk59():
    """The walk's round: the offer and its annex drafted, the drafts on history and upkeep rejected by the buyer (so the
    letter asks the six questions the reply answers by number) and the plant's problems answered by the buyer, round 1
    frozen, the reply read."""
    drafted = drafter_for(load_bank()).draft_documents(
        [pasted(OFFER, "proposal", "LineaSense_proposta.docx"), pasted(ANNEX, "other", "LineaSense_technical_annex.pdf")],
        "LineaSense monitoraggio linee e OEE", "LineaSense S.r.l.")
    drafted = reject(drafted, ["data.history", "upkeep.owner"])
    own = Answer(question="problem.plant_problems", choices=["downtime_unclear", "quality_repeats"], evidence="specific",
                 reviewed=True)  # the buyer's own answer, as the walk's buyer set it
    drafted = drafted.model_copy(update={"answers": [own if a.question == own.question else a for a in drafted.answers]})
    sent = freeze(drafted, score(drafted), "G. Rinaldi", SENT)
    return sent, read_reply(sent, pasted(REPLY, "reply", "Reply to round 1"))


def _rows(evaluation) -> dict[str, set[str]]:
    """Each area's directions: one row per named system (the MES and the serialisation system are both production)."""
    answer = evaluation.answer("connect.integrations")
    rows: dict[str, set[str]] = {}
    for row in answer.integrations if answer else []:
        rows.setdefault(row.system, set()).add(row.direction)
    return rows


def test_a_role_confirming_or_correcting_each_output_of_the_model_answers_human_review(walk59):
    # the offer's own "potranno confermarle o correggerle" answers it since an Italian offer grades as its English reads
    # (stop 52, glossed_kinds): round 1 no longer asks it (it had asked, and the reply's passive closed it), and no
    # later round or flag brings it back (the reply's passive verbs are tested below, one language each)
    sent, done = walk59
    assert "human_approves" in sent.answer("upkeep.human_review").choices
    assert "human_review" not in {q.topic for q in done.round.questions}
    assert "no_human_review" not in {f.id for f in done.card.flags}
    again = freeze(done.evaluation, done.card, "G. Rinaldi", SENT)
    assert "human_review" not in {q.topic for q in again.rounds[-1].questions}


@pytest.mark.parametrize("text", [
    "The system classifies the cause of every stop on the line. Each cause is confirmed or corrected by the shift "
    "leader on the line panel.",
    "Il sistema suggerisce un ordine di lavoro per ogni allarme della linea. Ogni ordine di lavoro suggerito viene "
    "approvato o rifiutato dal responsabile della manutenzione.",
    "El sistema propone una causa para cada parada de la línea. Cada causa es validada o rechazada por el supervisor "
    "de turno en la pantalla de la máquina.",
    "O sistema propõe uma recomendação para cada lote da linha. Cada recomendação é aprovada ou rejeitada pelo "
    "supervisor de turno no painel da máquina.",
    "Le système propose une alerte pour chaque arrêt de la ligne. Chaque alerte est confirmée ou rejetée par le "
    "technicien de maintenance sur la tablette de la ligne.",
], ids=["english", "italian", "spanish", "portuguese", "french"])
def test_each_output_confirmed_or_set_aside_by_a_named_role_in_the_passive_is_human_review(text):
    answer = drafter_for(load_bank()).draft(text).answer("upkeep.human_review")
    assert answer is not None and "human_approves" in answer.choices


def test_a_source_of_movement_before_an_italian_participle_stays_where_the_data_comes_from():
    """"dati dal PLC" is data from the PLC: only a participle takes "dal" as its agent."""
    words = english_words(["I dati dal PLC sono letti ogni secondo e la connessione è gestita dal Vostro team SAP."])
    said = " ".join(next(iter(words.values())))
    assert "data from the plc" in said and ("by the vostro team" in said or "by the your team" in said)  # "vostro" glossed or not


def test_german_participles_joined_at_the_clause_end_read_after_their_auxiliary():
    words = english_words(["Keine Entscheidung ist automatisch: jede Ursache wird vom Schichtleiter am Linienpanel "
                           "bestätigt oder korrigiert."])
    assert "is confirmed or corrected" in " ".join(next(iter(words.values())))


def test_a_link_table_row_bidirectional_in_italian_is_both_ways_and_inbound_reads_from_the_system(walk59):
    sent, _ = walk59
    rows = _rows(sent)
    assert "both" in rows.get("production", ()) and rows.get("inventory") == {"from_system"}, rows


def test_each_link_of_a_reply_sentence_takes_its_own_statements_direction(walk59):
    """"SAP S/4HANA, da cui riceviamo gli ordini ...; Werum PAS-X, con cui scambiamo in entrambe le direzioni ...": the
    orders come from SAP, the MES link goes both ways."""
    _, done = walk59
    rows = _rows(done.evaluation)
    assert rows.get("inventory") == {"from_system"} and "both" in rows.get("production", ()), rows


@pytest.mark.parametrize("text", [
    "Orders: your SAP S/4HANA, from which we receive the production orders via OData; your MES, to which we write "
    "the downtime events via OPC UA.",
    "Ordini: il Vostro SAP S/4HANA, da cui riceviamo gli ordini di produzione via OData; il Vostro MES, a cui "
    "scriviamo gli eventi di fermo via OPC UA.",
], ids=["english", "italian"])
def test_a_system_named_before_a_relative_clause_of_movement_is_where_the_data_comes_from_or_goes(text):
    drafter = drafter_for(load_bank())
    assert drafter._direction(text.split(";")[0], area="inventory") == "from_system"


def test_a_sampling_interval_said_with_every_in_the_writers_language_is_no_history_kept(walk59):
    """"ogni 500 ms sulla linea 3" is how often a machine is read: the reply proposes no weeks of history."""
    _, done = walk59
    proposed = {p.proposed.question: p.proposed.choices for p in done.proposed}
    assert "weeks" not in proposed.get("data.history", []), proposed


@pytest.mark.parametrize("text", [
    "The system reads the machine states on line 3. The model classifies the cause of every stop longer than 2 "
    "minutes (it does not predict failures).",
    "Il sistema legge gli stati macchina della linea 3. Il modello classifica la causa di ogni fermo superiore a 2 "
    "minuti (non prevede guasti futuri).",
], ids=["english", "italian"])
def test_a_cause_its_clause_denies_moves_no_downtime_to_another_problem(text):
    answer = drafter_for(load_bank()).draft(text).answer("problem.plant_problems")
    assert answer is None or "other" not in answer.choices, answer


def test_the_walk59_reply_proposes_no_other_problem(walk59):
    _, done = walk59
    proposed = {p.proposed.question: p.proposed.choices for p in done.proposed}
    assert "other" not in proposed.get("problem.plant_problems", []), proposed


def test_a_german_role_that_decides_and_may_reject_each_prediction_is_human_review():
    """walk61's reply: "der Schichtleiter entscheidet über das Aussortieren und kann jede Prognose im Dashboard
    verwerfen": the shift leader decides and may set aside each prediction."""
    answer = drafter_for(load_bank()).draft(
        "Die Ampel ist nur eine Empfehlung. Der Schichtleiter entscheidet über das Aussortieren und kann jede Prognose "
        "im Dashboard verwerfen.").answer("upkeep.human_review")
    assert answer is not None and "human_approves" in answer.choices
