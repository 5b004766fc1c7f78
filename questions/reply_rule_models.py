"""The models of questions/rounds.yaml's sections that read a reply's wording (reading/reply_accuracy.py,
reading/reply_parties.py, reading/reply_systems.py) and choose its quotes (reading/reply_quotes.py), kept apart from questions/bank_models.py,
which re-exports them."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AccuracyRules(_Strict):
    """What makes a sentence a measured accuracy of what the system finds or predicts (reading/reply_accuracy.py)."""
    topic: str = ""  # the topic whose question asks with what accuracy
    outcomes: list[str] = []  # words for the system's hits, misses or false calls ("detection", "caught", "false")
    percent: list[str] = []  # words after a figure that make it a percentage ("percent", "Prozent")
    shares: list[str] = []  # words between two figures that make them a share ("19 of 20", "19 von 20")
    articles: list[str] = []  # words that may stand between a share's word and its whole ("31 of the 365")
    falsely: list[str] = []  # words after a bare count that make it a count of false calls ("4 false alerts")
    near: int = 4  # words at most between the rate and the outcome word
    apart: list[str] = []  # words that, between the rate and the outcome word, say them in different clauses
    bounds: list[str] = []  # words before a rate that make it a bound, a target ("fewer than 3%")
    plant: list[str] = []  # words before a finder a few words ahead of the outcome: the plant's own ("your lab found")
    counted: int = 0  # words at most between a share's count and its word ("57 cracked housings of 60")
    first: list[str] = []  # a share said whole first, its count after a comma ("of 60 cracked housings, 57 were found")
    good: list[str] = []  # words for good things: a share of them rejected is a share of false rejects
    rejects: list[str] = []  # what the system did to good things that makes it a false call ("0.6% of good parts were rejected")
    measured: list[str] = []  # words after a bound that make it a measured result ("under 1% measured over 3 weeks")
    promised: list[str] = []  # words that keep a bound a target though measured ("we guarantee ... measured over 3 months")
    now: list[str] = []  # words just before a reject of good things that make it the plant's state ("are rejected today")
    bare: list[str] = []  # words for an accuracy as one figure: said with no other figure, nothing was counted


class PartyRules(_Strict):
    """The vendor named by its part in a contract ("the Supplier", "the Contractor") as the subject of one of a topic's
    verbs ("the Supplier retrains the models every quarter"): it names who does it, as "we maintain" does
    (reading/reply_parties.py)."""
    topic: str = ""  # the topic whose question asks who does it
    articles: list[str] = []  # the words before the party's name that make it the contract's party ("the")
    words: list[str] = []  # the party's names ("supplier", "contractor", "service provider")
    between: list[str] = []  # words that may stand between the party and its verb ("shall", "will", "also")
    acts: list[str] = []  # the verbs that say it does the topic's work ("maintains", "retrains", "looks after")
    # a team named by where it sits counts as the party ("our support in Tampere monitors remotely"): `teams` after an
    # article, then a word of `places` and one word (the place), then the verb
    teams: list[str] = []
    places: list[str] = []
    # upkeep done from a named place, no team said ("Remote monitoring from Dresden"): the vendor's people there
    done_from: list[str] = []
    # a team named by its town, written with a capital before it ("Düsseldorf team, EUR 26.500 p.a."): the vendor's
    # people there; not after a determiner ("The team", "Our team")
    town_teams: list[str] = []
    not_towns: list[str] = []
    # a company named by its own name, written with a capital, as the subject of a verb of keeping the system
    # (`named_acts`, in the languages replies come in: "A TermoVista instala, monitoriza e mantém o sistema"): the vendor
    # doing the upkeep; at the clause's start or after one of `name_articles`, never one of `not_towns` or `not_names`
    named_acts: list[str] = []
    name_articles: list[str] = []
    not_names: list[str] = []
    # the vendor's own people by their trade and their town ("our Nottingham engineer", "nuestro técnico de Monterrey",
    # "unser Servicetechniker aus Linz"): a possessive of `own`, the trade (`trades`), and a capitalised town before the
    # trade or after one of `trade_places`; a town keeps "our engineers are always there for you" out
    own: list[str] = []
    trades: list[str] = []
    trade_places: list[str] = []


class TrackRules(_Strict):
    """A figure of availability told of the past, with nothing promised for this plant: a track record, not a
    commitment (reading/reply_track.py)."""
    measures: list[str] = []  # what the figure is of ("uptime", "availability")
    past: list[str] = []  # words that tell it of the past ("had", "achieved", "over the last", "since")
    years: list[str] = []  # words before a year that make it when the figure was ("in 2025", "during 2024")
    promises: list[str] = []  # words that promise it for this plant after all ("we commit", "guarantee", "contract")
    plant: list[str] = []  # words of the plant's own figure ("your line availability was 82% in 2025": a baseline)


class HeldRules(_Strict):
    """Answers a reply gives only in part, whatever the answers drafted from it settle (reading/reply_held.py)."""
    elsewhere: list[str] = []  # a figure said measured at another plant ("measured at a comparable plant"): a reference


class ResendRules(_Strict):
    """Data held and sent on later, told without a word for the outage (reading/reply_resend.py)."""
    topic: str = ""  # the topic whose question asks what happens while the link is down
    kind: str = ""  # the kind of substance it names there (what happens meanwhile)
    holds: list[str] = []  # verbs that keep data back ("keeps", "stores", "holds")
    sends: list[str] = []  # verbs that send it on ("sends", "uploads", "forwards")
    later: list[str] = []  # words after the sending verb that make it later ("later", "afterwards")
    then: list[str] = []  # words right before the sending verb that make it later ("keeps 30 days of data, then sends")
    back: list[str] = []  # words before a link's name that make it the link restored ("once the connection")
    links: list[str] = []  # the link's names ("connection", "network", "internet")
    returns: list[str] = []  # what the link does after its name that makes it restored ("returns", "is back")
    devices: list[str] = []  # the plant-side boxes that hold data through an outage ("gateway", "edge PC")
    spans: list[str] = []  # units of a buffer's length ("days"; not months or years, a history's)
    held: list[str] = []  # what such a box keeps ("data", "readings")


class QuoteRules(_Strict):
    """Which of a reply's sentences a round quotes beside each question (reading/reply_quotes.py)."""
    most: int = 3  # sentences quoted beside one question at most
    # the statuses whose question, where no sentence answers it itself, quotes the sentences its mark came from
    marked_from: list[Literal["answered", "partly", "not_answered"]] = ["answered", "partly"]


