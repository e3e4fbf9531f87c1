"""Forms of agency copy seen in Gulf, South Asian, African and European agency and ministry releases
(cables, "in his message said that", role nouns after an appositive title), each on a short example
written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article, messages, statements


def test_a_royal_style_cut_at_its_hyphen_names_no_one():
    text = article("President Karim Osmani sent Eid greetings to the Yang di-Pertuan Agong of Malaysia, "
                   "Sultan Idris Zainal Rahman, and Prime Minister Hakim Lutfi.")
    assert messages(text) == [("Karim Osmani", "Hakim Lutfi", "greeting"), ("Karim Osmani", "Idris Zainal Rahman", "greeting")]
