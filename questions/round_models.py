"""The pydantic models of the clarification rounds' rules (questions/rounds.yaml with reply_languages.yaml and
drafting's acts added: questions.loader.load_round_rules); questions/bank_models.py re-exports them."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, model_validator

from .reply_rule_models import (AccuracyRules, DeferredRules, LinkRules, ParagraphRules, PartyRules, PriceRules,
                               QuoteRules, ResendRules, TrackRules, HeldRules)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TopicRead(Strict):
    """What a reply sentence tied to an asked topic answers where drafting read nothing in it: this
    question's `option`, or its option by the length of time said (`length`), or else its text; only
    from a sentence that names one of the kinds in `names` (a number, a role ...)."""
    question: str
    option: str = ""
    length: bool = False
    names: list[str]
    with_kinds: list[str] = []  # ... and one of these kinds too ("Pastificio Zanetti: from 0.41 to 0.35 kWh/kg": a name and a figure)
    says: list[str] = []  # ... and holds one of these words ("our", "we": the vendor's own people), if any
    adds: bool = False  # ... also to a specific answer that lacks the option (a choices question)
    unless: list[str] = []  # ... and none of these ("inbound": an outbound link beside an inbound one is no outbound-only)
    over: bool = False  # by the length said: a longer one replaces the length drafting read from the same answer
    nothing: str = ""  # with `over`: the option that says no length at all ("No history kept"), a length of zero
    own: bool = False  # by the length the reply's own answer says: a shorter one replaces one read in other answers;
    # for a text, the reply's own answer replaces one drafted from sentences that answer other questions (with `acts`,
    # one that names who acts too)
    acts: list[str] = []  # kinds of a sentence read beside one that names `names`: who acts on it (a role)
    when: list[str] = []  # words before a length that make it a point in time, no length ("after three months")
    # with `length`: words of what the vendor needs from the plant ("we need at least", "il faut au moins"), whose
    # sentence reads no option past `needed_most` ("months": the model's input, no years kept and exported)
    needed: list[str] = []
    needed_most: str = ""
    things: list[str] = []  # words that are one more thing the answer names ("a change order" the shift leader
    # schedules; "can change it": how the reviewer overrides)


class GivenPart(Strict):
    """A kind a topic's question asks for that the offer may already state (reading/reply_given.py): the letter then
    asks `ask`, and a reply need not name it again."""
    ask: str  # the question without that part
    cues: list[str] = []  # words that put an offer sentence on this part ("trained on"); none: the topic's own cues
    with_words: list[str] = []  # words the stating sentence holds, on the part or off it ("per year", "monthly")
    off_cues: list[str] = []  # words that state it off those cues, with `with_words` ("EUR 14,000 per year for support")
    not_with: list[str] = []  # words that make the kind another thing ("saves EUR 120,000 a year": no fee)
    # words before the buyer's own name, as the offer's letterhead gives it ("property of" Acme Castings, "propiedad de"
    # FMR: reading/buyer_names.py), an article of `buyer_articles` between: the part stated for the buyer
    to_buyer: list[str] = []
    buyer_articles: list[str] = []
    links: bool = False  # stated by the drafted links, not a sentence: each names its system and method (scoring/rounds.py)
    # stated only by a sentence that states these kinds too ("requires 500 good and 50 defective samples per SKU": how
    # much, where what the model learns from is named); its `ask` then leaves out those kinds as well
    with_kinds: list[str] = []
    # stated where the offer's drafted answer to a question of the topic suggests one of these options, read from its
    # sentence though a product page ticks nothing on one ("retraining performed by VisionaryAI engineers": who)
    options: list[str] = []
    # another kind -> the question asked where the offer states that kind too (the way it connects and how the networks
    # are kept apart: only who sets them up is left)
    and_given: dict[str, str] = {}


class PeopleTrained(Strict):
    """People trained, told by how the sentence ties its word of training to them (reading/reply_trained.py)."""
    words: list[str]  # the words of training, of people or of a model
    near: int  # most words between a word of training and the role it trains, in one clause
    events: list[str]  # training held as an event or given a length: people's
    model: list[str]  # what a model is, or is trained on: its clause trains no person


class LeftOpen(Strict):
    """A part of a topic's question no drafted answer settles ("who checks the data quality"): asked of an offer sold
    as one of `labels` that states the `given` kinds (its ask then says only that part) while no document, offer or
    reply, holds one of `unless` (scoring/round_left.py)."""
    labels: list[str]
    given: list[str]
    unless: list[str]


class OpenLinks(Strict):
    """What a letter asks of a link still incomplete, asked again (scoring/round_links.py): {system} its system's name."""
    way: str  # a link with no method: which way and how its data goes
    owner: str  # a link with no owner
    both: str  # a link with neither


