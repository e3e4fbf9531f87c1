"""Forms of wire copy met in the eighth blind set (honorifics of South and Southeast Asia, letters
handed over in a city, greetings in a phone call, letters printed in full, words a spokesman relays,
replies of thanks), each on a short example written for these tests."""
from __future__ import annotations

import pytest

from app.extract.segment import sentences
from extract_helpers import actor, article, messages, statements


def test_an_abbreviation_opening_a_later_paragraph_ends_no_sentence():
    text = "Leaders meet.\n\nU.S. President Ana Lopes arrived on Monday. She left on Tuesday."
    start = text.index("U.S.")
    assert [text[a:b] for a, b in sentences(text, start, len(text), [])] == [
        "U.S. President Ana Lopes arrived on Monday.", "She left on Tuesday."]


def test_indian_and_burmese_honorifics_are_not_part_of_the_name():
    text = article("Foreign Minister U Tin Aye sent a message of felicitations to Her Excellency Smt. Meera Rao, "
                   "Minister of External Affairs of India, on the national day.",
                   "Daw Khin Hla also sent a message of felicitations to His Excellency Shri Anil Verma, Vice President of India.")
    assert messages(text) == [("Khin Hla", "Anil Verma", "congratulation"), ("Tin Aye", "Meera Rao", "congratulation")]


def test_mama_before_a_widows_name_is_a_form_of_address():
    text = article("President Ivo Brant sent a message of condolence to Mama Rose Kibet over the death of her husband.")
    assert messages(text) == [("Ivo Brant", "Rose Kibet", "condolence")]


def test_greetings_exchanged_during_a_phone_call_are_no_message():
    call = article("President Ivo Brant received a phone call from President Omar Haddad on Monday.",
                   "During the call, President Brant and President Haddad exchanged greetings on the new year.")
    assert messages(call) == []
    written = article("President Ivo Brant and President Omar Haddad exchanged greetings on the new year.")
    assert messages(written) == [("Ivo Brant", "Omar Haddad", "greeting"), ("Omar Haddad", "Ivo Brant", "greeting")]


def test_a_dateline_with_day_and_year_joined_by_a_slash_is_no_recipient():
    text = article("Kuala Lumpur, March 3/2021 (MBC) Prime Minister Dr. Ivo Brant today received a special message "
                   "from President Omar Haddad of Kenya.")
    assert messages(text) == [("Omar Haddad", "Ivo Brant", "letter")]


def test_the_city_a_message_is_received_in_is_neither_sender_nor_recipient():
    text = article("Prime Minister Ivo Brant received a message from President Omar Haddad of Kenya in Santo Domingo "
                   "on Monday.")
    assert messages(text) == [("Omar Haddad", "Ivo Brant", "letter")]


def test_writing_to_someone_to_thank_him_is_a_message_of_thanks_to_the_person_after_his_office():
    text = article("The Secretary-General Ivo Brant also wrote to the Chairman of the Regional Council, Omar Haddad, "
                   "to thank him for his support.")
    assert messages(text) == [("Ivo Brant", "Omar Haddad", "thanks")]


def test_people_named_after_the_presidents_of_a_list_of_states_are_theirs_in_order():
    text = article("President Ivo Brant in separate messages congratulated the presidents of Ghana, Togo and Benin on "
                   "the new year.",
                   "Brant sent his messages to Kofi Mensah, Eyadema Koffi and Patrice Houngbo, expressing hope that "
                   "the year would bring peace to the region.",
                   "The Togolese president also sent a message to Brant.")
    assert [actor(text, n).country for n in ("Kofi Mensah", "Eyadema Koffi", "Patrice Houngbo")] == ["GHA", "TGO", "BEN"]
    assert ("Eyadema Koffi", "Ivo Brant", "greeting") in messages(text)
    assert statements(text) == [("Ivo Brant", "the year would bring peace to the region")]


