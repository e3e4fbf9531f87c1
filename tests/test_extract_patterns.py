"""One focused test per pattern of diplomatic wire copy, on short examples written for
these tests (names are invented or used in sentences of our own)."""
from __future__ import annotations

from datetime import date

import pytest

from app.extract import extract


def messages(text: str) -> list[tuple[str, str, str]]:
    result = extract(text)
    return [(result.actors[m.sender].name, result.actors[m.recipient].name, m.kind) for m in result.messages]


def statements(text: str) -> list[tuple[str, str, str]]:
    result = extract(text)
    for s in result.statements:
        assert text[s.start:s.end] == s.text
    return [(result.actors[s.speaker].name, s.kind, s.text) for s in result.statements]


def actor(text: str, name: str):
    return next(a for a in extract(text).actors if a.name == name)


def article(*paragraphs: str, title: str = "Leaders exchange messages") -> str:
    return "\n\n".join([title, *paragraphs]) + "\n"


# --- messages -------------------------------------------------------------------------

def test_title_before_name_gives_name_without_title_and_country():
    text = article("BEIJING, March 3 (Xinhua) -- Chinese Premier Zhou Ming on Monday sent a congratulatory "
                   "message to Ruben Alvarez on his election as president of Chile.")
    assert messages(text) == [("Zhou Ming", "Ruben Alvarez", "congratulation")]
    assert actor(text, "Zhou Ming").country == "CHN"
    assert actor(text, "Ruben Alvarez").country == "CHL"
    assert actor(text, "Zhou Ming").title == "Chinese Premier"


def test_long_party_title_before_name():
    text = article("General Secretary of the Central Committee of the Communist Party of Vietnam Le Van Hoa "
                   "sent a congratulatory message to Kofi Mensah on his re-election as president of Ghana.")
    assert messages(text) == [("Le Van Hoa", "Kofi Mensah", "congratulation")]
    assert actor(text, "Le Van Hoa").country == "VNM"


def test_appositive_titles_give_countries():
    text = article("Maria Lopez, president of the Republic of Peru, sent a message of condolence to "
                   "Tran Van Binh, president of Vietnam, over the deadly floods in the north of the country.")
    assert messages(text) == [("Maria Lopez", "Tran Van Binh", "condolence")]
    assert actor(text, "Maria Lopez").country == "PER"
    assert actor(text, "Tran Van Binh").country == "VNM"


@pytest.mark.parametrize("form, name", [
    ("His Majesty Sultan Hassanal Bolkiah", "Hassanal Bolkiah"),
    ("Datuk Seri Ahmad Zahid Hamidi", "Ahmad Zahid Hamidi"),
    ("Dr. Jane Moyo", "Jane Moyo"),
    ("His Highness Sheikh Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani"),
    ("Samdech Techo Sok An", "Sok An"),
])
def test_honorifics_are_not_part_of_the_name(form, name):
    text = article(f"Chinese President Zhou Ming sent a congratulatory message to {form} on the national day.")
    assert messages(text) == [("Zhou Ming", name, "congratulation")]
    assert form in actor(text, name).aliases


def test_sheikh_stays_when_it_is_the_only_other_name_word():
    text = article("Indian Prime Minister Ravi Kumar sent a message of felicitations to Sheikh Rehana "
                   "on her appointment as prime minister of Bangladesh.")
    assert messages(text) == [("Ravi Kumar", "Sheikh Rehana", "congratulation")]


def test_message_of_sympathy_is_a_condolence():
    text = article("Japanese Prime Minister Ito Kenji sent a message of sympathy to Filipino President "
                   "Ramon Cruz after a typhoon killed dozens in the central provinces.")
    assert messages(text) == [("Ito Kenji", "Ramon Cruz", "condolence")]


def test_telegram_of_condolence():
    text = article("Kazakh President Arman Seitkali sent a telegram of condolence to Uzbek President "
                   "Rustam Aliyev over the explosion at a warehouse in Tashkent.")
    assert messages(text) == [("Arman Seitkali", "Rustam Aliyev", "condolence")]
    assert actor(text, "Rustam Aliyev").country == "UZB"


def test_reply_to_a_letter_is_two_letters():
    text = article("President Zhou Ming has replied to a letter from pupils of a primary school in Kenya, "
                   "encouraging them to study hard.")
    found = messages(text)
    assert ("Zhou Ming", "pupils of a primary school", "letter") in found
    assert ("pupils of a primary school", "Zhou Ming", "letter") in found
    assert actor(text, "pupils of a primary school").country == "KEN"