class ParagraphRules(_Strict):
    """What a reply's paragraphs say of themselves, read by their layout (reading/reply_paragraphs.py)."""
    volunteered: list[str] = []  # the letter did not ask it: the paragraph answers no asked question
    news: list[str] = []  # words that say the paragraph brings the vendor's news ("good news"): none asked, as `volunteered`
    announcing: list[str] = []  # a verb announcing what the vendor offers ("present", "tell you about") ...
    new: list[str] = []  # ... a few words before one of these ("our new", "now"): news too
    postscripts: list[str] = []  # a line opening with one of these after the closing is the writer's own words ("PS:")
    notices: list[str] = []  # words of a legal notice under a mail's signature ("confidential", "registered in"): no answer
    resumes: list[str] = []  # a heading under an older message that starts the writer's answers again ("Our answers:")
    # a field of the reply's own head, above its first answer ("Prepared by: J. Harlan, 4 December 2026", "Project: ..."):
    # who wrote it, when and for what, no answer
    particulars: list[str] = []
    named: list[str] = []  # a field's label whose value only names the topic asked ("Item 4 | Topic: Data history")
    refers: list[str] = []  # words that point to an asked question by its words up to a colon ("your question on")
    separators: list[str] = []  # a line of these between dashes starts an older message ("Original Message")
    headers: list[str] = []  # two header lines in a row ("From: ...", "Sent: ...") start an older message
    subjects: list[str] = []  # a header's field naming a message's subject: alone atop the reply, no answer either
    dated: list[str] = []  # a header's field giving the day a message was sent ("Date:", "Gesendet:", "Data:")
    month_names: list[list[str]] = []  # each month's names, January first, in the reply languages ("dicembre", "Dez")
    wrote: list[str] = []  # a line ending in one ("On 2 Nov, Anna wrote:") starts the quoted older message
    senders: list[str] = []  # a header's field naming who sent a message ("From:", "Von:"): "from" when none
    recipients: list[str] = []  # ... and to whom ("To:", "An:"): "to" when none
    inline: list[str] = []  # the reply says its answers are written into the older message under it ("inline below")
    handed_on: list[str] = []  # a cover note hands the message under it on to the reader ("I forward you the answers")
    cover: int = 300  # characters of the writer's own words (no greeting, closing or name), at most, in such a cover note
    below: list[str] = []  # a short cover note with no figure naming these and `answers` ...
    answers: list[str] = []  # ... says the message under it holds the answers ("below my colleague's answers")
    writers: list[str] = []  # ... or these, a colleague as its writer ("below the information from my colleague, FYI")
    pointed: list[str] = []  # a forwarded line opening with one takes up a topic ("Re data - ..."; a number does too)
    pointed_least: int = 3  # such lines, at least, that ask nothing: the forwarded message answers the letter
    requesting: list[str] = []  # words of a request: such a line asks, as with "?" ("3. Data: please describe ...")
    disowning: list[str] = []  # a cover note saying one disowns the message under it ("please ignore it")
    letter: list[str] = []  # a line starting with one is the buyer's letter copied under its question ("Comes from")
    # the quoting verb before the writer, in a line that gives the date ("Am 30.11.2026 schrieb Karl Brenner:")
    wrote_then_writer: list[str] = []
    references: list[str] = []  # words that bring in another customer's plant ("our reference at a smelter in ...")
    back: list[str] = []  # words opening a sentence that point back to that plant ("There, ...", "Their team ...")
    # words that name another customer as the reference ("Ref customer: Sai Precision Forgings ... from ₹41 to ₹31"):
    # a sentence holding one and a figure tells that customer's result, the KPI's reference only (reply_looks.py)
    cited: list[str] = []
    # labels of a letterhead's contact fields ("Ph: +91 ...", "GSTIN: ...", "CIN: ..."): a line of such fields and
    # addresses only is the sender's letterhead, never evidence (reading/reply_letterhead.py)
    contact: list[str] = []


