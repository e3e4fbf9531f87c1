"""Forms of wire copy met in the eighth blind set (honorifics of South and Southeast Asia, letters
handed over in a city, greetings in a phone call, letters printed in full, words a spokesman relays,
replies of thanks), each on a short example written for these tests."""
from __future__ import annotations

from app.extract.segment import sentences
from extract_helpers import article, messages, statements


def test_an_abbreviation_opening_a_later_paragraph_ends_no_sentence():
    text = "Leaders meet.\n\nU.S. envoys arrived on Monday. They left on Tuesday."
    start = text.index("U.S.")
    assert [text[a:b] for a, b in sentences(text, start, len(text), [])] == [
        "U.S. envoys arrived on Monday.", "They left on Tuesday."]
