"""Forms of wire copy from outlets beyond the development corpus (GNA, WAM, KPL, Kazinform,
BelTA ...), on short examples written for these tests."""
from __future__ import annotations

from datetime import date

from app.extract import extract
from extract_helpers import actor, article, messages, statements


def test_heads_of_state_and_government_open_a_roundup():
    text = article(
        "Lusaka, March 4, ZNA - Heads of State and Government from the region have sent congratulatory "
        "messages to President-elect Mwila Banda following his victory in the election.",
        "Malawian President Chikondi Phiri said the vote showed the maturity of Zambian democracy.",
    )
    assert messages(text) == [("Chikondi Phiri", "Mwila Banda", "congratulation")]


def test_hyphen_after_a_date_ends_a_dateline():
    text = article("Lusaka, March 4, 2024, ZNA - Chanda Mulenga sent a message of condolence to Tomas Berg.")
    assert extract(text).published == date(2024, 3, 4)
    hyphenated = article("Lusaka - Zambia - Chanda Mulenga sent a message of condolence to Tomas Berg.")
    assert extract(hyphenated).published is None


def test_similar_cables_take_the_kind_of_the_cable_they_resemble():
    text = article(
        "Rashid Al Hamed sent a cable of condolences to Omar Khalil over the victims of the storm.",
        "Rashid Al Hamed also sent a cable of congratulations to Amina Yusuf on her country's Independence Day.",
        "Saif bin Khalid Al Hamed, Vice President, sent similar cables to Amina Yusuf.",
    )
    assert ("Saif bin Khalid Al Hamed", "Amina Yusuf", "congratulation") in messages(text)


def test_relative_clause_between_speaker_and_verb():
    text = article("President Kwame Boateng of Ghana, who is also Chairman of the Council of Elders of the Union, "
                   "said the region would stand together in hard times.")
    assert statements(text) == [("Kwame Boateng", "the region would stand together in hard times")]


def test_thai_royal_name_keeps_maha():
    text = article("Prime Minister Anan Vong sent a message to His Majesty King Maha Chakri Phra Chomklao of "
                   "Thailand on the anniversary of diplomatic relations.")
    assert messages(text) == [("Anan Vong", "Maha Chakri Phra Chomklao", "congratulation")]


def test_did_the_same_in_a_sentence_of_its_own():
    exchange = article(
        "President Anan Vong and President Lars Berg exchanged congratulatory messages on the anniversary of ties.",
        "Foreign Minister Somchai Keo and Foreign Minister Ingrid Dahl did the same.",
    )
    assert ("Ingrid Dahl", "Somchai Keo", "congratulation") in messages(exchange)
    assert ("Somchai Keo", "Ingrid Dahl", "congratulation") in messages(exchange)
    sent = article(
        "President Anan Vong sent a message of condolence to President Lars Berg over the floods.",
        "Prime Minister Somchai Keo did the same.",
    )
    assert messages(sent) == [("Anan Vong", "Lars Berg", "condolence"), ("Somchai Keo", "Lars Berg", "condolence")]


def test_burmese_given_name_that_is_an_english_word():
    text = article("Premier Zhou Ming sent a message of condolence to Senior General Than Myint, chairman of "
                   "Myanmar's ruling council, over the floods.")
    assert messages(text) == [("Zhou Ming", "Than Myint", "condolence")]


def test_one_word_name_after_an_office_of_a_state():
    text = article("President Aibek Nurlan sent a congratulatory telegram to King of the Netherlands Frederik-Willem "
                   "on the occasion of King's Day.")
    assert messages(text) == [("Aibek Nurlan", "Frederik-Willem", "congratulation")]


def test_role_noun_with_a_two_word_demonym_as_recipient():
    text = article("South African President Thabo Nkosi visited the flooded areas on Monday.",
                   "Amara Diallo, chairperson of the African Union Commission, sent a message of sympathy to the "
                   "South African president on behalf of the continental body.")
    assert messages(text) == [("Amara Diallo", "Thabo Nkosi", "condolence")]