def test_in_a_congratulatory_letter_to_gives_message_and_statement():
    text = article("In a congratulatory letter to Irish President Sean Walsh, Chinese President Zhou Ming "
                   "said the two countries should deepen cooperation in trade and education.")
    assert messages(text) == [("Zhou Ming", "Sean Walsh", "congratulation")]
    assert statements(text) == [("Zhou Ming", "reported",
                                 "the two countries should deepen cooperation in trade and education")]


def test_exchange_gives_both_directions():
    text = article("Chinese President Zhou Ming and Egyptian President Omar Farouk on Tuesday exchanged "
                   "congratulatory messages on the 70th anniversary of diplomatic relations.")
    assert sorted(messages(text)) == [("Omar Farouk", "Zhou Ming", "congratulation"),
                                      ("Zhou Ming", "Omar Farouk", "congratulation")]


def test_exchanged_messages_with():
    text = article("Chinese Premier Zhou Ming also exchanged messages with South Korean Prime Minister "
                   "Park Jun-ho on the anniversary of diplomatic ties.")
    assert sorted(messages(text)) == [("Park Jun-ho", "Zhou Ming", "congratulation"),
                                      ("Zhou Ming", "Park Jun-ho", "congratulation")]
    assert actor(text, "Park Jun-ho").country == "KOR"


def test_in_a_letter_to_after_the_main_verb():
    text = article("Cuban President Luis Romero on Sunday thanked the Chinese people for their donations "
                   "in a letter to Chinese President Zhou Ming.")
    assert messages(text) == [("Luis Romero", "Zhou Ming", "thanks")]


def test_did_the_same_after_an_exchange():
    text = article("Prime Minister Nguyen Van Long and his Cambodian counterpart Chan Sophal exchanged "
                   "congratulatory messages, while Foreign Minister Pham Thu Ha and her Cambodian counterpart "
                   "Keo Dara did the same.")
    assert sorted(messages(text)) == sorted([
        ("Nguyen Van Long", "Chan Sophal", "congratulation"), ("Chan Sophal", "Nguyen Van Long", "congratulation"),
        ("Pham Thu Ha", "Keo Dara", "congratulation"), ("Keo Dara", "Pham Thu Ha", "congratulation")])
    assert actor(text, "Keo Dara").country == "KHM"


def test_joint_senders_each_send():
    text = article("Hanoi (VNA) – General Secretary Le Van Hoa and President Tran Quoc Dung sent a joint "
                   "message of congratulations to Lao President Somsak Vongsa on the national day.")
    assert sorted(messages(text)) == [("Le Van Hoa", "Somsak Vongsa", "congratulation"),
                                      ("Tran Quoc Dung", "Somsak Vongsa", "congratulation")]
    assert actor(text, "Tran Quoc Dung").country == "VNM"  # the outlet's state for an unmarked title


def test_several_recipients_each_receive():
    text = article("Chinese President Zhou Ming sent messages of condolence to Turkish President Emre Kaya "
                   "and Greek Prime Minister Nikos Pappas respectively over the earthquake.")
    assert sorted(messages(text)) == [("Zhou Ming", "Emre Kaya", "condolence"),
                                      ("Zhou Ming", "Nikos Pappas", "condolence")]


def test_state_recipient_when_no_person_is_named():
    text = article("Pope Leo has sent a telegram of condolence to Nepal after the landslides.")
    assert messages(text) == [("Leo", "Nepal", "condolence")]
    assert actor(text, "Nepal").kind == "state"


def test_organisation_recipients():
    text = article("Prime Minister Ravi Kumar sent letters of thanks to the World Health Organization (WHO) "
                   "and the Government of Norway for their support.")
    assert sorted(messages(text)) == [("Ravi Kumar", "Government of Norway", "thanks"),
                                      ("Ravi Kumar", "World Health Organization", "thanks")]
    assert actor(text, "Government of Norway").country == "NOR"
    assert actor(text, "World Health Organization").country is None


