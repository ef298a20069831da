"""Which articles can be about one story."""

import pytest

from claimtrack.conflicts import _same_story as same_story
from claimtrack.events import _one_name as one_name
from claimtrack.story import story_names


@pytest.fixture(scope="module")
def nlp():
    from claimtrack.nlp import load_pipeline
    return load_pipeline()


def test_the_names_an_article_says_most_come_first_and_countries_are_not_names(nlp):
    doc = nlp("Bhopal victims wait for justice\nPublished: 2010-06-08\n\nA court in Bhopal convicted seven former "
              "Union Carbide officials. Union Carbide said the ruling ignored the settlement. India said it would "
              "appeal.")
    names = story_names(doc)
    assert names[:3] == ("union:2", "carbide:2", "bhopal:1")  # a headline's first word is not read as a name
    assert not any(name.startswith(("india", "published")) for name in names)


@pytest.mark.parametrize("a, b, same", [
    # the same name said most: a Kiev story and one from a conference in Vienna
    ((("Ukraine",), ("chernobyl:4", "gorbachev:2")), (("Austria",), ("chernobyl:5", "vienna:2")), True),
    # different countries first
    ((("China",), ("tiananmen:3", "beijing:2")), (("Puerto Rico",), ("maria:4", "rosselló:2")), False),
    # no country to go by; a Bhopal story that recalls Chernobyl once is not a Chernobyl story
    (((), ("dow:4", "carbide:3", "bhopal:3", "chernobyl:1")), (("Ukraine",), ("chernobyl:5", "forum:3")), False),
    # each names what the other is mainly about
    ((("Malaysia",), ("airlines:3", "kuala:2", "mh17:1")),
     (("Russia", "Malaysia"), ("mh17:4", "buk:3", "airlines:1")), True),
    # different main names, but set in the same country and naming one thing in common
    ((("France",), ("borne:3", "cgt:2", "paris:1")), (("France",), ("macron:3", "interior:2", "paris:1")), True),
    # no name said twice: nothing to tell them apart
    (((), ("trump:1",)), ((), ("beach:1",)), True),
    # one repeats no name, and they are set in different countries: they must name something in common
    ((("Turkey", "Armenia", "Russia"), ("anatolia:1", "francis:1", "erdogan:1")),
     (("Armenia", "Russia", "France"), ("sargsyan:3", "yerevan:2", "francis:1")), True),
    ((("Turkey", "Armenia", "Russia"), ("anatolia:1", "francis:1", "erdogan:1")),
     (("Russia", "Japan"), ("abe:7", "putin:4", "shikotan:3")), False),
    # one first about a ship the other names, with its school and its owner; the other about nothing but South
    # Korea, while the first names no country but where the ship was bought
    ((("South Korea",), ("korea:3", "sewol:1", "danwon:1", "chonghaejin:1", "incheon:1")),
     (("Japan",), ("sewol:4", "lee:2", "danwon:1", "chonghaejin:1")), True),
    # ... but not when the other is itself first about a name of its own
    ((("South Korea",), ("korea:3", "seohae:2", "sewol:1", "danwon:1")),
     (("Japan",), ("sewol:4", "lee:2", "danwon:1")), False),
])
def test_two_articles_are_one_story_when_their_names_or_countries_say_so(a, b, same):
    assert same_story(a[0], a[1], b[0], b[1]) is same
    assert same_story(b[0], b[1], a[0], a[1]) is same


def test_headline_words_the_body_writes_in_lower_case_are_no_names(nlp):
    doc = nlp("Grenfell Death Toll Rises to 17\nPublished: 2017-06-16\n\nLONDON - Police said the death toll in "
              "the Grenfell Tower fire had risen to 17. Residents of Grenfell had warned of the risk.")
    names = dict(name.split(":") for name in story_names(doc))
    assert names["grenfell"] == "4" and "death" not in names and "toll" not in names


@pytest.mark.parametrize("a, b, same", [
    # two London stories, Grenfell and Tiananmen, that share no name
    ((("United Kingdom",), ("grenfell:4", "kensington:2")), (("United Kingdom",), ("tiananmen:3", "donald:2")), False),
])
def test_articles_set_in_one_country_that_share_no_name_are_two_stories(a, b, same):
    assert same_story(a[0], a[1], b[0], b[1]) is same