class Topic(Strict):
    """One topic of a clarification round (questions/rounds.yaml): what it covers and how a reply answers it."""
    id: str
    name: str
    questions: list[str]
    essential: list[str] = []
    flags: list[str] = []
    ask: str
    # the topic's questions its `ask` does not name ("Which reference customer or pilot shows a measured result?" under
    # the KPI's): one the buyer adds to a letter is asked in its own words after the topic's question
    own_words: list[str] = []
    cues: list[str]
    needs: list[list[str]]
    # what each part of `needs` asks, in the buyer's words, where its kinds' names would not say it (two parts of one
    # topic that accept the same kinds read "a named system or a protocol ... and a named system or a protocol ...")
    part_names: list[str] = []
    also: dict[str, list[str]] = {}  # kind -> more words that name it on this topic ("our service team": who)
    heads: list[str] = []  # a line's or a bullet's label that says it answers this topic ("Network:", "Owner:")
    reads: list[TopicRead] = []
    stop_told: dict[str, list[str]] = {}  # leads, events, units: a stop told with a time and who sees it (reply_stops.py)
    trained_told: PeopleTrained | None = None  # people trained, on this topic, not a model (reply_trained.py)
    counted: str = ""  # said after `ask` where a label's gap counts more than one ("Name at least {count} of them.")
    acts_on: list[str] = []  # other topics' cues that, in a sentence on this one, name only what it acts on
    # what else its verbs act on, no output of the system ("measures ... reviewed with your quality manager at month 3",
    # "software updates ..., after you approve them", "1 day of training"): a sentence that names one and none of
    # `acts_on` is not on this topic (reading/reply_placing.py)
    not_output: list[str] = []
    # verbs that, said last of a sentence whose words after its label are at most `bare_words` ("Review: the setter
    # decides."), act on nothing named: such a sentence names only who, and is no specific answer by itself
    bare: list[str] = []
    # what it acts on weighs for it, not for the other topic, where a sentence's cues are counted ("trained on a year of
    # your records" answers the history), and the sentence stays on the other topic too (it may still draft its answer);
    # else the sentence is not on the other topic at all, which still weighs there ("looks at every alert and warning")
    weighs_acted: bool = False
    given: dict[str, GivenPart] = {}  # kind -> the question asked where the offer already states that kind
    open_links: OpenLinks | None = None  # asked again, only what each incomplete link lacks (the topic on links)
    left_open: LeftOpen | None = None  # a part of `ask` no answer settles, asked while no document states it
    # kind -> words that speak of that part without giving it ("price" with no amount): a reply that says one and leaves
    # the part unsaid puts it off ("our service team, price on request"), and the question stays open
    put_off: dict[str, list[str]] = {}
    # words refusing to commit the figure the topic asks for this plant ("at the moment we cannot guarantee a value" after
    # another customer's accuracy): an answer holding one gives the question's other parts at most (reply_marks.py)
    refused: list[str] = []
    # phrases in which the topic's cue names another thing ("availability x performance x quality": OEE's factors, no
    # uptime): a sentence whose cues of the topic all sit in one is not on it (reading/reply_looks.py)
    not_cued: list[str] = []

    @model_validator(mode="after")
    def _one_name_a_part(self) -> Topic:
        if self.part_names and len(self.part_names) != len(self.needs):
            raise ValueError(f"topic {self.id}: part_names names {len(self.part_names)} parts, needs has {len(self.needs)}")
        return self


