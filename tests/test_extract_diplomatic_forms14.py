"""Forms of diplomatic copy seen in African, Caribbean, South American, Asian and Pacific paper and agency copy
(a reply told as a letter of thanks, a state's government whose name holds an "and", ...), each on a short example
written for these tests."""
from __future__ import annotations

from extract_helpers import article, messages


def test_a_reply_told_as_a_letter_of_thanks_is_thanks():
    text = article("Prime Minister Amani Mugisha has written to his counterpart, Prime Minister Omar Haddad, to convey "
                   "his condolences after the floods.",
                   "On Tuesday, Haddad replied in a letter of thanks. In his reply, Haddad said the two islands "
                   "stand together.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "condolence"),
                              ("Omar Haddad", "Amani Mugisha", "thanks")]


def test_a_plain_reply_stays_a_letter():
    text = article("President Amani Mugisha sent a letter to President Omar Haddad about the new port.",
                   "In his reply, Haddad said the port would open next year.")
    assert ("Omar Haddad", "Amani Mugisha", "letter") in messages(text)


def test_the_government_of_a_state_whose_name_holds_an_and_is_one_recipient():
    text = article("Prime Minister Amani Mugisha sent a message of thanks to the Government of Antigua and Barbuda "
                   "for the relief supplies.")
    assert messages(text) == [("Amani Mugisha", "Government of Antigua and Barbuda", "thanks")]
