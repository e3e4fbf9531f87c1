"""Forms of diplomatic copy seen in Middle Eastern, European, North American and Pacific paper, agency and
broadcaster copy (an analyst's place of work in an appositive, a commander's office, ...), each on a short example
written for these tests."""
from __future__ import annotations

from extract_helpers import article, statements


def test_an_appositive_naming_the_speakers_firm_keeps_the_person_as_speaker():
    text = article("Omar Haddad, a risk analyst at the consultancy Brightline Partners, told the Daily Mirror that the "
                   "reply was a careful one.",
                   "Lena Duarte, an economist with Harbour Advisers, told reporters that talks would resume soon.")
    assert statements(text) == [("Omar Haddad", "the reply was a careful one"),
                                ("Lena Duarte", "talks would resume soon")]


def test_a_commander_is_an_office_before_the_name():
    text = article("Coast Guard Commander Omar Haddad spoke to reporters at the harbour on Monday.",
                   '"The next two days will decide it," he said.')
    assert statements(text) == [("Omar Haddad", "The next two days will decide it")]