@pytest.mark.parametrize("phrase, occasion, kind", [
    ("New Year greetings", "", "greeting"),
    ("Spring Festival greetings", "", "greeting"),
    ("greetings", " on the national day of Ghana", "congratulation"),
    ("a message of thanks", " for the relief supplies", "thanks"),
    ("a letter", " inviting him to visit China", "letter"),
    ("a message", " on the 60th anniversary of diplomatic ties", "congratulation"),
])
def test_kind_follows_the_occasion(phrase, occasion, kind):
    text = article(f"Chinese President Zhou Ming sent {phrase} to Ghanaian President Kofi Mensah{occasion}.",
                   title="Greetings")
    assert [m[2] for m in messages(text)] == [kind]


def test_message_to_a_forum_is_a_letter():
    text = article("Chinese President Zhou Ming sent a congratulatory letter to the 2025 Global Digital "
                   "Economy Conference, which opened in Beijing on Tuesday.")
    assert messages(text) == [("Zhou Ming", "2025 Global Digital Economy Conference", "letter")]


def test_roundup_gives_one_message_per_quoted_leader():
    text = article(
        "BEIJING, Oct. 2 (Xinhua) -- Leaders of many African countries have sent messages to Chinese "
        "President Zhou Ming to congratulate him on the anniversary of the founding of the People's Republic.",
        "Kenyan President Daniel Otieno said Kenya values its comprehensive partnership with China.",
        "Nigerian President Musa Bello said the two countries will keep working together for development.",
        "He said he hopes to visit China next year.",
    )
    assert sorted(messages(text)) == [("Daniel Otieno", "Zhou Ming", "congratulation"),
                                      ("Musa Bello", "Zhou Ming", "congratulation")]
    assert statements(text)[-1] == ("Musa Bello", "reported", "he hopes to visit China next year")


def test_sent_condolences_is_a_message():
    text = article("BEIJING, May 20 (Xinhua) -- Chinese President Zhou Ming on Monday sent condolences to "
                   "Iranian First Vice President Reza Karimi over the death of President Ali Hosseini.")
    assert messages(text) == [("Zhou Ming", "Reza Karimi", "condolence")]


def test_regnal_number_is_part_of_the_name():
    text = article("Chinese President Zhou Ming sent a congratulatory message to King Harald VI on his birthday.")
    assert messages(text) == [("Zhou Ming", "Harald VI", "congratulation")]


def test_phone_call_gives_no_message_but_statements():
    text = article("Chinese President Zhou Ming held a phone conversation with Brazilian President Ana Souza "
                   "on Tuesday. Zhou congratulated Brazil on hosting the summit and said China supports "
                   "Brazil's efforts to promote multilateralism.")
    assert messages(text) == []
    assert statements(text) == [("Zhou Ming", "reported",
                                 "China supports Brazil's efforts to promote multilateralism")]


def test_figurative_message_is_not_a_message():
    text = article("The new rules send a clear message to foreign investors that the market will keep "
                   "opening, a Commerce Ministry spokesperson said. Spokesperson Gao Lin made the remarks "
                   "on Thursday. Staff also received text messages from the ministry.")
    assert messages(text) == []
    assert statements(text) == [("Gao Lin", "reported",
                                 "The new rules send a clear message to foreign investors that the market will keep opening")]


# --- statements -----------------------------------------------------------------------

def test_reported_cue_first_with_and_without_that():
    text = article("Ghanaian President Kofi Mensah said that Ghana welcomes investment in its ports. "
                   "Mensah said the railway project will be finished next year.")
    assert statements(text) == [
        ("Kofi Mensah", "reported", "Ghana welcomes investment in its ports"),
        ("Kofi Mensah", "reported", "the railway project will be finished next year"),
    ]


def test_reported_cue_last():
    text = article("Ghanaian President Kofi Mensah arrived in Oslo on Thursday.",
                   "The two countries will sign a new trade agreement in the spring, Mensah said on Friday.")
    assert statements(text) == [
        ("Kofi Mensah", "reported", "The two countries will sign a new trade agreement in the spring")]


def test_inverted_reported_cue():
    text = article("The two countries will sign a new trade agreement in the spring, said Kofi Mensah, "
                   "president of Ghana.")
    assert statements(text) == [
        ("Kofi Mensah", "reported", "The two countries will sign a new trade agreement in the spring")]


def test_according_to_attributes_the_clause():
    text = article("Russian Foreign Minister Ivan Sokolov arrived in Ankara on Monday.",
                   "According to Sokolov, the two sides will discuss energy and grain exports.")
    assert statements(text) == [("Ivan Sokolov", "reported", "the two sides will discuss energy and grain exports")]


