"""Faults two new buyers' walks found in replies (walk 57: a Portuguese reply; walk 58: an English reply to an AI
vision offer), fixed as the kind each is: a system said not connected, past its own modifier or in a Romance word
order, is no link."""
import pytest

from rounds_corpus import replied, sent_out

PT_OFFER = """\
Proposta Técnica e Comercial — Monitorização de Energia e Estufas de Secagem
TermoVista Soluções Industriais, Lda. — Proposta n.º TV-2026-118

1. Enquadramento
A Corticeira do Vale tem hoje duas unidades fabris (Santa Maria da Feira e Coruche) com seis estufas de secagem de madeira e cortiça, duas linhas de lixagem e uma linha de acabamento. Atualmente o consumo de energia é lido manualmente uma vez por mês a partir das faturas da EDP e do gás natural, e a humidade final das peças é medida por amostragem com um higrómetro portátil. O consumo específico atual das estufas é de 1,85 kWh por kg de madeira seca e a taxa de rejeição por empeno e fissuras é de 4,2 %.

2. O que propomos
Propomos instalar 24 analisadores de energia trifásicos e 12 sondas de temperatura e humidade nas estufas, ligados a um gateway industrial local. O gateway lê os dados por Modbus TCP e envia-os por MQTT para a plataforma TermoVista, alojada em Frankfurt. A plataforma mostra um painel por estufa e por linha e envia alertas por email e SMS ao chefe de turno quando a temperatura sai da curva de secagem definida.

Pontos medidos:
| Ponto | Variável | Equipamento | Frequência |
| Estufa 1 a 6 | Temperatura do ar | Sonda PT100 | 1 minuto |
| Estufa 1 a 6 | Humidade relativa | Sensor capacitivo | 1 minuto |
| QGBT Feira e Coruche | Energia ativa (kWh) | Analisador Janitza UMG 604 | 15 minutos |
| Caldeira de biomassa | Caudal de vapor | Medidor vortex | 5 minutos |
| Linhas de lixagem | Potência e estado da máquina | Analisador de energia | 1 minuto |

3. Integração
Os consumos por ordem de fabrico serão exportados diariamente para o Primavera ERP por ficheiro CSV, para que o controlo de gestão calcule o custo energético por lote. O gestor de energia recebe um relatório semanal automático.

4. Objetivos e KPI
O objetivo é reduzir o consumo específico de 1,85 kWh/kg para 1,55 kWh/kg em 12 meses e baixar a rejeição por empeno para 2,5 %. A poupança anual estimada é de 38.400,00 € para um investimento de 96.750,00 €.

5. Segurança e operação
O gateway só abre ligações de saída (porta 8883, TLS). Em caso de falha de internet guarda 7 dias de dados localmente. Os dados pertencem ao cliente e podem ser exportados em CSV a qualquer momento.

6. Fases
Piloto de 3 meses na estufa 2 de Coruche, com medição antes/depois, seguido da extensão às restantes estufas. Formação de 2 dias para chefes de turno e para o gestor de energia. Contrato de manutenção anual de 4.800,00 €.
"""
PT_REPLY = """\
Assunto: RE: TermoVista – Monitorização de energia e estufas: questions, round 1

Caro Eng. Rui Almeida,

Obrigado pelas perguntas. Respondemos pela mesma ordem.

1. O primeiro problema que resolvemos é o consumo de energia das estufas, que hoje só conhecem pela fatura mensal, e as peças rejeitadas por empeno. Verão o problema resolvido quando o consumo específico da estufa 2 de Coruche descer no piloto e a rejeição por empeno baixar no relatório semanal.

2. Os consumos por ordem de fabrico são exportados todos os dias às 06:00 para o Primavera ERP por ficheiro CSV, numa pasta partilhada que o vosso departamento de informática indica. A TermoVista mantém a exportação; o controlo de gestão da Corticeira é o dono dos dados no Primavera. {cmms}

3. O KPI é o consumo específico das estufas em kWh por kg de madeira seca: hoje 1,85 kWh/kg (média de janeiro a junho de 2026, faturas EDP e gás), objetivo 1,55 kWh/kg ao fim de 12 meses, medido pelos analisadores Janitza e pelo peso de entrada registado no Primavera.

4. O gateway só estabelece ligações de saída para a nossa plataforma (MQTT sobre TLS, porta 8883); não é necessária nenhuma porta de entrada. A separação entre a rede OT e a rede de escritório será definida no workshop de arranque com a vossa equipa de TI.

5. A TermoVista instala, monitoriza e mantém o sistema depois do piloto, com o contrato de manutenção anual de 4.800,00 € (calibração anual das sondas, atualizações do gateway, suporte por telefone em dias úteis das 8h às 18h).

Como referência, numa serração em Paços de Ferreira reduzimos o consumo das estufas em 18 % no primeiro ano.

Com os melhores cumprimentos,
Marta Sousa
Gestora de Projeto, TermoVista Soluções Industriais
"""
EN_OFFER = ("Offer for your two plants in Leeds: energy monitoring of the six drying kilns.\n"
            "We install 24 energy meters and 12 temperature probes, read by a local gateway over Modbus TCP every "
            "minute and sent over MQTT to our platform.\n"
            "Consumption per production order is exported daily to your ERP as a CSV file.\n")
EN_REPLY = ("Dear Mr Almeida,\n\nthank you for your questions.\n\n"
            "1. Consumption per production order is exported every day at 06:00 to your ERP as a CSV file, in a shared "
            "folder your IT department names. TermoVista maintains the export; your controlling team owns the data in "
            "the ERP. {cmms}\n\nBest regards,\nMarta Sousa\n")


@pytest.fixture(scope="module")
def sent():
    return {"pt": sent_out(PT_OFFER, "TermoVista", "Buyer"), "en": sent_out(EN_OFFER, "TermoVista", "Buyer")}


def _systems(done) -> set[str]:
    answer = done.evaluation.answer("connect.integrations")
    return {row.system for row in answer.integrations} if answer else set()


@pytest.mark.parametrize("language, reply, said", [
    ("pt", PT_REPLY, "O CMMS em folhas de Excel é ligado por API REST."),
    ("en", EN_REPLY, "The CMMS in Excel sheets is connected over its REST API."),
])
def test_a_system_said_connected_past_its_modifier_is_a_link(sent, language, reply, said):
    assert "maintenance" in _systems(replied(sent[language], reply.format(cmms=said)))


@pytest.mark.parametrize("language, reply, said", [
    ("pt", PT_REPLY, "O CMMS em folhas de Excel não é ligado nesta fase."),
    ("pt", PT_REPLY, "O CMMS não está ligado nesta fase."),
    ("en", EN_REPLY, "The CMMS in Excel sheets is not connected in this phase."),
    ("en", EN_REPLY, "The CMMS is not connected in this phase."),
])
def test_a_system_said_not_connected_is_no_link(sent, language, reply, said):
    systems = _systems(replied(sent[language], reply.format(cmms=said)))
    assert "maintenance" not in systems, systems
