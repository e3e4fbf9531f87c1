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


def test_the_secretary_general_is_not_the_assistant_who_read_her_message():
    text = article("Secretary-General Amani Mugisha has sent a message to participants at the Ocean Finance Forum.",
                   "In her message, read on her behalf by Assistant Secretary-General Omar Haddad, the Secretary-General "
                   "said small states needed faster funding.",
                   "The Secretary-General also sent a letter of thanks to the Prime Minister of Samoa, Lena Duarte, "
                   "for hosting the forum.")
    assert ("Amani Mugisha", "Lena Duarte", "thanks") in messages(text)
    assert all(sender != "Omar Haddad" for sender, _, _ in messages(text))


def test_the_state_after_the_city_a_forum_meets_in_is_no_recipient():
    text = article("Secretary-General Amani Mugisha has sent a message to participants at the Ocean Finance Forum in "
                   "Apia, Samoa, calling for faster funding for small states.")
    assert messages(text) == [("Amani Mugisha", "Ocean Finance Forum", "letter")]


def test_a_letter_in_an_aside_thanked_is_a_letter_of_thanks():
    text = article("President Amani Mugisha has sent greetings to King Omar Haddad on his birthday.",
                   "Foreign Minister Lena Duarte, in a separate letter to Foreign Minister Karim Osmani, thanked Rabat "
                   "for the scholarships given to students.")
    assert ("Lena Duarte", "Karim Osmani", "thanks") in messages(text)


def test_an_act_after_said_in_his_message_is_part_of_that_message():
    text = article("Prime Minister Amani Mugisha and his Samoan counterpart Omar Haddad exchanged congratulatory "
                   "messages on the anniversary of the fisheries pact.",
                   "In his message, Mr Mugisha said the pact had served both peoples and thanked the Samoan Government "
                   "for its help after the cyclone.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "congratulation"),
                              ("Omar Haddad", "Amani Mugisha", "congratulation")]


def test_a_letter_received_from_someone_who_congratulated_is_a_congratulation():
    text = article("Meanwhile, Governor-General Amani Mugisha received a letter from Samoa's Head of State Omar Haddad, "
                   "who congratulated the people of Tonga on the anniversary and invited him to visit Apia.")
    assert messages(text) == [("Omar Haddad", "Amani Mugisha", "congratulation")]


def test_a_state_of_three_words_is_the_people_of_it():
    text = article("President Amani Mugisha sent a message of condolence to the people of Antigua and Barbuda over the "
                   "hurricane.")
    # (the people as the text names it, as heldout19/20/24/29/30 decided: "people of Antigua and Barbuda")
    assert messages(text) == [("Amani Mugisha", "people of Antigua and Barbuda", "condolence")]


def test_in_a_roundup_congratulations_to_the_people_of_the_recipients_state_go_to_the_recipient():
    text = article("Messages of congratulations arrived as Antigua and Barbuda marked its national day.",
                   "In their messages to President Amani Mugisha, leaders praised the country's democratic record.",
                   "Mexican President Omar Haddad said the two peoples shared a long border.",
                   "Chile's President Lena Duarte also conveyed her warm congratulations to the people of Antigua and "
                   "Barbuda.")
    assert messages(text) == [("Lena Duarte", "Amani Mugisha", "congratulation"),
                              ("Omar Haddad", "Amani Mugisha", "congratulation")]


def test_a_capitalised_city_and_a_period_is_a_dateline():
    text = article("NAIROBI. President Amani Mugisha has sent a congratulatory message to President Omar Haddad of "
                   "Ghana on his re-election.",
                   "Foreign Minister Lena Duarte told reporters that the two leaders would meet in March.")
    assert actor(text, "Amani Mugisha").country == "KEN"
    assert actor(text, "Lena Duarte").country == "KEN"


