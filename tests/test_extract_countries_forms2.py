"""Where an actor's state comes from when his title names none: datelines of more forms and cities found in
GeoNames, each on a short example written for these tests."""
from __future__ import annotations

from extract_helpers import actor, article, messages


def test_a_mixed_case_city_and_a_period_is_a_dateline():
    text = article("Mombasa. President Amani Mugisha has sent a message of condolence to President Lena Duarte of "
                   "Chile over the floods.")
    assert actor(text, "Amani Mugisha").country == "KEN"


def test_a_city_and_an_agency_before_a_hyphen_is_a_dateline():
    text = article("Aleppo, ARNA- President Amani Mugisha received a cable of congratulations from President of "
                   "Algeria Lena Duarte.")
    assert actor(text, "Amani Mugisha").country == "SYR"


def test_a_city_its_state_and_a_date_is_a_dateline():
    text = article("GANJA, Azerbaijan, June 3. President Amani Mugisha has sent a letter of condolence to "
                   "President of Chile Lena Duarte.")
    assert actor(text, "Amani Mugisha").country == "AZE"


def test_a_city_on_a_line_of_its_own_under_the_date_is_a_dateline():
    text = article("Staff Report\nPublished at : May 2, 2026\nPokhara",
                   "Foreign Minister Amani Mugisha has written to President Lena Duarte of Chile, inviting her to a forum.")
    assert actor(text, "Amani Mugisha").country == "NPL"


def test_a_city_in_capitals_known_to_geonames_is_a_dateline():
    text = article("PUTRAJAYA: Prime Minister Amani Mugisha has sent a congratulatory message to Chilean President "
                   "Lena Duarte.")
    assert actor(text, "Amani Mugisha").country == "MYS"


def test_a_line_opening_with_two_states_is_no_dateline():
    text = article("Chile, Peru leaders exchange letters",
                   "President Amani Mugisha has written to Chilean President Lena Duarte on the bridge.")
    assert messages(text) == [("Amani Mugisha", "Lena Duarte", "letter")]
    assert actor(text, "Amani Mugisha").country != "CHL"


def test_an_office_of_one_state_only_gives_that_state():
    text = article("Taoiseach Amani Mugisha has written to Chilean President Lena Duarte on the trade talks.")
    assert actor(text, "Amani Mugisha").country == "IRL"


def test_the_speaker_of_a_legislature_of_one_state_is_of_that_state():
    text = article("Speaker Omar Haddad of Chile sent a message of sympathy to Milli Majlis Speaker Lena Duarte "
                   "after the floods.")
    assert actor(text, "Lena Duarte").country == "AZE"


def test_a_un_convention_secretariat_speaks_for_no_state():
    text = article("KATHMANDU, May 2 (RSS) -- Foreign Minister Amani Mugisha has written to UNFCCC Executive "
                   "Secretary Lena Duarte, inviting her to a dialogue on mountains.")
    assert actor(text, "Lena Duarte").country is None


def test_an_office_naming_a_state_in_an_appositive_before_the_name_gives_that_state():
    text = article("ACCRA, May 2 (GNA) - President Lena Duarte received cables of congratulations from Chilean "
                   "President Omar Haddad and the Emir of Qatar, Sheikh Amani Mugisha.",
                   "Ms Duarte also sent a letter of condolence to the Peruvian minister of foreign affairs, "
                   "Karim Osmani.")
    assert actor(text, "Amani Mugisha").country == "QAT"
    assert actor(text, "Karim Osmani").country == "PER"



def test_words_opening_with_a_state_and_its_stance_give_the_speaker_that_state():
    text = article("President Amani Mugisha has sent a message of condolence to the government and people of Chile "
                   "over the floods.",
                   "Mr Mugisha, in the message, said Ghana shared the grief of the Chilean people.")
    assert actor(text, "Amani Mugisha").country == "GHA"


def test_words_about_the_addressees_state_give_the_writer_no_state():
    text = article("President Amani Mugisha has sent a congratulatory message to Chilean President Lena Duarte.",
                   "In the message, Mugisha said Chile will always be a beacon of democracy.")
    assert actor(text, "Amani Mugisha").country != "CHL"