def test_unknown_speaker_gives_no_statement():
    assert statements(article("The two countries will sign a new trade agreement, Mensah said.")) == []


@pytest.mark.parametrize("cue", ["stressed that", "noted that", "affirmed that", "expressed the belief that",
                                 "expressed the hope that", "expressed confidence that", "told reporters that"])
def test_reporting_verbs(cue):
    text = article(f"Egyptian Foreign Minister Samir Adel {cue} the talks would continue next month in Cairo.")
    assert statements(text) == [("Samir Adel", "reported", "the talks would continue next month in Cairo")]


def test_coordinated_cues_are_two_statements():
    text = article("Egyptian Foreign Minister Samir Adel said the talks were productive, and expressed the hope "
                   "that the next round would be held in Cairo.")
    assert statements(text) == [("Samir Adel", "reported", "the talks were productive"),
                                ("Samir Adel", "reported", "the next round would be held in Cairo")]


def test_acts_without_content_are_not_statements():
    text = article("Egyptian Foreign Minister Samir Adel expressed deep condolences to the families of the "
                   "victims. He extended warm congratulations to the people of Egypt and wished them happiness.")
    assert statements(text) == []


def test_in_his_message_cue_and_adding_that():
    text = article("Chinese President Zhou Ming sent a congratulatory message to Kofi Mensah.",
                   "In his message, Zhou said the two countries are good friends, adding that he is ready "
                   "to work with Mensah for new progress.")
    assert statements(text) == [
        ("Zhou Ming", "reported", "the two countries are good friends"),
        ("Zhou Ming", "reported", "he is ready to work with Mensah for new progress"),
    ]


@pytest.mark.parametrize("open_mark, close_mark", [('"', '"'), ("“", "”")])
def test_direct_quote_with_straight_and_curly_marks(open_mark, close_mark):
    text = article(f"{open_mark}We will always stand together with our neighbours,{close_mark} Prime Minister "
                   "Ravi Kumar said.")
    assert statements(text) == [("Ravi Kumar", "direct", "We will always stand together with our neighbours")]


def test_inverted_cue_after_quote():
    text = article('"Our partnership has never been stronger," said Anna Berg, foreign minister of Sweden.')
    assert statements(text) == [("Anna Berg", "direct", "Our partnership has never been stronger")]
    assert actor(text, "Anna Berg").country == "SWE"


def test_split_quote_is_two_statements():
    text = article("Russian Foreign Minister Ivan Sokolov met reporters on Monday.",
                   "“We have agreed on the main points,” Sokolov said, “and the documents will be signed soon.”")
    assert statements(text) == [
        ("Ivan Sokolov", "direct", "We have agreed on the main points"),
        ("Ivan Sokolov", "direct", "and the documents will be signed soon"),
    ]


def test_quote_spanning_sentences_is_one_statement():
    text = article("Kenyan President Daniel Otieno spoke in Nairobi.",
                   '"The road is long. But we will walk it together," Otieno said.')
    assert statements(text) == [("Daniel Otieno", "direct", "The road is long. But we will walk it together")]


def test_cue_before_quote_with_colon():
    text = article("Venezuelan President Luis Romero wrote in his message: “Your people have shown the world "
                   "what determination can achieve.”")
    assert statements(text) == [("Luis Romero", "direct",
                                 "Your people have shown the world what determination can achieve")]


def test_pronoun_speaker_is_the_last_subject():
    text = article("Indian Prime Minister Ravi Kumar arrived in Hanoi on Monday.",
                   "He said India sees Vietnam as a key partner in its Act East policy.",
                   "“We will deepen our cooperation,” he said.")
    assert [s[0] for s in statements(text)] == ["Ravi Kumar", "Ravi Kumar"]


def test_pronoun_follows_gender_when_known():
    text = article("Chinese President Zhou Ming sent a congratulatory message to Ana Souza on her election as "
                   "president of Brazil.",
                   "In his message, Zhou said China and Brazil are comprehensive strategic partners.",
                   "She said her government will fight hunger and poverty.")
    assert [s[0] for s in statements(text)] == ["Zhou Ming", "Ana Souza"]


