"""A scan's "IoT" read by tesseract as "loT" (a small l for the capital I) is read back as IoT, so a scanned offer's
IoT and IIoT labels are found (a walk's scanned cover letter read none)."""
from proposals.ocr_lines import as_text_layer


def test_a_small_l_read_for_the_capital_i_of_iot_is_read_back():
    assert as_text_layer("Our loT platform and the lloT gateway") == "Our IoT platform and the IIoT gateway"


def test_a_lot_of_parts_and_a_right_reading_stay_as_they_are():
    text = "a lot of parts; lot numbers; IoT and IIoT"
    assert as_text_layer(text) == text