def test_congratulated_then_his_message_is_a_written_message():
    text = article(
        "Belarusian President Pavel Sidorov has congratulated President of Kazakhstan Nurlan Abenov on "
        "Independence Day.",
        "\u201cOur peoples have always stood together in good times and bad,\u201d the Belarusian leader said in his message.",
    )
    assert messages(text) == [("Pavel Sidorov", "Nurlan Abenov", "congratulation")]
    call = article(
        "Belarusian President Pavel Sidorov has congratulated President of Kazakhstan Nurlan Abenov on "
        "Independence Day in a phone call.",
        "The two leaders discussed trade.",
    )
    assert messages(call) == []
    mention = article("President Tomas Berg congratulated Ingrid Dahl on her victory, his office said.",
                      "The statement did not mention the letter she had written to parliament.")
    assert messages(mention) == []


def test_told_an_audience_is_a_cue_and_the_next_quotation_continues():
    text = article("\u201cWe will rebuild every house that was lost,\u201d Thabo Nkosi told residents of a flooded "
                   "village. \u201cNo family will be left behind in this province.\u201d")
    assert statements(text) == [("Thabo Nkosi", "We will rebuild every house that was lost"),
                                ("Thabo Nkosi", "No family will be left behind in this province")]
    briefing = article("The government will send relief supplies to the region, spokesman Li Wen told a regular "
                       "press conference on Tuesday.")
    assert statements(briefing) == [("Li Wen", "The government will send relief supplies to the region")]


def test_a_named_press_service_reports():
    text = article("President Aibek Nurlan sent a telegram of condolences to President Omid Karimi over the blast, "
                   "Akmola press service reports.")
    assert statements(text) == [("Akmola press service", "President Aibek Nurlan sent a telegram of condolences "
                                                         "to President Omid Karimi over the blast")]


def test_learned_from_a_body_attributes_the_sentence_to_it():
    text = article("Belarusian President Pavel Sidorov has sent greetings to the people of Serbia, the agency "
                   "learned from the press service of the Belarusian leader.")
    assert ("press service of the Belarusian leader", "Belarusian President Pavel Sidorov has sent greetings to "
            "the people of Serbia") in statements(text)


def test_body_of_a_place_speaks():
    text = article("The regional government of Upper Volta said the death toll had risen to 40 on Friday.")
    assert statements(text) == [("regional government of Upper Volta", "the death toll had risen to 40 on Friday")]


def test_outlets_and_cities_without_brackets_give_the_default_country():
    lede = "President Nana Owusu sent a message of condolence to Omar Khalil over the floods."
    assert actor(article(f"Accra, Dec. 10, GNA - {lede}"), "Nana Owusu").country == "GHA"
    assert actor(article(f"ASTANA. KAZINFORM \u2013 {lede}"), "Nana Owusu").country == "KAZ"
    assert actor(article(f"MANILA \u2013 {lede}"), "Nana Owusu").country == "PHL"
    assert actor(article(f"MANILA - {lede}"), "Nana Owusu").country == "PHL"
    assert actor(article("By Global Times", lede), "Nana Owusu").country == "CHN"


def test_upper_case_place_with_a_colon_after_credits_is_a_dateline():
    text = article("Published: May 3, 2024", "Image credit: Supplied",
                   "ABU DHABI: President Khalid bin Saif sent a cable of congratulations to Omar Khalil on Independence Day.")
    assert actor(text, "Khalid bin Saif").country == "ARE"


def test_caption_with_a_position_in_brackets_is_not_a_dateline():
    text = article("By Staff Writer", "7th Feb 2024",
                   "Prime Minister Anan Vong said on Wednesday that the two countries would double trade by 2026.",
                   "Prime Minister Anan Vong (right) shakes hands with his guest in Bangkok.")
    assert statements(text) == [("Anan Vong", "the two countries would double trade by 2026")]


def test_country_name_with_a_lower_case_word_in_a_title():
    text = article("C\u00f4te d'Ivoire's President Koffi Yao sent a congratulatory message to Nana Owusu.")
    assert actor(text, "Koffi Yao").country == "CIV"


def test_the_message_to_a_person_is_spoken_by_its_sender():
    text = article(
        "Ivan Petrov sent messages of condolences to President Omar Khalil over the earthquake.",
        "The message to Omar Khalil reads, in part:",
        "\"Please accept my deepest sympathy over the loss of so many lives in your country.\"",
        "\"Our teams are ready to help,\" the message to Omar Khalil says. \"They will arrive within hours.\"",
    )
    assert [s[0] for s in statements(text)] == ["Ivan Petrov"] * 3