def test_one_naming_what_the_other_is_about_is_enough_when_their_countries_fit():
    handover = (("Poland", "Russia"), ("stalin:4", "walesa:3", "politburo:2"))
    probe = (("Russia", "Poland"), ("katyn:3", "savenkov:2", "warsaw:2", "politburo:1"))
    assert same_story(*handover, *probe)


def test_a_name_said_once_is_not_enough_when_only_one_is_set_in_the_others_country():
    centenary = (("Armenia", "Russia", "France"), ("sargsyan:3", "yerevan:2", "constantinople:2", "putin:1"))
    islands = (("Russia", "Japan"), ("abe:6", "putin:5", "shikotan:2"))
    assert not same_story(*centenary, *islands)


def test_the_words_of_a_world_war_name_no_story(nlp):
    doc = nlp("Armenians mark centenary\nPublished: 2015-04-24\n\nThe killings began during the First World War. "
              "The First World War ended in 1918. Sargsyan spoke in Yerevan. Sargsyan laid a wreath.")
    names = [name.split(":")[0] for name in story_names(doc)]
    assert names[0] == "sargsyan" and not {"first", "world", "war"} & set(names)


def test_the_compass_word_of_a_region_names_no_story(nlp):
    doc = nlp("Bomb kills 28 in Omagh\nPublished: 1998-08-16\n\nA car bomb exploded in Omagh, Northern Ireland. "
              "Police in Northern Ireland said the bomb in Omagh killed 28. Northern Ireland mourned.")
    names = [name.split(":")[0] for name in story_names(doc)]
    assert names[0] == "omagh" and "northern" not in names


def test_titles_name_no_story(nlp):
    doc = nlp("Aberfan remembered\nPublished: 1997-07-31\n\nLord Robens visited Aberfan. The Queen went to Aberfan "
              "later. Lord Robens kept his job. The Queen called it her greatest regret.")
    names = [name.split(":")[0] for name in story_names(doc)]
    assert names[0] == "aberfan" and not {"lord", "queen"} & set(names)


def test_a_town_the_tagger_takes_for_a_nationality_is_a_name_where_a_place_is_named(nlp):
    doc = nlp("Uzbek prosecutor says 169 died in Andijan unrest\nPublished: 2005-05-17\n\nUzbekistan's "
              "prosecutor said 169 people were killed in the violence in Andijan. Foreign journalists were taken "
              "on a tour of Andijan on Wednesday. Uzbeks fled to Kyrgyzstan.")
    names = dict(name.split(":") for name in story_names(doc))
    assert int(names.get("andijan", 0)) >= 3 and "uzbek" not in names


def test_articles_years_apart_that_name_nothing_the_other_is_about_are_two_stories():
    bloody_sunday = ("bogside:1", "derry:1", "parachute:1")  # repeats no name
    omagh = ("omagh:4", "tyrone:3", "ira:2")
    uk = ("United Kingdom",)
    assert not same_story(uk, bloody_sunday, uk, omagh, ("1972", "1998"))
    assert same_story(uk, bloody_sunday, uk, omagh, ("1998", "1998"))  # one year: the country will do
    assert same_story(uk, ("omagh:1", "derry:1"), uk, omagh, ("1972", "1998"))  # it names what the other is about
    assert same_story(uk, bloody_sunday, uk, ("officials:1",), ("1972", "1998"))  # neither repeats a name
    china = ("China",)
    report = ("yuan:2", "tiananmen:1")  # 1989: only its spokesman's name repeated
    look_back = ("tiananmen:1", "ding:1", "zilin:1", "1989:1")  # 1999, naming the year once
    assert same_story(china, report, china, look_back, ("1989", "1999"))
    assert not same_story(china, report, china, look_back[:-1], ("1989", "1999"))


@pytest.mark.parametrize("name, own, same", [
    ("Lac Mégantic disaster", "Lac disaster", True),  # a name the tagger split in the headline
    ("Hurricane Katrina", "Hurricane Maria", False),
    ("Indian Ocean tsunami", None, False),
])
def test_one_event_named_in_fuller_or_shorter_words(name, own, same):
    assert one_name(name, own) is same


def test_a_place_spelt_the_old_way_or_a_name_with_accents_is_one_name(nlp):
    old = story_names(nlp("Toll rises\n\nTroops entered Kwangju. In Kwangju, residents buried the dead. Cheju was calm."))
    new = story_names(nlp("Anniversary\n\nPeople in Gwangju remember. Residents of Gwangju met. Erdoğan spoke."))
    assert "gwangju:2" in old and "jeju:1" in old and "gwangju:2" in new and "erdogan:1" in new