def test_a_writer_conveying_his_states_condolences_is_of_that_state():
    text = article("President Amani Mugisha has written to Chilean President Lena Duarte to convey Ghana's "
                   "condolences following the death of a former president.")
    assert actor(text, "Amani Mugisha").country == "GHA"


def test_without_a_dateline_the_one_state_of_the_speakers_is_the_home_state():
    text = article("Foreign Minister Amani Mugisha sent a message of sympathy to her Chilean counterpart, Lena Duarte.",
                   "In his message, President Karim Osmani said Ghana stood ready to help.",
                   "Spokeswoman Alice Kamanzi told a briefing that a relief flight would leave on Monday.")
    assert actor(text, "Alice Kamanzi").country == "GHA"
    assert actor(text, "Amani Mugisha").country == "GHA"
    assert actor(text, "Lena Duarte").country == "CHL"


def test_an_ambassador_placed_at_a_states_embassy_is_of_that_state():
    text = article("President Amani Mugisha has sent a congratulatory cable to President Lena Duarte of Ghana.",
                   "Speaking at a reception held at the Ghanaian embassy in Doha, Ambassador Alice Kamanzi said the "
                   "cable was warmly received.")
    assert actor(text, "Alice Kamanzi").country == "GHA"


def test_who_receives_messages_on_a_states_national_day_is_of_that_state():
    text = article("President Amani Mugisha has received a number of congratulatory messages on the occasion of "
                   "Ghana's 69th Independence Day.",
                   "Chilean President Lena Duarte sent a congratulatory message to President Mugisha.")
    assert actor(text, "Amani Mugisha").country == "GHA"


def test_without_a_dateline_a_seat_of_government_as_the_place_gives_the_home_state():
    text = article("President Amani Mugisha has sent letters of thanks to Chilean President Lena Duarte for the aid.",
                   "Press Officer Alice Kamanzi disclosed this during a press briefing in Malacañang on Monday.",
                   "\"The President signed the letters himself,\" Kamanzi said.")
    assert actor(text, "Amani Mugisha").country == "PHL"
    assert actor(text, "Lena Duarte").country == "CHL"


def test_an_untold_counterpart_is_of_the_one_foreign_state_written_to():
    text = article("Chilean President Amani Mugisha has sent a congratulatory message to Peruvian President Lena Duarte.",
                   "Foreign Minister Alice Kamanzi also sent a congratulatory message to her new counterpart, Karim Osmani.")
    assert actor(text, "Karim Osmani").country == "PER"
    assert actor(text, "Alice Kamanzi").country == "CHL"


def test_home_news_without_a_dateline_is_of_the_state_it_names_most():
    text = article("Prime Minister Amani Mugisha says Ghana will no longer tolerate smuggling across its borders.",
                   "\"Ghanaian traders deserve better,\" Mr Mugisha told reporters, adding that Togo had been informed.",
                   "Trade Minister Lena Duarte said Ghana's ports would stay open.", title="Mugisha vows tough line")
    assert actor(text, "Lena Duarte").country == "GHA"


def test_home_news_naming_two_states_as_often_gives_no_home_state():
    text = article("Prime Minister Amani Mugisha says smuggling between Ghana and Togo must stop.",
                   "\"The border of Ghana and Togo is long,\" Mr Mugisha told reporters, adding that Togo and Ghana agreed.",
                   title="Mugisha vows tough line")
    assert actor(text, "Amani Mugisha").country is None


def test_kingston_in_a_dateline_is_jamaicas_the_most_populous_of_the_name():
    text = article("KINGSTON, August 6 (JIS): Prime Minister Amani Mugisha has sent a congratulatory message to "
                   "Chilean President Lena Duarte.")
    assert actor(text, "Amani Mugisha").country == "JAM"


def test_under_a_dateline_words_about_another_state_leave_the_speaker_the_datelines():
    text = article("ACCRA, May 2 (GNA) - Spokesman Amani Mugisha said Togo would face sanctions if the border stayed shut.")
    assert actor(text, "Amani Mugisha").country == "GHA"