def test_honorifics_alone_refer_to_the_person_so_addressed():
    text = article(
        "Samdech Moha Bovor Thipadei Sok Vannak sent a letter of felicitation to Anan Vong on National Day.",
        "\"Our two nations have walked together for many decades of friendship,\" Samdech Thipadei wrote.",
    )
    assert statements(text) == [("Sok Vannak", "Our two nations have walked together for many decades of friendship")]


def test_written_on_a_social_account_is_a_cue():
    text = article("Earlier, the Cuban leader Luis Perez had written on his X account: "
                   "\u201cOur hearts are with the people of the coast tonight.\u201d")
    assert statements(text) == [("Luis Perez", "Our hearts are with the people of the coast tonight")]


def test_noting_after_a_quotation_and_told_the_newspaper():
    text = article(
        "\"We will keep policy supportive for as long as needed,\" Governor Wang Li said, noting that the bank "
        "still has room to act.",
        "\"The signal could not be clearer for the markets,\" Chen Bo, an economist, told the Global Times. "
        "\"The package exceeded what anyone expected.\"",
    )
    assert statements(text) == [
        ("Wang Li", "We will keep policy supportive for as long as needed"),
        ("Wang Li", "the bank still has room to act"),
        ("Chen Bo", "The signal could not be clearer for the markets"),
        ("Chen Bo", "The package exceeded what anyone expected"),
    ]


def test_no_dateline_after_the_lede_unless_it_names_a_known_place():
    text = article("By Staff Writer", "Published: Sep 24, 2024",
                   "Finance Minister Chen Bo said on Tuesday that the package of measures would lift growth across "
                   "the whole economy this year.",
                   "Central Bank of Freedonia (CBF) Governor Li Wen said the bank still has room to act.")
    assert [s[0] for s in statements(text)] == ["Chen Bo", "Li Wen"]


def test_office_of_a_state_refers_to_the_untitled_person_in_focus():
    text = article("Ivan Petrov sent messages of condolences to President Omar Khalil over the earthquake.",
                   "The President of Russia noted that rescue teams were ready to fly out at once.")
    assert statements(text) == [("Ivan Petrov", "rescue teams were ready to fly out at once")]
    assert actor(text, "Ivan Petrov").country == "RUS"


def test_custodian_of_the_two_holy_mosques_is_a_title_and_a_role_noun():
    text = article("The Custodian of the Two Holy Mosques King Faisal bin Khalid sent a cable of congratulations "
                   "to President Tomas Berg on his inauguration.",
                   "The Custodian of the Two Holy Mosques also sent a cable of congratulations to Vice President "
                   "Ingrid Dahl on assuming her post.")
    assert messages(text) == [("Faisal bin Khalid", "Ingrid Dahl", "congratulation"),
                              ("Faisal bin Khalid", "Tomas Berg", "congratulation")]


def test_post_on_a_platform_between_speaker_and_verb():
    text = article("French President Louis Martin, in a post on X, said France stands with the people of the island.")
    assert statements(text) == [("Louis Martin", "France stands with the people of the island")]


def test_among_them_were_names_the_senders_of_a_roundup():
    text = article(
        "VIENTIANE, Dec 2 (KPL) - Leaders of many countries have sent messages of congratulations to President "
        "Anan Vong on the occasion of National Day.",
        "Among them were Chinese President Zhou Ming and Cambodian King Sok Vannak.",
    )
    assert messages(text) == [("Sok Vannak", "Anan Vong", "congratulation"), ("Zhou Ming", "Anan Vong", "congratulation")]
    no_roundup = article("President Anan Vong met several delegations on Monday.",
                         "Among them were Chinese Premier Zhou Ming and Cambodian King Sok Vannak.")
    assert messages(no_roundup) == []


def test_received_congratulations_from_and_the_premier_role_noun():
    text = article(
        "MINSK, 3 July (BelTA) - President Pavel Sidorov has received congratulations on Independence Day from "
        "Russian President Ivan Petrov.",
        "Prime Minister Olga Ivanova sent a congratulatory letter to Prime Minister Anan Vong of Laos.",
        "In her letter, the Belarusian premier said the two governments would deepen trade.",
    )
    assert messages(text) == [("Ivan Petrov", "Pavel Sidorov", "congratulation"),
                              ("Olga Ivanova", "Anan Vong", "congratulation")]
    assert statements(text) == [("Olga Ivanova", "the two governments would deepen trade")]
    call = article("President Pavel Sidorov received congratulations from President Ivan Petrov in a phone call.")
    assert messages(call) == []


