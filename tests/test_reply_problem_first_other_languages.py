"""Where the project starts, said in the writer's language ("Wir beginnen mit den Stillständen ...", "Empezaríamos
por las fugas ..."), answers which plant problem it solves first, as "we would start with" does in English (issue 16):
a prose answer under no heading, its loss counted, closes the problem question. Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

KILNS = ("KilnSense is predictive maintenance and AI for tunnel kilns.\n"
         "IoT sensors and AI predict burner failures and give real-time dashboards in the cloud.\n")
GERMAN = Mail("Sehr geehrte Frau Berger,", "Mit freundlichen Grüßen\nJonas Keller")
SPANISH = Mail("Estimada Sra. Berger:", "Un saludo cordial,\nJavier Ruiz")
FRENCH = Mail("Madame Berger,", "Cordialement,\nLuc Girard")
ITALIAN = Mail("Gentile Sig.ra Berger,", "Cordiali saluti,\nMarco Conti")
DUTCH = Mail("Geachte mevrouw Berger,", "Met vriendelijke groet,\nPieter de Vries")


@pytest.fixture(scope="module")
def kilns():
    return sent_out(KILNS, "KilnSense", "A. Berger")


@pytest.mark.parametrize("mail, body", [
    (GERMAN, "Wir beginnen mit den Brennerausfällen an Ofen 2: laut Ihrem Schichtbuch 41 Stillstände von Januar bis "
             "September 2026, zusammen 96 Stunden. Gelöst ist es, wenn es unter 15 Stillstände im Halbjahr sind, "
             "gezählt im selben Schichtbuch."),
    (SPANISH, "Empezaríamos por las paradas de los quemadores del horno 2: su libro de turnos registra 41 paradas de "
              "enero a septiembre de 2026, unas 96 horas. Lo damos por resuelto cuando bajen de 15 paradas por "
              "semestre, contadas en el mismo libro."),
    (FRENCH, "Nous commencerions par les pannes des brûleurs du four 2 : votre cahier de quart compte 41 arrêts de "
             "janvier à septembre 2026, soit 96 heures. Ce sera résolu sous 15 arrêts par semestre, comptés dans le "
             "même cahier."),
    (ITALIAN, "Inizieremmo dai guasti dei bruciatori del forno 2: il vostro registro turni conta 41 fermate da gennaio "
              "a settembre 2026, circa 96 ore. Sarà risolto sotto le 15 fermate a semestre, contate nello stesso "
              "registro."),
    (DUTCH, "We beginnen met de storingen van de branders van oven 2: uw ploegenboek telt 41 stilstanden van januari "
            "tot september 2026, samen 96 uur. Opgelost is het onder 15 stilstanden per halfjaar, geteld in hetzelfde "
            "ploegenboek."),
], ids=["german", "spanish", "french", "italian", "dutch"])
def test_where_the_project_starts_in_the_writers_language_answers_the_problem_question(kilns, mail, body):
    problem = mail.asked(kilns, body)["problem"]
    assert problem.status != "not_answered", problem.why
    assert problem.closed, problem.why
