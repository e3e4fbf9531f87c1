"""Forms of diplomatic copy seen in Pacific, Gulf, Levantine, South Asian, Lusophone, Benelux, Nordic and African
paper and agency copy (an exchange with two partners, ...), each on a short example written for these tests."""
from __future__ import annotations

from extract_helpers import article, messages, statements


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


def test_letters_received_from_unnamed_counterparts_open_a_roundup_of_the_leaders_named_after():
    text = article("Prime Minister Omar Haddad has received letters of congratulations from his Ruritanian and "
                   "Japanese counterparts as the country marks 40 years of independence.",
                   "Ruritanian Prime Minister Amani Mugisha wrote that Ruritania was proud to be a partner.")
    assert ("Amani Mugisha", "Omar Haddad", "congratulation") in messages(text)


def test_a_role_noun_stating_after_a_recipients_name_is_the_writer_not_the_recipients_title():
    text = article("Kenyan President Amani Mugisha spoke in Nairobi on Monday.",
                   "In his message to President of Tajikistan Rustam Nazarov, the Kenyan president stated that "
                   "the two nations share a long history.")
    assert ("Amani Mugisha", "Rustam Nazarov", "letter") in messages(text)


def test_a_reported_clause_stops_before_while_and_another_person_acting():
    text = article("Togo's President, Mr Koffi Agbodjan, wrote that his country was ready to send experts to Accra, "
                   "while Nigeria's President, Mr Babatunde Olasunkanmi, pledged support for the rebuilding.")
    assert ("Koffi Agbodjan", "his country was ready to send experts to Accra") in statements(text)


def test_in_a_roundup_a_leader_who_only_pledged_support_beside_another_leaders_message_sent_one_too():
    text = article("The President, Mr Kwame Ofori-Boateng, has received messages of sympathy from three West African "
                   "heads of state following the fire at the market.",
                   "Togo's President, Mr Koffi Agbodjan, wrote that his country was ready to send experts to Accra, "
                   "while Nigeria's President, Mr Babatunde Olasunkanmi, pledged support for the rebuilding.")
    found = messages(text)
    assert ("Koffi Agbodjan", "Kwame Ofori-Boateng", "condolence") in found
    assert ("Babatunde Olasunkanmi", "Kwame Ofori-Boateng", "condolence") in found


def test_a_message_to_the_government_of_a_state_goes_to_that_government():
    text = article("Foreign Minister Lotte Brinkhorst sent a message of sympathy to the government of Suriname after the "
                   "floods.")
    assert ("Lotte Brinkhorst", "Government of Suriname", "condolence") in messages(text)


def test_written_a_letter_of_thanks_to_is_a_letter_of_thanks():
    text = article("Foreign Minister Lotte Brinkhorst has written a letter of thanks to Prime Minister Hiroshi Tanabe "
                   "for the donation of rice.")
    assert messages(text) == [("Lotte Brinkhorst", "Hiroshi Tanabe", "thanks")]


def test_alhaji_before_a_name_is_an_honorific():
    text = article("The Minister of Foreign Affairs, Hon. Alhaji Musa Timbo Bangura, sent a message of thanks to Prime "
                   "Minister Hiroshi Tanabe.")
    assert ("Musa Timbo Bangura", "Hiroshi Tanabe", "thanks") in messages(text)


def test_answered_with_a_letter_is_a_reply_to_who_wrote_before():
    text = article("Prime Minister Pieter Vandecasteele has written to European Commission President Anna Lind about "
                   "asylum rules.",
                   "Vandecasteele also sent a letter of thanks to Luxembourg's Prime Minister, Marc Schaus, for his "
                   "help.",
                   "Schaus answered with a short letter of his own.")
    assert ("Marc Schaus", "Pieter Vandecasteele", "letter") in messages(text)


def test_a_body_replying_to_a_person_in_a_diplomatic_note_sends_a_letter():
    text = article("Prime Minister Carlos Westby wrote to President Héctor Morales Pineda to protest the detention of "
                   "two fishermen.",
                   "Guatemala's Foreign Ministry replied to Westby in a diplomatic note on Wednesday.")
    assert ("Guatemala's Foreign Ministry", "Carlos Westby", "letter") in messages(text)


def test_a_reply_told_inside_a_spokesmans_clause_is_the_repliers_letter():
    text = article("Prime Minister Tumelo Ramakatane has written to President Sipho Dlamini-Ngcobo about the permits.",
                   "Spokesperson Thato Mohapi told reporters that Mr Dlamini-Ngcobo had replied on Monday, promising "
                   "that his cabinet would look at the matter.")
    assert ("Sipho Dlamini-Ngcobo", "Tumelo Ramakatane", "letter") in messages(text)