def test_filipino_ma_abbreviation_is_part_of_the_name():
    text = article("Foreign affairs spokesperson Ma. Elena Cruz told reporters that the talks had gone well for both sides.")
    assert statements(text) == [("Ma. Elena Cruz", "the talks had gone well for both sides")]
    surname = article("Chinese Vice Foreign Minister Ma Lin met the delegation on Monday.",
                      "The talks had gone well for both sides, said Ma. He added that more meetings would follow soon.")
    assert statements(surname) == [("Ma Lin", "The talks had gone well for both sides"),
                                   ("Ma Lin", "more meetings would follow soon")]


def test_trailing_body_attribution_and_according_to_are_not_parties():
    reports = article("Ivan Petrov sent a message of condolences to President Omar Khalil, the Kremlin press "
                      "service reports.")
    assert messages(reports) == [("Ivan Petrov", "Omar Khalil", "condolence")]
    according = article("According to the Akmola press service, President Aibek Nurlan sent a telegram of "
                        "condolences to President Omar Khalil.")
    assert messages(according) == [("Aibek Nurlan", "Omar Khalil", "condolence")]


def test_role_noun_after_in_his_message_is_the_writer():
    text = article("HANOI - President Tran Van Binh has sent a message of sympathy to King Henry IX over the death "
                   "of Queen Mary III.",
                   "In his message, the Vietnamese leader said the late Queen had served her people with devotion.")
    assert statements(text) == [("Tran Van Binh", "the late Queen had served her people with devotion")]


def test_cables_received_from_unnamed_leaders_open_a_roundup():
    text = article(
        "CAIRO - President Karim Nasser has received congratulatory cables and messages from Arab leaders "
        "following his victory in the presidential election.",
        "Emir of Qatar Sheikh Faisal bin Omar sent a cable to Nasser, in which he wished Egypt progress.",
        "Jordan's King Hassan III said in a cable that the result reflects the trust of the people.",
    )
    assert messages(text) == [("Faisal bin Omar", "Karim Nasser", "congratulation"),
                              ("Hassan III", "Karim Nasser", "congratulation")]


def test_greetings_on_a_national_holiday_congratulate():
    text = article("Ivan Petrov sent greetings to President of Norland Anna Berg on the national holiday, "
                   "Constitution Day.")
    assert messages(text) == [("Ivan Petrov", "Anna Berg", "congratulation")]
    festival = article("Ivan Petrov sent greetings to President of Norland Anna Berg on the holidays.")
    assert messages(festival) == [("Ivan Petrov", "Anna Berg", "greeting")]


def test_thanks_in_a_reply_letter_keep_it_a_letter():
    text = article("President Anna Berg on Monday sent a reply letter to Ivan Petrov, chairman of the State Council.",
                   "In the reply, Berg thanked Petrov for his congratulations.",
                   "In her letter, Berg said the two countries would keep working together.")
    assert messages(text) == [("Anna Berg", "Ivan Petrov", "letter")]


def test_what_a_speaker_called_a_message_is_not_one():
    text = article("Commission President Anna Berg used her address to parliament to send what she called a message "
                   "of hope to Ukrainians, with Ukraine's First Lady Olena Marchenko in the gallery.")
    assert messages(text) == []


def test_particles_inside_a_name_after_a_title():
    text = article("European Commission President Ursula van den Berg said the bloc would keep its sanctions.")
    assert statements(text) == [("Ursula van den Berg", "the bloc would keep its sanctions")]


def test_relative_clause_naming_another_person_does_not_take_the_cue():
    text = article("Parliament President Anna Berg opened the session.",
                   "First Lady Olena Marchenko, who earlier met Berg, told journalists that Ukrainians were grateful "
                   "for the support.")
    assert statements(text) == [("Olena Marchenko", "Ukrainians were grateful for the support")]


def test_a_word_surname_closes_a_name_but_not_an_organisation():
    text = article("Prime Minister Taro Sato sent a message of sympathy to Hawaii Governor Josh Green.")
    assert messages(text) == [("Taro Sato", "Josh Green", "condolence")]
    forum = article("Ivan Petrov sent a congratulatory letter to the Beijing Green Development Forum.")
    assert messages(forum) == [("Ivan Petrov", "Beijing Green Development Forum", "letter")]