def test_role_noun_speaker():
    text = article("Chinese President Zhou Ming met Argentine President Carlos Ruiz in Beijing on Monday.",
                   "The Chinese president said the two sides should expand trade in agricultural products.",
                   "The Argentine leader said Argentina welcomes Chinese tourists.",
                   title="Zhou meets Ruiz")
    assert [s[0] for s in statements(text)] == ["Zhou Ming", "Carlos Ruiz"]


def test_spokesperson_role_noun():
    text = article("Foreign Ministry spokesperson Gao Lin held a regular press conference on Monday.",
                   "Asked about the summit, the spokesperson said China would send a delegation.")
    assert statements(text) == [("Gao Lin", "reported", "China would send a delegation")]


def test_words_given_to_a_body_are_its_statement():
    text = article("The summit will open on Friday with 30 delegations attending, the Kremlin press service said.")
    assert statements(text) == [("Kremlin press service", "reported",
                                 "The summit will open on Friday with 30 delegations attending")]


def test_unnamed_group_is_not_a_speaker():
    text = article("In their messages, the leaders said they look forward to closer cooperation with China.")
    assert statements(text) == []


def test_short_quoted_term_is_not_a_statement():
    text = article('Prime Minister Ravi Kumar said the "Act East" policy remains central to India\'s diplomacy.')
    assert statements(text) == [("Ravi Kumar", "reported",
                                 'the "Act East" policy remains central to India\'s diplomacy')]


# --- article noise and metadata -------------------------------------------------------

def test_caption_person_is_neither_sender_nor_speaker():
    text = article(
        "Election official Rohan Perera speaks at a press conference in Colombo, Sri Lanka, Sept. 21, 2024. [Photo/Xinhua]",
        "BEIJING, Sept. 22 (Xinhua) -- Chinese President Zhou Ming on Sunday sent a congratulatory message "
        "to Nimal Silva on his election as president of Sri Lanka.",
    )
    result = extract(text)
    assert [a.name for a in result.actors] == ["Zhou Ming", "Nimal Silva"]
    assert result.published == date(2024, 9, 22) and result.published_source == "dateline"


def test_related_lines_and_editors_note_are_ignored():
    text = article(
        "Editor's note: This story was updated to add comments from Minister Ana Souza.",
        "Chinese President Zhou Ming sent a congratulatory message to Ana Souza on her election.",
        "Related: Ana Souza says Brazil will expand trade, Zhou Ming said",
    )
    assert messages(text) == [("Zhou Ming", "Ana Souza", "congratulation")]
    assert statements(text) == []


def test_dateline_with_year_and_caption_only_dates():
    assert extract(article("Vatican City, 10 March 2025 — Pope Leo sent a message.")).published == date(2025, 3, 10)
    captioned = extract(article("Delegates gather in Geneva on June 2, 2025. [Photo/Xinhua]", "The talks went on."))
    assert (captioned.published, captioned.published_source) == (date(2025, 6, 2), "caption")
    assert extract(article("No date here.")).published_source == "none"


@pytest.mark.parametrize("text", ["", "\n\n", "\x00\xff" * 50, "a" * 200_000, "“" * 1000, "Said said said, he said."])
def test_never_raises_on_odd_input(text):
    result = extract(text)
    for s in result.statements:
        assert text[s.start:s.end] == s.text


def test_body_named_with_a_country_possessive():
    text = article("China's Foreign Ministry said on Friday that the talks had been candid and constructive.")
    assert statements(text) == [("China's Foreign Ministry", "reported", "the talks had been candid and constructive")]
    assert actor(text, "China's Foreign Ministry").country == "CHN"


def test_relative_clause_after_the_speaker():
    text = article("Chinese Foreign Minister Zhao Bin met reporters in Beijing.",
                   "Zhao, who is also a member of the Political Bureau, said the visit had been a success.")
    assert statements(text) == [("Zhao Bin", "reported", "the visit had been a success")]


def test_day_after_the_cue_is_not_content():
    text = article("Russian Foreign Minister Ivan Sokolov said Monday the talks would resume in Geneva.")
    assert statements(text) == [("Ivan Sokolov", "reported", "the talks would resume in Geneva")]


def test_agency_photo_credit_line_is_a_caption():
    text = article("President Nimal Silva waves to supporters in Colombo, Sept. 21, 2024. (Xinhua/Li Ming)",
                   "Sri Lanka's new president Nimal Silva said the country will seek new partners.")
    result = extract(text)
    assert [a.name for a in result.actors] == ["Nimal Silva"]
    assert result.published_source == "caption"