def test_without_a_dateline_the_recipient_of_a_roundup_is_of_the_state_named_most_after_the_senders():
    text = article("Messages of condolence poured into Pretoria after President Amani Mugisha announced the death of "
                   "a former president.",
                   "Kenyan President Omar Haddad sent a message of condolence to Mugisha, saying Kenya mourned with "
                   "South Africa.",
                   "Nigerian President Lena Duarte also sent a message of condolence to Mugisha.",
                   "Flags across South Africa flew at half-mast.",
                   "A state funeral will be held on Friday, spokesman Karim Osmani said.")
    assert actor(text, "Amani Mugisha").country == "ZAF"
    assert actor(text, "Karim Osmani").country == "ZAF"


def test_png_is_papua_new_guinea():
    text = article("PNG Prime Minister Amani Mugisha has sent a congratulatory message to Fijian Prime Minister "
                   "Lena Duarte.")
    assert actor(text, "Amani Mugisha").country == "PNG"


def test_a_sentence_of_a_quotation_opening_with_a_state_and_its_stance_gives_the_speaker_that_state():
    text = article("President Amani Mugisha has sent a message of condolence to Namibian President Lena Duarte.",
                   "\"He was a towering figure. Ghana shares the pain of our Namibian brothers,\" President Mugisha said.")
    assert actor(text, "Amani Mugisha").country == "GHA"


def test_a_government_issuing_the_release_under_the_title_gives_the_home_state():
    text = article("Fijian Government\nPress Release\n26/02/2026",
                   "Prime Minister Amani Mugisha today held talks with the Prime Minister of Samoa, Lena Duarte.",
                   "Mugisha said the talks had been warm.",
                   title="PM Mugisha holds talks with Samoan PM")
    assert actor(text, "Amani Mugisha").country == "FJI"


def test_under_a_dateline_an_office_holder_written_to_is_of_the_one_foreign_state_written_to():
    text = article("SUVA, May 4 (FBC) - Prime Minister Amani Mugisha has written to Samoan Prime Minister Lena Duarte "
                   "to congratulate him on his election victory.",
                   "President Karim Osmani also sent a congratulatory letter to Governor-General Alice Kamanzi.")
    assert actor(text, "Alice Kamanzi").country == "WSM"
    assert actor(text, "Karim Osmani").country == "FJI"


def test_under_a_dateline_an_office_holder_receiving_a_message_is_not_abroad():
    text = article("SUVA, May 4 (FBC) - Prime Minister Amani Mugisha has written to Samoan Prime Minister Lena Duarte "
                   "to congratulate him on his election victory.",
                   "President Karim Osmani received a message of sympathy from Queen Alice Kamanzi.")
    assert actor(text, "Karim Osmani").country == "FJI"


def test_an_office_holder_written_to_is_of_the_foreign_state_last_written_to_before():
    text = article("VIENTIANE, Feb 9 (KPL) - President Amani Mugisha has sent a message of greetings to Vietnamese "
                   "President Lena Duarte.",
                   "Prime Minister Karim Osmani sent a message of greetings to Prime Minister Alice Kamanzi.",
                   "Osmani also sent letters of thanks to Thai Prime Minister Omar Haddad and Cambodian Prime Minister "
                   "Nadia Petrova.")
    assert actor(text, "Alice Kamanzi").country == "VNM"


def test_without_a_dateline_an_office_holder_written_to_by_the_home_state_is_abroad_too():
    text = article("Prime Minister Amani Mugisha has written to his Barbadian counterpart, Lena Duarte, expressing "
                   "condolences on the death of a former president.",
                   "In a separate message, Governor-General Karim Osmani wrote to President Alice Kamanzi.",
                   "\"Ghana mourns with you,\" Mugisha wrote.")
    assert actor(text, "Alice Kamanzi").country == "BRB"
    assert actor(text, "Karim Osmani").country == "GHA"