def test_the_years_an_article_says_most_follow_its_names(nlp):
    names = story_names(nlp("Soweto remembers\n\nIn 1976 pupils in Soweto marched. By February 1977 the unrest "
                            "had spread. Soweto marked the 1976 uprising."))
    assert names[-2:] == ("1976:2", "1977:1") and names[0].startswith("soweto:")


def test_two_stories_of_one_country_told_with_different_years_are_two_stories():
    sharpeville = (("South Africa",), ("sharpeville:3", "africans:3", "congress:3", "johannesburg:2", "orlando:1"))
    soweto = (("South Africa", "United States"), ("africa:5", "south:4", "soweto:3", "hector:3", "orlando:1",
                                                  "johannesburg:1", "1976:2"))
    assert same_story(*sharpeville, *soweto)  # nothing else to go by: one country
    assert not same_story(*sharpeville, *soweto, years=("1960", "1976"))
    assert same_story(*sharpeville, *soweto, years=("1976", "1976"))
    again = (("South Africa",), ("sharpeville:2", "soweto:2", "1976:2"))  # names Sharpeville again: may be about it
    assert same_story(*sharpeville, *again, years=("1960", "1976"))


def test_the_words_of_international_bodies_name_no_story(nlp):
    doc = nlp("Court rules on siege\nPublished: 2011-12-20\n\nThe European Court of Human Rights ruled on Tuesday. "
              "The European Court of Human Rights said Russia had violated the right to life. Barayev led the group.")
    names = [name.split(":")[0] for name in story_names(doc)]
    assert not {"european", "human", "rights"} & set(names)


def test_a_speaker_is_not_what_a_story_is_about(nlp):
    doc = nlp("Truck attack in Nice\nPublished: 2016-07-15\n\nParis prosecutor Francois Molins said 84 people had "
              "been killed in Nice. Molins said the driver was Mohamed Lahouaiej Bouhlel. The attack in Nice began "
              "at 10.30pm.")
    names = [name.split(":")[0] for name in story_names(doc)]
    assert names[0] == "nice" and not {"francois", "molins"} & set(names)


def test_the_first_word_of_a_country_or_of_islamic_state_names_no_story(nlp):
    doc = nlp("Mine blast\nPublished: 2010-11-24\n\nTwenty-nine men died at Pike River in New Zealand. New Zealand "
              "mourned the Pike River miners. Islamic State had nothing to do with it, Islamic scholars said.")
    names = [name.split(":")[0] for name in story_names(doc)]
    assert names[0] == "pike" and not {"new", "islamic"} & set(names)


def test_two_stories_years_apart_in_one_country_with_one_leader_in_common_are_two_stories():
    beslan = (("Russia",), ("beslan:4", "putin:3", "vladikavkaz:1"))
    kursk = (("Russia", "United States"), ("kursk:6", "murmansk:2", "putin:2", "barents:1"))
    assert not same_story(*beslan, *kursk, ("2004", "2000"))
    assert same_story(*beslan, *kursk, ("2004", "2004"))  # the same year: nothing tells them apart
    look_back = (("Russia",), ("putin:3", "school:2", "beslan:1"))
    assert same_story(*beslan, *look_back, ("2004", "2014"))  # names what the other is about
    # two pieces on the abductees fifteen years apart, each about another family, both dwelling on North Korea
    recognised = (("Japan", "North Korea"), ("matsumoto:4", "north:4", "korea:4", "tottori:2"))
    families = (("Japan", "North Korea"), ("north:5", "korea:5", "iizuka:3", "yokota:3"))
    assert same_story(*recognised, *families, ("2006", "2021"))


def test_two_articles_dwelling_on_one_year_in_countries_that_fit_are_one_story():
    census = (("Rwanda",), ("social:2", "local:1", "patriotic:1", "tutsi:1", "kigali:1", "1994:3"))
    france = (("France", "Rwanda"), ("tutsi:2", "mitterrand:1", "balladur:1", "turquoise:1", "1994:4"))
    assert same_story(*census, *france, ("1994", "1994"))
    other_year = (("France", "Rwanda"), ("tutsi:2", "mitterrand:1", "balladur:1", "turquoise:1", "1990:4"))
    assert not same_story(*census, *other_year, ("1994", "1990"))


