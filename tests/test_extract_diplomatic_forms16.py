"""Forms of diplomatic copy seen in Pacific, Gulf, Levantine, South Asian, Lusophone, Benelux, Nordic and African
paper and agency copy (an exchange with two partners, ...), each on a short example written for these tests."""
from __future__ import annotations

from extract_helpers import article, messages


def test_one_leader_exchanging_greetings_with_two_partners_makes_an_exchange_with_each():
    text = article("King Omar Haddad yesterday exchanged cables of greetings with Ruritanian President Amani Mugisha "
                   "and Japanese Prime Minister Hiroshi Tanabe on the occasion of Eid Al Fitr.")
    found = messages(text)
    for sender, recipient in [("Omar Haddad", "Amani Mugisha"), ("Amani Mugisha", "Omar Haddad"),
                              ("Omar Haddad", "Hiroshi Tanabe"), ("Hiroshi Tanabe", "Omar Haddad")]:
        assert (sender, recipient, "greeting") in found


def test_thanks_sent_to_the_two_leaders_go_back_to_each_who_wrote_before():
    text = article("King Omar Haddad received cables from Ruritanian President Amani Mugisha and Japanese Prime "
                   "Minister Hiroshi Tanabe on the occasion of the National Day.",
                   "King Haddad, in turn, sent cables of thanks to the two leaders.")
    found = messages(text)
    assert ("Omar Haddad", "Amani Mugisha", "thanks") in found
    assert ("Omar Haddad", "Hiroshi Tanabe", "thanks") in found
