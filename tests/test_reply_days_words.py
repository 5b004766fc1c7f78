"""A length's number is read only from a token that may be one (reply_lengths._days): a word of ASCII letters is no
number but the three float() reads ("inf", "infinity", "nan"), so it gives no length, as trying it as a number did."""
import random

from reading import reply_lengths
from reading.quantities import convert

_TOKENS = ["12", "1,5", "1,400", "3.5", "0", "14", "system", "months", "Inf", "infinity", "NaN", "nan", "e5", "1e5",
           "weeks", "day", "ms", "seconds", "s7-1500", "2025", "\u0663", "twelve", "h", "abc", "INF", "-3", "x"]


def _days_tried(number: str, unit: str) -> float:
    """`_days` trying every token as a number."""
    milli = unit.lower() in ("ms", "millisecond", "milliseconds")
    value = number.replace(",", ".") if reply_lengths._DECIMAL_COMMA.fullmatch(number) else number.replace(",", "")
    try:
        return convert(float(value) / (1000 if milli else 1), "s" if milli else unit, "day") or 0.0
    except ValueError:
        return 0.0


def test_a_words_length_is_what_trying_it_as_a_number_gives():
    rng, lengths = random.Random(4), 0
    for _ in range(3_000):
        number, unit = rng.choice(_TOKENS), rng.choice(_TOKENS)
        days, tried = reply_lengths._days(number, unit), _days_tried(number, unit)
        assert days == tried or (days != days and tried != tried), (number, unit)  # nan is nan
        lengths += days > 0
    assert lengths > 100
