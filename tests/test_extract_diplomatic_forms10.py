"""Forms of diplomatic copy seen in Ukrainian, Italian, Bangladeshi, Rwandan, Jamaican, American, UN, Maltese,
Jordanian and Bahraini agency, paper and press-office copy (roundups of senders of several states, joint senders of
separate messages, thanks sent in reply, ...), each on a short example written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article, messages, statements


def test_without_a_dateline_a_roundup_of_foreign_senders_gives_no_home_state():
    text = article("Leaders across the region have sent messages congratulating President Amani Mugisha on the national day.",
                   "In his message, Tanzanian President Omar Haddad said the two peoples shared a long history.",
                   "Zambian President Lena Duarte also sent a congratulatory message to Mugisha.",
                   "Trade Minister Alice Kamanzi said the messages showed the country's standing.")
    assert actor(text, "Alice Kamanzi").country is None
    assert actor(text, "Amani Mugisha").country is None


def test_without_a_dateline_the_recipient_of_the_home_senders_message_is_abroad():
    text = article("Cuban President Omar Haddad sent a message of condolence to King Edmund over the floods.",
                   "Foreign Minister Lena Duarte told reporters that a relief flight would leave on Monday.")
    assert actor(text, "Lena Duarte").country == "CUB"
    assert actor(text, "Edmund").country is None


def test_joint_senders_of_separate_messages_congratulating_someone_sent_one_each():
    text = article("President Omar Haddad and Prime Minister Lena Duarte have sent separate messages congratulating "
                   "Karim Osmani on his election as president of Tunisia.")
    assert messages(text) == [("Lena Duarte", "Karim Osmani", "congratulation"),
                              ("Omar Haddad", "Karim Osmani", "congratulation")]


def test_thanks_sent_in_reply_go_back_to_each_who_wrote_before():
    text = article("President Omar Haddad has received cables of congratulations on Independence Day from Emir Karim "
                   "Osmani of Qatar and President Lena Duarte of Chile.",
                   "President Haddad sent cables of thanks in reply, praising the close ties between the countries.")
    assert messages(text) == [("Karim Osmani", "Omar Haddad", "congratulation"),
                              ("Lena Duarte", "Omar Haddad", "congratulation"),
                              ("Omar Haddad", "Karim Osmani", "thanks"), ("Omar Haddad", "Lena Duarte", "thanks")]


def test_in_a_roundup_a_leader_told_only_by_his_act_sent_a_message():
    text = article("Leaders across Africa have sent messages congratulating President Amani Mugisha on Independence Day.",
                   "In his message, Tanzanian President Omar Haddad said the two peoples shared a long history.",
                   "The Malian head of state, Karim Osmani, wished the people continued peace and prosperity.",
                   "Zambian President Lena Duarte also sent a congratulatory message, in which she hailed the country's "
                   "growth.")
    assert messages(text) == [("Karim Osmani", "Amani Mugisha", "congratulation"),
                              ("Lena Duarte", "Amani Mugisha", "congratulation"),
                              ("Omar Haddad", "Amani Mugisha", "congratulation")]
    assert actor(text, "Karim Osmani").country == "MLI"


def test_a_post_that_wished_is_no_roundup_message():
    text = article("Leaders across Africa have sent messages congratulating President Amani Mugisha on Independence Day.",
                   "In his message, Tanzanian President Omar Haddad said the two peoples shared a long history.",
                   "Zambian President Lena Duarte wrote on X that the vote was a lesson and wished the country success.")
    assert messages(text) == [("Omar Haddad", "Amani Mugisha", "congratulation")]


def test_a_minister_speaking_to_the_paper_in_a_roundup_sent_no_message():
    text = article("Leaders across Africa have sent messages congratulating President Amani Mugisha on Independence Day.",
                   "In his message, Tanzanian President Omar Haddad said the two peoples shared a long history.",
                   "Speaking to The Courier on Sunday, Foreign Minister Alice Kamanzi said the messages showed goodwill.")
    assert messages(text) == [("Omar Haddad", "Amani Mugisha", "congratulation")]
    assert ("Alice Kamanzi", "the messages showed goodwill") in statements(text)


def test_a_gathering_named_with_the_place_it_meets_in_ends_before_the_place():
    text = article("Secretary-General Omar Haddad sent a message to the Caribbean Leaders' Summit in Bridgetown, which was "
                   "read out by his envoy.")
    assert messages(text) == [("Omar Haddad", "Caribbean Leaders' Summit", "letter")]


def test_told_correspondents_that_is_a_cue():
    text = article("President Lena Duarte sent a message of condolence to President Omar Haddad over the floods.",
                   "Spokesperson Karim Osmani told correspondents that the two leaders would speak on Friday.")
    assert ("Karim Osmani", "the two leaders would speak on Friday") in statements(text)


def test_in_a_letter_transmitting_a_report_to_someone_is_a_letter_to_him():
    text = article("Secretary-General Omar Haddad sent a message of condolence to President Lena Duarte over the storm.",
                   "In a separate letter, Haddad transmitted to the chair of the Peace Commission, Karim Osmani, his "
                   "yearly report on the fund.")
    assert ("Omar Haddad", "Karim Osmani", "letter") in messages(text)


def test_a_ministry_known_by_its_palace_speaks_for_its_state():
    text = article("President Lena Duarte sent a message of condolence to Portuguese President Omar Haddad.",
                   "Foreign Minister Karim Osmani thanked the Portuguese rescuers for their help, the Farnesina said.")
    assert ("Farnesina", "Foreign Minister Karim Osmani thanked the Portuguese rescuers for their help") in statements(text)
    assert actor(text, "Farnesina").country == "ITA"


def test_a_statement_cited_with_its_body_before_the_noun_is_that_bodys():
    text = article("King Omar Haddad sent a cable of condolences to Turkish President Lena Duarte over the mine blast, "
                   "a Royal Court statement said.")
    assert statements(text) == [("Royal Court", "King Omar Haddad sent a cable of condolences to Turkish President Lena "
                                                "Duarte over the mine blast")]


def test_the_statement_said_after_a_statement_from_a_body_is_that_bodys():
    text = article("President Lena Duarte sent a congratulatory message to President Omar Haddad.",
                   "Haddad telephoned Duarte on Friday, according to a statement from the Presidential Palace. The two "
                   "leaders discussed the railway project, the statement said.")
    assert ("Presidential Palace", "The two leaders discussed the railway project") in statements(text)


def test_a_counterpart_of_a_three_word_state_is_of_that_state():
    text = article("Prime Minister Lena Duarte has written to his Antigua and Barbuda counterpart, Omar Haddad, "
                   "expressing condolences on the death of a former governor.")
    assert actor(text, "Omar Haddad").country == "ATG"
    text = article("Prime Minister Lena Duarte sent a message of sympathy to Papua New Guinea Prime Minister Omar Haddad.")
    assert actor(text, "Omar Haddad").country == "PNG"


def test_a_counterpart_joined_to_the_sender_by_and_keeps_his_state():
    text = article("Foreign Minister Lena Duarte and her Tunisian counterpart, Omar Haddad, have exchanged letters on "
                   "the fisheries agreement.")
    assert actor(text, "Omar Haddad").country == "TUN"
    assert messages(text) == [("Lena Duarte", "Omar Haddad", "letter"), ("Omar Haddad", "Lena Duarte", "letter")]


def test_who_expresses_the_sympathy_of_a_people_speaks_for_its_state():
    text = article("Secretary Lena Duarte sent a letter of condolence to President Omar Haddad after the earthquake.",
                   "In the letter, Duarte expressed the deep sympathy of the Canadian people for the families of the "
                   "victims.")
    assert actor(text, "Lena Duarte").country == "CAN"


def test_on_behalf_of_a_government_before_the_subject_gives_his_state():
    text = article("President Lena Duarte sent a message of condolence to President Omar Haddad.",
                   "On behalf of the Chilean government and people, Duarte expressed her deep sorrow.")
    assert actor(text, "Lena Duarte").country == "CHL"


def test_who_invites_someone_to_visit_a_capital_is_of_its_state():
    text = article("Prime Minister Lena Duarte sent a congratulatory message to Omar Haddad on his election.",
                   "Duarte also invited Haddad to visit Lisbon at a mutually convenient time.")
    assert actor(text, "Lena Duarte").country == "PRT"


def test_without_a_dateline_joint_lead_senders_give_the_home_state():
    text = article("President Omar Haddad and Prime Minister Lena Duarte have sent separate messages congratulating "
                   "Karim Osmani on his election as prime minister of Nepal.",
                   "Duarte also invited Osmani to visit Lisbon at a convenient time.",
                   "Foreign Minister Ana Silva said the two countries would open talks on trade.")
    assert actor(text, "Omar Haddad").country == "PRT"
    assert actor(text, "Ana Silva").country == "PRT"


def test_a_leader_congratulated_with_his_people_by_demonym_is_of_their_state():
    text = article("Kenyan President Omar Haddad sent a congratulatory message to President Amani Mugisha and the Ugandan "
                   "people on Independence Day.")
    assert actor(text, "Amani Mugisha").country == "UGA"
    text = article("Leaders have sent messages congratulating President Amani Mugisha and Rwandans on Liberation Day.",
                   "In his message, Kenyan President Omar Haddad said the region was proud.")
    assert actor(text, "Amani Mugisha").country == "RWA"


def test_without_a_dateline_a_roundup_is_written_in_the_recipients_state():
    text = article("Leaders have sent messages congratulating President Amani Mugisha and Rwandans on Liberation Day.",
                   "In his message, Kenyan President Omar Haddad said the region was proud.",
                   "Ghanaian President Lena Duarte also sent a congratulatory message.",
                   "Foreign Minister Alice Kamanzi said the messages showed the country's standing.")
    assert actor(text, "Alice Kamanzi").country == "RWA"


def test_a_writer_whose_state_stands_with_the_other_is_of_that_state():
    text = article("Prime Minister Lena Duarte has written to President Omar Haddad, expressing condolences on the death "
                   "of a former leader.",
                   "\"Barbados mourns with you,\" the prime minister said in the letter.",
                   "Governor-General Karim Osmani also sent a message of sympathy to Vice President Ana Silva.",
                   "Opposition Leader Paul Greaves said the region had lost a statesman.")
    assert actor(text, "Lena Duarte").country == "BRB"
    assert actor(text, "Paul Greaves").country == "BRB"
    assert actor(text, "Karim Osmani").country == "BRB"
    assert actor(text, "Ana Silva").country is None  # the recipient of a home sender is abroad


def test_told_thousands_of_citizens_that_is_a_cue_and_an_appeal_after_it_is_an_act():
    text = article("President Lena Duarte received a congratulatory message from President Omar Haddad.",
                   "At the stadium, Duarte told thousands of citizens that independence was a daily duty, urging young "
                   "people to study engineering.")
    assert ("Lena Duarte", "independence was a daily duty") in statements(text)


def test_an_unnamed_spokesperson_of_a_named_body_speaks_for_the_body():
    text = article("Prime Minister Lena Duarte has written to Commission President Omar Haddad asking for help.",
                   "A Commission spokesperson, asked about the letter on Tuesday, said the Commission would reply in "
                   "due course.",
                   "Foreign Minister Karim Osmani said the talks would go on.")
    assert ("Commission", "the Commission would reply in due course") in statements(text)


def test_an_unnamed_body_spokesperson_named_next_is_that_person():
    text = article("President Lena Duarte sent a congratulatory message to President Omar Haddad.",
                   "A Foreign Ministry spokesperson said the two countries would sign a trade deal in May.",
                   "Spokesperson Karim Osmani made the remarks at a regular briefing.")
    assert ("Karim Osmani", "the two countries would sign a trade deal in May") in statements(text)


def test_a_body_named_with_its_acronym_before_the_verb_speaks():
    text = article("President Lena Duarte sent a message of condolence to Turkish President Omar Haddad over the mine blast.",
                   "Türkiye's Mining Safety and Rescue Authority (MSRA) said that 40 miners had been rescued.")
    assert ("Türkiye's Mining Safety and Rescue Authority", "40 miners had been rescued") in statements(text)
    assert "MSRA" in actor(text, "Türkiye's Mining Safety and Rescue Authority").aliases


def test_a_paper_naming_itself_with_its_state_gives_the_home_state():
    text = article("By Ana Silva",
                   "Prime Minister Lena Duarte has written to Commission President Omar Haddad asking for help.",
                   "Interior Minister Karim Osmani told Times of India that the camps were full.")
    assert actor(text, "Lena Duarte").country == "IND"
    assert actor(text, "Karim Osmani").country == "IND"
    text = article("Prime Minister Lena Duarte sent a message of sympathy to President Omar Haddad.",
                   "Senator Karim Osmani told the Jamaica Observer that a delegation would attend the funeral.")
    assert actor(text, "Karim Osmani").country == "JAM"
