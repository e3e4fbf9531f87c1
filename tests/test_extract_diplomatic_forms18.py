"""Forms of diplomatic copy seen in Chinese, South Asian, Southeast Asian, Gulf, Israeli and North African paper
copy (a dateline in title case with a colon, a reply "to both leaders", ...), each on a short example written for
these tests."""
from __future__ import annotations

from extract_helpers import article, messages


def test_a_title_case_city_and_a_colon_open_the_lede_as_a_dateline_not_as_a_sender():
    text = article("Kuala Lumpur: Emir Sheikh Rashid bin Omar Al Mansour has sent a cable of congratulations to President "
                   "Amani Mugisha of Ruritania on the occasion of his country's Independence Day.")
    found = messages(text)
    assert ("Rashid bin Omar Al Mansour", "Amani Mugisha", "congratulation") in found
    assert all(sender != "Kuala Lumpur" for sender, _, _ in found)


def test_a_reply_written_back_to_both_leaders_on_a_day_thanking_them_is_thanks_to_each_who_wrote():
    text = article("Prime Minister Omar Haddad has received New Year greetings from the leaders of Ruritania and Japan.",
                   "In his message, Ruritanian President Amani Mugisha said the two nations were old friends. "
                   "Japanese Prime Minister Hiroshi Tanabe wished the people of the country a happy new year.",
                   "Haddad wrote back to both leaders on Tuesday, thanking them for their kind words.")
    found = messages(text)
    assert ("Omar Haddad", "Amani Mugisha", "thanks") in found
    assert ("Omar Haddad", "Hiroshi Tanabe", "thanks") in found


def test_a_quotation_cued_by_wrote_to_after_a_thanks_letter_is_that_letter_whatever_it_quotes():
    text = article("Prime Minister Omar Haddad has received New Year greetings from Ruritanian President Amani Mugisha.",
                   "Haddad wrote back to Mugisha on Tuesday, thanking him for his kind words. "
                   "\"Every New Year brings our peoples closer,\" he wrote to Mr Mugisha.")
    found = messages(text)
    assert ("Omar Haddad", "Amani Mugisha", "thanks") in found
    assert ("Omar Haddad", "Amani Mugisha", "greeting") not in found
