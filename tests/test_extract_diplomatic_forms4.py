"""Forms of wire copy met in the seventh blind set (Khmer and Malay honours, Arab names that share
their words, offices that are given names), each on a short example written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article, messages, statements


def test_khmer_royal_address_is_an_honorific():
    text = article("President Ivo Brant sent a message of greeting to Samdech Preah Boromneath Sovann Rith, king of "
                   "Cambodia, on the occasion of the Khmer New Year.")
    assert messages(text) == [("Ivo Brant", "Sovann Rith", "greeting")]
    assert "Samdech Preah Boromneath Sovann Rith" in actor(text, "Sovann Rith").aliases


def test_king_in_an_appositive_is_an_office_not_a_participle():
    text = article("President Ivo Brant sent a message to Sovann Rith, king of Cambodia, on the national day.")
    assert actor(text, "Sovann Rith").country == "KHM"


def test_a_malay_fathers_honour_inside_a_name_is_kept():
    text = article("KUALA LUMPUR, May 2 (Bernama) -- Prime Minister Dato' Sri Ahmad Zaki Tun Hassan Omar today sent a "
                   "message of condolence to President Ivo Brant over the floods.",
                   "In the message, Zaki said Malaysians shared the grief of the people of the country.")
    assert messages(text) == [("Ahmad Zaki Tun Hassan Omar", "Ivo Brant", "condolence")]
    assert statements(text) == [("Ahmad Zaki Tun Hassan Omar", "Malaysians shared the grief of the people of the country")]


def test_an_office_that_is_a_given_name_opens_a_name_before_bin():
    text = article('Ambassador Prince Sultan bin Fahd bin Nasser Al Saud told reporters: "The day is a moment to '
                   'celebrate what we have built together."')
    assert statements(text) == [("Sultan bin Fahd bin Nasser Al Saud", "The day is a moment to celebrate what we have built together")]


def test_a_name_with_the_same_words_in_another_order_is_another_person():
    text = article("The Amir Sheikh Saad Al-Khalid Al-Jaber Al-Rumi sent a cable of congratulations to President Ivo "
                   "Brant on the national day.",
                   "The Crown Prince Sheikh Tareq Al-Khalid Al-Rumi and the Prime Minister Sheikh Khalid Saad Al-Khalid "
                   "Al-Rumi sent similar cables to President Brant.")
    assert messages(text) == [("Khalid Saad Al-Khalid Al-Rumi", "Ivo Brant", "congratulation"),
                              ("Saad Al-Khalid Al-Jaber Al-Rumi", "Ivo Brant", "congratulation"),
                              ("Tareq Al-Khalid Al-Rumi", "Ivo Brant", "congratulation")]


def test_a_message_received_for_the_head_of_state_is_to_him():
    text = article("KUWAIT, May 2 (KUNA) -- His Highness the Amir Sheikh Saad Al-Khalid Al-Rumi sent a cable to President "
                   "Ivo Brant on the national day.",
                   "His Highness the Crown Prince Sheikh Tareq Al-Rumi received on Monday a written message to His "
                   "Highness the Amir from King Omar Haddad of Jordan, pertaining to bilateral relations.")
    assert ("Omar Haddad", "Saad Al-Khalid Al-Rumi", "letter") in messages(text)
    assert all("Tareq Al-Rumi" not in (s, r) for s, r, _ in messages(text))


def test_guillemets_quote_and_the_message_posted_on_a_website_is_its_writers():
    text = article("President Ivo Brant has sent a message of condolences to President Omar Haddad over the floods.",
                   "«We grieve with the families of the victims and stand ready to help», the message posted on the "
                   "presidential website reads.")
    assert statements(text) == [("Ivo Brant", "We grieve with the families of the victims and stand ready to help")]


def test_a_message_to_a_family_is_to_the_family_not_to_its_late_member():
    text = article("President Ivo Brant sent a message of condolence to President Lena Holm of Ruritania over the death of "
                   "former President Omar Haddad.",
                   "Foreign Minister Mira Dahl will read out a message of condolence from President Brant to the Haddad "
                   "family at the funeral.")
    assert messages(text) == [("Ivo Brant", "Haddad family", "condolence"), ("Ivo Brant", "Lena Holm", "condolence")]


def test_a_press_release_issued_by_an_office_over_its_city_is_of_that_citys_state():
    text = article("President Ivo Brant has sent a message of condolence to President Lena Holm over the floods.",
                   "Issued by: Office of the President", "Nairobi")
    assert actor(text, "Ivo Brant").country == "KEN"


def test_a_telegram_sent_on_the_popes_behalf_by_a_cardinal_is_the_popes():
    text = article("VATICAN CITY, May 2 -- Pope Leo has expressed his sorrow at the death of President Omar Haddad.",
                   "In a telegram sent on his behalf by Cardinal Secretary of State Ivo Brant to Ruritania's new "
                   "President, Lena Holm, the Pope offered his condolences to the family of the late President.",
                   "“Saddened to learn of the death of President Haddad, His Holiness offers heartfelt prayers,” the "
                   "telegram reads.")
    assert messages(text) == [("Leo", "Lena Holm", "condolence")]
    assert statements(text) == [("Leo", "Saddened to learn of the death of President Haddad, His Holiness offers heartfelt prayers")]
    assert all("Pope" not in title for title in actor(text, "Lena Holm").titles)  # "the Pope offered" is no title of hers


def test_the_head_of_state_is_the_one_so_titled_and_is_his_countrys_president():
    text = article("ASTANA, May 2 -- Head of State Ivo Brant sent a congratulatory telegram to President of Uzbekistan "
                   "Omar Haddad on the national day.",
                   "In his telegram, the Kazakh President noted that the two nations had built a lasting friendship.",
                   "Ivo Brant also sent a congratulatory telegram to President of Kyrgyzstan Lena Holm on the national day.",
                   "The Head of State expressed confidence that the alliance of the two states will grow stronger.")
    assert statements(text) == [("Ivo Brant", "the two nations had built a lasting friendship"),
                                ("Ivo Brant", "the alliance of the two states will grow stronger")]


def test_the_royal_household_speaks_as_a_body():
    text = article("King Ivo and Queen Lena sent a telegram of condolence to President Omar Haddad over the floods, the "
                   "Royal Household said.")
    assert statements(text) == [("Royal Household", "King Ivo and Queen Lena sent a telegram of condolence to "
                                 "President Omar Haddad over the floods")]


def test_a_portfolio_of_international_cooperation_is_no_international_body():
    text = article("MADRID, May 2 (EFE) -- Secretary of State for International Cooperation Lena Holm told reporters "
                   "that a first aircraft carrying aid would leave on Friday.")
    assert actor(text, "Lena Holm").country == "ESP"


def test_a_spokesman_quoting_his_president_as_saying_gives_the_presidents_words():
    text = article("President Ivo Brant held telephone talks with Prime Minister Omar Haddad, spokesman Lena Holm said.",
                   "Holm quoted Brant as saying that the summit would be a first step toward lasting peace.")
    assert ("Ivo Brant", "the summit would be a first step toward lasting peace") in statements(text)
    assert all(speaker != "Lena Holm" or "summit" not in said for speaker, said in statements(text))


def test_voiced_his_conviction_that_reports_speech():
    text = article("King Ivo sent a congratulations message to President Omar Haddad on his re-election.",
                   "The Sovereign voiced his conviction that the friendship of the two kingdoms will grow in all fields.")
    assert statements(text) == [("Ivo", "the friendship of the two kingdoms will grow in all fields")]


def test_a_message_on_behalf_of_a_people_tells_the_senders_state_not_the_recipients():
    text = article("HAVANA, May 2 -- Salvadoran President Ivo Brant sent a letter of condolence to President Omar Haddad "
                   "on behalf of the people of El Salvador.")
    assert actor(text, "Omar Haddad").country == "CUB"


def test_an_office_after_a_signer_and_to_is_the_recipients_title():
    text = article("VATICAN CITY, May 2 -- Pope Leo mourned the death of President Omar Haddad.",
                   "In a telegram sent by Cardinal Ivo Brant to Namibia's new President, Lena Holm, the Pope offered "
                   "his condolences to the people of the nation.")
    holm = actor(text, "Lena Holm")
    assert holm.titles == ["Namibia's new President"] and holm.country == "NAM"


def test_a_deck_saying_what_a_leader_says_is_his_statement():
    text = "\n\n".join(["Two presidents discuss trade in phone call",
                        "Brant says Ruritania will keep supporting the regional peace talks",
                        "ANKARA",
                        "President Ivo Brant held a phone call with President Omar Haddad on Thursday.", ""])
    assert statements(text) == [("Ivo Brant", "Ruritania will keep supporting the regional peace talks")]


def test_people_a_sentence_opening_with_a_city_introduces_are_of_its_state():
    text = article("HAVANA, May 2 -- President Ivo Brant sent a message of condolence to President Omar Haddad.",
                   "In Nairobi, Foreign Minister Lena Holm handed the ambassador a letter of condolence from President "
                   "Mira Dahl addressed to Omar Haddad.")
    assert actor(text, "Mira Dahl").country == "KEN"
    assert actor(text, "Ivo Brant").country == "CUB"