class GeneralRules(Strict):
    """What marks a reply sentence as speaking of the product or the market (reading/reply_general.py)."""
    marks: list[str] = []  # a capability, a possibility, what customers typically see, a credential
    standards: list[str] = []  # a standard's body, named before its number ("ISO 27001")
    yardsticks: list[str] = []  # after a standard: a grade of it used as a measure ("the ISO 10816 zone C limit")
    plant: list[str] = []  # words that answer for this plant: its own things ("your") or a commitment ("will")
    commits: list[str] = []  # those of `plant` that only commit: a clause of `elsewhere` marks is general with them
    elsewhere: list[str] = []  # marks that name other plants or the market however it is promised ("worldwide")
    # another plant by its kind and its town, or a customer ("en una panificadora de Valladolid", "chez un client"):
    # at, a (indefinite articles), fused (a preposition with its article), customers, sites, of (reading/reply_general.py)
    places: dict[str, list[str]] = {}
    unnamed: list[str] = []  # words before a system's name that offer every one of its kind ("any MES", "most ERP")
    wishes: list[str] = []  # after "your", the reader's wish, no thing of the plant ("as per your request")
    trusts: list[str] = []  # verbs of trust before a product's name: others trusting it ("trust LayerIQ")
    records: list[str] = []  # a mark followed closely by one is the plant's own source ("according to the die log")
    hedges: list[str] = []  # marks that qualify the system's own horizon or tolerance where `horizons` follows
    horizons: dict[str, list[str]] = {}  # units, after (a lead time: "days ahead"), before (a tolerance: "within")
    parties: list[str] = []  # words in a hedge's clause naming who sees it: the market ("Presses using PressMind")
    # a word that takes every value of what follows, and a bound a few words after it: the range the product covers
    # ("at any line speed up to 1,200 ppm"), not this plant's value
    ranges: list[str] = []
    bounds: list[str] = []
    people: list[str] = []  # a listed item ending in one is a person's role, no product ("QC technician")
    # a benefit the product is said to bring, with no figure ("BrassLogic reduces scrap and downtime"): its subject
    # (`boasters`, or a name written in CamelCase), a verb of gain (`gains`) or one that brings a noun of gain (reply_boasts.py)
    boasters: list[str] = []
    gains: list[str] = []
    brings: list[dict[str, list[str]]] = []  # verbs and the nouns they take as a gain ("will bring a big improvement")
    abilities: list[str] = []  # what the product can do, said of no plant ("the system can create work orders")
    # a quantifier over a class of systems ("all ERP and CMMS", "whatever system you run") and a grade with no measure
    # ("protected at the highest level", "very accurate"): no system and no control of this plant (reading/reply_grades.py)
    universals: dict[str, list[str]] = {}  # quantifiers, heads (class words), choosers and choosing ("whatever ... you")
    assurances: dict[str, list[str]] = {}  # grades, qualities they grade, absolutes (an adverb that grades alone)


class MeasureRules(Strict):
    """A measure as a reply states it, in the drafter's order (reading/reply_measure.py)."""
    topic: str = ""  # the topic whose sentences state a KPI
    roles: dict[str, list[str]] = {}  # word said before a value -> words after it that say the same ("as baseline")
    target: list[str] = []  # words that say a value is the target
    today: list[str] = []  # words before a value that say it is today's: then nothing is added
    baseline: str = ""  # the word put before today's value where the sentence names only the target
    ceiling: list[str] = []  # a bound before a value in words the drafter lacks: read as "at most" ("maximum 10")
    bounds: list[str] = []  # a bound right before a value ("fall below 0,5 %"): a target's, never today's value
    bare: list[str] = []  # words after a figure that say it has no unit of its own ("61 in 2025", "48 last year")
    rates: list[str] = []  # words that make a measure's name a rate, no count ("stops per 1,000 hours")
    bounds: list[str] = []  # words before a target's value that bound it ("to at most 20 CIPs")
    moves: list[str] = []  # a verb that takes a value to its target ("7.4 l/t down to 6.5 l/t", "212 ... fall below 60")
    helpers: list[str] = []  # words before such a verb that say no value ("are expected to fall below 60")
    then: list[str] = []  # a bound after a comma that says the next value is the target ("14 in 2025, at most 4 in 2027")
    due: list[str] = []  # words before a year that say when a value moved to another is due ("... to 2.5% by June 2027")
    # how the KPI will be measured, with no value of it: against a period before the start ("against the 12 weeks
    # before go-live"); reading/reply_measure.Measured
    compared: list[str] = []  # words that compare a measure with a period ("against", "compared with")
    before: list[str] = []  # words that make the period one before the start or a past one ("before", "last")
    during: list[str] = []  # words before the period the baseline is measured in ("the baseline ... in the pilot")
    amounts: list[str] = []  # after a period, words that make it an amount of data ("the last 3 months of data")
    periods: list[str] = []  # words for a period ("weeks", "quarter")
    measuring: list[str] = []  # verbs that measure: no name of what is measured ("we will measure ...")
    unnamed: list[str] = []  # words that name no measure ("the improvements", "the success")