def test_a_roundups_recipient_is_of_the_state_celebrating_its_day():
    text = article("Messages of congratulations arrived from many capitals as Belize celebrated its 45th anniversary of "
                   "Independence.",
                   "In their messages to Governor-General Amani Mugisha, leaders hailed the country's record.",
                   "Mexican President Omar Haddad said the two peoples shared a long border.",
                   "Chilean President Karim Osmani wrote that the friendship would only grow.",
                   "Foreign Minister Lena Duarte told reporters that the messages showed the country's standing.")
    assert actor(text, "Amani Mugisha").country == "BLZ"
    assert actor(text, "Lena Duarte").country == "BLZ"
    assert messages(text) == [("Karim Osmani", "Amani Mugisha", "congratulation"),
                              ("Omar Haddad", "Amani Mugisha", "congratulation")]


def test_he_after_she_spoke_is_the_person_named_since_not_an_earlier_man():
    text = article("Sir Omar Haddad, the Governor-General, conveyed his congratulations to President Amani Mugisha.",
                   "Prime Minister Lena Duarte said the nation had much to celebrate. She said a reception would follow.",
                   "Opposition Leader Karim Osmani, in a short statement, called on citizens to reflect on unity. "
                   "He said the economy could only recover if all sides worked together.")
    assert ("Karim Osmani", "the economy could only recover if all sides worked together") in statements(text)


def test_a_letter_thanking_someone_for_his_message_gives_that_earlier_message():
    text = article("President Amani Mugisha has written to Kenyan President Omar Haddad thanking him for his goodwill "
                   "message on Ghana's Republic Day.")
    assert messages(text) == [("Amani Mugisha", "Omar Haddad", "thanks"),
                              ("Omar Haddad", "Amani Mugisha", "congratulation")]


def test_an_invitation_after_the_hope_expressed_is_an_act_not_content():
    text = article("Speaker Amani Mugisha sent a letter of congratulations to Speaker Omar Haddad on his reappointment.",
                   "Mugisha expressed hope that the ties between the two parliaments would deepen, and invited his "
                   "counterpart to pay an official visit to the capital.")
    assert ("Amani Mugisha", "the ties between the two parliaments would deepen") in statements(text)


def test_a_media_division_ending_the_lead_speaks_as_a_body():
    text = article("President Amani Mugisha has conveyed his greetings to King Omar Haddad of Jordan on his birthday, "
                   "the President's Media Division (PMD) said.")
    assert statements(text) == [("President's Media Division",
                                 "President Amani Mugisha has conveyed his greetings to King Omar Haddad of Jordan "
                                 "on his birthday")]


def test_an_opposition_leader_who_welcomed_but_said_speaks():
    text = article("Prime Minister Omar Haddad sent a congratulatory message to President Lena Duarte on the anniversary.",
                   "Opposition Leader Karim Osmani welcomed the pact but said the Government must explain its cost.",
                   "Opposition Leader Amani Mugisha praised the pact and said the navy would gain from it.")
    assert statements(text) == [("Karim Osmani", "the Government must explain its cost"),
                                ("Amani Mugisha", "the navy would gain from it")]


def test_mr_and_a_surname_that_is_also_an_honorific_is_that_person():
    text = article("Prime Minister Omar Sheikh sent a message of condolence to President Lena Duarte over the floods.",
                   "“Our two nations are one family in grief,” Mr Sheikh wrote later on X.")
    assert statements(text) == [("Omar Sheikh", "Our two nations are one family in grief")]


def test_a_writer_speaking_of_the_ties_between_his_state_and_the_recipients_is_of_his_state():
    text = article("President Amani Mugisha has conveyed his felicitations to King Omar Haddad of Thailand on his birthday.",
                   "In the message, the President said that the bonds between Nepal and Thailand had grown over centuries.",
                   "Foreign Minister Lena Duarte told reporters that a trade delegation was expected next month.")
    assert actor(text, "Amani Mugisha").country == "NPL"
    assert actor(text, "Lena Duarte").country == "NPL"
