"""Reading text: which sentences are labels, which are substance, and why."""
from hypothesis import given, settings
from hypothesis import strategies as st

from reading import analyze


def test_label_only_sentence_is_a_label_with_the_labels_named():
    reading = analyze("Our AI-powered Industry 4.0 platform transforms your operations.")
    (sentence,) = reading.sentences
    assert sentence.kind == "label"
    assert set(sentence.labels) == {"ai", "industry_4_0"}
    assert "'transforms'" in sentence.reason
    assert reading.substance_ratio == 0 and reading.claimed_scope == 4


def test_sentence_naming_data_protocol_and_rate_is_substance():
    reading = analyze("The gateway reads spindle load from the S7 PLCs over OPC UA every second.")
    sentence = reading.sentences[0]
    assert sentence.kind == "substance"
    kinds = {s.kind for s in sentence.substance}
    assert {"protocol", "frequency", "data"} <= kinds
    assert "OPC UA" in sentence.reason


def test_numbers_count_only_with_units():
    assert analyze("We have 4 of them.").sentences[0].kind == "neutral"
    assert analyze("Downtime fell by 23% in 6 months.").sentences[0].kind == "substance"
    assert analyze("It costs €14,000 a year.").sentences[0].kind == "substance"


def test_measured_result_needs_a_number_after_the_verb():
    signals = {s.kind for s in analyze("Scrap was reduced by 12 % on line 2.").sentences[0].substance}
    assert "result" in signals
    assert analyze("We reduced complexity.").sentences[0].kind == "neutral"


def test_labels_are_matched_as_whole_words_only():
    reading = analyze("The maintainer repaired the rail. Said the trainee.")
    assert reading.labels == []
    assert analyze("IIoT and I4.0 and Industrie 4.0").labels == ["iiot", "industry_4_0"]


def test_longest_label_wins():
    reading = analyze("A smart factory for you.")
    assert reading.labels == ["smart_factory"]
    assert "'smart'" not in reading.sentences[0].reason


def test_sentences_split_on_stops_and_lines_but_not_on_version_numbers():
    text = "Industry 4.0 is here. Really!\n- bullet one\n- bullet two"
    assert [s.text for s in analyze(text).sentences] == ["Industry 4.0 is here.", "Really!", "- bullet one", "- bullet two"]


def test_sentence_offsets_point_back_into_the_text():
    text = "  First one.  Second: OPC UA every minute.  \n\nThird   \n  last line no stop   "
    for s in analyze(text).sentences:
        assert text[s.start:s.end] == s.text


def test_substance_ratio_ignores_neutral_sentences():
    reading = analyze("Hello there. Seamless synergy. Reads OPC UA every minute.")
    assert [s.kind for s in reading.sentences] == ["neutral", "label", "substance"]
    assert reading.substance_ratio == 0.5


def test_empty_text_reads_as_nothing():
    reading = analyze("")
    assert reading.sentences == [] and reading.substance_ratio == 0 and reading.labels == []


def test_unicode_whose_lower_case_changes_length_keeps_offsets():
    text = "İstanbul plant. Reads OPC UA every minute."
    reading = analyze(text)
    assert reading.sentences[1].kind == "substance"
    assert text[reading.sentences[1].start:reading.sentences[1].end] == reading.sentences[1].text


def _shortened(text: str, at: int) -> bool:
    """A lone stop that cuts a word short, the sentence going on: a word of two or more small letters follows on the
    line ("spec. fuel"), or a number follows a word of one to four small letters ("cons. 3.95", "no. 2219")."""
    import re
    word = re.search(r"(?<![\w.])([a-z]{1,4})\Z|([a-z])\Z", text[:at])
    after = text[at + 1:]
    return bool(word) and (bool(re.match(r" [a-zäöüß]{2,}(?:[\s,;:).]|\Z)", after))
                           or bool(word.group(1)) and after[:1] == " " and after[1:2].isdigit())


def _reference_sentences(text: str) -> list[tuple[int, int]]:
    """The plain definition: a sentence ends after . ! ? before a space, or at a line break, unless a lone stop
    shortens a word (`_shortened`); trimmed."""
    import re
    spans, start = [], 0
    stops = [m for m in re.finditer(r"[.!?]+(?=\s)|\n", text) if not (m.group() == "." and _shortened(text, m.start()))]
    for end in [m.end() for m in stops] + [len(text)]:
        piece = text[start:end]
        if piece.strip():
            first = start + len(piece) - len(piece.lstrip())
            spans.append((first, first + len(piece.strip())))
        start = end
    return spans


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab4 .!?\n\t\r\x1c\u2028\u00a0x")), max_size=60))
def test_sentences_are_split_exactly_where_stops_and_line_breaks_say(text):
    assert [(s.start, s.end) for s in analyze(text).sentences] == _reference_sentences(text)