def test_an_untold_joint_sender_is_of_the_state_of_the_told_one():
    text = article("Omar Haddad, president of the Presidium of the Supreme People's Assembly, and Premier Amani Mugisha "
                   "sent congratulatory messages to Chinese Premier Lena Duarte.")
    assert actor(text, "Omar Haddad").country == "PRK"
    assert actor(text, "Amani Mugisha").country == "PRK"


def test_the_elysee_with_its_accent_is_france():
    text = article("\"We will work together,\" the Elysée Palace said in a statement.")
    assert actor(text, "Elysée Palace").country == "FRA"


def test_an_exchange_leading_is_written_in_the_state_of_the_one_greeted_by_more_states():
    text = article("PNG Prime Minister Amani Mugisha and his Australian counterpart Lena Duarte exchanged "
                   "congratulatory messages marking the treaty's anniversary.",
                   "New Zealand Prime Minister Omar Haddad and Fiji's Prime Minister Karim Osmani also sent "
                   "congratulatory messages to Mugisha.",
                   "Opposition Leader Alice Kamanzi said the treaty had to be debated in Parliament.")
    assert actor(text, "Alice Kamanzi").country == "PNG"


def test_the_one_congratulated_on_a_victory_in_a_states_election_is_of_that_state():
    text = article("NEW DELHI, September 23 (PTI) - Prime Minister Amani Mugisha on Monday congratulated Lena Duarte "
                   "on his victory in the Sri Lankan presidential election.",
                   "President Karim Osmani sent a congratulatory message to Duarte.")
    assert actor(text, "Lena Duarte").country == "LKA"


def test_a_ministry_of_caricom_affairs_is_a_states_and_a_conference_of_the_parties_no_states():
    from app.extract.countries import country_in
    assert country_in("Ministry of Foreign and Caricom Affairs of Trinidad and Tobago") == (True, "TTO")
    assert country_in("Caricom Secretary-General") == (True, None)
    assert country_in("Conference of the Parties") == (True, None)


def test_st_kitts_and_nevis_and_st_lucia_are_states():
    from app.extract.countries import country_in
    assert country_in("St. Kitts and Nevis Prime Minister") == (True, "KNA")
    assert country_in("St Lucia's Prime Minister") == (True, "LCA")


def test_under_the_dateline_of_a_city_of_no_one_state_home_news_has_no_home_state():
    text = article("STRASBOURG, 14 September 2026 -- Parliament President Amani Mugisha said Ukraine's courage "
                   "inspired Europe, and that Ukraine would have its support. Ukraine's envoy Lena Duarte said Ukraine "
                   "was grateful.")
    assert actor(text, "Amani Mugisha").country is None


def test_a_king_of_eswatini_is_of_eswatini():
    text = article("TAIPEI, Jan. 14 (CNA) - His Majesty King Amani III of Eswatini conveyed his congratulations in a "
                   "message to President-elect Lena Duarte.")
    assert actor(text, "Amani III").country == "SWZ"


def test_korea_alone_counts_as_the_republic_of_korea_for_the_recipient_of_a_roundup():
    text = article("Congratulatory messages poured in after Amani Mugisha was sworn in as Korea's 21st president.",
                   "Japanese Prime Minister Lena Duarte sent a congratulatory message to Mugisha, saying Japan and "
                   "Korea were important neighbours.",
                   "Chinese President Omar Haddad also sent a congratulatory message to Mugisha.",
                   "French President Karim Osmani sent a congratulatory message to Mugisha, praising Korea.")
    assert actor(text, "Amani Mugisha").country == "KOR"


def test_the_spokesman_of_a_told_leader_is_of_his_state():
    text = article("Leaders sent messages of condolence to Prime Minister Lena Duarte after the attacks.",
                   "German Chancellor Omar Haddad sent a message of condolence to Duarte.",
                   "Chancellor Omar Haddad's spokesman Amani Mugisha said the chancellor mourned with the victims.")
    assert actor(text, "Amani Mugisha").country == "DEU"


def test_new_guinean_is_papua_new_guinea_not_guinea():
    from app.extract.countries import country_in
    assert country_in("New Guinean Governor-General") == (True, "PNG")
    assert country_in("Guinean President") == (True, "GIN")