def test_an_army_names_no_story(nlp):
    names = story_names(nlp("Anthrax case closed\n\nThe Army scientist Bruce Ivins worked at the Army's laboratory. "
                            "Ivins died in July. The Army said Ivins acted alone."))
    assert not any(name.startswith("army:") for name in names) and any(name.startswith("ivins:") for name in names)


def test_east_names_no_story(nlp):
    dili = story_names(nlp("Troops fire in Dili\n\nTroops fired on mourners in Dili, East Timor. Dili was tense. "
                           "East Timor has been ruled by Indonesia since 1976."))
    java = story_names(nlp("Stadium crush\n\nThe police chief of East Java said 125 people died. East Java mourned."))
    assert not any(name.startswith("east:") for name in (*dili, *java))
    assert any(name.startswith("dili:") for name in dili)


def test_two_articles_years_apart_dwelling_on_one_city_are_one_story_when_one_recalls_the_others_year():
    inquiry = (("India", "United States", "Pakistan"), ("rana:9", "mumbai:5", "tahawwur:3", "headley:2", "2008:3"))
    execution = (("India", "Pakistan"), ("kasab:6", "mumbai:5", "lashkar:2", "taiba:2", "2008:1", "2012:2"))
    assert same_story(*inquiry, *execution, ("2008", "2012"))
    forgotten = (("India", "Pakistan"), ("kasab:6", "mumbai:5", "lashkar:2", "taiba:2", "2012:2"))
    assert not same_story(*inquiry, *forgotten, ("2008", "2012"))  # the 1993 bombings and the 2008 attacks


def test_a_look_back_naming_the_others_year_and_what_it_is_about_is_the_same_story():
    news_of_1968 = (("Mexico", "Italy"), ("games:2", "cultures:1", "tlatelolco:1", "1968:1"))
    look_back = (("Mexico",), ("tlatelolco:3", "echeverria:2", "chihuahua:1", "1968:1", "1993:1"))
    assert same_story(*news_of_1968, *look_back, ("1968", "1998"))
    forgotten = (("Mexico",), ("tlatelolco:3", "echeverria:2", "chihuahua:1", "1993:1"))
    assert not same_story(*news_of_1968, *forgotten, ("1968", "1998"))


def test_two_stories_in_one_country_whose_main_names_the_other_never_says_are_two_stories():
    rail = (("Canada", "United States"), ("burkhardt:5", "edward:1", "montreal:1", "atlantic:1"))
    memorial = (("Canada", "Ireland", "India"), ("air:4", "cork:4", "ahakista:4", "singh:4", "atlantic:1"))
    assert not same_story(*rail, *memorial, ("2013", "2015"))
    inquiry = (("Canada",), ("burkhardt:3", "quebec:2", "atlantic:1"))
    assert same_story(*rail, *inquiry, ("2013", "2014"))


def test_a_title_kept_apart_from_the_text_counts_as_a_headline(nlp):
    text = ("\nMOKPO, South Korea - The rusted hull of the ferry Sewol arrived at the port of Mokpo on Friday. The "
            "families of the missing kept a vigil as Park Geun-hye was arrested. Park denied the charges.")
    titled = dict(name.split(":") for name in story_names(nlp(text), "Three years on, rusted Sewol hull reaches Mokpo"))
    assert list(titled.items())[:3] == [("sewol", "3"), ("mokpo", "3"), ("park", "2")]
    assert "hull" not in titled and "three" not in titled  # capitalised in the title, common in the body
    untitled = dict(name.split(":") for name in story_names(nlp(text)))
    assert list(untitled.items())[:2] == [("park", "2"), ("sewol", "1")]


def test_the_first_paragraph_of_a_text_whose_title_is_kept_apart_is_no_headline(nlp):
    # A Markdown or HTML article's text begins with its first paragraph: its names are the story's, not
    # capitalised headline words that count only where the rest of the text repeats them.
    text = ("BEIRUT - Hundreds of Palestinians gathered at the mass grave in Shatila on Sunday to mark 30 years "
            "since the massacre in the Sabra and Shatila camps.\n\nThe number of dead has never been settled. "
            "The PLO put the toll at more than 2,000.")
    names = dict(name.split(":") for name in story_names(nlp(text), "Survivors mark 30 years"))
    assert names.get("shatila") == "2" and names.get("sabra") == "1"