def test_possessive_message_to():
    text = article("Chinese President Zhou Ming's congratulatory letter to the World Peace Forum was read out "
                   "by Vice President Han Lei at the opening ceremony.")
    assert messages(text) == [("Zhou Ming", "World Peace Forum", "letter")]


def test_message_from_to():
    text = article("A message of condolence from Indian Prime Minister Ravi Kumar to Nepali Prime Minister "
                   "Sher Bahadur Thapa was delivered on Monday after the floods.")
    assert messages(text) == [("Ravi Kumar", "Sher Bahadur Thapa", "condolence")]


def test_participle_phrase_after_the_speaker():
    text = article("Kenyan President Daniel Otieno, speaking at the opening of the summit, said Africa needs "
                   "fairer access to climate finance.")
    assert statements(text) == [("Daniel Otieno", "reported", "Africa needs fairer access to climate finance")]


def test_passive_sent_by_goes_to_the_last_recipients():
    text = article("Hanoi (VNA) – State President Tran Quoc Dung on May 2 sent a message of condolence to "
                   "Indian President Meera Rao over the train crash.",
                   "Messages of condolence were also sent by Prime Minister Le Van Hoa and National Assembly "
                   "Chairman Do Van Minh.")
    assert sorted(messages(text)) == [("Do Van Minh", "Meera Rao", "condolence"),
                                      ("Le Van Hoa", "Meera Rao", "condolence"),
                                      ("Tran Quoc Dung", "Meera Rao", "condolence")]


def test_comma_between_office_and_name():
    text = article("Lao Prime Minister Somsak Vongsa also sent greetings to his Vietnamese counterpart, "
                   "Nguyen Van Long, on the occasion of the Lunar New Year.")
    assert messages(text) == [("Somsak Vongsa", "Nguyen Van Long", "greeting")]
    assert actor(text, "Nguyen Van Long").country == "VNM"


def test_sympathies_to_a_family_are_not_a_message_to_the_deceased():
    text = article("Chinese President Zhou Ming on Monday sent a message of condolence to Acting President "
                   "Reza Karimi over the death of President Ali Hosseini.",
                   "Zhou extended sincere sympathies to Hosseini's family.")
    assert messages(text) == [("Zhou Ming", "Reza Karimi", "condolence")]


def test_quotation_continued_in_the_next_sentence():
    text = article('"The rescue teams are ready to fly out tonight," Kremlin spokesman Oleg Volkov said. '
                   '"They will bring a field hospital and doctors."')
    assert statements(text) == [("Oleg Volkov", "direct", "The rescue teams are ready to fly out tonight"),
                                ("Oleg Volkov", "direct", "They will bring a field hospital and doctors")]


def test_reply_letter_goes_back_to_the_writer():
    text = article("Turkish President Emre Kaya has sent a letter of thanks to Azerbaijani President Farid Aliyev.",
                   "In his reply letter, Aliyev said the pain of Türkiye was the pain of Azerbaijan.")
    assert sorted(messages(text)) == [("Emre Kaya", "Farid Aliyev", "thanks"), ("Farid Aliyev", "Emre Kaya", "letter")]


def test_form_of_address_as_speaker():
    text = article("His Majesty King Harald VI sent a message of condolence to President Ana Souza.",
                   "In the message, His Majesty said he was deeply saddened by the loss of life.")
    assert statements(text) == [("Harald VI", "reported", "he was deeply saddened by the loss of life")]


def test_president_elect_is_a_title_and_a_role():
    text = article("Chinese President Zhou Ming sent a congratulatory message to President-elect Omar Farouk.",
                   "Kenyan President Daniel Otieno also sent a message of congratulations to the Egyptian "
                   "president-elect.",
                   title="Leaders congratulate Farouk")
    assert sorted(messages(text)) == [("Daniel Otieno", "Omar Farouk", "congratulation"),
                                      ("Zhou Ming", "Omar Farouk", "congratulation")]


def test_cabled_condolences_to_several_recipients():
    text = article("Hanoi (VNA) – National Assembly Chairman Do Van Minh cabled condolences to Speaker of the "
                   "House of Representatives of Japan Sato Kenji and President of the House of Councillors Ono Yumi.")
    assert sorted(messages(text)) == [("Do Van Minh", "Ono Yumi", "condolence"),
                                      ("Do Van Minh", "Sato Kenji", "condolence")]
    assert actor(text, "Sato Kenji").country == "JPN"