def test_a_provincial_government_is_of_the_state_of_its_province():
    text = article("NAIROBI, April 14 (Xinhua) -- President Amani Mugisha sent a message of condolence to South African "
                   "President Lena Duarte over the floods.",
                   "The provincial government of KwaZulu-Natal said the death toll had risen to 443.")
    assert actor(text, "provincial government of KwaZulu-Natal").country == "ZAF"


def test_the_officer_of_an_international_body_in_an_appositive_speaks_for_no_state():
    text = article("KINGSTON, August 6 (JIS): Messages came in for the 50th anniversary of Independence.",
                   "Secretary-General of the Caribbean Community (CARICOM), His Excellency Amani Mugisha, in a message "
                   "to the Prime Minister, said that Jamaica had been a pillar of regional integration.")
    assert actor(text, "Amani Mugisha").country is None


def test_a_paper_named_for_its_state_or_city_in_its_own_copy_gives_the_home_state():
    text = article("Prime Minister Amani Mugisha has written to British prime minister Lena Duarte on the bill.",
                   "Spokesman Karim Osmani told reporters the letter had been sent on Tuesday.",
                   "© 2026 The Irish Times DAC")
    assert actor(text, "Karim Osmani").country == "IRL"
    text = article("Foreign Minister Amani Mugisha said the talks would resume, in an interview with the Kathmandu Post.")
    assert actor(text, "Amani Mugisha").country == "NPL"


def test_a_paper_named_for_no_place_gives_no_home_state():
    text = article("Foreign Minister Amani Mugisha said the talks would resume, in an interview with the Premium Times.")
    assert actor(text, "Amani Mugisha").country is None


def test_an_outlets_time_stamp_in_one_states_time_gives_the_home_state():
    text = article("Prime Minister Amani Mugisha has sent a congratulatory message to South Korea's new President "
                   "Lena Duarte.",
                   "Chief Cabinet Secretary Karim Osmani told reporters that talks would follow.",
                   "Jun. 5, 2026 12:40 JST")
    assert actor(text, "Karim Osmani").country == "JPN"


def test_an_english_word_that_is_also_a_city_opening_a_line_is_no_dateline():
    text = article("UPDATE: President Amani Mugisha has sent a message of condolence to Chilean President Lena Duarte.",
                   "Reading. Foreign Minister Karim Osmani said a relief flight would leave on Monday.")
    assert actor(text, "Amani Mugisha").country is None


def test_a_mixed_case_city_and_a_colon_is_a_dateline():
    text = article("Bobo-Dioulasso: President Amani Mugisha has sent a message of condolence to Chilean President "
                   "Lena Duarte over the floods.")
    assert actor(text, "Amani Mugisha").country == "BFA"


def test_a_paper_named_for_its_state_and_news_gives_the_home_state():
    text = article("President Amani Mugisha said she had written to Chilean President Lena Duarte on the copper levy.",
                   "Analyst Karim Osmani told Peru News Daily that the letter was timely.")
    assert actor(text, "Amani Mugisha").country == "PER"


def test_an_office_of_an_islamic_or_federal_republic_after_the_name_gives_its_state():
    text = article("Sultan Amani Mugisha has sent a cable of condolences to President Lena Duarte of the Islamic "
                   "Republic of Mauritania over the floods.")
    assert actor(text, "Lena Duarte").country == "MRT"
    text = article("Sultan Amani Mugisha has sent a cable of congratulations to President Karim Osmani of the Federal "
                   "Republic of Nigeria on the anniversary.")
    assert actor(text, "Karim Osmani").country == "NGA"


def test_one_who_writes_to_the_lead_sender_is_abroad_and_a_told_body_gives_the_home_state():
    text = article("President Amani Mugisha on Monday sent letters of thanks to Chilean President Lena Duarte.",
                   "Peruvian President Karim Osmani sent a message of condolence to Mugisha over the quake.",
                   "Ruritania's Foreign Ministry said in a statement that aid was on its way.")
    assert actor(text, "Amani Mugisha").country != "PER"
    text = text.replace("Ruritania's", "Ecuador's")
    assert actor(text, "Amani Mugisha").country == "ECU"


