"""A reply's lines for drafting take the readings its own sentences had where a sentence reads alike wherever it stands
(reading/text_reuse.py): the reading made so is the one `Reader.read` makes of the lines, on random texts made of the
characters and words a signal runs on with (figures, units, number words, "by", currency, stops, abbreviations, line
breaks) and on the speed aim's reply (tuning/ to tuning3/ only)."""
import random

from questions import load_bank
from reading import reply_drafting
from reading.reply_wrapped import as_read
from reading.text import reader_for
from reading.text_reuse import alone, read_reusing
from rounds_corpus import speed_round
from scoring.rounds import reply_reader

BANK = load_bank()
READER = reader_for(BANK)
_PIECES = ["cut scrap by", "reduced downtime from", "raised it to", "twelve", "twenty", "five", "12", "1,200", "1,", "$",
           "\u20ac5", "\u00a3", "5.", "4.0", "hours", "h", "%", "percent", "million", "working days", "Co.", "Ltd.", "e.g.",
           "Dr.", "z.", "B.", "K.", "\u00bb", "(", ")", ",", ";", "-", "\u03a3", "\u0130", "_x", "\u00bd", "\u212a", "OEE",
           "MES", "SAP", "OPC UA", "MQTT", "weekly", "machine learning", "predictive maintenance", "the", "we", "your", "."]
_BETWEEN = [" ", " ", "\n", "\n\n", ". ", ".\n", "\t", "\f", " \n", "\u00a0", "", ", "]


def _text(rng: random.Random, words: int) -> str:
    return "".join(rng.choice(_PIECES) + rng.choice(_BETWEEN) for _ in range(words))


def _lines(rng: random.Random, sentences: list[str]) -> str:
    """Lines mostly of the text's own sentences, some with a space after, some blank, some new."""
    lines = []
    for _ in range(rng.randint(1, 25)):
        draw = rng.random()
        if draw < 0.6 and sentences:
            lines.append(rng.choice(sentences) + ("" if draw < 0.5 else rng.choice([" ", "\t"])))
        else:
            lines.append("" if draw < 0.7 else _text(rng, rng.randint(1, 5)))
    return "\n".join(lines)


def _as_read(reading) -> list:
    return [(s.text, s.start, s.end, s.kind, s.reason, s.labels, s.substance, s.buzzwords) for s in reading.sentences] + \
        [(reading.labels, reading.substance_ratio, reading.claimed_scope)]


def _reused(seed: int, count: int, reader=READER) -> tuple[int, int]:
    """(lines whose reading differs from Reader.read's, lines taken from the first text)."""
    rng, wrong, taken = random.Random(seed), 0, 0
    for _ in range(count):
        text = _text(rng, rng.randint(5, 60))
        known = alone(reader, text, READER.read(text))
        lines = _lines(rng, [s.text for s in READER.read(text).sentences])
        wrong += _as_read(read_reusing(reader, lines, known)) != _as_read(READER.read(lines))
        taken += sum(line in known for line in lines.split("\n"))
    return wrong, taken


def test_lines_taken_from_sentences_read_before_read_as_reading_them_does():
    wrong, taken = _reused(seed=16, count=1500)
    assert wrong == 0 and taken > 3000  # most lines are taken, and none is read otherwise


def test_a_sentence_read_alone_reads_as_it_did_in_its_text():
    rng = random.Random(17)
    for _ in range(800):
        text = _text(rng, rng.randint(5, 60))
        for said, sentence in alone(READER, text, READER.read(text)).items():
            assert _as_read(READER.read(said))[:1] == [(said, 0, len(said), *_as_read_one(sentence))]


def _as_read_one(sentence) -> tuple:
    return sentence.kind, sentence.reason, sentence.labels, sentence.substance, sentence.buzzwords


class _Nothing:
    """Joins that let every sentence run on from nothing: reusing with it must read some lines otherwise."""

    def __init__(self, joins):
        self.joins = joins

    def on(self, text: str) -> bool:
        return text.endswith("$")


class _NoBy:
    """Joins blind to a result's "by" at a line's end ("cut scrap by" / "12%")."""

    def __init__(self, joins):
        self.joins = joins

    def on(self, text: str) -> bool:
        return self.joins.on(text) and not text.lower().endswith(("by", "from", "to"))


class _Reader:
    """The reader, with other joins (what the random texts must tell apart)."""

    def __init__(self, joins):
        self.joins, self.read, self.reading_of, self.excluded = joins, READER.read, READER.reading_of, READER.excluded
        self.headings, self.denials = READER.headings, READER.denials


def test_a_sentence_a_figure_may_run_into_is_not_taken():
    assert _reused(seed=16, count=600, reader=_Reader(_Nothing(READER.joins)))[0] > 0
    assert _reused(seed=16, count=1500, reader=_Reader(_NoBy(READER.joins)))[0] > 0


def test_a_line_after_an_open_result_is_read_anew():
    text = "We cut scrap by 12% last year. Line 3 runs two shifts."
    known = alone(READER, text, READER.read(text))
    lines = "We cut scrap by\n12% last year.\nLine 3 runs two shifts."
    assert "12% last year." not in known  # not a sentence of the text
    assert _as_read(read_reusing(READER, lines, known)) == _as_read(READER.read(lines))
    after = "Scrap fell by\nLine 3 runs two shifts."  # "by" may join the next line: "Line 3" is read there, not taken
    assert _as_read(read_reusing(READER, after, known)) == _as_read(READER.read(after))


def test_the_reply_lines_drafted_read_as_reading_them_does():
    reader = reply_reader(BANK)
    _offer, sent, reply = speed_round()
    reader.forget()
    document, *_ = reply_drafting.for_drafting(reply.model_copy(update={"kind": "reply"}), reader, sent.rounds[0].questions)
    text = as_read(reply.text, reader.titled)
    known = alone(READER, text, reader.read_as(text))
    assert len(known) > 200  # most of the reply's sentences read alone
    assert _as_read(read_reusing(READER, document.text, known)) == _as_read(READER.read(document.text))