def test_dateline_ended_by_a_dash_and_byline_lines():
    text = article("Maria Costa   |14.03.2023 - Update : 14.03.2023",
                   "ANKARA",
                   "Turkish President Emre Kaya has sent a letter of thanks to his Azerbaijani counterpart Farid Aliyev.")
    assert messages(text) == [("Emre Kaya", "Farid Aliyev", "thanks")]
    assert actor(text, "Farid Aliyev").country == "AZE"
    assert extract(text).published == date(2023, 3, 14)
    riyadh = extract(article("Riyadh, Jumada 08, 1442, January 21, 2021, SPA -- King Fahd Omar sent a cable of "
                             "congratulations to President Joseph R. Biden Jr. on his inauguration."))
    assert riyadh.published == date(2021, 1, 21)
    assert [a.name for a in riyadh.actors] == ["Fahd Omar", "Joseph R. Biden Jr."]


def test_counterpart_takes_the_office_of_the_other_party():
    text = article("Turkish President Emre Kaya sent a letter of thanks to his Azerbaijani counterpart Farid Aliyev.",
                   '"We will stand by our brothers until the last house is rebuilt," the Azerbaijani president said.')
    assert statements(text) == [("Farid Aliyev", "direct", "We will stand by our brothers until the last house is rebuilt")]


def test_parenthetical_letter_to():
    text = article("Australian Prime Minister Tom Hughes was sworn in on Monday.",
                   "Indian Prime Minister Ravi Kumar, in a letter to his Australian counterpart, congratulated him "
                   "and the Labour Party on their election victory.")
    assert messages(text) == [("Ravi Kumar", "Tom Hughes", "congratulation")]


def test_offices_listed_with_commas_and_similar_cables():
    text = article("ABU DHABI, 9th September, 2023 (WAM) -- President Sheikh Khalid bin Saif Al Nahyan has sent a "
                   "cable of condolences to King Hassan III of Morocco over the victims of the earthquake.",
                   "Sheikh Saeed bin Rashid Al Maktoum, Vice President, Prime Minister and Ruler of Dubai, and "
                   "Sheikh Omar bin Zayed Al Nahyan, Vice President and Chairman of the Presidential Court, sent "
                   "similar cables to King Hassan III.")
    assert sorted(messages(text)) == [("Khalid bin Saif Al Nahyan", "Hassan III", "condolence"),
                                      ("Omar bin Zayed Al Nahyan", "Hassan III", "condolence"),
                                      ("Saeed bin Rashid Al Maktoum", "Hassan III", "condolence")]
    assert extract(text).published == date(2023, 9, 9)


def test_appositive_followed_by_a_verb_keeps_the_speaker():
    text = article("Zhou Ming, president of China, expressed the belief that the summit would succeed.")
    assert statements(text) == [("Zhou Ming", "reported", "the summit would succeed")]
    assert actor(text, "Zhou Ming").title == "president of China"


def test_and_said_after_a_role_subject():
    text = article("Mexican President Juan Ortiz announced on Monday that two ships would leave for Havana.",
                   "The Mexican leader had spoken with the Cuban president by phone, and said Mexico would never "
                   "abandon the Cuban people.")
    assert statements(text) == [("Juan Ortiz", "reported", "two ships would leave for Havana"),
                                ("Juan Ortiz", "reported", "Mexico would never abandon the Cuban people")]


def test_lower_case_body_with_a_modifier_speaks():
    text = article("SEOUL, Oct. 1 (Yonhap) -- The summit will be held in Busan next month, the presidential "
                   "office said on Tuesday.",
                   "The date has not been fixed, the ministry said.")
    assert statements(text) == [("presidential office", "reported", "The summit will be held in Busan next month")]
    assert actor(text, "presidential office").country == "KOR"


def test_a_state_sending_a_plain_message_is_figurative():
    text = article("China sent a message to Washington that it would not back down on trade.")
    assert messages(text) == []


def test_greetings_conveyed_in_talks_are_not_a_message():
    text = article("Hanoi (VNA) – President Tran Quoc Dung held talks with Philippine President Ramon Cruz in Hanoi "
                   "on Tuesday.",
                   "Dung conveyed greetings to President Cruz from Party General Secretary Le Van Hoa.")
    assert messages(text) == []