def test_a_known_outlet_of_one_state_told_in_its_own_copy_gives_the_home_state():
    text = article("Foreign Minister Amani Mugisha sent a letter to his Chilean counterpart, Lena Duarte.",
                   "Spokesman Karim Osmani told DW that the letter was sent on Tuesday.")
    assert actor(text, "Amani Mugisha").country == "DEU"


def test_a_dateline_naming_a_city_state_gives_that_state():
    text = article("MONACO: Prince Amani Mugisha has sent a message of condolence to Chilean President Lena Duarte.")
    assert actor(text, "Amani Mugisha").country == "MCO"


def test_hellenic_is_greek():
    text = article("ANKARA", "Turkish Parliament Speaker Amani Mugisha has sent a letter of condolence to Hellenic "
                   "Parliament Speaker Lena Duarte over the fires.")
    assert actor(text, "Lena Duarte").country == "GRC"


def test_an_office_holder_written_to_never_takes_the_state_he_writes_to_himself():
    text = article("Rudaw", "Iraqi President Amani Mugisha sent a letter of greetings to Region President Lena Duarte "
                   "on the occasion of Newroz.",
                   "Duarte also sent a message of condolence to Iranian President Karim Osmani over the earthquake.")
    assert actor(text, "Lena Duarte").country != "IRN"


def test_an_untold_person_written_to_is_of_the_one_other_state_the_messages_sentence_names():
    text = article("ANKARA", "In his letters to Chairman Lena Duarte and members Karim Osmani and Ivo Petrak, President "
                   "Amani Mugisha congratulated the people of Montenegro on the anniversary of independence.")
    assert actor(text, "Karim Osmani").country == "MNE"
    text = article("ANKARA", "In his letters to Chairman Lena Duarte and members Karim Osmani and Ivo Petrak, President "
                   "Amani Mugisha congratulated the people of Montenegro and Serbia on the anniversary.")
    assert actor(text, "Karim Osmani").country == "TUR"


def test_a_scholar_at_a_university_of_a_known_city_is_of_its_state():
    text = article("Foreign Minister Amani Mugisha sent a letter to his Chilean counterpart, Lena Duarte.",
                   "\"It is a start,\" Karim Osmani, a historian at the University of Krakow, told Peru News Daily.")
    assert actor(text, "Karim Osmani").country == "POL"


def test_a_geonames_city_printed_with_or_without_its_accents_is_a_dateline():
    text = article("MALMÖ, June 3 - Prime Minister Amani Mugisha has sent a message of condolence to Chilean "
                   "President Lena Duarte.")
    assert actor(text, "Amani Mugisha").country == "SWE"
    text = article("LODZ, June 3 - Prime Minister Amani Mugisha has sent a message of condolence to Chilean "
                   "President Lena Duarte.")
    assert actor(text, "Amani Mugisha").country == "POL"


def test_where_an_international_officer_leads_the_home_state_is_the_one_named_most():
    text = article("European Commission President Amani Mugisha has sent a letter of condolence to Chilean "
                   "President Lena Duarte after the floods in Chile.",
                   "Chile's army was deployed, and Chilean towns were evacuated, with help from Peru.",
                   "Fire Chief Karim Osmani said the rain would stop on Friday.")
    assert actor(text, "Karim Osmani").country == "CHL"
    assert actor(text, "Amani Mugisha").country is None


def test_a_states_office_posted_in_a_place_before_the_name_gives_its_state():
    text = article("Rudaw", "Iraqi President Amani Mugisha sent a letter of greetings to Region President Lena Duarte.",
                   "Canadian Consul General in Basra, Karim Osmani, wrote that the festival was a joy.")
    assert actor(text, "Karim Osmani").country == "CAN"


