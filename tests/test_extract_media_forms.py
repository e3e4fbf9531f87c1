"""Forms of general international media copy (agency and broadcaster roundups of posts, letters and
calls), each on a short example written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article, messages, statements

from app.extract.segment import quotes


def test_in_a_roundup_a_leader_who_posted_on_a_platform_sent_no_message():
    text = article("President-elect Marco Ferri received congratulations from foreign leaders on Monday.",
                   "Chilean President Rosa Vidal said the result was a victory for the whole region.",
                   "Former Peruvian president Luis Ortega posted on Facebook that he was delighted for Ferri.",
                   "Bolivian President Ana Quispe wrote on X that democracy had spoken.")
    assert messages(text) == [("Rosa Vidal", "Marco Ferri", "congratulation")]



def test_a_plain_letter_to_someone_another_leader_condoled_with_is_a_condolence():
    text = article("Chilean President Rosa Vidal will host a regional summit in May.",
                   "Vidal sent a message of condolence to President Marco Ferri after the floods.",
                   "Peruvian President Luis Ortega also wrote to Ferri.")
    assert messages(text) == [("Luis Ortega", "Marco Ferri", "condolence"), ("Rosa Vidal", "Marco Ferri", "condolence")]


def test_a_plain_letter_to_someone_else_stays_a_letter():
    text = article("Chilean President Rosa Vidal will host a regional summit in May.",
                   "Vidal sent a message of condolence to President Marco Ferri after the floods.",
                   "Peruvian President Luis Ortega also wrote to Vidal.")
    assert messages(text) == [("Luis Ortega", "Rosa Vidal", "letter"), ("Rosa Vidal", "Marco Ferri", "condolence")]



def test_a_message_sent_to_someone_named_before_it():
    text = article("Chilean President Rosa Vidal has sent President Marco Ferri a message of condolence, her office said.")
    assert messages(text) == [("Rosa Vidal", "Marco Ferri", "condolence")]


def test_a_thing_sent_to_a_place_is_no_message():
    text = article("Chilean President Rosa Vidal sent Santiago a clear message about the budget.")
    assert messages(text) == []


def test_states_listed_as_sending_condolences_summarise_the_leaders_messages():
    text = article("Chile, Peru, Bolivia and several other states have sent condolences to Ecuador after the floods.",
                   "Chilean President Rosa Vidal sent a message of condolence to President Marco Ferri.")
    assert messages(text) == [("Rosa Vidal", "Marco Ferri", "condolence")]


def test_a_message_received_by_someone_named_after_a_reporting_clause():
    text = article("The presidency said Rosa Vidal had also received a congratulatory telegram from "
                   "Peruvian President Luis Ortega.", title="Chilean President Rosa Vidal wins")
    assert messages(text) == [("Luis Ortega", "Rosa Vidal", "congratulation")]


def test_a_message_not_received_is_none():
    text = article("Chilean President Rosa Vidal had not yet received any message from Peruvian President "
                   "Luis Ortega, her spokesman said.")
    assert messages(text) == []


def test_a_message_quoted_later_belongs_to_the_message_sent_in_between():
    text = article("Chilean President Rosa Vidal on Monday congratulated Marco Ferri on his election victory.",
                   "“Congratulations on a clear win,” Vidal wrote on X.",
                   "Peruvian President Luis Ortega sent a congratulatory message to Ferri. In the message, Ortega "
                   "said the two countries would work together.")
    assert messages(text) == [("Luis Ortega", "Marco Ferri", "congratulation")]


def test_a_leader_sending_a_message_after_a_first_clause():
    text = article("Chilean President Rosa Vidal was among the first to react, sending a congratulatory message "
                   "to Marco Ferri.")
    assert messages(text) == [("Rosa Vidal", "Marco Ferri", "congratulation")]


def test_a_speaker_of_a_university_is_the_person_not_the_university():
    text = article("Analyst Tomas Reyes of the University of Valparaiso said the vote would change the region.")
    assert statements(text) == [("Tomas Reyes", "the vote would change the region")]


def test_a_body_reporting_a_message_then_an_act_of_praise():
    text = article("Chilean President Rosa Vidal also sent Ferri a congratulatory message, the presidency said, "
                   "praising the long friendship of the two nations.")
    assert statements(text) == [("presidency", "Chilean President Rosa Vidal also sent Ferri a congratulatory message")]


def test_a_body_reporting_a_message_whose_content_follows_in_a_relative_clause():
    text = article("Peruvian President Luis Ortega sent a telegram to Ferri, the presidency said, in which he recalled "
                   "the long friendship of the two nations.")
    assert statements(text) == [("presidency", "Peruvian President Luis Ortega sent a telegram to Ferri")]


def test_a_post_quoted_after_a_second_verb_of_the_same_subject():
    text = article("Chilean President Rosa Vidal declared a day of mourning and wrote on X: “Chile stands with "
                   "the people of Peru in this hour of grief.”")
    assert statements(text) == [("Rosa Vidal", "Chile stands with the people of Peru in this hour of grief")]


def test_downing_street_speaks_for_the_british_government():
    text = article("Downing Street said the two leaders discussed trade and security during the call.")
    assert statements(text) == [("Downing Street", "the two leaders discussed trade and security during the call")]
    assert actor(text, "Downing Street").country == "GBR"


def test_said_afterwards_that():
    text = article("Foreign Minister Ana Ruiz said afterwards that she had a good talk with her counterpart.")
    assert statements(text) == [("Ana Ruiz", "she had a good talk with her counterpart")]



def test_joint_senders_named_after_a_reporting_clause():
    text = article("The news agency also said Luis Ortega, head of the assembly, and Premier Ana Ruiz sent a letter "
                   "to Marco Ferri.")
    assert messages(text) == [("Ana Ruiz", "Marco Ferri", "letter"), ("Luis Ortega", "Marco Ferri", "letter")]


def test_a_joint_message_after_a_congratulation_is_on_the_same_occasion():
    text = article("Peruvian President Luis Ortega will visit the region next month.",
                   "Ortega sent a congratulatory message to Marco Ferri, the news agency said.",
                   "Premier Ana Ruiz and Speaker Tomas Reyes sent a joint message to Rosa Vidal.")
    assert messages(text) == [("Ana Ruiz", "Rosa Vidal", "congratulation"), ("Luis Ortega", "Marco Ferri", "congratulation"),
                              ("Tomas Reyes", "Rosa Vidal", "congratulation")]


def test_a_telegram_congratulating_someone():
    text = article("Peruvian President Luis Ortega also sent a telegram congratulating Marco Ferri, the presidency said.")
    assert messages(text) == [("Luis Ortega", "Marco Ferri", "congratulation")]


def test_in_the_letter_someone_told_someone_that():
    text = article("In the letter, dated May 3, Prime Minister Luis Ortega told Council President Marco Ferri that "
                   "the plan had failed.")
    assert messages(text) == [("Luis Ortega", "Marco Ferri", "letter")]


def test_in_talks_someone_told_someone_that_is_no_message():
    text = article("In the talks, Prime Minister Luis Ortega told Council President Marco Ferri that the plan had failed.")
    assert messages(text) == []


def test_single_curly_quotation_marks_quote_direct_speech():
    text = article("‘We stand together with our allies in this difficult hour,’ Foreign Secretary Tom Hale said on Monday.",
                   "Hale added: ‘Britain’s support for our partners won’t waver, whatever the cost.’")
    assert statements(text) == [("Tom Hale", "We stand together with our allies in this difficult hour"),
                                ("Tom Hale", "Britain’s support for our partners won’t waver, whatever the cost")]


def test_apostrophes_after_a_single_opening_mark_close_no_quotation():
    text = ("Hale’s trip to ‘the front was put off because Kyiv’s envoys didn’t agree, aides said. "
            "‘It’s our turn now,’ Hale said.")
    assert [text[a:b] for a, b in quotes(text, 0, len(text))] == ["‘It’s our turn now,’"]


def test_a_word_in_single_curly_marks_inside_a_sentence_is_no_statement():
    text = article("Foreign Secretary Tom Hale called the plan a ‘serious mistake’ on Monday.")
    assert statements(text) == []


def test_a_quotation_after_adding_colon_is_the_same_speakers_direct_statement():
    text = article("Chilean President Rosa Vidal wrote on X that the vote was a victory for the region, "
                   "adding: “We will work together for a fairer continent!”")
    assert statements(text) == [("Rosa Vidal", "the vote was a victory for the region"),
                                ("Rosa Vidal", "We will work together for a fairer continent!")]


def test_a_post_on_a_platform_of_two_names_reports_its_content():
    text = article("Chilean President Rosa Vidal posted on her Truth Social platform that the vote was a victory for the region.")
    assert statements(text) == [("Rosa Vidal", "the vote was a victory for the region")]