def test_in_a_reply_a_leader_who_thanked_his_counterpart_sent_him_thanks():
    text = article("Foreign Minister Omar Haddad sent a letter of sympathy to Secretary of Foreign Affairs Teodoro "
                   "Villanueva over the earthquake.",
                   "Separately, the minister received Hari Raya greetings from Indian Minister of External Affairs "
                   "Rajiv Menon.",
                   "In a reply, Haddad thanked his counterpart and expressed hope for closer cooperation.")
    assert ("Omar Haddad", "Rajiv Menon", "thanks") in messages(text)


def test_a_body_glossed_as_a_states_parliament_is_named_by_its_own_name():
    text = article("The Speaker of the Riksdag, Anders Holm, wrote to the Storting, Norway's parliament.")
    assert [(sender, recipient) for sender, recipient, _ in messages(text)] == [("Anders Holm", "Storting")]


def test_a_body_also_written_to_after_a_condolence_to_its_state_has_the_condolence():
    text = article("Published: 27 November 2026 13:42 CET",
                   "Prime Minister Karin Ahlgren has sent a letter of condolence to her Norwegian counterpart Sverre "
                   "Lunde after an avalanche killed six people.",
                   "The Speaker of the Riksdag, Anders Holm, also wrote to the Storting, Norway's parliament.")
    assert ("Anders Holm", "Storting", "condolence") in messages(text)


def test_a_quoted_phrase_closing_a_reported_clause_before_the_period_stays_in_it():
    text = article("Prime Minister Siaosi Fifita spoke on Monday.",
                   'Fifita said the units had reached the outer islands within three days, "a speed that saved lives".')
    assert statements(text) == [
        ("Siaosi Fifita", 'the units had reached the outer islands within three days, "a speed that saved lives"')]


def test_an_agencys_tag_after_the_last_sentence_is_not_part_of_the_statement():
    text = article("Sultan Said bin Hamad sent a cable of condolences to President Kamel Ben Salah of Tunisia.",
                   "The floods killed nine people. Foreign Minister Hilal Busaidi said Oman stood ready to provide "
                   "relief assistance. — ONA")
    assert statements(text) == [("Hilal Busaidi", "Oman stood ready to provide relief assistance")]


def test_a_pronoun_opening_a_relative_clause_is_the_sentences_subject():
    text = article("Sultan Said bin Hamad sent a cable of condolences to President Kamel Ben Salah of Tunisia.",
                   "Foreign Minister Hilal Busaidi held a phone call with his Tunisian counterpart, during which he "
                   "stressed that Oman stood ready to provide relief assistance.")
    assert statements(text) == [("Hilal Busaidi", "Oman stood ready to provide relief assistance")]


def test_a_ministry_named_by_portfolios_listed_with_commas_speaks_under_its_whole_name():
    text = article("Prime Minister Carlos Westby spoke on Monday.",
                   "The Ministry of Foreign Affairs, Trade and Immigration said on Tuesday that the Coast Guard had "
                   "stepped up its patrols.")
    assert statements(text) == [("Ministry of Foreign Affairs, Trade and Immigration",
                                 "the Coast Guard had stepped up its patrols")]


def test_an_unnamed_secretary_general_written_to_is_the_office():
    text = article("Ambassador Amir-Hossein Saberi, in a letter to the UN Secretary-General, condemned the new "
                   "sanctions.")
    assert messages(text) == [("Amir-Hossein Saberi", "UN Secretary-General", "letter")]


def test_a_body_opening_the_sentence_with_an_act_then_saying_speaks():
    text = article("Prime Minister Shahid Malik spoke on Monday.",
                   "The Pakistan Business Council welcomed the exchange, saying the railway would open Central Asian "
                   "markets.")
    assert statements(text) == [("Pakistan Business Council", "the railway would open Central Asian markets")]


def test_told_this_publication_reports_speech():
    text = article("Spokesperson Thato Mohapi yesterday told this publication that the permits would be extended.")
    assert statements(text) == [("Thato Mohapi", "the permits would be extended")]


def test_a_one_word_seat_of_government_after_the_lead_speaks_over_it():
    text = article("French President Julien Marchand sent a letter of condolence to Elias Haddad on Tuesday, "
                   "Itamaraty said.")
    assert [speaker for speaker, _ in statements(text)] == ["Itamaraty"]


def test_baabda_is_the_seat_of_lebanons_presidency():
    text = article("French President Julien Marchand sent a letter of condolence to Elias Haddad on Tuesday, "
                   "Baabda said.")
    assert [speaker for speaker, _ in statements(text)] == ["Baabda"]


def test_a_letter_to_a_professions_order_asking_it_to_act_goes_to_the_order():
    text = article("Prime Minister Karim Salameh wrote to the Order of Engineers and Architects asking it to audit "
                   "every building in the city.")
    assert messages(text) == [("Karim Salameh", "Order of Engineers and Architects", "letter")]