def test_a_run_on_line_is_cut_and_its_signals_stay_with_their_piece():
    text = "x" * 1500 + " OPC UA every minute " + "y" * 900
    reading = analyze(text)
    assert [len(s.text) for s in reading.sentences] == [1000, 1000, len(text) - 2000]
    assert [s.kind for s in reading.sentences] == ["neutral", "substance", "neutral"]


def test_a_reason_is_built_on_demand_and_names_what_the_sentence_uses():
    sentence = analyze("Our seamless Industry 4.0 suite reads OPC UA.").sentences[0]
    assert sentence.kind == "substance"
    assert sentence.reason == sentence.reason  # built once, then kept
    assert "OPC UA" in sentence.reason and "'Industry 4.0'" in sentence.reason and "'seamless'" in sentence.reason


SIGNAL_WORDS = ["OPC UA", "SAP", "every shift", "Industry 4.0", "seamless", "AI", "5%", "€3", "$4", "12 %", "£", "5",
                "reduced by 5 %", "h", "vibration", "operator", "-", ".", " ", "\n", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SIGNAL_WORDS), max_size=14).map("".join))
def test_a_reading_finds_the_same_signals_as_the_signal_scan(text):
    from bisect import bisect_left

    from questions import load_bank
    from reading import reader_for
    reader = reader_for(load_bank())
    found = reader.signals(text)  # the plain pattern, looking behind for a word boundary
    starts = [pos for pos, _ in found]
    for sentence in analyze(text).sentences:
        mine = [sig for _, sig in found[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]]
        scanned = list(dict.fromkeys(s.key for s in mine if s.kind == "label"))
        # less the label words that are no claim: "AI-OPC UA" is a product's name (reading/label_denials.py)
        assert sentence.labels == reader.denials.kept(sentence.text, scanned)
        substance = {(s.kind, s.key): s for s in mine if s.kind not in ("label", "buzzword")}
        assert sentence.substance == list(substance.values())


def test_a_reading_pickles_and_comes_back_equal():
    """The Evaluate page caches readings with st.cache_data, which pickles them."""
    import pickle

    from reading import analyze
    reading = analyze("We read OPC UA data every second. Our smart AI platform. Hello there, friend. Industry 4.0 rocks.")
    again = pickle.loads(pickle.dumps(reading))
    assert again == reading and [s.kind for s in again.sentences] == [s.kind for s in reading.sentences]
    assert [s.reason for s in again.sentences] == [s.reason for s in reading.sentences]


def test_a_signal_right_after_one_that_ends_in_a_percent_sign_is_still_read():
    # "%" ends the first signal and is also the non-word character the next one starts after
    reading = analyze("Scrap fell 5%$2M a year, 12%/15% on OEE over OPC UA.")
    terms = [s.term for s in reading.sentences[0].substance]
    assert {"5%", "$2M", "12%", "15%"} <= set(terms)


def test_a_long_text_with_accents_reads_each_sentence_as_it_reads_alone():
    # a long text is lower-cased in slices; a signal across a slice's edge, after "–" or "ü", is still read
    sentences = ["Die Anlage läuft – sie liest OPC UA jede Minute.", "Über Modbus TCP kommen die Zähler.",
                 "Seamless Industry 4.0 für alle Öfen.", "The kiln line logs vibration every shift.", "Nichts hier."]
    text = " ".join(sentences[i % len(sentences)] for i in range(60))
    whole = analyze(text).sentences
    alone = {s: analyze(s).sentences[0] for s in sentences}
    assert len(whole) == 60
    for sentence in whole:
        one = alone[sentence.text]
        assert (sentence.kind, sentence.labels, [(s.kind, s.term, s.key) for s in sentence.substance], sentence.buzzwords) \
            == (one.kind, one.labels, [(s.kind, s.term, s.key) for s in one.substance], one.buzzwords)


def test_a_long_text_with_a_capital_sigma_reads_its_signals():
    # "Σ" lower-cases by the letters around it, so such a text is lower-cased whole
    text = "ΟΔΟΣ plant. " * 40 + "It reads OPC UA every minute."
    assert analyze(text).sentences[-1].kind == "substance"
