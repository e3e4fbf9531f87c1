"""Forms of diplomatic copy seen in Asian, Caucasian, Baltic, Nordic, Gulf, African and Caribbean paper and agency
copy (a reply with no recipient named, a roundup leader's act, ...), each on a short example written for these tests."""
from __future__ import annotations

from extract_helpers import article, messages, statements


def test_a_reply_with_a_letter_of_thanks_and_no_recipient_goes_back_to_the_writer():
    text = article("Prime Minister Amani Mugisha sent a congratulatory message on Sunday to Omar Haddad on his "
                   "election victory.",
                   "Haddad replied with a letter of thanks that reached the Prime Minister's Office on Wednesday.")
    assert ("Omar Haddad", "Amani Mugisha", "thanks") in messages(text)


def test_the_that_after_a_letter_replied_with_is_the_letters_relative_clause_not_speech():
    text = article("Prime Minister Amani Mugisha sent a congratulatory message on Sunday to Omar Haddad on his "
                   "election victory.",
                   "Haddad replied with a letter of thanks that reached the Prime Minister's Office on Wednesday.")
    assert statements(text) == []


def test_in_a_roundup_a_leader_who_only_expressed_condolences_sent_the_recipient_a_message():
    text = article("President Amani Mugisha has received condolence messages from the leaders of Ruritania and "
                   "Japan over the typhoon, the foreign ministry said.",
                   "Japanese Prime Minister Hiroshi Tanabe expressed his heartfelt condolences to the families of "
                   "the victims.")
    assert ("Hiroshi Tanabe", "Amani Mugisha", "condolence") in messages(text)


def test_according_to_the_message_of_a_leader_gives_the_clause_to_that_leader():
    text = article("President Amani Mugisha has received congratulatory messages on the national day from a number of "
                   "foreign leaders, the presidential press service reported.",
                   "According to the message of Chinese President Wang Lei, Beijing regards Ruritania as a reliable "
                   "partner.")
    assert ("Wang Lei", "Beijing regards Ruritania as a reliable partner") in statements(text)
    assert ("Wang Lei", "Amani Mugisha", "congratulation") in messages(text)


def test_a_body_whose_name_holds_a_with_is_named_whole():
    text = article("In a message of sympathy addressed to the Government of Ruritania, the State Committee for Work "
                   "with Diaspora said that community groups were collecting blood donations.")
    assert messages(text) == [("State Committee for Work with Diaspora", "Government of Ruritania", "condolence")]
    assert statements(text) == [("State Committee for Work with Diaspora",
                                 "community groups were collecting blood donations")]


def test_a_leaders_press_service_named_by_a_possessive_speaks_over_the_clause():
    text = article("President Amani Mugisha sent a message of greetings to President Omar Haddad on Independence Day.",
                   "Haddad sent a telegram of thanks to Mugisha for the congratulations, the Ruritanian leader's "
                   "press service reported on Friday.")
    assert statements(text) == [("Ruritanian leader's press service",
                                 "Haddad sent a telegram of thanks to Mugisha for the congratulations")]


def test_a_roundup_opens_after_a_long_occasion_before_its_senders():
    text = article("President Amani Mugisha has received congratulatory messages on the occasion of the 35th "
                   "anniversary of the proclamation of the country's independence from heads of state.",
                   "In his message, Romanian President Radu Stanescu highlighted that Romania will remain a friend.")
    assert messages(text) == [("Radu Stanescu", "Amani Mugisha", "congratulation")]


def test_informed_that_reports_speech():
    text = article("The Ministry of Foreign Affairs and European Integration (MFAEI) informed that more than 40 "
                   "congratulatory messages had been received by the embassies.")
    assert statements(text) == [("Ministry of Foreign Affairs and European Integration",
                                 "more than 40 congratulatory messages had been received by the embassies")]


def test_the_head_of_state_is_not_the_president_of_a_senate():
    text = article("CHISINAU, 27 August /MOLDPRES/. President Amani Mugisha has received congratulatory messages on the "
                   "national day from heads of state.",
                   "In his message, Romanian President Radu Stanescu highlighted that Romania will remain a friend.",
                   "The Speaker of Parliament, Vasile Grosu, received a letter of congratulations from the President of "
                   "the Senate of Romania, Ilie Dobre.",
                   "In the evening, the head of state said that independence was a daily responsibility.")
    assert ("Amani Mugisha", "independence was a daily responsibility") in statements(text)


def test_the_pronoun_of_a_relative_clause_is_the_role_opening_the_sentence():
    text = article("CHISINAU, 27 August /MOLDPRES/. President Ana Rusu has received congratulatory messages on the "
                   "national day from heads of state.",
                   "In his message, Romanian President Radu Stanescu highlighted that Romania will remain a friend.",
                   "The Speaker of Parliament, Vasile Grosu, received a letter of congratulations from the President of "
                   "the Senate of Romania, Ilie Dobre.",
                   "In the evening, the head of state addressed a message to the citizens in which she said that "
                   "independence was a daily responsibility.")
    assert ("Ana Rusu", "independence was a daily responsibility") in statements(text)


def test_thanks_in_a_reply_letter_goes_back_to_the_writer_though_the_text_thanks_his_state():
    text = article("President Mart Kask sent a letter of condolence to Polish President Tomasz Nowak after the mine "
                   "explosion.",
                   "Nowak thanked Estonia for its support in a reply letter, the Office of the President said.")
    assert ("Tomasz Nowak", "Mart Kask", "thanks") in messages(text)