def test_a_states_national_papers_and_agencies_in_a_byline_give_its_state():
    text = article("By Nyasa Times Reporter",
                   "President Amani Mugisha has sent a message of condolence to his Zambian counterpart, Lena Duarte.")
    assert actor(text, "Amani Mugisha").country == "MWI"
    text = article("BUCHAREST, May 3 /Agerpres/ - President Amani Mugisha sent a message of congratulations to "
                   "Chilean President Lena Duarte.")
    assert actor(text, "Amani Mugisha").country == "ROU"


def test_the_islamic_emirate_republika_srpska_and_turkish_cypriots_are_of_their_states():
    text = article("Xinhua", "The Acting Prime Minister of the Islamic Emirate, Amani Mugisha, sent a letter to "
                   "Chilean President Lena Duarte.")
    assert actor(text, "Amani Mugisha").country == "AFG"
    text = article("Xinhua", "The President of Republika Srpska, Amani Mugisha, sent a letter to Chilean President "
                   "Lena Duarte.")
    assert actor(text, "Amani Mugisha").country == "BIH"
    text = article("Xinhua", "Turkish Cypriot leader Amani Mugisha sent a letter to Chilean President Lena Duarte.")
    assert actor(text, "Amani Mugisha").country == "CYP"


def test_an_envoy_to_a_state_is_not_of_that_state():
    text = article("NEW DELHI, May 3 (PTI) - Prime Minister Amani Mugisha sent a message of congratulations to "
                   "Chilean President Lena Duarte.",
                   "Former ambassador to Chile Karim Osmani said the ties would grow.")
    assert actor(text, "Karim Osmani").country == "IND"


def test_a_states_high_commissioner_posted_in_a_place_is_of_that_state():
    text = article("Samoa Observer", "Prime Minister Amani Mugisha sent a letter of condolence to Chilean President "
                   "Lena Duarte.",
                   "The Tongan High Commissioner in Apia, Karim Osmani, said the help was welcome.")
    assert actor(text, "Karim Osmani").country == "TON"


def test_an_appositive_office_does_not_run_back_into_the_headline():
    text = ("Kuwait, Peru Exchange Greetings; Mugisha Writes to Chile\n\n"
            "The Acting Minister of Foreign Affairs of Kuwait, Amani Mugisha, sent a letter of greetings to Chilean "
            "President Lena Duarte.\n")
    assert actor(text, "Amani Mugisha").country == "KWT"


def test_where_a_state_sends_the_lead_its_untold_officials_are_of_it():
    text = ("Leaders send condolences to Chile over floods\n\nTribune Desk\n\n"
            "Kuwait has conveyed its deep condolences to Chile over the floods.\n\n"
            "President Amani Mugisha sent a condolence message to Chilean President Lena Duarte on Thursday.\n\n"
            "Foreign ministry spokesperson Karim Osmani told a briefing that no national had been hurt.\n")
    assert actor(text, "Amani Mugisha").country == "KWT"
    assert actor(text, "Karim Osmani").country == "KWT"


def test_more_national_papers_and_agencies_give_their_state():
    text = article("By Andina", "President Amani Mugisha sent a message of congratulations to Chilean "
                   "President Lena Duarte.")
    assert actor(text, "Amani Mugisha").country == "PER"
    text = article("By Khaama Press", "Prime Minister Amani Mugisha sent a message of condolence to Chilean "
                   "President Lena Duarte.")
    assert actor(text, "Amani Mugisha").country == "AFG"


def test_a_body_in_a_sentence_opening_with_another_states_government_is_of_that_state():
    text = article("By Nyasa Times Reporter",
                   "President Amani Mugisha has sent a message of condolence to Chilean President Lena Duarte.",
                   "The Chilean Government has declared an emergency in Maule, where the National Disaster Office "
                   "(NDO) said 400 people were in shelters.")
    assert actor(text, "National Disaster Office").country == "CHL"


def test_the_adjectives_of_belize_and_the_emirates_give_their_states():
    # (both once fell into a comment of the demonyms' table, and so out of it)
    text = article("Belizean Prime Minister Amani Mugisha has sent a message of congratulations to Emirian President "
                   "Lena Duarte on the national day.")
    assert actor(text, "Amani Mugisha").country == "BLZ"
    assert actor(text, "Lena Duarte").country == "ARE"