def test_a_title_the_text_begins_with_counts_once(nlp):
    text = "Sewol hull reaches Mokpo\n\nThe hull of the ferry Sewol arrived at the port of Mokpo on Friday."
    assert story_names(nlp(text), "Sewol hull reaches Mokpo") == story_names(nlp(text))


def test_a_town_the_tagger_takes_for_a_nationality_is_a_name_where_it_names_an_event(nlp):
    doc = nlp("BISHKEK - Uzbek refugees who fled the Andijan crackdown were flown to Romania. Saidjahon "
              "Zainabitdinov, who spoke after the Andijan massacre, is in custody, Uzbek officials said.")
    names = dict(name.split(":") for name in story_names(doc))
    assert names.get("andijan") == "2" and "uzbek" not in names


def test_news_of_one_week_set_in_the_same_countries_is_one_story_whatever_names_each_dwells_on():
    crash = (("Iran", "Ukraine", "United States"), ("boeing:2", "prystaiko:2", "qassem:2", "airlines:1"))
    admission = (("Iran", "Ukraine", "United States"), ("guards:2", "revolutionary:1", "zarif:1"))
    assert same_story(*crash, *admission, ("2020", "2020"), 3)
    assert not same_story(*crash, *admission, ("2020", "2020"), 40)  # a month on: they must share a name
    assert not same_story(*crash, *admission, ("2020", "2020"))


def test_the_event_that_names_a_speaking_group_names_the_story(nlp):
    # "Relatives of the victims of the Beirut port explosion" speak (they demand): Beirut is still what the
    # story is about, as the voices' own names ("Judge Tarek Bitar said") are not
    doc = nlp("Relatives of the victims of the Beirut port explosion marched on parliament on Wednesday, demanding "
              "that politicians lift immunity. Judge Tarek Bitar said he would press on. Bitar has asked for more time.")
    names = story_names(doc)
    assert "beirut:1" in names
    assert not any(name.startswith("tarek") for name in names)


def test_whom_a_source_tells_is_a_voice_not_what_the_story_is_about(nlp):
    doc = nlp("Sixty-six people died in the crush at the Lenin Stadium, the investigator told the newspaper Izvestia. "
              "Shpeyer told Izvestia that the toll was right. Izvestia said the files had been classified. "
              "Spartak fans still gather at the Lenin Stadium.")
    names = story_names(doc)
    assert not any(name.startswith("izvestia") for name in names)
    assert "lenin:2" in names


def test_the_inquiry_a_source_tells_names_what_it_inquires_into(nlp):
    doc = nlp("The head of the London Fire Brigade told the Grenfell Tower inquiry on Thursday that she would not "
              "change anything. Arconic has denied that it concealed any risks.")
    names = story_names(doc, title="Fire chief tells Grenfell inquiry she would not change the response")
    assert "grenfell:3" in names  # once in the body, twice for the headline


def test_a_flight_named_by_its_code_names_the_story_whatever_its_tag(nlp):
    doc = nlp("Ten years after Malaysia Airlines flight MH370 vanished, relatives of the 239 people on board say they "
              "are no closer to knowing what happened.")
    assert [t.pos_ for t in doc if t.text == "MH370"] == ["NOUN"]  # not a proper noun, to the tagger
    assert "mh370:1" in story_names(doc)


def test_pieces_years_apart_looking_back_on_one_year_are_one_story():
    in_2005 = (("Armenia", "Turkey"), ("ottoman:2", "empire:2", "constantinople:1", "erdogan:1", "1915:1"))
    in_2015 = (("Armenia", "Turkey", "Russia"), ("gallipoli:3", "putin:1", "ottoman:1", "erdogan:1", "1915:1"))
    assert same_story(*in_2005, *in_2015, years=("2005", "2015"))
    without_the_year = (in_2015[0], in_2015[1][:-1])
    assert not same_story(*in_2005, *without_the_year, years=("2005", "2015"))


def test_an_anniversary_piece_names_the_year_it_looks_back_on(nlp):
    from datetime import date
    doc = nlp("Ten years on\nPublished: 2015-05-13\n\nTen years after troops fired on protesters in Andijan, the "
              "toll remains in dispute. Survivors marked 40 years since the earthquake.")
    names = story_names(doc, published=date(2015, 5, 13))
    assert "2005:1" in names and "1975:1" in names
    assert not any(name[0].isdigit() for name in story_names(doc))  # no date, no year looked back on
