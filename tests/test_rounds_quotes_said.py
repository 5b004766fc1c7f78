"""The letter quotes back only what the vendor said on the question asked: never a heading ("Wartung und Support")
and never a row of the offer's table of links ("System: LIMS; Interface: CSV export ...") under a question on data
ownership or upkeep; under the question on links a row is what the vendor said. Found by a walk through a dairy's
offer; the offer here is new."""
from proposals.tables import row_cells
from rounds_corpus import sent_out

OFFER = """FermaWatch offer for the Kempten dairy

Our Industry 4.0 cloud platform brings AI-driven predictive maintenance to your fermentation and CIP.
All data is stored on an edge server in the plant for 24 months.

Interfaces
| System | Interface | Direction | Owner |
| SAP ERP (PM module) | OData REST API | FermaWatch -> SAP (work orders) | Customer IT |
| LIMS (LabWare) | CSV export, nightly | LIMS -> FermaWatch (lab results) | Customer quality |
| MES (AVEVA) | OPC UA | MES -> FermaWatch (batch ID) | Customer automation team |

Service and support
Software subscription: 2,400 EUR per month, 36 months minimum.
"""


def test_no_question_but_the_links_one_quotes_a_row_of_the_links_table_or_a_heading():
    questions = sent_out(OFFER, "FermaWatch", "K. Huber").rounds[-1].questions
    assert questions
    for q in questions:
        for quote in q.proposal_quotes:
            assert quote not in ("Interfaces", "Service and support"), (q.topic, quote)
            if q.topic != "integrations":
                assert not row_cells(quote) and quote.count(" | ") < 2, (q.topic, quote)


def test_a_question_quotes_what_the_offer_says_on_it():
    reliability = {q.topic: q for q in sent_out(OFFER + "If the uplink fails, the edge server buffers 30 days of data.\n",
                                                 "FermaWatch", "K. Huber").rounds[-1].questions}.get("reliability")
    assert reliability is None or any("buffers 30 days" in quote for quote in reliability.proposal_quotes)