def test_act_named_by_a_following_message_noun():
    text = article("MOSCOW, June 12. /TASS/. Russian President Ivan Petrov congratulated Kazakh President Arman "
                   "Seitkali on his birthday in a telegram, the Kremlin press service said.")
    assert messages(text) == [("Ivan Petrov", "Arman Seitkali", "congratulation")]


def test_act_in_a_call_is_not_a_message():
    text = article("Russian President Ivan Petrov held a phone call with Kazakh President Arman Seitkali.",
                   "Petrov congratulated Seitkali on his birthday in a warm conversation.")
    assert messages(text) == []


def test_messages_came_from_and_among_those_who_sent():
    text = article("Leaders of many countries have sent messages to Ghanaian President Kofi Mensah to congratulate "
                   "him on his re-election.",
                   "Congratulatory messages also came from Kenyan President Daniel Otieno and Nigerian President "
                   "Musa Bello.",
                   "Among those who sent messages were Egyptian President Omar Farouk and Senegalese President "
                   "Awa Diop.")
    assert sorted(messages(text)) == [("Awa Diop", "Kofi Mensah", "congratulation"),
                                      ("Daniel Otieno", "Kofi Mensah", "congratulation"),
                                      ("Musa Bello", "Kofi Mensah", "congratulation"),
                                      ("Omar Farouk", "Kofi Mensah", "congratulation")]


def test_letter_then_what_it_was_for_is_one_message():
    text = article("Indian Prime Minister Ravi Kumar on Tuesday wrote to Sri Lankan President Nimal Silva.",
                   "In the letter, Kumar congratulated Silva on his re-election and invited him to visit India.")
    assert messages(text) == [("Ravi Kumar", "Nimal Silva", "congratulation")]


def test_text_without_a_headline_keeps_its_lede():
    text = ("BEIJING, March 3 (Xinhua) -- Chinese Premier Zhou Ming on Monday sent a congratulatory message to "
            "Ruben Alvarez on his election as president of Chile.\n\nZhou said the two countries are good partners.\n")
    result = extract(text)
    assert [(result.actors[m.sender].name, result.actors[m.recipient].name) for m in result.messages] == [
        ("Zhou Ming", "Ruben Alvarez")]
    assert result.title.startswith("BEIJING, March 3")


def test_ministry_with_of_phrase_speaks():
    text = article("China's Ministry of Foreign Affairs said in a statement that the visit would take place next week.")
    assert statements(text) == [("China's Ministry of Foreign Affairs", "reported", "the visit would take place next week")]


def test_a_persons_message_said():
    text = article("Chinese President Zhou Ming sent a congratulatory message to Ruben Alvarez on Monday.",
                   "Zhou's message said the two countries are comprehensive strategic partners.")
    assert statements(text) == [("Zhou Ming", "reported", "the two countries are comprehensive strategic partners")]


def test_statements_belong_to_the_message_their_sentence_names():
    text = article("Chinese President Zhou Ming sent messages of condolence to Turkish President Emre Kaya and "
                   "Greek Prime Minister Nikos Pappas over the earthquake.",
                   "In his message to Kaya, Zhou said China is ready to send rescue teams.",
                   "Zhou said the Turkish people will surely overcome the disaster.",
                   "In his message to Pappas, Zhou said the Greek government has China's full support.",
                   "At a press briefing, Zhou said the two countries would receive emergency aid.")
    result = extract(text)
    recipients = [result.actors[result.messages[s.message].recipient].name if s.message is not None else None
                  for s in result.statements]
    assert recipients == ["Emre Kaya", "Emre Kaya", "Nikos Pappas", None]


def test_roundup_ignores_briefings_and_the_recipients_own_officials():
    text = article(
        "BEIJING, Oct. 2 (Xinhua) -- Leaders of many countries have sent messages to Chinese President Zhou "
        "Ming to congratulate him on the anniversary of the founding of the People's Republic.",
        "Kenyan President Daniel Otieno said Kenya values its comprehensive partnership with China.",
        "Chinese Foreign Minister Wang Bo said the messages reflect the international community's respect.",
        "At a press conference, Brazilian Foreign Minister Ana Souza said Brazil would attend the celebrations.",
    )
    assert messages(text) == [("Daniel Otieno", "Zhou Ming", "congratulation")]
