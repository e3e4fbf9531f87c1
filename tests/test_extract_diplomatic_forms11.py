"""Forms of diplomatic copy seen in Russian, Pakistani, Ugandan, Saudi, Trinidadian, Georgian, Lithuanian, Sri Lankan,
Papua New Guinean and Commonwealth agency, paper and press-office copy (roundups opened by the messages themselves,
speeches at the celebrations, ...), each on a short example written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article, messages, statements


def test_a_roundup_opened_in_their_messages_to_someone_gives_one_message_per_named_leader():
    text = article("Messages of congratulations arrived from many capitals as Belize marked its national day.",
                   "In their messages to Governor-General Amani Mugisha, leaders hailed the country's record.",
                   "Mexican President Omar Haddad said the two peoples shared a long border and a long history.",
                   "Chilean President Lena Duarte wrote that the friendship would only grow.")
    assert messages(text) == [("Lena Duarte", "Amani Mugisha", "congratulation"),
                              ("Omar Haddad", "Amani Mugisha", "congratulation")]


def test_a_leader_speaking_at_the_parade_in_a_roundup_sent_no_message():
    text = article("Messages of congratulations arrived from many capitals as Belize marked its national day.",
                   "In their messages to Governor-General Amani Mugisha, leaders hailed the country's record.",
                   "Mexican President Omar Haddad said the two peoples shared a long border.",
                   "Speaking at the parade in the capital, Prime Minister Karim Osmani said the messages honoured the nation.")
    assert messages(text) == [("Omar Haddad", "Amani Mugisha", "congratulation")]
