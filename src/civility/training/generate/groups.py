"""Identity groups for the generated corpus: plural noun, adjective, one person.

At least a hundred groups, with the nationalities of the Caucasus, the Middle East and the
Black Sea region that a story on their wars draws comments about. Each row is
``plural|adjective|singular``; an empty adjective means the plural is used as written.
"""

from __future__ import annotations

from dataclasses import dataclass

_ROWS = """
Turks|Turkish|Turk
Armenians|Armenian|Armenian
Azerbaijanis|Azerbaijani|Azerbaijani
Azeris|Azeri|Azeri
Russians|Russian|Russian
Ukrainians|Ukrainian|Ukrainian
Georgians|Georgian|Georgian
Kurds|Kurdish|Kurd
Iranians|Iranian|Iranian
Persians|Persian|Persian
Syrians|Syrian|Syrian
Iraqis|Iraqi|Iraqi
Lebanese people|Lebanese|Lebanese man
Palestinians|Palestinian|Palestinian
Israelis|Israeli|Israeli
Jordanians|Jordanian|Jordanian
Egyptians|Egyptian|Egyptian
Saudis|Saudi|Saudi
Yemenis|Yemeni|Yemeni
Afghans|Afghan|Afghan
Pakistanis|Pakistani|Pakistani
Indians|Indian|Indian
Bangladeshis|Bangladeshi|Bangladeshi
Chechens|Chechen|Chechen
Dagestanis|Dagestani|Dagestani
Kazakhs|Kazakh|Kazakh
Uzbeks|Uzbek|Uzbek
Tajiks|Tajik|Tajik
Kyrgyz people|Kyrgyz|Kyrgyz man
Turkmens|Turkmen|Turkmen
Belarusians|Belarusian|Belarusian
Moldovans|Moldovan|Moldovan
Romanians|Romanian|Romanian
Bulgarians|Bulgarian|Bulgarian
Greeks|Greek|Greek
Cypriots|Cypriot|Cypriot
Serbs|Serbian|Serb
Croats|Croatian|Croat
Bosnians|Bosnian|Bosnian
Albanians|Albanian|Albanian
Kosovars|Kosovar|Kosovar
Poles|Polish|Pole
Czechs|Czech|Czech
Hungarians|Hungarian|Hungarian
Germans|German|German
French people|French|Frenchman
Italians|Italian|Italian
Spaniards|Spanish|Spaniard
Portuguese people|Portuguese|Portuguese woman
Dutch people|Dutch|Dutchman
Swedes|Swedish|Swede
Finns|Finnish|Finn
Irish people|Irish|Irishman
Scots|Scottish|Scot
English people|English|Englishman
Americans|American|American
Canadians|Canadian|Canadian
Mexicans|Mexican|Mexican
Brazilians|Brazilian|Brazilian
Venezuelans|Venezuelan|Venezuelan
Colombians|Colombian|Colombian
Cubans|Cuban|Cuban
Haitians|Haitian|Haitian
Puerto Ricans|Puerto Rican|Puerto Rican
Nigerians|Nigerian|Nigerian
Somalis|Somali|Somali
Ethiopians|Ethiopian|Ethiopian
Eritreans|Eritrean|Eritrean
Sudanese people|Sudanese|Sudanese man
Congolese people|Congolese|Congolese woman
Kenyans|Kenyan|Kenyan
Ghanaians|Ghanaian|Ghanaian
Moroccans|Moroccan|Moroccan
Algerians|Algerian|Algerian
Tunisians|Tunisian|Tunisian
Libyans|Libyan|Libyan
South Africans|South African|South African
Chinese people|Chinese|Chinese man
Uyghurs|Uyghur|Uyghur
Tibetans|Tibetan|Tibetan
Japanese people|Japanese|Japanese woman
Koreans|Korean|Korean
Vietnamese people|Vietnamese|Vietnamese man
Filipinos|Filipino|Filipino
Indonesians|Indonesian|Indonesian
Thais|Thai|Thai
Arabs|Arab|Arab
Africans|African|African
Asians|Asian|Asian
Europeans|European|European
Latinos|Latino|Latino
Hispanics|Hispanic|Hispanic
Black people|Black|Black man
white people|white|white man
Roma|Roma|Roma woman
Native Americans|Native American|Native American
Aboriginal Australians|Aboriginal|Aboriginal man
Jews|Jewish|Jew
Muslims|Muslim|Muslim
Christians|Christian|Christian
Catholics|Catholic|Catholic
Protestants|Protestant|Protestant
Orthodox Christians|Orthodox|Orthodox priest
Evangelicals|evangelical|evangelical
Hindus|Hindu|Hindu
Sikhs|Sikh|Sikh
Buddhists|Buddhist|Buddhist
atheists|atheist|atheist
Mormons|Mormon|Mormon
Alevis|Alevi|Alevi
Yazidis|Yazidi|Yazidi
Shia Muslims|Shia|Shia
Sunnis|Sunni|Sunni
Druze|Druze|Druze man
Assyrians|Assyrian|Assyrian
Circassians|Circassian|Circassian
immigrants|immigrant|immigrant
migrants|migrant|migrant
refugees|refugee|refugee
asylum seekers|asylum-seeking|asylum seeker
foreigners|foreign|foreigner
gay people|gay|gay man
lesbians|lesbian|lesbian
bisexual people|bisexual|bisexual woman
trans people|trans|trans woman
transgender people|transgender|transgender man
queer people|queer|queer kid
women|female|woman
men|male|man
girls|young female|girl
disabled people|disabled|disabled man
blind people|blind|blind woman
deaf people|deaf|deaf man
autistic people|autistic|autistic boy
people with Down syndrome|Down syndrome|child with Down syndrome
wheelchair users|wheelchair-using|wheelchair user
people with mental illness|mentally ill|person with depression
old people|elderly|old man
"""


@dataclass(frozen=True)
class Group:
    plural: str
    adjective: str
    singular: str


GROUPS: tuple[Group, ...] = tuple(
    Group(*row.split("|")) for row in _ROWS.strip().splitlines() if row.strip()
)

# Countries, cities and places named in news and comments from the region and beyond.
COUNTRIES = (
    "Turkey", "Armenia", "Azerbaijan", "Russia", "Ukraine", "Georgia", "Iran", "Syria", "Iraq",
    "Lebanon", "Israel", "Egypt", "Greece", "Cyprus", "Bulgaria", "Romania", "Poland", "Germany",
    "France", "Italy", "Spain", "the United States", "Canada", "Mexico", "Brazil", "Nigeria",
    "Kenya", "Ethiopia", "Somalia", "Sudan", "Pakistan", "India", "China", "Japan", "Korea",
    "Kazakhstan", "Uzbekistan", "Serbia", "Kosovo", "Bosnia", "Hungary", "Moldova", "Belarus",
)
CITIES = (
    "Istanbul", "Ankara", "Yerevan", "Baku", "Moscow", "Kyiv", "Tbilisi", "Tehran", "Damascus",
    "Aleppo", "Beirut", "Baghdad", "Erbil", "Stepanakert", "Ganja", "Gyumri", "Izmir", "Kharkiv",
    "Odesa", "Berlin", "Paris", "London", "Brussels", "Vienna", "Athens", "Sofia", "Warsaw",
    "Chicago", "Toronto", "Lagos", "Nairobi", "Karachi", "Delhi", "Beijing", "Marseille",
    "our town", "the capital", "the valley", "the north of the country",
)