class PriceRules(_Strict):
    words: list[str] = []  # a figure holding one is an amount of money ("6,500 EUR", "£450")
    topics: list[str] = []  # the topics money answers on: what it costs, a KPI counted in money
    discounts: list[str] = []  # right after a share, a cut of a price ("12 % discount", "10% off"): money too


class LinkRules(_Strict):
    """What makes a sentence speak of a link between systems, as the question on integrations asks
    (reading/reply_systems.py)."""
    topic: str = ""  # the topic on links between systems
    loose: list[str] = []  # its cues that speak of any link, flow or owner ("the link is back", "owns the recipes")
    through: list[str] = []  # systems data passes through, not ones it is exchanged with ("the gateway", "the firewall")
    ways: list[str] = []  # words that say which way data goes between systems ("one way")
    plant: list[str] = []  # a word after "your" and its kind that names one of the plant's systems ("your maintenance system")
    # area -> what a plant's own system is for, beyond drafting's area words ("your feeding control software": production)
    described: dict[str, list[str]] = {}
    named_area: str = ""  # the area of a plant's system named by its product name after what the plant calls it, for no area
    owns: list[str] = []  # words that make someone an owner ("owns", "owned by")
    agents: list[str] = []  # those of `owns` the owner is named after, what is owned before ("owned by", "the responsibility of")
    fronted: list[str] = []  # owning words with what is owned between them, `...` ("verantwortlich für ... ist")
    # owning verbs of a language that may front what is owned, the owner after them ("die Schnittstelle betreut Herr Maier",
    # "la conexión la mantiene su equipo de TI"): the owner after, where those words name one, else before
    inverted: list[str] = []
    holding: list[str] = []  # those of `owns` holding what is owned as a pronoun, the link said before ("en est responsable")
    whose: list[str] = []  # those of `agents` that also say whose data is: they own only what is named as a link
    owned: list[str] = []  # what a link's owner owns: the link in other words, or one said before ("it", "both")
    pointing: list[str] = []  # a word that, all an owner owns, points back to the link said before ("takes care of that")
    teams: list[str] = []  # a word that ends a team's name: the owner of a link it is ("the MES group owns ...")
    titled_words: int = 5  # words at most of a titled person's name, where he or she sits with it ("Herr Vogel from the MES team")
    persons: list[str] = []  # a title before a person's name: the owner of a link he or she is ("Mrs Keller ... owns ...")
    besides: list[str] = []  # words after an owner that say who helps it, no part of its name ("... with our support")
    vendor: list[str] = []  # the vendor's own word for itself after `agents`: the vendor owns that link ("owned by us")
    subjects: list[str] = []  # words before an owner that are not its name ("the", "your", "is" before "responsible for")
    others: list[str] = []  # words before an owner in a proposal that make it another party's ("their maintenance team")
    optional: list[str] = []  # a part of a sentence holding one offers a link only on request: it names no system
    movers: list[str] = []  # verbs after a product's name that make it a plant system data moves to or from ("gets")
    moves: dict[str, list[str]] = {}  # area -> what moves to or from such a system ("feed per pen per day": inventory)
    history: list[str] = []  # units of a history's length ("2 years of die temps"): a system holding it links nothing
    scoped_out: list[str] = []  # words taking a link out of what is offered ("is not part of phase 1"): no link drafted stays
    scope_words: list[str] = []  # words that may stand with the system's name before them: the link itself, articles, "is"


class DeferredRules(_Strict):
    """An answer put off or only said possible in words no deferral phrase lists (reading/reply_deferred.py)."""
    modals: list[str] = []  # words that put a verb in the future or the conditional ("will", "would", "to be")
    settles: list[str] = []  # verbs of settling a thing later ("agree", "scope", "define")
    offers: list[str] = []  # words that offer a courtesy ("would be glad to") ...
    shows: list[str] = []  # ... of showing something ("present", "show") at a later occasion: nothing given now
    futures: list[str] = []  # a settling verb whose own ending puts it in the future ("acordaremos": reply_languages.yaml)
    later: list[str] = []  # words after the verb that settle it later or with the reader ("with you", "workshop")
    possible: list[str] = []  # words that make a verb only possible ("can", "could", "is able to")
    links: list[str] = []  # verbs of linking systems that, only possible, link nothing ("connect", "integrate")
    timed: list[str] = []  # kinds of substance that make a possible link one specified ("every 5 seconds": a frequency)