def test_the_office_of_a_person_named_by_a_possessive_speaks():
    text = article("Speaker Liina Ots sent a letter to President Omar Haddad on Friday.",
                   "The two speakers observed a minute of silence for the victims, Ots' office said.")
    assert statements(text) == [("Ots' office", "The two speakers observed a minute of silence for the victims")]


def test_thanks_to_a_body_in_a_separate_letter_go_to_the_body():
    text = article("President Mikael Rautio has sent letters of thanks to Swedish Prime Minister Anders Lindqvist for "
                   "the help against the fires.",
                   "Interior Minister Sanna Peltonen thanked the Swedish Civil Contingencies Agency in a separate letter.")
    assert ("Sanna Peltonen", "Swedish Civil Contingencies Agency", "thanks") in messages(text)


def test_replied_writing_that_is_a_reply_and_its_words():
    text = article("President Mikael Rautio has sent letters of thanks to Swedish Prime Minister Anders Lindqvist for "
                   "the help against the fires.",
                   "Lindqvist replied, writing that Sweden would always stand by its neighbour.")
    assert ("Anders Lindqvist", "Mikael Rautio", "letter") in messages(text)
    assert statements(text) == [("Anders Lindqvist", "Sweden would always stand by its neighbour")]


def test_a_program_of_two_works_named_with_an_and_is_one_recipient_and_the_act_after_it_ends_it():
    text = article("Prime Minister Salem Bazaid also addressed a letter of thanks to the Saudi Development and "
                   "Reconstruction Program for Yemen, praising its projects in the electricity and health sectors.")
    assert messages(text) == [("Salem Bazaid", "Saudi Development and Reconstruction Program for Yemen", "thanks")]


def test_messages_pouring_in_with_a_leader_receiving_letters_open_a_roundup_to_that_leader():
    text = article("KINGSTON, Jamaica — Messages of solidarity continued to pour in yesterday as Jamaica counted the "
                   "cost of the hurricane, with Prime Minister Desmond Hale receiving letters from across the region.",
                   "Barbados Prime Minister Mia Greaves, in a letter of sympathy, said her Government had placed a team "
                   "of engineers on standby.")
    assert messages(text) == [("Mia Greaves", "Desmond Hale", "condolence")]


def test_an_opposition_leader_speaking_in_a_roundup_sent_no_message():
    text = article("President Chileshe Nkhoma has received congratulatory messages from several heads of State on "
                   "Independence Day.",
                   "Tanzanian President Neema Kiwelu, in her message, said the two nations remained bound together.",
                   "Opposition leader Mulenga Sakala, however, said the Head of State should not read too much into "
                   "the messages.")
    assert messages(text) == [("Neema Kiwelu", "Chileshe Nkhoma", "congratulation")]


def test_a_body_named_with_its_seat_at_the_start_of_a_sentence_drops_its_article():
    text = article("The Ghana High Commission in Abuja said no Ghanaian had been identified among the victims so far.")
    assert statements(text) == [("Ghana High Commission in Abuja",
                                 "no Ghanaian had been identified among the victims so far")]


def test_a_letter_calling_for_something_of_its_own_is_a_letter_not_the_leads_condolence():
    text = article("President Kwame Mensah sent a message of sympathy to President Bola Adeyemi after the explosion.",
                   "The Minister for Foreign Affairs, Akosua Boateng, has also written to the President of the ECOWAS "
                   "Commission, calling for a regional framework on the transport of hazardous goods.")
    assert ("Akosua Boateng", "President of the ECOWAS Commission", "letter") in messages(text)


def test_legislator_is_a_title_before_a_name():
    text = article("President Hsu Ming-che and President Jorelik Anjain exchanged congratulatory messages yesterday.",
                   "Democratic Progressive Party Legislator Wang Shu-fen said the exchange sent a strong message to "
                   "Beijing that the allies would not be pressured.")
    assert ("Wang Shu-fen", "the exchange sent a strong message to Beijing that the allies would not be pressured") \
        in statements(text)


def test_duma_after_an_office_and_before_a_surname_is_a_given_name_not_the_legislature():
    text = article("Deputy Prime Minister Selma Haufiku wrote to Botswana's President Duma Boko after the death of a "
                   "former president.",
                   "State Duma Chairman Ivan Petrov sent a message to President Li Wen.")
    found = messages(text)
    assert ("Selma Haufiku", "Duma Boko", "condolence") in found
    assert ("Ivan Petrov", "Li Wen", "condolence") in found  # (the name without "Duma", the lead's occasion)


def test_the_cabinet_of_the_president_speaks_over_the_clause_before_it():
    text = article("President Gordana Trajkova received congratulatory telegrams from Albanian President Bajram Hoxha, "
                   "the Cabinet of the President said.")
    assert statements(text) == [("Cabinet of the President",
                                 "President Gordana Trajkova received congratulatory telegrams from Albanian President "
                                 "Bajram Hoxha")]


def test_also_sent_a_message_naming_no_recipient_goes_to_the_last_messages_recipient():
    text = article("President Daniel Vela received a congratulatory message from Colombian President Gustavo Restrepo "
                   "on the bicentennial.",
                   "Peruvian President Jose Quispe also sent a message, in which he noted that Peru and Ecuador have "
                   "built a border of peace since 1998.")
    assert ("Jose Quispe", "Daniel Vela", "congratulation") in messages(text)
    assert statements(text) == [("Jose Quispe", "Peru and Ecuador have built a border of peace since 1998")]