class RoundRules(Strict):
    topics: list[Topic]
    vague: list[str]
    # words opening a conceded clause ("While it would be unwise to claim that any system ..., the problem ... is"):
    # a vague phrase inside it is conceded, not said of this plant, and leaves the main clause to answer
    concessions: dict[str, list[str]] = {}  # words: its openers; opens: the words that open the main clause after it
    deferrals: list[str] = []  # vague phrases that put the answer off: the sentence's other clauses answer nothing either
    steady: list[str] = []  # verbs of going on right before a vague phrase ("the roasters run as usual"): what happens, no dodge
    claims: list[str] = []  # ease or possibility words: vague unless the sentence names more than a system
    denials: dict[str, list[str]] = {}  # words: a denying word before a claim of `of` words ("nothing can connect")
    tables: dict[str, list[str]] = {}  # pointers: a reply table's header words whose columns only point (reading/reply_cells.py)
    unmeasured: list[str] = []  # how fast said in a word ("in real time"): vague unless a number or a frequency is named
    prices: PriceRules = PriceRules()  # a figure in money answers only a topic money can answer (what it costs)
    sales_email: dict[str, str] = {}  # what the scorecard and the letter say of a sales e-mail's word (rounds.yaml)
    plain: list[str] = []  # words that tie a sentence to no question: a question quoted back is told by the others
    numbered: list[str] = []  # words heading a question's number in another language ("Frage 3", "Vraag 3"): read as "Q3"
    numbered_joins: list[str] = []  # words joining two such numbers ("Frage 3 und 4"): read as "&"
    roles: list[str] = []  # more words that name a role in a reply, on every topic ("the quality inspector")
    role_things: list[str] = []  # after a role's word, a thing's name, no role ("the QA system", "the QC database")
    bracket_roles: list[str] = []  # a person's informal word, a role where a name in brackets follows ("IT guy (Mike Dunn)")
    weak: list[str] = []  # cues that tell only a direction ("to your"): a sentence they put on a topic counts them last
    spans: list[str] = []  # cues that say only how long ("months"): a sentence going on on these alone keeps the topic before
    follow_up: int = 0  # a question of at most this many words, in a chat, is answered by the line after it
    chat_owners: list[str] = []  # a chat line's label naming a link's owner: the line goes on the link above it
    dodge_words: int = 0  # an answer in its own place this short that names nothing its question asks dodges it
    closings: list[str] = []  # a line starting with one ends the reply's answers: the signature after it answers nothing
    within: list[str] = []  # a bound in a reply ("in under 5 seconds") read by the drafter as "within", no boast
    within_figure: list[str] = []  # a bound read so only right before a figure ("max. 15 sec", "at most 60 s")
    time_units: dict[str, str] = {}  # a unit of time written short, as written, after a number -> the unit ("15 Sek.")
    by: list[str] = []  # a deadline in a reply ("1.5% until 30 June 2027") read by the drafter as "by"
    titles: list[str] = []  # a person's title whose full stop before a name ends no sentence ("M. Girard")
    wrapped_titles: list[str] = []  # a title whose full stop at a line's end goes on to the name below ("Mr.\nSolberg")
    months: list[str] = []  # a month after whose day's full stop the sentence goes on ("bis 30. Juni 2027")
    general: GeneralRules = GeneralRules()  # sentences on the product or the market: they answer nothing
    paragraphs: ParagraphRules = ParagraphRules()  # what a paragraph says it is: volunteered, pointing to a question, older mail
    measure: MeasureRules = MeasureRules()  # a KPI as a reply states it, read in the drafter's order
    links: LinkRules = LinkRules()  # what makes a sentence speak of a link between systems
    accuracy: AccuracyRules = AccuracyRules()  # what makes a sentence a measured accuracy of the system's output
    parties: PartyRules = PartyRules()  # the vendor named by its part in a contract as who does a topic's acts
    track_record: TrackRules = TrackRules()  # an availability told of the past: no commitment for this plant
    resend: ResendRules = ResendRules()  # data held and sent on later: what happens while the link is down
    deferred: DeferredRules = DeferredRules()  # an answer put off or only possible, by its grammar
    held: HeldRules = HeldRules()  # an answer given only in part: a figure measured at another plant
    quotes: QuoteRules = QuoteRules()  # the reply's sentences quoted beside each question: those that answer it

    def topic(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    @property
    def topic_of(self) -> dict[str, str]:
        """question id -> the topic that covers it."""
        return {q: t.id for t in self.topics for q in t.questions}