def test_a_bracketed_wire_tag_opens_a_headline_not_a_dateline():
    text = ("(LEAD) Kim sends condolences to Turkish president\n\n"
            "SEOUL, Feb. 7 (Yonhap) -- President Kim Min-su sent a message of condolence to Turkish President "
            "Ali Demir over the earthquake.\n")
    result = extract(text)
    assert result.title.startswith("(LEAD)")
    assert {a.name: a.country for a in result.actors} == {"Kim Min-su": "KOR", "Ali Demir": "TUR"}


def test_an_egyptian_outlet_in_a_byline_gives_the_default_country():
    text = ("Leaders congratulate the president\n\nAhram Online , Tuesday 19 Dec 2023\n\n"
            "President Karim Nasser sent a cable of thanks to King Hassan III of Jordan.\n")
    assert {a.name: a.country for a in extract(text).actors}["Karim Nasser"] == "EGY"


def test_a_subnational_office_names_its_state_not_the_datelines():
    text = article("TOKYO, Aug. 12 (Kyodo) -- Prime Minister Taro Sato sent a message of sympathy to Biden and to "
                   "Hawaii Governor Josh Green.",
                   "Foreign Minister Ken Ito sent a message to Premier of Ontario Anna Berg.")
    countries = {a.name: (a.country, a.titles) for a in extract(text).actors}
    assert countries["Josh Green"] == ("USA", ["Hawaii Governor"])
    assert countries["Anna Berg"][0] == "CAN"
    assert countries["Taro Sato"][0] == "JPN"


def test_a_word_surname_alone_after_its_full_name_and_a_whose_clause():
    text = article("Hawaii Governor Josh Green visited the town.",
                   "Green, whose state has large communities of Japanese descent, said at a briefing that the toll "
                   "would rise.")
    assert statements(text) == [("Josh Green", "the toll would rise")]


def test_the_writer_after_a_quotation_said_in_the_message_to():
    text = article("Prime Minister Taro Sato sent a message of sympathy to Hawaii Governor Josh Green.",
                   "\"Hawaii is very dear to the Japanese people,\" Sato said in the message to Green.")
    assert messages(text) == [("Taro Sato", "Josh Green", "condolence")]


def test_a_short_name_keeps_its_lowercase_particles():
    text = article("European Commission President Ursula van den Berg spoke on Wednesday.",
                   "\"We stand with you,\" van den Berg said.")
    assert statements(text) == [("Ursula van den Berg", "We stand with you")]
    assert "van den Berg" in extract(text).actors[0].aliases


def test_the_text_of_a_message_speaks_for_its_writer():
    text = article("President Ivan Petrov sent a message to the participants of the Social Forum.",
                   "\"Hunger cannot be ignored,\" the text says, \"and we will take it to the summit.\"")
    assert statements(text) == [("Ivan Petrov", "Hunger cannot be ignored"),
                                ("Ivan Petrov", "and we will take it to the summit")]


def test_a_body_named_again_by_its_head_noun():
    text = article("TOKYO (Kyodo) -- Emperor Hiro sent a message of sympathy to President Anna Berg, the Imperial "
                   "Household Agency said.",
                   "The agency said the Emperor was praying for the people of the island.")
    assert statements(text)[-1] == ("Imperial Household Agency", "the Emperor was praying for the people of the island")


def test_a_person_named_again_by_the_initials_of_the_name():
    text = article("President Juan Carlos Pérez Ruiz wrote to Chinese President Xi Jinping.",
                   "JCPR told reporters that he had decided to write because of the trade dispute.")
    assert statements(text) == [("Juan Carlos Pérez Ruiz", "he had decided to write because of the trade dispute")]


def test_an_outlet_in_a_long_byline_gives_the_default_country():
    text = ("President sends message to forum\n\n"
            "Published on 17/02/2024 - 18:05 By Ana Souza - Reporter - Agência Brasil - Brasília\n\n"
            "Minister Paulo Lima said the message was received with enthusiasm.\n")
    assert extract(text).actors[0].country == "BRA"


def test_the_presidency_alone_is_the_dateline_states():
    text = article("CAIRO (MENA) -- President Karim Nasser met the delegation, the presidency said.")
    result = extract(text)
    assert [(result.actors[s.speaker].name, result.actors[s.speaker].country) for s in result.statements] == [
        ("presidency", "EGY")]
    ministry = article("CAIRO (MENA) -- President Karim Nasser met the delegation, the ministry said.")
    assert statements(ministry) == []