def test_a_given_name_is_its_bearers_before_it_is_a_sons_fathers_name():
    text = article("King Omar bin Said Al Haddad sent a cable to President Ivo Brant on the national day.",
                   "Crown Prince Khalid bin Omar Al Haddad sent a similar cable to President Brant.",
                   "Meanwhile, President Brant sent a cable of thanks to His Majesty King Omar.")
    assert ("Ivo Brant", "Omar bin Said Al Haddad", "thanks") in messages(text)


def test_words_before_the_message_read_are_the_writers():
    text = article("President Ivo Brant has sent a message of greetings to President Omar Haddad on the new year.",
                   "The past year had seen the relationship between the two countries grow in all fields, the "
                   "message read.")
    assert statements(text) == [("Ivo Brant", "The past year had seen the relationship between the two countries "
                                              "grow in all fields")]


def test_a_where_clause_after_a_recipient_names_no_recipient():
    text = article("President Ivo Brant has sent a message of greetings to President Omar Haddad on the new year.",
                   "On Monday President Brant visited and extended new year greetings to staff of the Ghanaian "
                   "Embassy in Accra, where Ambassador Kofi Mensah thanked the leaders for their visit.")
    assert messages(text) == [("Ivo Brant", "Omar Haddad", "greeting")]


def test_what_the_cable_affirmed_is_its_writers():
    text = article("President Ivo Brant sent a cable of congratulations to President Omar Haddad on the national day.",
                   "The cable affirmed that the country looks forward to closer cooperation.")
    assert statements(text) == [("Ivo Brant", "the country looks forward to closer cooperation")]


def test_reaffirming_a_commitment_without_that_is_an_act_not_a_statement():
    act = article("Prime Minister Ivo Brant thanked President Omar Haddad for the message and reaffirmed the "
                  "commitment of his country to working closely with its neighbours.")
    assert statements(act) == []
    said = article("Prime Minister Ivo Brant reaffirmed that his country is committed to working closely with its "
                   "neighbours.")
    assert statements(said) == [("Ivo Brant", "his country is committed to working closely with its neighbours")]


@pytest.mark.parametrize("close", ["Yours sincerely,", "Yours faithfully,", "Respectfully,", "With warm regards,"])
def test_a_letter_printed_in_full_is_its_writers_statement_from_salutation_to_close(close):
    text = article("President Ivo Brant has sent a letter of condolences to President Omar Haddad over the floods. "
                   "The text of the letter follows.",
                   "His Excellency Mr. Omar Haddad,", "Dear Mr. President,",
                   "I was saddened to learn of the floods that struck the north of your country.",
                   "Our people stand with yours. We are ready to help in any way we can!",
                   close, "Ivo Brant", "President of the Republic")
    assert messages(text) == [("Ivo Brant", "Omar Haddad", "condolence")]
    assert statements(text) == [("Ivo Brant", "I was saddened to learn of the floods that struck the north of your "
                                              "country.\n\nOur people stand with yours. We are ready to help in any "
                                              "way we can")]


def test_a_dateline_naming_a_building_before_its_city_gives_the_citys_state():
    text = article("Ivo Brant and Omar Haddad at a past meeting. PHOTO | PSCU",
                   "STATE HOUSE, NAIROBI, May 2, 2021 – President Ivo Brant has sent a message of condolence to "
                   "President Omar Haddad of Ghana over the floods.")
    assert actor(text, "Ivo Brant").country == "KEN"


def test_a_former_states_demonym_gives_its_code_of_the_time():
    text = article('"We return to Europe together," Czechoslovak President Ivo Brant said.')
    assert actor(text, "Ivo Brant").country == "CSK"


def test_the_spokesman_before_any_is_named_is_the_one_the_release_is_signed_by():
    text = article("The Secretary-General is saddened by the floods in the north.",
                   "Relief agencies are working with the national authorities to help the people affected, the "
                   "Spokesman said.",
                   "The Secretary-General also wrote to the Chairman of the Regional Council, Omar Haddad, to thank "
                   "him for his support.",
                   "Ana Lopes, Spokesman for the Secretary-General")
    assert statements(text) == [("Ana Lopes", "Relief agencies are working with the national authorities to help "
                                              "the people affected")]
