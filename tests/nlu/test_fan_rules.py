"""The rules that read questions the way fans write them, each on a real parser over the loaded store."""

from __future__ import annotations

import pytest

from arena.debate.errors import QuestionNotUnderstood
from arena.debate.plan import check_parse
from arena.nlu import QuestionParser
from arena.nlu.frequency import is_english_word, is_everyday_word
from arena.nlu.mentions.grammar import may_be_noun


def _ids(parser: QuestionParser, question: str) -> list[str]:
    return [p.id for p in parser.parse(question).players]


def test_everyday_words_are_told_from_names_common_in_every_language() -> None:
    assert is_everyday_word("bird") and is_everyday_word("judge")
    assert not is_everyday_word("jordan") and not is_everyday_word("gretzky")
    assert is_english_word("mile") and not is_english_word("jokic")


@pytest.mark.parametrize("sentence", [
    "a bird flew into my window this morning", "the best burger in town by a mile",
    "the miller ground the wheat into flour", "i'd rather walk than take the bus",
])
def test_a_sentence_of_everyday_words_names_nobody(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == []


def test_an_everyday_word_is_a_name_where_the_question_places_it_as_one(parser: QuestionParser) -> None:
    assert _ids(parser, "Jordan or Bird, final answer") == ["nba:jordami01", "nba:birdla01"]
    assert _ids(parser, "magic in the 80s was different") == ["nba:johnsma02"]


def test_a_surname_two_stars_of_one_league_share_asks_back(parser: QuestionParser) -> None:
    for question, mention in (("manning super bowls", "manning"), ("hull goals", "hull")):
        parsed = parser.parse(question)
        assert parsed.players == [] and parsed.needs_clarification, question
        assert [c.mention for c in parsed.clarification or []] == [mention]
    assert _ids(parser, "jordan in the finals") == ["nba:jordami01"]
    # Seasons named are the better-known namesake's.
    assert _ids(parser, "brady in the 2000s vs manning in the 2000s") == ["nfl:00-0019596", "nfl:00-0010346"]


def test_a_surname_beside_a_contemporary_is_the_namesake_whose_career_matches(parser: QuestionParser) -> None:
    assert _ids(parser, "bird or johnson") == ["nba:birdla01", "nba:johnsma02"]
    assert _ids(parser, "malone and stockton pick and roll") == ["nba:malonka01", "nba:stockjo01"]
    # Eli's career matches Brady's a little more nearly than Peyton's does; beside Brady, the Manning fans argue
    # about is still the better known one, as it is beside other quarterbacks and in headlines.
    assert _ids(parser, "brady vs manning") == ["nfl:00-0019596", "nfl:00-0010346"]
    assert _ids(parser, "top 3 qbs: marino, manning, montana") == [
        "nfl:00-0010379", "nfl:00-0010346", "nfl:pfr-joe-montana-1979"]
    assert _ids(parser, "Favre, Manning Renew Rivalry") == ["nfl:00-0005106", "nfl:00-0010346"]
    # Beside a player whose career makes the other namesake about as likely (Brett Hull played with Gretzky's
    # years; the Sedin twins' were one career), it is still asked back.
    for question in ("hull vs gretzky", "sedin vs ovechkin"):
        assert parser.parse(question).needs_clarification, question


def test_two_surnames_shared_across_sports_both_ask_back(parser: QuestionParser) -> None:
    for question in ("brown or davis", "jones vs williams"):
        parsed = parser.parse(question)
        assert parsed.players == [] and len(parsed.clarification or []) == 2, question


def test_everyday_phrases_around_a_name_name_nobody(parser: QuestionParser) -> None:
    assert _ids(parser, "jordan had more rings than fingers") == ["nba:jordami01"]
    assert _ids(parser, "a quick one about gretzky: best season?") == ["nhl:gretzwa01"]
    assert _ids(parser, "how many cy youngs did maddux win") == ["mlb:maddugr01"]


def test_a_first_name_that_is_an_everyday_word_is_no_name_alone(parser: QuestionParser) -> None:
    assert _ids(parser, "trout or judge, who ya got") == ["mlb:troutmi01", "mlb:judgeaa01"]


def test_an_english_noun_after_a_determiner_and_an_adjective_is_no_name(parser: QuestionParser) -> None:
    assert _ids(parser, "a fisher caught a big trout in the lake") == []
    # Everyday words after "a" are a noun phrase, whatever full name they also spell.
    assert _ids(parser, "they bought a little town house") == []


def test_jr_and_sr_pick_the_son_and_the_father(parser: QuestionParser) -> None:
    assert _ids(parser, "ken griffey jr vs ken griffey sr") == ["mlb:griffke02", "mlb:griffke01"]
    assert _ids(parser, "fernando tatis sr stats") == ["mlb:tatisfe01"]


def test_a_two_digit_year_takes_the_century_of_the_career(parser: QuestionParser) -> None:
    parsed = parser.parse("ted williams 41")
    assert parsed.seasons == [1941]
    union = parser.parse("duncan 03 vs garnett 04")
    assert union.seasons == [2003, 2004]
    assert {p.id: p.seasons for p in union.players} == {"nba:duncati01": [2003], "nba:garneke01": [2004]}
    assert parser.parse("is the mailman a top 15 player all time?").seasons is None


def test_a_decade_is_the_one_the_player_played_in(parser: QuestionParser) -> None:
    assert parser.parse("ruth in the 20s").season_range == (1920, 1929)
    assert parser.parse("ohtani in the 20s").season_range == (2020, 2029)


def test_other_sports_and_stats_not_stored_are_not_covered(parser: QuestionParser) -> None:
    parsed = parser.parse("serena williams vs roger federer")
    assert parsed.players == []
    assert parsed.error is not None and parsed.error.code == "not-covered"
    assert parsed.not_covered is not None and "NBA" in parsed.not_covered
    mixed = parser.parse("lionel messi or lebron james")
    assert [p.id for p in mixed.players] == ["nba:jamesle01"] and mixed.not_covered


def test_a_lone_surname_beside_another_sports_athlete_is_not_the_stores_namesake(parser: QuestionParser) -> None:
    parsed = parser.parse("harry kane or ovechkin")
    assert [p.id for p in parsed.players] == ["nhl:ovechal01"] and parsed.not_covered
    for question in ("mbappe vs kane", "graf or williams"):
        parsed = parser.parse(question)
        assert parsed.players == [] and parsed.not_covered, question


def test_a_stat_held_too_thinly_is_not_covered_with_its_player_kept(parser: QuestionParser) -> None:
    parsed = parser.parse("how many tackles did ray lewis have")
    assert _ids(parser, "how many tackles did ray lewis have") == ["nfl:nflcom-2501750"]
    assert parsed.error is not None and parsed.error.code == "not-covered"
    assert parsed.not_covered is not None and "tackles" in parsed.not_covered


def test_a_debate_over_what_is_not_covered_stops_with_the_reason(parser: QuestionParser) -> None:
    with pytest.raises(QuestionNotUnderstood, match="does not cover soccer"):
        check_parse(parser.parse("lionel messi or lebron james"))


@pytest.mark.parametrize(("question", "code"), [
    ("", "empty"), ("\x00\x01\x1b[31m", "nothing-recognised"), ("🏀🔥💯", "nothing-recognised"),
    ("谁是最好的篮球运动员", "nothing-recognised"), ("x" * 100_000, "too-long"),
])
def test_bad_input_is_a_clear_error_and_never_a_player(parser: QuestionParser, question: str, code: str) -> None:
    parsed = parser.parse(question)
    assert parsed.players == [] and parsed.error is not None and parsed.error.code == code


def test_another_language_finds_no_player(parser: QuestionParser) -> None:
    for question in ("¿Quién es mejor, el perro o el gato de mi casa?", "Wer ist besser, der Hund oder die Katze?"):
        assert parser.parse(question).players == [], question


def _seasons(parser: QuestionParser, question: str) -> list[int] | tuple[int, int] | None:
    parsed = parser.parse(question)
    return parsed.seasons or parsed.season_range


def test_a_record_a_stat_line_or_a_count_is_no_season(parser: QuestionParser) -> None:
    assert _seasons(parser, "the 62-20 celtics had bird and mchale") is None
    assert _seasons(parser, "jokic put up 29-14-10 in 2024") == [2024]
    assert _seasons(parser, "bird 96-98 was not a thing") is None  # no century puts those in Bird's career
    assert _seasons(parser, "jordan 96-98 three peat") == (1996, 1998)  # a short span is seasons
    assert _seasons(parser, "mcgwire 70 hr") is None  # a count, in no century of his career


@pytest.mark.parametrize(("question", "players"), [
    ("gretzky hart trophies", ["nhl:gretzwa01"]),
    ("did mcdavid win the art ross", ["nhl:mcdavco01"]),
    ("verlander cy young 2011", ["mlb:verlaju01"]),
    ("lebron bill russell trophy 2016", ["nba:jamesle01"]),
])
def test_an_award_named_after_a_player_is_the_award(parser: QuestionParser, question: str,
                                                    players: list[str]) -> None:
    assert _ids(parser, question) == players


def test_an_award_name_said_as_one_side_of_a_comparison_is_the_player(parser: QuestionParser) -> None:
    assert _ids(parser, "cy young vs walter johnson") == ["mlb:youngcy01", "mlb:johnswa01"]
    assert _ids(parser, "bill russell or wilt") == ["nba:russebi01", "nba:chambwi01"]


def test_a_first_name_in_its_short_form_or_misspelt_still_names_the_player(parser: QuestionParser) -> None:
    assert _ids(parser, "matt stafford comeback wins") == ["nfl:00-0026498"]
    assert _ids(parser, "mikael vick was electric") == ["nfl:00-0020245"]
    assert _ids(parser, "i will green light the plan") == []


def test_a_season_may_follow_what_is_asked_of_the_player(parser: QuestionParser) -> None:
    assert _seasons(parser, "kobe 81 points 06") == [2006]
    assert _seasons(parser, "vince carter dunk contest 00") == [2000]


def test_a_name_used_in_every_language_is_a_name_after_a_determiner(parser: QuestionParser) -> None:
    assert _ids(parser, "that was a kobe fadeaway") == ["nba:bryanko01"]
    assert _ids(parser, "a fisher caught a big trout in the lake") == []
    # Everyday words after "a" are a noun phrase, whatever full name they also spell.
    assert _ids(parser, "they bought a little town house") == []


def test_a_first_and_last_name_both_misspelt_is_the_name_the_corrections_make(parser: QuestionParser) -> None:
    # Every close correction of each word is tried and the full name chooses ("bradie": brodie, brady),
    # and a surname may be spelt as it sounds.
    assert _ids(parser, "tom bradie rings") == ["nfl:00-0019596"]
    assert _ids(parser, "reggie jaxon homers") == ["mlb:jacksre01"]


def test_letters_run_into_digits_are_a_tag_not_a_misspelt_name(parser: QuestionParser) -> None:
    assert _ids(parser, "ELI5: why was Dan Marino so good") == ["nfl:00-0010379"]


def test_a_clubs_city_beside_a_player_is_where_he_played(parser: QuestionParser) -> None:
    assert _ids(parser, "a fan in Houston says harden was robbed") == ["nba:hardeja01"]
    assert _ids(parser, "the caller from Dallas thinks nowitzki is top 10") == ["nba:nowitdi01"]
    assert _ids(parser, "houston olajuwon in the finals") == ["nba:olajuha01"]
    # A city that is the player's own first name stays his.
    assert _ids(parser, "dallas goedert catches") == ["nfl:00-0034351"]


def test_a_name_in_a_list_after_a_colon_or_comma_is_placed_by_its_neighbours(parser: QuestionParser) -> None:
    assert _ids(parser, "top two: bird, jordan") == ["nba:birdla01", "nba:jordami01"]
    # A comma that ends a clause places nothing.
    assert _ids(parser, "Magic and Kareem, showtime's best duo?") == ["nba:johnsma02", "nba:abdulka01"]


def test_a_surname_unlike_any_word_is_a_name_in_sport_talk_however_obscure(parser: QuestionParser) -> None:
    assert _ids(parser, "bobrovsky saves") == ["nhl:bobrose01"]
    assert _ids(parser, "holtby saves") == ["nhl:holtbbr01"]


def test_seasons_listed_after_a_season_are_all_named(parser: QuestionParser) -> None:
    assert _seasons(parser, "griffey in 97 and 98") == [1997, 1998]
    assert _seasons(parser, "kobe in 06, 07 or 08") == [2006, 2007, 2008]
    # Listed two digits at a time after the player, each takes the century of his career.
    assert _seasons(parser, "ruth 21 and 27") == [1921, 1927]
    assert _seasons(parser, "crosby 09, 16 and 17 cups") == [2009, 2016, 2017]
    assert _seasons(parser, "lebron 23, 7 and 7") is None


def test_decades_listed_together_are_one_span(parser: QuestionParser) -> None:
    assert _seasons(parser, "stan musial 40s and 50s") == (1940, 1959)


def test_a_city_of_two_words_beside_a_player_is_where_he_played(parser: QuestionParser) -> None:
    assert _ids(parser, "st louis pujols was a machine") == ["mlb:pujolal01"]
    assert _ids(parser, "st louis vs stamkos") == ["nhl:stlouma01", "nhl:stamkst01"]


@pytest.mark.parametrize("question", [
    "tyler perry made another movie", "harrison ford is my favorite actor", "morgan freeman narrating the finals",
    "taylor swift at the game",
])
def test_a_first_and_last_name_of_someone_the_store_lacks_names_no_player(parser: QuestionParser,
                                                                         question: str) -> None:
    assert _ids(parser, question) == []


def test_surnames_of_two_contemporaries_side_by_side_are_two_players(parser: QuestionParser) -> None:
    assert _ids(parser, "jordan pippen rodman") == ["nba:jordami01", "nba:pippesc01", "nba:rodmade01"]
    assert _ids(parser, "marino elway") == ["nfl:00-0010379", "nfl:pfr-john-elway-1983"]
    # Three or more side by side are a list, whatever their leagues.
    assert _ids(parser, "brady gretzky jordan ruth goats") == [
        "nfl:00-0019596", "nhl:gretzwa01", "nba:jordami01", "mlb:ruthba01"]


def test_an_obscure_players_name_in_a_question_not_about_his_league_is_someone_elses(
        parser: QuestionParser) -> None:
    assert _ids(parser, "kevin hart vs shaq height lol") == ["nba:onealsh01"]
    assert _ids(parser, "bill murray at the game") == []
    # His league or a season of his career places him.
    assert _ids(parser, "kevin hart mlb") == ["mlb:hartke01"]
    assert _ids(parser, "kevin hart in 2008") == ["mlb:hartke01"]


def test_a_name_with_an_s_before_what_sport_talks_of_is_his_possessive(parser: QuestionParser) -> None:
    assert _ids(parser, "morgan freeman narrating jordans career") == ["nba:jordami01"]
    assert _ids(parser, "pippens defense") == ["nba:pippesc01"]
    assert _ids(parser, "the browns defense") == []


def test_two_bare_numbers_joined_by_to_are_the_players_span(parser: QuestionParser) -> None:
    assert _seasons(parser, "gretzky 84 thru 88") == (1984, 1988)
    assert _seasons(parser, "mantle 56 to 61") == (1956, 1961)


def test_a_phrase_only_sport_uses_places_a_nickname(parser: QuestionParser) -> None:
    assert _ids(parser, "the microwave heating up off the bench") == ["nba:johnsvi01"]
    assert _ids(parser, "i put the soup in the microwave") == []


def test_a_nickname_variant_is_no_given_name_to_shorten(parser: QuestionParser) -> None:
    # "The Russian Rocket" (Bure, 1992-2003) is not "the rocket": a season settles the curated rockets.
    assert _ids(parser, "the rocket in 1995") == ["mlb:clemero02"]
    assert _ids(parser, "the rocket 1950") == ["nhl:richama01"]


@pytest.mark.parametrize(("question", "season"), [
    ("were the 86 celtics the best team ever", 1986), ("were the 85 bears the best defense ever", 1985),
    ("were the 77 canadiens the best team ever", 1977),
])
def test_a_two_digit_year_beside_a_club_is_its_season(parser: QuestionParser, question: str, season: int) -> None:
    parsed = parser.parse(question)
    assert parsed.players == [] and parsed.seasons == [season], question


def test_a_bare_number_beside_no_club_and_no_player_is_no_season(parser: QuestionParser) -> None:
    assert parser.parse("top 10 teams of all time").seasons is None


@pytest.mark.parametrize("question", ["thierry henry at arsenal", "david beckham free kicks", "canelo vs ggg",
                                      "virat kohli centuries", "agassi or sampras", "khabib vs gsp",
                                      "best mma fighter ever"])
def test_athletes_of_other_sports_are_not_covered_not_namesakes(parser: QuestionParser, question: str) -> None:
    parsed = parser.parse(question)
    assert parsed.players == [] and parsed.error is not None and parsed.error.code == "not-covered", question


def test_a_word_set_against_a_player_across_but_is_a_name(parser: QuestionParser) -> None:
    assert sorted(_ids(parser, "bonds had the numbers but aaron did it clean")) == ["mlb:aaronha01", "mlb:bondsba01"]
    assert _ids(parser, "the bonds were sold but the market fell") == []


def test_a_caller_opening_with_an_adjective_names_nobody_by_it(parser: QuestionParser) -> None:
    assert _ids(parser, "Quick question about Clayton Kershaw, is he the best lefty ever?") == ["mlb:kershcl01"]


def test_current_players_fans_call_by_first_name_alone(parser: QuestionParser) -> None:
    assert _ids(parser, "chet is gonna be a problem") == ["nba:holmgch01"]
    assert _ids(parser, "dream in 95 vs shaq") == ["nba:olajuha01", "nba:onealsh01"]


def test_words_beside_a_name_that_describe_the_same_player_name_no_other(parser: QuestionParser) -> None:
    assert _ids(parser, "mr october reggie") == ["mlb:jacksre01"]
    assert _ids(parser, "calling about Mark Messier, the captain, best leader ever") == ["nhl:messima01"]
    assert _ids(parser, "messier or the captain") == ["nhl:messima01", "nhl:yzermst01"]


def test_a_trophy_listed_with_another_award_is_the_trophy(parser: QuestionParser) -> None:
    parsed = parser.parse("verlander 11 mvp and cy young")
    assert [p.id for p in parsed.players] == ["mlb:verlaju01"] and parsed.seasons == [2011]
    assert _ids(parser, "cy young and walter johnson") == ["mlb:youngcy01", "mlb:johnswa01"]


def test_an_english_word_after_a_stat_word_ends_that_noun(parser: QuestionParser) -> None:
    assert _ids(parser, "mcgwire 98 vs sosa 98 home run chase") == ["mlb:mcgwima01", "mlb:sosasa01"]
    assert _ids(parser, "home runs: bonds or aaron") == ["mlb:bondsba01", "mlb:aaronha01"]


@pytest.mark.parametrize(("question", "players"), [
    ("who hits more homers judge or stanton", ["mlb:judgeaa01", "mlb:stantmi03"]),
    ("more rebounds rose or wade", ["nba:rosede01", "nba:wadedw01"]),
    ("most wins price or brodeur", ["nhl:priceca01", "nhl:brodema01"]),
    ("most touchdowns rice vs moss", ["nfl:00-0013639", "nfl:00-0011754"]),
])
def test_a_word_after_a_stat_word_set_against_a_name_is_a_name(
        parser: QuestionParser, question: str, players: list[str]) -> None:
    """'who hits more homers judge or stanton' lost Judge as the end of the noun 'homers judge': a word set
    against a name across 'or' or 'vs' is one side of the comparison, and no noun is compared with a player."""
    assert _ids(parser, question) == players


def test_a_nickname_followed_by_of_is_a_title_of_something(parser: QuestionParser) -> None:
    assert _ids(parser, "who is the king of the regular season") == []
    assert _ids(parser, "the king vs the greek freak") == ["nba:jamesle01", "nba:antetgi01"]


def test_a_phrase_nickname_after_the_is_the_phrase(parser: QuestionParser) -> None:
    assert _ids(parser, "patrick roy or martin brodeur for the big game") == ["nhl:roypa01", "nhl:brodema01"]


def test_a_surname_about_as_likely_as_a_first_name_is_read_as_the_surname(parser: QuestionParser) -> None:
    assert _ids(parser, "allen vs miller three point shooting") == ["nba:allenra02", "nba:millere01"]


def test_his_dad_after_a_junior_is_the_father(parser: QuestionParser) -> None:
    assert _ids(parser, "vladimir guerrero jr vs his dad") == ["mlb:guerrvl02", "mlb:guerrvl01"]
    assert _ids(parser, "ken griffey sr and his son") == ["mlb:griffke01", "mlb:griffke02"]
    assert _ids(parser, "vladimir guerrero jr hit 48 homers") == ["mlb:guerrvl02"]


def test_what_a_season_is_called_may_sit_between_a_player_and_it(parser: QuestionParser) -> None:
    assert parser.parse("bob griese perfect season 72").seasons == [1972]
    assert parser.parse("derrick rose mvp year 11").seasons == [2011]


@pytest.mark.parametrize(("question", "league"), [
    ("who led the AL in batting in 1941", "mlb"), ("NL MVP race 2021 was close", "mlb"),
    ("best qb in the NFC in 2011", "nfl"), ("AFC east running backs in 2003", "nfl"),
    ("national league home run leader 1998", "mlb"),
])
def test_a_league_abbreviation_names_the_league_not_a_player(parser: QuestionParser, question: str,
                                                               league: str) -> None:
    parsed = parser.parse(question)
    assert (parsed.players, parsed.clarification, parsed.error) == ([], None, None), question
    assert parsed.leagues == [league] and parsed.seasons, question
    # A first name the abbreviation spells is still a first name before a surname.
    assert _ids(parser, "al kaline vs nl champs") == ["mlb:kalinal01"]
    assert _ids(parser, "miguel cabrera AL triple crown 2012") == ["mlb:cabremi01"]


@pytest.mark.parametrize("question", [
    "Who has more Defensive Player of the Year awards, Dikembe Mutombo or Ben Wallace?",
    "Who has more Vezina Trophies, Terry Sawchuk or Dominik Hasek?",
])
def test_a_trophy_named_asks_no_stat_of_its_words(parser: QuestionParser, question: str) -> None:
    """'Defensive Player of the Year awards' name a trophy (counted by the debate), not the defensive stats."""
    parsed = parser.parse(question)
    assert parsed.stat_focus == [] and len(parsed.players) == 2, question


@pytest.mark.parametrize("question", [
    "who led the AL in batting in 1941", "who won the batting title in 2004", "ichiro batting crown 2004",
    "who led the NL in hitting in 1987",
])
def test_the_batting_title_asks_for_batting_average(parser: QuestionParser, question: str) -> None:
    focus = [(f.group, f.key) for f in parser.parse(question).stat_focus]
    assert focus == [("batting", "batting_avg")], question


@pytest.mark.parametrize(("question", "others"), [
    ("Jim Brown vs Barry Sanders", ["nfl:pfr-barry-sanders-1989"]), ("jim brown rushing yards", []),
    # Named in full, a player of the known holes is read as him, not split into namesakes the store holds
    # (Reggie Wayne and Roddy White).
    ("Lawrence Taylor vs Reggie White", ["nfl:nflcom-2503264"]),
    # A Hall of Famer of the curated table whom no file holds (Paul Hornung, Packers 1957-1966), though the
    # holes do not name him.
    ("Jim Taylor vs Paul Hornung", ["nfl:nflcom-2527090"]),
])
def test_a_famous_player_the_league_lacks_is_not_covered_not_an_obscure_namesake(
    parser: QuestionParser, question: str, others: list[str],
) -> None:
    parsed = parser.parse(question)
    assert [p.id for p in parsed.players] == others and not parsed.needs_clarification, question
    assert parsed.error is not None and parsed.error.code == "not-covered", question
    assert parsed.not_covered is not None and "in the NFL data" in parsed.not_covered
    # The league's known hole, as `arena data status` says it, names him among the players no file has.
    assert "Jim Brown" in parsed.not_covered.split("known hole:", 1)[1]


def test_one_namesake_beside_a_player_of_another_sport_is_a_cross_sport_question(parser: QuestionParser) -> None:
    parsed = parser.parse("LeBron vs Aaron Donald")
    assert [p.id for p in parsed.players] == ["nba:jamesle01", "nfl:nflcom-2543485"] and parsed.error is None
    # Without a league around it, an obscure namesake is still asked back, not declared absent.
    assert [c.mention for c in parser.parse("tom brown").clarification or []] == ["tom brown"]


@pytest.mark.parametrize(("question", "player", "season"), [
    ("the 85 bears qb", "nfl:pfr-jim-mcmahon-1982", 1985),  # the starter, not the holder who played every game
    ("who played quarterback for the 1999 rams", "nfl:00-0017200", 1999),  # the Rams' code in St. Louis
    ("the 2016 cubs first baseman", "mlb:rizzoan01", 2016),
    ("who played right field for the 2001 mariners", "mlb:suzukic01", 2001),
    ("the 2008 celtics point guard", "nba:rondora01", 2008),
    ("2002 red wings goalie", "nhl:hasekdo01", 2002),  # "red" is the club's word, not Red Kelly
    # The season may follow the position rather than the club.
    ("who was the 49ers quarterback in 1989", "nfl:pfr-joe-montana-1979", 1989),
    ("devils goalie in the 2000 cup run", "nhl:brodema01", 2000),
])
def test_a_club_season_and_a_position_name_the_clubs_player_there(parser: QuestionParser, question: str,
                                                                   player: str, season: int) -> None:
    parsed = parser.parse(question)
    assert ([p.id for p in parsed.players], parsed.seasons) == ([player], [season]), question


def test_two_players_of_a_club_close_in_volume_at_a_position_are_asked_back(parser: QuestionParser) -> None:
    # Koufax and Drysdale struck out 1,910 each for the Dodgers in the 60s: one ace is not the store's to pick.
    parsed = parser.parse("the Dodgers ace in the 60s")
    assert parsed.players == [] and parsed.needs_clarification
    assert {c.id for c in (parsed.clarification or [])[0].candidates} == {"mlb:koufasa01", "mlb:drysddo01"}
    # Without a position, one club and its season is still no player ("the 85 bears" debates nobody).
    assert _ids(parser, "the 85 bears defense was insane") == []


def test_each_club_with_a_position_names_its_player_there(parser: QuestionParser) -> None:
    parsed = parser.parse("85 bears qb vs 2007 patriots qb")
    assert [(p.id, p.seasons) for p in parsed.players] == [("nfl:pfr-jim-mcmahon-1982", [1985]),
                                                          ("nfl:00-0019596", [2007])]
    # Two clubs of the store's team seasons, each with a position: their players, not the clubs.
    parsed = parser.parse("the 2001 yankees shortstop vs the 2004 red sox third baseman")
    assert [p.id for p in parsed.players] == ["mlb:jeterde01", "mlb:muellbi02"] and parsed.teams == []
    assert parsed.seasons == [2001, 2004]


@pytest.mark.parametrize(("question", "player"), [
    ("smith on the cowboys rushing", "nfl:00-0015165"), ("rice with the niners", "nfl:00-0013639"),
    ("jones on the falcons receiving yards", "nfl:00-0027944"), ("thomas with the bad boy pistons", "nba:thomais01"),
    ("love on the cavs in 2016", "nba:loveke01"), ("green on the Warriors defense", "nba:greendr01"),
])
def test_a_surname_beside_a_club_is_the_clubs_player(parser: QuestionParser, question: str, player: str) -> None:
    assert _ids(parser, question) == [player]


@pytest.mark.parametrize("sentence", ["love the bulls", "I love the Knicks", "love this game so much"])
def test_a_word_before_a_verbs_object_club_is_no_name(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == []


def test_a_first_name_after_a_greeting_is_the_person_spoken_to(parser: QuestionParser) -> None:
    parsed = parser.parse("hey Chris, Kirk Cousins or Matt Ryan, who had the better career")
    assert [p.id for p in parsed.players] == ["nfl:00-0029604", "nfl:00-0026143"] and not parsed.needs_clarification
    # A player's own alias is still him when greeted.
    assert _ids(parser, "hey lebron, you are the goat") == ["nba:jamesle01"]


def test_a_middle_initial_that_is_not_the_players_names_someone_else(parser: QuestionParser) -> None:
    assert _ids(parser, "michael b jordan in creed") == []
    assert "nhl:gretzwa01" in _ids(parser, "wayne d gretzky")  # Wayne Douglas Gretzky: his own initial


def test_a_name_voice_typing_split_is_read_joined(parser: QuestionParser) -> None:
    assert _ids(parser, "patrick ma homes vs josh allen") == ["nfl:00-0033873", "nfl:00-0034857"]
    assert _ids(parser, "show hey oh tani home runs") == ["mlb:ohtansh01"]
    # Only an exact join: "manning vs" is no "manningvs" corrected to Manning.
    assert _ids(parser, "brady or manning") == ["nfl:00-0019596", "nfl:00-0010346"]


def test_chat_words_are_no_players(parser: QuestionParser) -> None:
    assert _ids(parser, "hey guys, love ya, Pedro Martinez in 2000") == ["mlb:martipe02"]
    assert _ids(parser, "Marc-Andre Fleury is a first ballot HOFer") == ["nhl:fleurma01"]


def test_a_number_before_a_comma_is_not_the_season_of_the_player_after(parser: QuestionParser) -> None:
    parsed = parser.parse("parlay: tatum over 25, jokic triple double")
    assert [p.id for p in parsed.players] == ["nba:tatumja01", "nba:jokicni01"] and parsed.seasons is None


def test_a_clubs_nickname_lends_its_league_to_a_close_call(parser: QuestionParser) -> None:
    # Bo Jackson played in the NFL and MLB: the club named says which.
    assert _ids(parser, "bo jackson raiders highlight reel") == ["nfl:pfr-bo-jackson-1987"]
    assert _ids(parser, "bo jackson royals homer") == ["mlb:jacksbo01"]
    # A nickname two leagues' clubs have used for years ("kings") lends neither league.
    assert parser.indexes.teams.league_of.get("kings") is None
    assert parser.indexes.teams.league_of["raiders"].value == "nfl"  # the WHA's one-season Raiders aside


def test_a_decade_leaves_out_a_namesake_whose_last_season_was_the_year_before(parser: QuestionParser) -> None:
    # MLB numbers a season by the year it is played: Jim Rice's last, 1989, is not in the 90s; Jerry Rice is.
    assert _ids(parser, "rice in the 90s was a cheat code") == ["nfl:00-0013639"]


def test_a_player_of_another_league_s_known_holes_is_named_with_that_hole(parser: QuestionParser) -> None:
    # Baseball-Reference: Josh Gibson's Negro Leagues seasons are in no Lahman table.
    parsed = parser.parse("Josh Gibson vs Babe Ruth")
    assert [p.id for p in parsed.players] == ["mlb:ruthba01"]
    assert parsed.not_covered is not None and "in the MLB data" in parsed.not_covered
    assert "Negro Leagues" in parsed.not_covered


def test_an_everyday_word_after_a_prepositions_that_is_a_noun(parser: QuestionParser) -> None:
    parsed = parser.parse("Aaron Judge's 62 in 2022 is the real record and I will die on that hill")
    assert [p.id for p in parsed.players] == ["mlb:judgeaa01"] and parsed.seasons == [2022]
    assert parsed.error is None  # "record and I" is no name typed beside "and"


def test_an_award_written_in_capitals_is_the_award(parser: QuestionParser) -> None:
    assert _ids(parser, "Jackson Merrill or Paul Skenes for ROY") == ["mlb:merrija01", "mlb:skenepa01"]
    assert _ids(parser, "roy vs brodeur") == ["nhl:roypa01", "nhl:brodema01"]


def test_a_phrase_nickname_before_a_noun_for_a_person_describes_him(parser: QuestionParser) -> None:
    question = "Spurs fans: David Robinson vs Tim Duncan, who is the franchise guy"
    assert _ids(parser, question) == ["nba:robinda01", "nba:duncati01"]


def test_a_year_beside_an_event_arena_does_not_cover_is_no_season(parser: QuestionParser) -> None:
    parsed = parser.parse("Dominik Hašek 1998 Olympics aside, best goalie ever?")
    assert [p.id for p in parsed.players] == ["nhl:hasekdo01"] and parsed.seasons is None


def test_a_phrase_nickname_in_his_clubs_city_is_him(parser: QuestionParser) -> None:
    assert _ids(parser, "the dominator in buffalo") == ["nhl:hasekdo01"]
    assert _ids(parser, "we had rice in boston last night") == []


def test_a_lower_case_club_after_on_the_is_the_club(parser: QuestionParser) -> None:
    assert _ids(parser, "green on the warriors defense") == ["nba:greendr01"]
    assert _ids(parser, "green light on the warriors") == []


@pytest.mark.parametrize(("question", "players"), [
    ("Ruth vs Judge in three point percentage", ["mlb:ruthba01", "mlb:judgeaa01"]),
    ("Tom Brady save percentage", ["nfl:00-0019596"]),
])
def test_a_stat_only_another_sport_keeps_is_not_covered_for_the_player(parser: QuestionParser, question: str,
                                                                      players: list[str]) -> None:
    parsed = parser.parse(question)
    assert [p.id for p in parsed.players] == players
    assert parsed.error is not None and parsed.error.code == "not-covered" and parsed.not_covered
    # A stat of his own sport, or one several sports keep, is asked as usual.
    assert parser.parse("Tom Brady passing yards").error is None
    assert parser.parse("Babe Ruth home runs vs Gretzky goals").error is None


def test_a_phrase_nickname_after_a_preposition_of_place_is_the_spot(parser: QuestionParser) -> None:
    assert _ids(parser, "Steph Curry from the logo") == ["nba:curryst01"]
    assert _ids(parser, "the logo vs the big o") == ["nba:westje01", "nba:roberos01"]
    # After "of", such a phrase is the thing named (BenJarvus Green-Ellis was "the Law Firm").
    assert _ids(parser, "Tom Brady, owner of the law firm that sponsors the team") == ["nfl:00-0019596"]


@pytest.mark.parametrize(("question", "player", "seasons", "season_range"), [
    # A role is a position with its own volume: a closer's saves, a leadoff hitter's stolen bases.
    ("the Yankees closer in 2005", "Mariano Rivera", [2005], None),
    ("the Mets closer in 2006", "Billy Wagner", [2006], None),
    ("Padres closer in the 90s", "Trevor Hoffman", None, (1990, 1999)),
    ("the Yankees leadoff hitter in 1985", "Rickey Henderson", [1985], None),
    ("Mariners leadoff hitter in the 2000s", "Ichiro Suzuki", None, (2000, 2009)),
    # A basketball position: starts (Kerr played Harper's minutes off the bench), minutes before starts.
    ("96 bulls point guard", "Ron Harper", [1996], None),
    ("the 2015 warriors center", "Andrew Bogut", [2015], None),
    ("the 1980 lakers center", "Kareem Abdul-Jabbar", [1980], None),
    ("the Bulls power forward on the 96 team", "Dennis Rodman", [1996], None),
    ("Chargers running back in the 2000s", "LaDainian Tomlinson", None, (2000, 2009)),
    ("Canadiens goalie in the 70s", "Ken Dryden", None, (1970, 1979)),
    # No season named: the club's whole history, and no season asked about.
    ("the Yankees closer", "Mariano Rivera", None, None),
    ("Jazz point guard", "John Stockton", None, None),
    ("the Cowboys running back", "Emmitt Smith", None, None),
])
def test_a_club_and_a_role_name_the_player_who_filled_it(parser: QuestionParser, question: str, player: str,
                                                        seasons: list[int] | None,
                                                        season_range: tuple[int, int] | None) -> None:
    parsed = parser.parse(question)
    assert ([p.name for p in parsed.players], parsed.seasons, parsed.season_range) == ([player], seasons,
                                                                                       season_range), question


def test_a_role_the_store_does_not_record_asks_back_among_the_clubs_leaders(parser: QuestionParser) -> None:
    # No source records captaincies: the club's leading skaters of the time are asked back, none guessed.
    for question, leader in (("Oilers captain in the 80s", "Wayne Gretzky"), ("Blackhawks captain in 2010",
                                                                               "Jonathan Toews")):
        parsed = parser.parse(question)
        assert parsed.players == [] and parsed.needs_clarification, question
        assert leader in [c.name for c in (parsed.clarification or [])[0].candidates], question
    # "Red Sox" is read whole: Boston's cleanup hitters, not the White Sox's.
    parsed = parser.parse("Red Sox cleanup hitter in the 2000s")
    assert {c.name for c in (parsed.clarification or [])[0].candidates} == {"Manny Ramirez", "David Ortiz"}


@pytest.mark.parametrize("sentence", [
    "the Lakers need a point guard", "who was the best closer ever", "every team needs an ace",
    "my brother is the closer on his softball team", "the Yankees need a closer",
    # A time the parser cannot place is no question about the club's whole history.
    "Lakers point guard during Showtime",
])
def test_a_role_apart_from_a_club_names_no_one(parser: QuestionParser, sentence: str) -> None:
    parsed = parser.parse(sentence)
    assert (parsed.players, parsed.needs_clarification) == ([], False), sentence


def test_a_club_and_position_over_a_decade_is_who_played_there_most(parser: QuestionParser) -> None:
    parsed = parser.parse("who was the Celtics center in the sixties")
    assert [p.id for p in parsed.players] == ["nba:russebi01"]
    assert parsed.season_range == (1960, 1969)
    assert _ids(parser, "Packers QB1 in the 2010s") == ["nfl:00-0023459"]


@pytest.mark.parametrize(("question", "expected"), [
    ("yannis vs durant", ["nba:antetgi01", "nba:duranke01"]), ("nikola yokich mvp", ["nba:jokicni01"]),
    ("how many homers did barry bonz hit", ["mlb:bondsba01"]),
])
def test_a_name_spelt_as_said_is_the_player(parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize("sentence", [
    "the Canadian one in our pool never shuts up", "judge them by their rings, not their stats",
    "we'll see who shows up tonight",
])
def test_adjectives_of_one_verbs_before_pronouns_and_contractions_name_nobody(parser: QuestionParser,
                                                                            sentence: str) -> None:
    assert _ids(parser, sentence) == []


def test_a_word_before_a_full_name_is_the_sentences(parser: QuestionParser) -> None:
    assert _ids(parser, "should i start josh allen or bench him") == ["nfl:00-0034857"]


def test_a_position_named_tells_namesakes_apart(parser: QuestionParser) -> None:
    assert parser.parse("malone stats").needs_clarification
    assert _ids(parser, "malone best power forward ever") == ["nba:malonka01"]


def test_a_possessive_before_a_curated_nickname_is_the_player_owned(parser: QuestionParser) -> None:
    assert _ids(parser, "my cmc is hurt again") == ["nfl:00-0033280"]


def test_amounts_and_ages_are_no_season(parser: QuestionParser) -> None:
    assert parser.parse("Gordie Howe still played when he was 51").seasons is None
    assert parser.parse("Wayne Gretzky scored 1985 of them").seasons is None
    assert parser.parse("kobe from 06 to 08").season_range == (2006, 2008)


def test_a_comma_parts_a_word_from_the_season_before_it(parser: QuestionParser) -> None:
    assert _ids(parser, "Kobe was the best scorer of the 2000s, hands down") == ["nba:bryanko01"]


@pytest.mark.parametrize("sentence", [
    "the Little League World Series was on tv", "we drove down the West Coast last summer",
])
def test_a_word_in_a_capitalised_proper_name_of_everyday_words_names_nobody(parser: QuestionParser,
                                                                            sentence: str) -> None:
    assert _ids(parser, sentence) == []


def test_a_capitalised_first_name_abbreviation_or_title_word_beside_a_name_leaves_it_a_name(
        parser: QuestionParser) -> None:
    assert _ids(parser, "Kevin Love Rebounds") == ["nba:loveke01"]
    assert _ids(parser, "Judge HR prop") == ["mlb:judgeaa01"]
    assert _ids(parser, "Who Is Better, Bird Or Magic?") == ["nba:birdla01", "nba:johnsma02"]


def test_a_name_after_my_and_a_person_of_ones_life_is_that_persons(parser: QuestionParser) -> None:
    assert _ids(parser, "my brother jordan plays pickup ball") == []
    assert _ids(parser, "my buddy curry cooks every sunday") == []
    # A player's son named after "his" may play too.
    assert _ids(parser, "Dell Curry and his son Steph") == ["nba:curryde01", "nba:curryst01"]


def test_a_letter_hyphened_to_a_word_is_no_initial(parser: QuestionParser) -> None:
    assert _ids(parser, "a d-man with soft hands") == []


def test_a_one_word_nickname_that_is_a_word_beside_players_of_another_league_alone_is_the_word(
        parser: QuestionParser) -> None:
    assert _ids(parser, "Kareem and Worthy, Showtime's best duo") == ["nba:abdulka01", "nba:worthja01"]


def test_a_player_named_after_since_is_of_a_time_before_the_seasons_named(parser: QuestionParser) -> None:
    assert _ids(parser, "mahomes in 2022 was the best since brady") == ["nfl:00-0033873", "nfl:00-0019596"]
    assert _ids(parser, "Jokic in 2023, the best big since Jordan") == ["nba:jokicni01", "nba:jordami01"]


def test_capitals_beside_or_and_vs_are_initials(parser: QuestionParser) -> None:
    assert _ids(parser, "TO vs Moss, who had better hands") == ["nfl:00-0012478", "nfl:00-0011754"]
    assert _ids(parser, "I want to go TO the game") == []


def test_a_phrase_nickname_right_after_a_name_is_a_phrase_of_the_sentence(parser: QuestionParser) -> None:
    assert _ids(parser, "rodgers or brees? give me brees all day") == ["nfl:00-0023459", "nfl:00-0020531"]


def test_a_word_of_the_sentence_is_not_joined_into_a_name(parser: QuestionParser) -> None:
    assert _ids(parser, "Roman Josi or Victor Hedman for D this year") == ["nhl:josiro01", "nhl:hedmavi01"]


def test_a_capital_opening_a_sentence_says_nothing(parser: QuestionParser) -> None:
    parsed = parser.parse("Connor McDavid or Leon Draisaitl: who is better? Long story, sorry")
    assert [p.id for p in parsed.players] == ["nhl:mcdavco01", "nhl:draisle01"] and not parsed.needs_clarification


def test_a_capitalised_phrase_nickname_is_placed_as_a_name(parser: QuestionParser) -> None:
    assert _ids(parser, "Could The Answer score 40 today") == ["nba:iversal01"]


def test_a_word_after_a_name_and_would_is_a_verb(parser: QuestionParser) -> None:
    parsed = parser.parse("Hakeem would cook Embiid in the post")
    assert [p.id for p in parsed.players] == ["nba:olajuha01", "nba:embiijo01"] and not parsed.needs_clarification


def test_a_comma_after_a_span_of_two_digit_years_ends_it(parser: QuestionParser) -> None:
    assert parser.parse("Randy Johnson from 99 to 02, four straight Cy Youngs").season_range == (1999, 2002)


def test_a_shared_nickname_is_its_main_holder_unless_the_question_points_to_the_other(
        parser: QuestionParser) -> None:
    # Written for this test, not taken from an evaluation set: other seasons, partners and clubs.
    assert _ids(parser, "a-rod back in 2004") == ["mlb:rodrial01"]
    assert _ids(parser, "a-rod or brees, better arm") == ["nfl:00-0023459", "nfl:00-0020531"]
    assert _ids(parser, "the next one, best playoff run") == ["nhl:mcdavco01"]
    assert _ids(parser, "the next one on the flyers") == ["nhl:lindrer01"]
    # One person in two leagues: his main one, unless the question names the other's.
    assert _ids(parser, "honestly Prime Time was the best corner ever") == ["nfl:00-0014324"]
    assert _ids(parser, "prime time stolen bases with the braves") == ["mlb:sandede02"]


def test_a_player_placed_at_a_school_is_a_college_question_that_keeps_him(parser: QuestionParser) -> None:
    # The policy of every set: the player is named right, and the question is not covered (college is not).
    parsed = parser.parse("anthony davis at kentucky was unreal")
    assert [p.id for p in parsed.players] == ["nba:davisan02"]
    assert parsed.error is not None and parsed.error.code == "not-covered"
    # A school's name not placing a player there is no school: a first name here.
    assert parser.parse("Duke Snider or Willie Mays in center").error is None
    assert parser.parse("look at Duke Snider in 1955").error is None


def test_junior_and_senior_written_out_are_the_suffixes(parser: QuestionParser) -> None:
    assert _ids(parser, "tatis junior 2021") == ["mlb:tatisfe02"]
    assert _ids(parser, "ken griffey senior in 1976") == ["mlb:griffke01"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Jordan or the Eiffel Tower?", ["nba:jordami01"]),
    ("is LeBron taller than the Statue of Liberty lol", ["nba:jamesle01"]),
    ("Kobe could jump over the Hudson River", ["nba:bryanko01"]),
    ("Shaq in his prime vs the Great Wall of China", ["nba:onealsh01"]),
])
def test_a_word_of_a_capitalised_name_after_the_is_a_place_not_a_player(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


def test_a_nickname_or_club_in_a_capitalised_name_after_the_is_still_read(parser: QuestionParser) -> None:
    assert _ids(parser, "the Black Mamba Kobe Bryant or the Big Unit") == ["nba:bryanko01", "mlb:johnsra05"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Real quick, who's better Kobe or Duncan?", ["nba:bryanko01", "nba:duncati01"]),
    ("Long story short, Ruth was better than Bonds", ["mlb:ruthba01", "mlb:bondsba01"]),
])
def test_a_filler_phrase_opening_the_question_names_nobody(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "season", "league"), [
    ("top 5 scorers in 1986-87", 1987, "nba"),
    ("who led the league in assists in 2015-16", 2016, "nba"),
])
def test_a_split_season_label_with_no_league_is_a_winter_leagues_season(
        parser: QuestionParser, question: str, season: int, league: str) -> None:
    parsed = parser.parse(question)
    assert parsed.seasons == [season]
    assert league in {focus.league for focus in parsed.stat_focus}


def test_two_stars_spelt_as_they_sound_set_against_each_other_are_those_stars(parser: QuestionParser) -> None:
    assert _ids(parser, "yokich or yannis") == ["nba:jokicni01", "nba:antetgi01"]
    assert _ids(parser, "yannis or yokich") == ["nba:antetgi01", "nba:jokicni01"]


def test_a_word_spelt_like_a_star_beside_an_everyday_word_is_no_player(parser: QuestionParser) -> None:
    assert _ids(parser, "meaning or bread") == []


@pytest.mark.parametrize(("question", "closer"), [
    ("Red Sox closer in 2004", "Keith Foulke"), ("Blue Jays closer in 1993", "Duane Ward"),
    ("White Sox closer in 2005", "Dustin Hermanson"),
])
def test_the_first_word_of_a_clubs_name_is_no_player(parser: QuestionParser, question: str, closer: str) -> None:
    # Neither Red Schoendienst nor Vida Blue: the club's closer that season.
    assert [p.name for p in parser.parse(question).players] == [closer]


def test_a_city_is_still_a_players_name_where_it_is_one(parser: QuestionParser) -> None:
    assert _ids(parser, "martin st louis vs vincent lecavalier") == ["nhl:stlouma01", "nhl:lecavvi01"]


@pytest.mark.parametrize("question", [
    "Hey Mike, Pat from Pittsburgh. Mario Lemieux versus Sidney Crosby",
    "Hi, this is Dave from Phoenix. Steve Nash or Jason Kidd",
    "Yeah, uh, Bob from Sacramento, Steve Nash or Jason Kidd",
    "hey it's Mike from Denver. Elway or Marino, who was better?",  # "it's" introduces him as "this is" does
    "Hi it's Dave from Phoenix, Nash or Kidd?",
    # With "here" after his town, "in" introduces him as "from" does, whoever bears his name as a surname.
    "Yeah, Frank in Houston here, Andre Johnson or DeAndre Hopkins?",
    "Hi, Charlie in Miami here. Dwyane Wade or Tim Duncan?",
    "Bill from Scranton here, LeSean McCoy or Jamaal Charles?",
])
def test_a_caller_introducing_himself_is_no_player(parser: QuestionParser, question: str) -> None:
    parsed = parser.parse(question)
    assert len(parsed.players) == 2 and not parsed.needs_clarification, question


def test_a_word_joined_to_the_next_ones_after_a_comma_is_no_list_item(parser: QuestionParser) -> None:
    assert _ids(parser, "Allen Iverson versus Isiah Thomas, little guards, big hearts") == [
        "nba:iversal01", "nba:thomais01"]
    assert not parser.parse("victor wembanyama or chet holmgren, dynasty, long term").needs_clarification


def test_a_drafts_year_is_no_season(parser: QuestionParser) -> None:
    parsed = parser.parse("JaMarcus Russell or Calvin Johnson, that 2007 draft was something")
    assert parsed.seasons is None and all(p.seasons is None for p in parsed.players)


@pytest.mark.parametrize("question", [
    "Doug Flutie in the CFL vs Warren Moon in the CFL",
    "Connor Bedard with the Regina Pats vs Connor McDavid with the Erie Otters",
    "Who was better at Duke, Zion Williamson or Grant Hill?",
    "Jonathan Toews at North Dakota, how many points did he have?",
    "Who was the better NFL Europe quarterback, Kurt Warner or Jake Delhomme?",
    "Who's the best KBO hitter of all time?",
])
def test_junior_minor_foreign_leagues_and_schools_are_not_covered(parser: QuestionParser, question: str) -> None:
    parsed = parser.parse(question)
    assert parsed.error is not None and parsed.error.code == "not-covered", question


def test_shot_attempt_and_faceoff_stats_are_not_stored(parser: QuestionParser) -> None:
    for question in ("Corsi for Patrice Bergeron vs Anze Kopitar", "Faceoff win percentage for Jean Beliveau"):
        parsed = parser.parse(question)
        assert parsed.players and parsed.not_covered, question


def test_a_name_repeated_alone_is_the_player_named_in_full(parser: QuestionParser) -> None:
    assert _ids(parser, "Darko Miličić vs Carmelo Anthony, obviously Darko") == ["nba:milicda01", "nba:anthoca01"]
    # A first name two of them share repeats neither for sure: it is asked back.
    assert parser.parse("Mike Trout vs Mike Schmidt, Mike for sure").needs_clarification


def test_a_full_name_beside_its_own_junior_is_the_father(parser: QuestionParser) -> None:
    parsed = parser.parse("Larry Nance Jr. or Larry Nance, dunk contest aside")
    assert [p.id for p in parsed.players] == ["nba:nancela02", "nba:nancela01"] and not parsed.needs_clarification


@pytest.mark.parametrize(("question", "ids"), [
    ("Manning vs Manning, Peyton or Eli?", ["nfl:00-0010346", "nfl:00-0022803"]),
    ("The Sedin twins, Daniel or Henrik?", ["nhl:sedinda01", "nhl:sedinhe01"]),
])
def test_first_names_beside_a_shared_surname_are_its_players(parser: QuestionParser, question: str,
                                                               ids: list[str]) -> None:
    parsed = parser.parse(question)
    assert sorted(p.id for p in parsed.players) == ids and not parsed.needs_clarification and parsed.error is None


def test_a_list_places_each_item_as_the_items_beside_it(parser: QuestionParser) -> None:
    assert _ids(parser, "Magic, Bird or Isiah, who was the best player of the 80s?") == [
        "nba:johnsma02", "nba:birdla01", "nba:thomais01"]


def test_a_season_beside_a_shared_surname_decides_it(parser: QuestionParser) -> None:
    # Bob Gibson pitched in 1968, Kirk Gibson never did; deGrom's 2018 is his own, not Gibson's.
    assert _ids(parser, "DEGROM 2018 VS GIBSON 68 TRUE") == ["mlb:degroja01", "mlb:gibsobo01"]


@pytest.mark.parametrize("question", [
    "Deion Sanders: compare his NFL career with his MLB career",
    "Bo Jackson the football player vs Bo Jackson the baseball player, which Bo was better",
])
def test_an_athlete_of_two_leagues_is_both_where_the_question_names_both(parser: QuestionParser,
                                                                         question: str) -> None:
    parsed = parser.parse(question)
    assert sorted(p.league for p in parsed.players) == ["mlb", "nfl"] and not parsed.needs_clarification
    assert len({p.name for p in parsed.players}) == 1


def test_an_athlete_of_two_leagues_is_the_one_of_the_league_named(parser: QuestionParser) -> None:
    for question, league in (("bo jackson mlb", "mlb"), ("deion sanders nfl career", "nfl")):
        assert [p.league for p in parser.parse(question).players] == [league], question


def test_words_of_other_languages_need_stronger_evidence(parser: QuestionParser) -> None:
    # "Júnior" after a name no player has is that person's suffix, not Griffey's nickname.
    assert _ids(parser, "Quem é melhor, Neymar ou Vinícius Júnior?") == []
    assert _ids(parser, "Junior or Bonds in 1993") == ["mlb:griffke02", "mlb:bondsba01"]
    # Words of a transliterated sentence are no misspelt names.
    assert _ids(parser, "Yao Ming he Pau Gasol, shei geng lihai?") == ["nba:mingya01", "nba:gasolpa01"]


def test_an_item_listed_beside_everyday_things_is_a_thing(parser: QuestionParser) -> None:
    assert _ids(parser, "Wood, leather, and grass: that's what baseball smells like.") == []
    # A capital mid-sentence, or a word after the comma that is no item, leaves the name.
    assert _ids(parser, "was Emmitt Smith better than Barry, honestly") == [
        "nfl:00-0015165", "nfl:pfr-barry-sanders-1989"]


@pytest.mark.parametrize("question", [
    "Mays vs Mantle on WAR", "Who had the higher career PER, Michael Jordan or LeBron", "Jokic win shares vs Embiid"])
def test_an_advanced_metric_the_store_lacks_is_not_covered_with_its_players_kept(parser: QuestionParser,
                                                                                 question: str) -> None:
    """WAR, PER, win shares: no source holds them, so the question is not covered (never a debate on other stats
    as if they were the ones asked), and its players are kept, as a school's are."""
    parsed = parser.parse(question)
    assert parsed.error is not None and parsed.error.code == "not-covered"
    assert len(parsed.players) == 2


@pytest.mark.parametrize("question", ["mays vs mantle, pre-war or post-war?", "points per game, LeBron or Jordan",
                                      "WHO HAD MORE POINTS PER GAME JORDAN OR LEBRON"])
def test_a_metric_acronym_is_read_only_in_capitals(parser: QuestionParser, question: str) -> None:
    parsed = parser.parse(question)
    assert parsed.error is None and len(parsed.players) == 2


def test_a_question_typed_in_capitals_but_a_word_or_two_takes_no_capital_as_a_name(parser: QuestionParser) -> None:
    parsed = parser.parse("LITTLE BRO JUST CAUGHT HIS FIRST FOUL BALL Pog")
    # Nothing recognised, not shouted words reported as unknown players.
    assert parsed.players == [] and parsed.error is not None and parsed.error.code == "nothing-recognised"
    # Capitals on a few words of a cased question still place them ("Judge HR prop": the player).
    assert _ids(parser, "Judge HR prop tonight") == ["mlb:judgeaa01"]


def test_an_everyday_word_talked_about_only_in_another_players_sport_is_that_word(parser: QuestionParser) -> None:
    assert _ids(parser, "quick stat check for the show notes, how many saves did Mariano Rivera finish with") == [
        "mlb:riverma01"]
    # Rice is no lesser namesake of a league talked, and Curry, a food beside it, is the dish (the blind set's label).
    assert _ids(parser, "made a green curry with extra rice") == []
    # A word of the sport talked, or one set against the other player, is still a name.
    assert _ids(parser, "bird could shoot better than anyone, jordan too") == ["nba:birdla01", "nba:jordami01"]
    assert _ids(parser, "Mariano Rivera vs quick") == ["mlb:riverma01", "nhl:quickjo01"]


def test_a_first_name_before_a_surname_of_no_language_is_someone_the_store_lacks(parser: QuestionParser) -> None:
    assert _ids(parser, "cooper flagg at duke") == []
    assert _ids(parser, "who is better cooper flagg or lebron") == ["nba:jamesle01"]
    assert _ids(parser, "jordan peele's new movie is scary") == []
    # A surname misspelt of a player of that first name, or a stat after the name, leaves the player.
    assert _ids(parser, "aaron rogers vs brett farve") == ["nfl:00-0023459", "nfl:00-0005106"]
    assert _ids(parser, "lebron ppg") == ["nba:jamesle01"]


def test_a_number_after_top_before_point_scorers_counts_the_players(parser: QuestionParser) -> None:
    def keys(question: str) -> list[str]:
        return [focus.key for focus in parser.parse(question).stat_focus]

    assert keys("top 3 point scorers in nba history") == ["points_per_game", "points"]
    assert "fg3_made" in keys("top 3 point shooters in nba history")


def test_a_word_paired_with_an_everyday_word_before_the_same_noun_is_a_thing(parser: QuestionParser) -> None:
    assert _ids(parser, "Hunter season and football season overlap, so my uncle misses half the games.") == []
    assert _ids(parser, "football season and hunter season overlap") == []
    # Paired with a player, it is a player ("jordan era and kobe era").
    assert _ids(parser, "jordan era and kobe era") == ["nba:jordami01", "nba:bryanko01"]


def test_the_cy_alone_is_the_award_where_an_award_is_said(parser: QuestionParser) -> None:
    assert _ids(parser, "Kevin Brown's 1.89 ERA in 1996 got robbed of the Cy") == ["mlb:brownke01"]
    assert _ids(parser, "koufax won the cy in 1965") == ["mlb:koufasa01"]
    # Set against another player, "Cy" is Cy Young.
    assert _ids(parser, "cy vs walter johnson") == ["mlb:youngcy01", "mlb:johnswa01"]


def test_a_shared_surname_listed_with_a_familys_first_name_is_a_first_name_too(parser: QuestionParser) -> None:
    assert _ids(parser, "the staal brothers, eric or jordan, who had more points per game") == [
        "nhl:staaler01", "nhl:staaljo01"]
    # Set against the family's surname alone, it is the surname of its own star.
    assert _ids(parser, "jordan vs staal")[:1] == ["nba:jordami01"]


def test_play_placed_in_a_country_with_its_own_league_is_that_league(parser: QuestionParser) -> None:
    for question in ("Ohtani en Japón con los Fighters, ¿cuántos jonrones tenía?",
                     "Sadaharu Oh career home runs in Japan"):
        parsed = parser.parse(question)
        assert parsed.error is not None and parsed.error.code == "not-covered", question
    assert _ids(parser, "Ohtani en Japón con los Fighters, ¿cuántos jonrones tenía?") == ["mlb:ohtansh01"]
    # Coming from the country is no question about its league.
    parsed = parser.parse("Ichiro came from Japan, how many hits did he get")
    assert parsed.error is None and [p.id for p in parsed.players] == ["mlb:suzukic01"]


@pytest.mark.parametrize(("question", "players"), [
    ("Who has the better Corsi, Patrice Bergeron or Anze Kopitar?", ["nhl:bergepa01", "nhl:kopitan01"]),
    ("How many tackles did Jack Lambert make in his career?", ["nfl:nflcom-2519008"]),
    ("Aaron Judge or Shohei Ohtani, higher exit velocity in 2023?", ["mlb:judgeaa01", "mlb:ohtansh01"]),
])
def test_a_stat_the_store_lacks_keeps_the_players_it_is_asked_of(parser: QuestionParser, question: str,
                                                                 players: list[str]) -> None:
    """Corsi, tackles, exit velocity are not covered as WAR is, and the players named are still the question's."""
    parsed = parser.parse(question)
    assert parsed.error is not None and parsed.error.code == "not-covered"
    assert [p.id for p in parsed.players] == players


def test_other_leagues_and_their_athletes_are_not_covered(parser: QuestionParser) -> None:
    parsed = parser.parse("Compare Sadaharu Oh's home runs in Japan with Hank Aaron's.")
    assert parsed.error is not None and parsed.error.code == "not-covered"
    assert [p.id for p in parsed.players] == ["mlb:aaronha01"]
    parsed = parser.parse("Who's the best player in the PWHL right now?")
    assert parsed.error is not None and parsed.error.code == "not-covered" and parsed.players == []


def test_a_word_of_a_hashtag_names_no_one_but_the_whole_tag_does(parser: QuestionParser) -> None:
    assert _ids(parser, "Kupp or Jefferson in 2022? #RamsHouse") == ["nfl:00-0033908", "nfl:00-0036322"]
    assert _ids(parser, "@KingJames vs Jordan") == ["nba:jamesle01", "nba:jordami01"]


def test_a_word_after_my_or_the_is_no_misspelt_name(parser: QuestionParser) -> None:
    """"my bookie" is a noun the word lists lack, not Mookie misspelt; the name itself stays a name there."""
    assert _ids(parser, "My bookie says Jalen Hurts is better than Josh Allen") == [
        "nfl:00-0036389", "nfl:00-0034857"]
    assert _ids(parser, "bookie vs trout") == ["mlb:bettsmo01", "mlb:troutmi01"]


def test_a_name_after_a_journey_is_the_place_travelled_to(parser: QuestionParser) -> None:
    assert _ids(parser, "I'm flying to Jordan for a vacation after the season.") == []
    assert _ids(parser, "he threw it to Jordan in the corner") == ["nba:jordami01"]


def test_a_word_before_an_activity_that_is_the_subject_names_what_it_is_of(parser: QuestionParser) -> None:
    """"Bird watching is my hobby": the "-ing" word is a noun, the subject, and "bird" what is watched."""
    assert _ids(parser, "Bird watching is my hobby between innings.") == []
    assert _ids(parser, "Bird shooting 50% from three is insane") == ["nba:birdla01"]


def test_names_listed_with_a_singular_verb_are_one_name(parser: QuestionParser) -> None:
    """"Wood, Stone and Hill is ...": one firm's name; players listed are several and take "are"."""
    assert _ids(parser, "Wood, Stone and Hill is the name of the firm that sponsors the team.") == []
    assert _ids(parser, "Jordan, Bird and Magic are the best ever") == [
        "nba:jordami01", "nba:birdla01", "nba:johnsma02"]


def test_a_headline_capitalises_vs_and_what_a_possessive_owns_without_naming_a_thing(parser: QuestionParser) -> None:
    """Title Case puts a capital on every word: "Vs." is the comparison and the word after "Rice's" is what he
    owns, neither part of a proper name with the name beside it ("Green Day")."""
    assert _ids(parser, "Judge Vs. Maris: Comparing Two Yankee Sluggers' Careers") == [
        "mlb:judgeaa01", "mlb:marisro01"]
    assert _ids(parser, "Rice's Receiving Records Still Standing Two Decades Later") == ["nfl:00-0013639"]


def test_a_first_name_before_and_and_a_full_name_shares_its_surname(parser: QuestionParser) -> None:
    assert sorted(_ids(parser, "Hull and Son: Comparing Bobby and Brett Hull")) == ["nhl:hullbo01", "nhl:hullbr01"]
    assert _ids(parser, "Peyton or Eli Manning, who was better?") == ["nfl:00-0010346", "nfl:00-0022803"]


def test_a_club_nickname_a_player_shares_is_the_club_before_one_of_its_players(parser: QuestionParser) -> None:
    """"Magic Shaq" is Shaq of the Orlando Magic, as "Knicks Ewing" is Ewing of the Knicks; "Magic vs Bird" is
    Magic Johnson."""
    assert _ids(parser, "Knicks Ewing vs Magic Shaq, 1994-95.") == ["nba:ewingpa01", "nba:onealsh01"]
    assert _ids(parser, "Magic vs Bird") == ["nba:johnsma02", "nba:birdla01"]


def _own_seasons(parser: QuestionParser, question: str) -> dict[str, list[int]]:
    """Each player's seasons: his own where the question gives him some, else the question's."""
    parsed = parser.parse(question)
    return {p.id: p.seasons or parsed.seasons or [] for p in parsed.players}


@pytest.mark.parametrize(("question", "expected"), [
    # The store's awards say when: the first by ordinal, the unanimous one by its vote.
    ("Aaron Rodgers in his first MVP season versus Cam Newton in his MVP season",
     {"nfl:00-0023459": [2011], "nfl:00-0027939": [2015]}),
    ("Steph Curry's unanimous MVP season against Kevin Durant's MVP season",
     {"nba:curryst01": [2016], "nba:duranke01": [2014]}),
    ("Eric Lindros in his Hart Trophy season", {"nhl:lindrer01": [1995]}),
    # Won more than once, no ordinal: every season he won it answers "his MVP year".
    ("Mike Trout's MVP season", {"mlb:troutmi01": [2014, 2016, 2019]}),
    # Titles won, finals reached (the loser's "Super Bowl season" too), by the teams he finished with.
    ("Dirk Nowitzki's championship season vs Dwyane Wade's first championship season",
     {"nba:nowitdi01": [2011], "nba:wadedw01": [2006]}),
    ("Joe Burrow's Super Bowl season compared to Matthew Stafford's Super Bowl season",
     {"nfl:00-0036442": [2021], "nfl:00-0026498": [2021]}),
    # A stat total names the season that had it; a number only a game reaches, the season he scored most.
    ("Barry Bonds's 73-homer season vs Mark McGwire's 70-homer season",
     {"mlb:bondsba01": [2001], "mlb:mcgwima01": [1998]}),
    ("Peyton Manning's 55-touchdown season versus Tom Brady's 50-touchdown season",
     {"nfl:00-0010346": [2013], "nfl:00-0019596": [2007]}),
    ("How does Wilt Chamberlain's 100-point season compare to Kobe Bryant's 81-point season?",
     {"nba:chambwi01": [1962], "nba:bryanko01": [2006]}),
    # A round number is a milestone the season passed: Peterson ran for 2,097 yards in 2012.
    ("Adrian Peterson's 2,000-yard season", {"nfl:00-0025394": [2012]}),
    # His season rows: the last, and the last with a club.
    ("Cal Ripken's final season vs Tony Gwynn's final season", {"mlb:ripkeca01": [2001], "mlb:gwynnto01": [2001]}),
    ("Michael Jordan's last season with the Bulls", {"nba:jordami01": [1998]}),
    ("Michael Jordan's first season in the league", {"nba:jordami01": [1985]}),
])
def test_a_season_named_by_what_happened_in_it_is_the_one_the_store_records(
        parser: QuestionParser, question: str, expected: dict[str, list[int]]) -> None:
    assert _own_seasons(parser, question) == expected


def test_that_same_season_is_the_season_the_players_readings_share(parser: QuestionParser) -> None:
    # LeBron has no season of his own: Rose's MVP year is his. Snell won the Cy Young in 2018 and 2023,
    # deGrom in 2018 and 2019: "that same season" is 2018 for both.
    assert parser.parse("How did Derrick Rose's MVP year compare to LeBron James that same season?").seasons == [2011]
    parsed = parser.parse("Blake Snell's Cy Young year vs Jacob deGrom's Cy Young year that same season")
    assert parsed.seasons == [2018] and all(p.seasons is None for p in parsed.players)


def test_that_year_after_a_players_event_is_his_rivals_season_too(parser: QuestionParser) -> None:
    # Warner's own first Super Bowl season (1999) is not read for him: "that year" is Brady's.
    assert parser.parse("Brady's first Super Bowl season vs Warner that year").seasons == [2001]
    assert parser.parse("Jordan in 1996 vs Malone that season").seasons == [1996]


def test_a_cup_season_is_the_cup_won_and_a_stanley_cup_season_the_final_reached(parser: QuestionParser) -> None:
    # Crosby's Penguins lost the 2008 final and won the 2009 one.
    assert parser.parse("Crosby's first Cup season vs Datsyuk that same year").seasons == [2009]
    assert parser.parse("Sidney Crosby's first Stanley Cup season").seasons == [2008]


def test_the_year_after_the_lockout_is_after_the_one_that_cancelled_a_season(parser: QuestionParser) -> None:
    # The NHL's 2004-05 was cancelled; the shortened 2012-13 is also in these careers, but "the lockout" is 2005's.
    assert parser.parse("Compare Sidney Crosby and Alex Ovechkin in the year after the lockout").seasons == [2006]


def test_a_season_event_the_player_never_had_names_no_season(parser: QuestionParser) -> None:
    # Barkley won no title and never hit 73 of anything: no season is made up for him.
    assert _own_seasons(parser, "Charles Barkley's championship season") == {"nba:barklch01": []}
    assert parser.parse("Charles Barkley's championship season").scope == "career"


@pytest.mark.parametrize(("question", "seasons", "season_range"), [
    ("compare kobe bryant and tim duncan in the two thousand two two thousand three season", [2003], None),
    ("show me wayne gretzky stats from nineteen eighty one eighty two", [1982], None),
    ("compare patrick mahomes and tom brady twenty eighteen through twenty twenty two", None, (2018, 2022)),
])
def test_spoken_split_seasons_and_spans_are_one_season_and_one_span(
        parser: QuestionParser, question: str, seasons: list[int] | None, season_range: tuple[int, int] | None) -> None:
    parsed = parser.parse(question)
    assert parsed.seasons == seasons
    if season_range is not None:
        assert parsed.season_range == season_range


def test_a_decade_of_the_writers_own_life_is_not_the_season_asked(parser: QuestionParser) -> None:
    question = ("I grew up in Pittsburgh in the 90s, so Mario Lemieux is my guy, but my coworker insists Steve "
                "Yzerman was just as good. How did they compare in the 1992-93 season?")
    assert parser.parse(question).seasons == [1993]
    # Without a season named, the decade is the question's.
    assert parser.parse("I think Lemieux in the 90s beat Yzerman").season_range == (1990, 1999)


@pytest.mark.parametrize(("question", "expected"), [
    # Said as a star's word and set as a name, a word an obscure player also carries is the star spelt by ear.
    ("shack vs hakeem", ["nba:onealsh01", "nba:olajuha01"]),
    ("nicola vs giannis", ["nba:jokicni01", "nba:antetgi01"]),
    ("luca or giannis", ["nba:doncilu01", "nba:antetgi01"]),
    # His full name is still his; and the English word, placed as none, names nobody.
    ("eddie shack goals", ["nhl:shacked01"]),
    ("we bought a shack near the stadium, the game was great", []),
])
def test_a_word_said_as_a_stars_name_is_the_star_spelt_by_ear(parser: QuestionParser, question: str,
                                                              expected: list[str]) -> None:
    assert _ids(parser, question) == expected


def test_a_clubs_nickname_in_the_singular_is_one_of_its_players_not_a_misspelt_name(parser: QuestionParser) -> None:
    assert _ids(parser, "Was Franco Harris the greatest Steeler? I say yes.") == ["nfl:pfr-franco-harris-1972"]
    assert _ids(parser, "is Kobe the greatest Laker ever?") == ["nba:bryanko01"]
    # A name spelt exactly is still the name.
    assert _ids(parser, "bernard king was a great knick") == ["nba:kingbe01"]


def test_an_award_in_letters_right_after_a_name_is_his_award(parser: QuestionParser) -> None:
    assert _ids(parser, "stephon castle roy?") == ["nba:castlst01"]
    assert _ids(parser, "victor wembanyama roy") == ["nba:wembavi01"]
    # In a list of names going on, or beside "or", the word is a player.
    assert _ids(parser, "brodeur roy hasek") == ["nhl:brodema01", "nhl:roypa01", "nhl:hasekdo01"]
    assert _ids(parser, "brodeur or roy?") == ["nhl:brodema01", "nhl:roypa01"]


def test_a_nickname_beside_the_full_name_of_one_of_its_holders_is_his(parser: QuestionParser) -> None:
    parsed = parser.parse("the rocket maurice richard 50 in 50")
    assert [p.id for p in parsed.players] == ["nhl:richama01"] and not parsed.needs_clarification
    assert _ids(parser, "the great one wayne gretzky") == ["nhl:gretzwa01"]
    assert _ids(parser, "roger clemens the rocket") == ["mlb:clemero02"]


@pytest.mark.parametrize(("question", "seasons"), [
    # So many in at least as many games is a pace, no season.
    ("the Rocket scored 50 in 50 back in 1945", [1945]),
    ("mike bossy 50 in 50 in 81", [1981]),
    ("the rocket maurice richard 50 in 50", None),
    # More than the games, or a year written with its zero, is a season.
    ("wilt 100 in 62", [1962]),
    ("kobe 81 in 06", [2006]),
])
def test_a_count_in_as_many_games_is_a_pace_not_a_season(parser: QuestionParser, question: str,
                                                          seasons: list[int] | None) -> None:
    assert parser.parse(question).seasons == seasons


def test_a_nickname_beside_a_stat_of_its_players_sport_is_his(parser: QuestionParser) -> None:
    # An uncommon word that is a player's nickname, beside a stat of his own sport, is said of him.
    assert _ids(parser, "sweetness career rushing") == ["nfl:pfr-walter-payton-1975"]
    assert _ids(parser, "catfish strikeouts") == ["mlb:hunteca01"]
    assert _ids(parser, "boomer passing yards") == ["nfl:pfr-boomer-esiason-1984"]
    assert _ids(parser, "boomer strikeouts") == ["mlb:wellsda01"]  # the stat's sport says which Boomer
    # Beside another sport's stat, or as a noun, it is the word.
    assert _ids(parser, "catfish rushing yards") == []
    assert _ids(parser, "the sweetness of that rushing touchdown") == []


def test_a_famous_first_name_with_a_misremembered_surname_is_that_player(parser: QuestionParser) -> None:
    # A first name spelt right and the surname misremembered or cut short: the famous player of that first name.
    assert _ids(parser, "Oscar Robinson averaged a triple double in 62") == ["nba:roberos01"]
    assert _ids(parser, "randy mos 2007") == ["nfl:00-0011754"]
    assert _ids(parser, "wayne gretz goals") == ["nhl:gretzwa01"]
    # A surname of few letters in common is someone else's (Kevin Garnett, Larry Bird are no Hart, no David).
    assert _ids(parser, "kevin hart is funny") == []
    assert _ids(parser, "larry david show") == []


def test_a_word_after_an_adverb_of_doing_is_a_verb(parser: QuestionParser) -> None:
    # After "still", "never", "always"... a lower-case English word is what someone does, not a player.
    assert _ids(parser, "barry sanders retiring early still hurts man") == ["nfl:pfr-barry-sanders-1989"]
    assert _ids(parser, "that game still burns, brady choked") == ["nfl:00-0019596"]
    # The name elsewhere is still the name.
    assert _ids(parser, "jalen hurts still hurts defenses") == ["nfl:00-0036389"]
    assert _ids(parser, "brent burns still the best") == ["nhl:burnsbr01"]


@pytest.mark.parametrize("sentence", [
    "Cup odds always change by March", "Trade talks heat up every August around the league",
    "Young and hungry teams always surprise people in March.",
])
def test_a_month_after_a_word_of_time_is_the_month(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == []


def test_a_month_set_beside_another_player_is_still_a_name(parser: QuestionParser) -> None:
    assert _ids(parser, "March or Morenz in 1931") == ["nhl:marchmu01", "nhl:morenho01"]
    assert _ids(parser, "Mush March and Morenz in March 1932") == ["nhl:marchmu01", "nhl:morenho01"]


@pytest.mark.parametrize(("question", "ids"), [
    ("Prongs in 2000 vs Lidstrom", ["nhl:prongch01", "nhl:lidstni01"]),
    ("Johnny T vs Matthews", ["nhl:tavarjo01", "nhl:matthau01"]),
    ("the Bread Man vs Kucherov", ["nhl:panarar01", "nhl:kucheni01"]),
])
def test_hockey_nicknames_fans_use_name_their_players(parser: QuestionParser, question: str, ids: list[str]) -> None:
    assert _ids(parser, question) == ids


def test_a_person_noun_after_the_is_who_speaks_not_the_quality_asked(parser: QuestionParser) -> None:
    parsed = parser.parse("the broadcaster said Brady was done")
    assert [p.id for p in parsed.players] == ["nfl:00-0019596"] and parsed.error is None
    # Asked as a comparison, the quality is still one no stat measures.
    parsed = parser.parse("who is the better broadcaster, Romo or Aikman?")
    assert parsed.error is not None and parsed.error.code == "not-covered"


def test_a_stat_or_a_role_the_store_lacks_is_not_covered(parser: QuestionParser) -> None:
    parsed = parser.parse("Who had more body checks, Ovechkin or Hartnell?")
    assert [p.id for p in parsed.players] == ["nhl:ovechal01", "nhl:hartnsc01"]
    assert parsed.error is not None and parsed.error.code == "not-covered"
    parsed = parser.parse("Steve Kerr or Phil Jackson, who's the better head coach?")
    assert parsed.error is not None and parsed.error.code == "not-covered"


@pytest.mark.parametrize("sentence", [
    "The parade is Friday, so the bars on Gretzky Street open early.",
    "Tickets go on sale Monday for the home opener.",
    "Meet me on Jeter Avenue before the game.",
    "the Manning family has three quarterbacks",
    "Howe do we even pick a winner in this division?",
    "Henry the Navigator was on the history channel before the Titans game.",
])
def test_a_date_a_street_a_family_a_slip_or_a_title_names_no_player(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == []


@pytest.mark.parametrize(("question", "ids"), [
    ("Monday or Cey in 1977?", ["mlb:mondari01", "mlb:ceyro01"]),
    ("Howe, do you think Gretzky was better?", ["nhl:howego01", "nhl:gretzwa01"]),
    ("bonds had the numbers but aaron did it clean", ["mlb:bondsba01", "mlb:aaronha01"]),
    ("mahomes do you think he is top 5", ["nfl:00-0033873"]),
    ("Shaq the Big Diesel vs Hakeem", ["nba:onealsh01", "nba:olajuha01"]),
    ("Gretzky road goals vs Lemieux", ["nhl:gretzwa01", "nhl:lemiema01"]),
])
def test_the_same_words_placed_as_names_still_name_players(parser: QuestionParser, question: str,
                                                            ids: list[str]) -> None:
    assert _ids(parser, question) == ids


@pytest.mark.parametrize(("question", "ids"), [
    # A full name typed without its space.
    ("tombrady or joemontana", ["nfl:00-0019596", "nfl:pfr-joe-montana-1979"]),
    ("kevindurant vs LeBronJames", ["nba:duranke01", "nba:jamesle01"]),
    # Two letters typed the wrong way round: one slip, as a letter changed is.
    ("Randy Jhonson or Pedro Martinez", ["mlb:johnsra05", "mlb:martipe02"]),
    ("Tony Gwnyn vs Wade Boggs", ["mlb:gwynnto01", "mlb:boggswa01"]),
])
def test_a_name_run_together_or_with_letters_swapped_names_the_player(parser: QuestionParser, question: str,
                                                                      ids: list[str]) -> None:
    assert _ids(parser, question) == ids


def test_a_long_word_that_splits_into_no_famous_full_name_names_nobody(parser: QuestionParser) -> None:
    assert _ids(parser, "hello everyone, whowasbetter, cheeseburger") == []


def test_the_name_an_email_is_signed_with_is_its_writer(parser: QuestionParser) -> None:
    email = ("Long time listener. My wife swears Isiah Thomas was better than John Stockton. "
             "Settle it for us? Thanks, Malone.")
    assert _ids(parser, email) == ["nba:thomais01", "nba:stockjo01"]
    # A name after "thanks," that goes on is the sentence's subject, not a signature.
    assert _ids(parser, "thanks, jordan was better than lebron") == ["nba:jordami01", "nba:jamesle01"]


def test_a_first_name_after_his_brother_takes_the_players_surname(parser: QuestionParser) -> None:
    assert _ids(parser, "Tony Gwynn and his brother Chris in 1995") == ["mlb:gwynnto01", "mlb:gwynnch01"]
    # A teammate shares no surname: the first name is not read as a Gwynn.
    assert "mlb:gwynnch01" not in _ids(parser, "Tony Gwynn and his teammate Chris in 1995")


@pytest.mark.parametrize(("question", "seasons"), [
    ("Mike Schmidt vs Pete Rose in the strike year", [1981]),
    ("Cal Ripken in the strike year vs Frank Thomas", [1994]),
    ("Joe Montana in the strike-shortened season", [1987]),
    ("MacKinnon in the bubble season", [2020]),
])
def test_a_season_named_by_its_stoppage_is_the_one_the_careers_reach(parser: QuestionParser, question: str,
                                                                    seasons: list[int]) -> None:
    assert parser.parse(question).seasons == seasons


def test_a_stoppage_the_players_league_never_had_names_no_season(parser: QuestionParser) -> None:
    # The NBA's stoppages are lockouts and a bubble, never a strike year.
    assert parser.parse("LeBron in the strike year").seasons is None


def test_a_name_before_era_is_a_time_not_a_player_compared(parser: QuestionParser) -> None:
    assert _ids(parser, "in the Jordan era, was Ewing or Olajuwon the better center?") == ["nba:ewingpa01",
                                                                                          "nba:olajuha01"]
    assert "nfl:00-0019596" in _ids(parser, "Brady vs Manning, who defined the era?")


def test_a_nickname_owning_a_capitalised_word_is_a_titles_words(parser: QuestionParser) -> None:
    assert _ids(parser, "The Kid's Birthday Party was fun") == []
    # What a player owns in sport (a club, a stat, the Finals) keeps him.
    assert _ids(parser, "The Mailman's Jazz vs the Dream") == ["nba:malonka01", "nba:olajuha01"]
    assert _ids(parser, "The King's Finals record vs Jordan") == ["nba:jamesle01", "nba:jordami01"]


def test_era_without_the_is_the_stat_or_spanish(parser: QuestionParser) -> None:
    assert _ids(parser, "sandy koufax era in 1965") == ["mlb:koufasa01"]
    assert _ids(parser, "Mi abuelo dice que Roberto Clemente era mejor que Tony Oliva") == ["mlb:clemero01",
                                                                                           "mlb:olivato01"]


# A word opening a sentence that the next words make ordinary: a verb before its object (with a particle too), a
# noun before a noun, a two-word name of a thing.
@pytest.mark.parametrize("sentence", [
    "Pierce the film before you microwave the tray.", "Pierce a hole in the lid first.",
    "Wood chips cover the playground behind the ballpark.", "Bird feeders at the stadium attract pigeons all summer.",
    "Murray Hill is where I grew up.", "Jackson Hole is beautiful in winter if you ski.",
    "Jordan River trips are popular with church groups.",
    "Pierce 3 is the dorm I lived in freshman year.", "Sanders 2 in the old arena is where we sat.",
    "Hunt for tickets early if you want playoff seats.", "Cash out your bets before the fourth quarter.",
    # "Dunkin'" is an "-ing" word without its g, no Duncan misspelt.
    "Duncan Donuts? No, Dunkin'. My phone keeps changing it.",
    # A season said in everyday words is no sport talk.
    "The cost of rice and beans went up this year.", "We painted the deck with some wood stain this year.",
    # A surname in the lists of everyday words is the noun after a determiner, whatever sport is talked.
    "the moss on the roof needs cleaning before the season",
    # An English word after a subject pronoun is its verb.
    "Can you judge a team by its preseason?",
    # A word before "season" and its opening or close is what the season is for.
    "when does hunter season start", "Bird season opens in April at the nature reserve.",
])
def test_everyday_words_in_their_everyday_places_name_nobody(parser: QuestionParser, sentence: str) -> None:
    parsed = parser.parse(sentence)
    assert [p.id for p in parsed.players] == [] and not parsed.needs_clarification


def test_a_name_opening_a_sentence_is_still_read_where_placed_as_one(parser: QuestionParser) -> None:
    assert _ids(parser, "Rice had more yards than anyone in the NFL.") == ["nfl:00-0013639"]
    # What is his after the name ("highlights", "the goat"), a rival or a season place it as his.
    assert _ids(parser, "Jordan highlights") == ["nba:jordami01"]
    assert _ids(parser, "Jordan the goat") == ["nba:jordami01"]
    assert _ids(parser, "Pierce or Garnett") == ["nba:piercpa01", "nba:garneke01"]
    assert _ids(parser, "Jordan Love is the Packers starter now") == ["nfl:00-0036264"]
    assert _ids(parser, "Bird shooting threes in 1986") == ["nba:birdla01"]
    # A gerund with a player for its object is what he did.
    assert _ids(parser, "Bird watching Magic in the 1984 Finals") == ["nba:birdla01", "nba:johnsma02"]
    # His season, owned or named by its year, is still his.
    assert _ids(parser, "Rose's season ended early in 2012") == ["nba:rosede01"]
    # A count before what it counts, or ending its clause, is his.
    assert _ids(parser, "Brady 7 rings. Jordan 6. Debate over.") == ["nfl:00-0019596", "nba:jordami01"]
    # Play-by-play: what he did, after his name.
    assert _ids(parser, "Curry for three!") == ["nba:curryst01"]
    assert _ids(parser, "Brady out for the season") == ["nfl:00-0019596"]


def test_a_clubs_city_whose_namesakes_are_obscure_is_the_place(parser: QuestionParser) -> None:
    assert _ids(parser, "The best defense in the league is Boston.") == []
    assert _ids(parser, "Houston or Sprewell") == ["nba:houstal01", "nba:sprewla01"]
    # A namesake who needs no placing is still asked back, not taken for the place.
    assert parser.parse("How good was Anderson really").needs_clarification


def test_a_star_named_in_full_outweighs_the_league_the_question_is_about(parser: QuestionParser) -> None:
    # Mark Johnson of the NHL was called Magic too; named in full beside Lemieux, Magic is still the Laker.
    assert _ids(parser, "Mario Lemieux or Magic Johnson, more raw talent?") == ["nhl:lemiema01", "nba:johnsma02"]
    # A star of the question's own league named so keeps the hint: the NFL's Deion beside Rice, the MLB's beside
    # Griffey.
    assert _ids(parser, "Deion Sanders vs Jerry Rice") == ["nfl:00-0014324", "nfl:00-0013639"]
    assert _ids(parser, "Deion Sanders vs Ken Griffey") == ["mlb:sandede02", "mlb:griffke02"]


@pytest.mark.parametrize("question", [
    "Who forced more fumbles, Ray Lewis or London Fletcher?", "who forced the most fumbles in 2010",
])
def test_a_stat_not_stored_with_a_count_asked_inside_it_is_not_covered(parser: QuestionParser, question: str) -> None:
    parsed = parser.parse(question)
    assert parsed.error is not None and parsed.error.code == "not-covered"


def test_a_season_said_in_everyday_words_still_places_a_name_beside_it(parser: QuestionParser) -> None:
    assert _ids(parser, "is judge hitting 60 this year") == ["mlb:judgeaa01"]


def test_a_first_name_only_one_player_of_note_carries_names_him(parser: QuestionParser) -> None:
    # Other Khrises and LaMarcuses played a season or two; the one fans call so is the player of note.
    assert _ids(parser, "lamarcus vs dirk") == ["nba:aldrila01", "nba:nowitdi01"]
    assert _ids(parser, "khris or giannis") == ["nba:middlkh01", "nba:antetgi01"]
    assert _ids(parser, "Is Price the best of his generation or is it Pekka?") == ["nhl:priceca01", "nhl:rinnepe01"]


def test_a_capitalised_word_after_at_a_letter_from_a_name_is_a_place(parser: QuestionParser) -> None:
    # Coors Field, not Brandin Cooks misspelt.
    assert _ids(parser, "Walker or Helton at Coors") == ["mlb:walkela01", "mlb:heltoto01"]


@pytest.mark.parametrize("sentence", [
    "Kobe steak at the tailgate was overpriced.", "Gibson amplifier for sale, barely used, pick up before the game.",
    "Holiday traffic was brutal on the way to the arena.", "Marino pasta night before the big game?",
    "Simon and Garfunkel concert is the same night as the playoff game.",
])
def test_a_name_opening_a_compound_or_a_brand_names_nobody(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == []


@pytest.mark.parametrize("sentence", [
    "We stayed at the Marriott near the stadium.", "Gretzky Avenue is closed for the parade.",
    "Jordan's steakhouse downtown, anyone been?", "Irving, Texas has nice hotels near the stadium.",
    "Mays, Kentucky is where my cousin lives.", "Montana in July is great for hiking before football starts.",
    "Bird the cat knocked over my beer during the game.", "Harden the soil before you plant the tailgate garden.",
    "Mike from work says the game is on at 8.",
])
def test_a_name_of_a_place_a_business_or_a_pet_names_nobody(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == []


def test_a_name_before_words_said_of_him_keeps_its_player(parser: QuestionParser) -> None:
    # A verb and its object, a stat, a comparison, a season or a club beside him: he is the one talked of.
    assert _ids(parser, "Curry changed the game forever.") == ["nba:curryst01"]
    assert _ids(parser, "Jordan deserves more credit than he gets.") == ["nba:jordami01"]
    assert _ids(parser, "Curry threes") == ["nba:curryst01"]
    assert _ids(parser, "Jordan highlights") == ["nba:jordami01"]
    assert _ids(parser, "Montana in 1989 was unreal.") == ["nfl:pfr-joe-montana-1979"]
    assert _ids(parser, "Durant Oklahoma City years vs his Warriors years") == ["nba:duranke01"]
    assert _ids(parser, "Harden the best scorer of his era?") == ["nba:hardeja01"]
    assert _ids(parser, "is Mahomes the Gretzky of football") == ["nfl:00-0033873", "nhl:gretzwa01"]
    assert _ids(parser, "Aaron from 1957 to 1960 vs Mays") == ["mlb:aaronha01", "mlb:mayswi01"]
    # In lower case nothing shows the words as one proper name: "gonna" is no noun of a compound.
    assert _ids(parser, "judge gonna hit 60 again??") == ["mlb:judgeaa01"]


@pytest.mark.parametrize("question", [
    "I've been watching the Leafs since 1967 and Sittler was better than Gilmour",
    "As a subscriber since 1985, I say Marino threw it better than Elway.",
    "My son has to pick a player from before 1950 and wants Jackie Robinson. Where are his numbers?",
])
def test_a_span_of_the_writers_own_life_names_no_season(parser: QuestionParser, question: str) -> None:
    parsed = parser.parse(question)
    assert parsed.seasons is None and parsed.season_range is None, question


def test_a_span_asked_about_stays_beside_the_writers_own(parser: QuestionParser) -> None:
    assert parser.parse("I'm a Caps fan since 2005: who has more goals since 2010, Ovi or Crosby?").season_range == (
        2010, 2025)
    assert parser.parse("I want lebron since 2018").season_range == (2018, 2025)
    assert parser.parse("I think as a fan the best QB since 2010 is Brady").season_range == (2010, 2024)


def test_a_decade_joined_to_a_stat_line_is_no_decade(parser: QuestionParser) -> None:
    assert parser.parse("Durant's 50-40-90s vs Bird's").season_range is None


def test_a_players_year_in_the_plural_is_that_season(parser: QuestionParser) -> None:
    assert parser.parse("judge vs soto, their 2022s").seasons == [2022]
    assert parser.parse("ohtani in the 2020s").season_range == (2020, 2029)


@pytest.mark.parametrize(("question", "expected"), [
    ("quick q: kershaw or scherzer", ["mlb:kershcl01", "mlb:scherma01"]),
    ("brb, who had more td passes in 2007, brady or smth", ["nfl:00-0019596"]),
    ("Parent here. Was Tom Brady or Joe Montana better?", ["nfl:00-0019596", "nfl:pfr-joe-montana-1979"]),
    ("Jordan here, easily. LeBron second", ["nba:jordami01", "nba:jamesle01"]),
    ("Anthony Davis at Kentucky vs Ja Morant at Murray State", ["nba:davisan02", "nba:moranja01"]),
])
def test_chat_shorthand_an_introduction_and_a_school_name_no_player(parser: QuestionParser, question: str,
                                                                    expected: list[str]) -> None:
    assert _ids(parser, question) == expected


def test_a_first_name_spelt_as_said_before_a_surname_is_the_players(parser: QuestionParser) -> None:
    assert _ids(parser, "Alan Iverson vs Kobe") == ["nba:iversal01", "nba:bryanko01"]
    assert _ids(parser, "Jo Burrow or Jalen Hurts") == ["nfl:00-0036442", "nfl:00-0036389"]


def test_first_names_listed_before_a_surname_and_a_family_are_its_players(parser: QuestionParser) -> None:
    assert _ids(parser, "Jack, Quinn and Luke Hughes: points?") == [
        "nhl:espn-jack-hughes", "nhl:espn-quinn-hughes", "nhl:espn-luke-hughes"]
    assert _ids(parser, "Eli vs Archie, the Manning family's QBs") == ["nfl:00-0022803", "nfl:pfr-archie-manning-1971"]
    # A first name inside a full name stays that name's.
    assert _ids(parser, "kobe bryant or magic johnson") == ["nba:bryanko01", "nba:johnsma02"]


def test_which_before_a_surname_stars_share_asks_which(parser: QuestionParser) -> None:
    parsed = parser.parse("Which Hull scored more goals?")
    assert parsed.players == [] and [c.mention for c in parsed.clarification or []] == ["Hull"]
    # A season only one of them played, or a namesake far less known, still tells them apart.
    assert _ids(parser, "Which Hull had more goals in 1970?") == ["nhl:hullbo01"]
    assert _ids(parser, "which jordan was better") == ["nba:jordami01"]


def test_a_club_city_whose_namesakes_are_obscure_is_the_club(parser: QuestionParser) -> None:
    assert _ids(parser, "Kobe's stats the year Boston won it all, 2007-08") == ["nba:bryanko01"]
    assert _ids(parser, "Houston vs Sprewell") == ["nba:houstal01", "nba:sprewla01"]


def test_a_year_before_a_rate_is_a_season(parser: QuestionParser) -> None:
    assert parser.parse("need verlander's 2011 K/9").seasons == [2011]


def test_a_rookie_season_set_after_a_year_is_that_years_only(parser: QuestionParser) -> None:
    parsed = parser.parse("Compare Bedard to Sidney Crosby, 2005-06 rookie season")
    assert parsed.seasons == [2006]


def test_a_trophys_name_after_than_is_the_player_compared(parser: QuestionParser) -> None:
    assert _ids(parser, "Was Jean Beliveau a better centre than Maurice Richard?") == ["nhl:belivje01", "nhl:richama01"]
    assert _ids(parser, "Ovechkin won more Hart trophies than Rocket Richard trophies") == ["nhl:ovechal01"]


def test_a_shared_surname_with_a_feat_or_award_season_is_the_namesake_whose_record_holds_it(
        parser: QuestionParser) -> None:
    assert _ids(parser, "hull's 72-goal season") == ["nhl:hullbr01"]
    assert _ids(parser, "Manning's MVP season") == ["nfl:00-0010346"]
    # Both won a Super Bowl: still asked back.
    assert parser.parse("manning's super bowl season").needs_clarification


def test_a_full_name_with_a_common_first_name_not_the_players_is_someone_else(parser: QuestionParser) -> None:
    assert _ids(parser, "Al Michaels kept saying Josh Allen is the best") == ["nfl:00-0034857"]
    assert _ids(parser, "Will Brady throw for 300?") == ["nfl:00-0019596"]
    assert _ids(parser, "Bill Walton or Mark Eaton") == ["nba:waltobi01", "nba:eatonma01"]


def test_an_obscure_full_name_that_speaks_of_another_leagues_players_is_a_broadcaster(parser: QuestionParser) -> None:
    assert _ids(parser, "John Madden always said Brett Favre played like a kid") == ["nfl:00-0005106"]
    assert _ids(parser, "Mike Breen called Luka the best young scorer since LeBron") == ["nba:doncilu01",
                                                                                        "nba:jamesle01"]
    # A season of the others' split-season league names the speaker's league no more than theirs.
    assert _ids(parser, "Mike Breen called Luka the best. What did Luka do in 2022-23?") == ["nba:doncilu01"]
    # A star speaks as himself.
    assert _ids(parser, "Tom Brady said LeBron is the GOAT") == ["nfl:00-0019596", "nba:jamesle01"]


def test_a_span_a_player_is_picked_from_is_no_season_asked(parser: QuestionParser) -> None:
    assert parser.parse("is Draisaitl the most underrated scorer of the last ten years?").season_range is None
    assert parser.parse("Ripken's streak, has anyone in the past 20 years come close?").season_range is None
    assert parser.parse("Luka vs SGA last 3 seasons").season_range is not None


def test_a_number_after_a_video_games_name_is_its_title(parser: QuestionParser) -> None:
    assert parser.parse("I always score with Matthews in NHL 23, how many real goals has he?").seasons is None
    assert parser.parse("mahomes madden 24 rating vs his real 2023").seasons == [2023]
    # The league's name before a season written whole or split is the league's season, no game's title.
    assert parser.parse("top 5 goals nhl 2020-21").seasons == [2021]
    assert parser.parse("nhl 2021 goals leaders").seasons == [2021]
    assert parser.parse("nhl 20-21 goals leaders").seasons == [2021]


def test_a_rookie_season_said_of_a_season_just_named_is_that_one(parser: QuestionParser) -> None:
    parsed = parser.parse("Romo called Stroud's 2023 season the greatest rookie year ever. Better than Marino's 1984?")
    assert parsed.seasons == [1984, 2023]


def test_a_first_name_a_host_speaks_to_is_no_player(parser: QuestionParser) -> None:
    assert _ids(parser, "Next caller, Tony from Tempe, you're on. Tony, is Burrow better than Marino?") == [
        "nfl:00-0036442", "nfl:00-0010379"]
    assert _ids(parser, "Who was better, Mike Schmidt or George Brett? Good one, Dave.") == ["mlb:schmimi01",
                                                                                            "mlb:brettge01"]
    # First names listed beside other names are the players.
    assert "nba:roberos01" in _ids(parser, "top 5 point guards ever: magic, steph, oscar, isiah, cp3")


def test_the_nickname_before_a_trophys_name_is_the_trophys_word(parser: QuestionParser) -> None:
    assert _ids(parser, "Pastrnak or Kucherov for the Rocket Richard futures bet?") == ["nhl:pastrda01",
                                                                                       "nhl:kucheni01"]
    assert _ids(parser, "Was the Rocket better than Gordie Howe") == ["nhl:richama01", "nhl:howego01"]


def test_a_nations_adjective_before_a_position_describes_the_player(parser: QuestionParser) -> None:
    parsed = parser.parse("Koufax or Marichal, the better Latin pitcher?")
    assert [p.id for p in parsed.players] == ["mlb:koufasa01", "mlb:maricju01"] and parsed.error is None
    assert _ids(parser, "Was the Nets' French center better than Kidd?") == ["nba:kiddja01"]


def test_the_holder_of_a_record_broken_is_not_read_by_the_breakers_season(parser: QuestionParser) -> None:
    assert _ids(parser, "Gretzky broke Howe's goals record in 1994, was he better?") == ["nhl:gretzwa01",
                                                                                        "nhl:howego01"]


def test_his_son_or_his_dad_set_against_a_name_without_a_suffix_tells_the_generations(
        parser: QuestionParser) -> None:
    assert _ids(parser, "Griffey or his dad, who hit more homers") == ["mlb:griffke02", "mlb:griffke01"]
    parsed = parser.parse("Guerrero's 2004 MVP year vs his son in 2024")
    assert [(p.id, p.seasons) for p in parsed.players] == [("mlb:guerrvl01", [2004]), ("mlb:guerrvl02", [2024])]


def test_a_first_name_set_against_a_full_name_is_his_namesake_of_that_surname(parser: QuestionParser) -> None:
    assert _ids(parser, "Stephen Curry o Seth, quién tira mejor?") == ["nba:curryst01", "nba:curryse01"]
    assert _ids(parser, "Bobby Hull vs Brett, goals") == ["nhl:hullbo01", "nhl:hullbr01"]
    # Only a namesake of his sport: "Michael" here is Jordan, not an MLB Michael James.
    assert _ids(parser, "LeBron James or Michael") == ["nba:jamesle01", "nba:jordami01"]


def test_an_athlete_of_another_sport_named_in_full_is_named_again_by_his_surname(parser: QuestionParser) -> None:
    parsed = parser.parse("I saw Muhammad Ali fight Joe Frazier in 1971. How many knockouts did Ali have?")
    assert parsed.players == [] and parsed.error is not None and parsed.error.code == "not-covered"


def test_two_years_of_the_2000s_said_one_after_the_other_are_a_split_season(parser: QuestionParser) -> None:
    assert parser.parse("Malkin in oh-eight, oh-nine, how many points?").seasons == [2009]
    assert parser.parse("Pujols in oh-nine").seasons == [2009]


def test_a_season_said_after_the_last_club_and_position_is_every_clubs(parser: QuestionParser) -> None:
    parsed = parser.parse("The Bills' quarterback vs the Ravens' quarterback in 2024")
    # 2024's passing lines keep no attempts: a quarterback is told by his passing yards there.
    assert [(p.id, p.seasons) for p in parsed.players] == [("nfl:00-0034857", [2024]), ("nfl:00-0034796", [2024])]
    parsed = parser.parse("the Yankees closer vs the 2004 Red Sox closer")
    assert [p.seasons for p in parsed.players] == [None, [2004]]


def test_a_lone_surname_of_a_family_the_question_names_is_asked_back(parser: QuestionParser) -> None:
    parsed = parser.parse("We watched the Hulls every winter. How many goals did Hull score?")
    assert parsed.players == [] and [c.mention for c in parsed.clarification or []] == ["Hull"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Mahomes or Jalen in 2022", ["nfl:00-0033873", "nfl:00-0036389"]),
    ("jalen or lamar, rushing yards", ["nfl:00-0036389", "nfl:00-0034796"]),
    ("Brady vs Jalen", ["nfl:00-0019596", "nfl:00-0036389"]),
])
def test_a_first_name_set_against_a_player_is_the_one_of_note_of_his_league(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    # "Jalen" alone names no one (Brunson, Green, Rose in the NBA...); set against a quarterback, Jalen Hurts.
    assert _ids(parser, question) == expected


def test_a_first_name_several_of_note_carry_in_that_league_is_not_guessed(parser: QuestionParser) -> None:
    assert "nba:brunsja01" not in _ids(parser, "Jayson vs Jalen")  # Brunson, Green, Williams, Rose
    assert _ids(parser, "Crosby or Henrik") == ["nhl:crosbsi01"]  # Sedin, Lundqvist, Zetterberg


@pytest.mark.parametrize(("question", "expected"), [
    ("Daniel or Henrik, which twin had more points?", ["nhl:sedinda01", "nhl:sedinhe01"]),
    ("the Sedins: Henrik or Daniel", ["nhl:sedinhe01", "nhl:sedinda01"]),
    ("Pau or Marc in 2010", ["nba:gasolpa01", "nba:gasolma01"]),
])
def test_two_first_names_set_against_each_other_are_the_family_of_note_carrying_both(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    # "Daniel" alone is Chase Daniel's surname; beside "Henrik" the two are the Sedins.
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Tom Brady's first year as a starter", [2001]),  # 3 passes as a rookie in 2000, behind Bledsoe
    ("Jalen Hurts first season as the starter", [2021]),  # 2020: Wentz threw most; Hurts ran more than he did
    ("Steve Young first year as a starter", [1986]),  # Tampa Bay, behind DeBerg in 1985
    ("Kobe's first season as a starter", [1999]),  # starts, the NBA's volume of a position
    ("Derek Jeter first year as a starter", [1996]),
    ("Henrik Lundqvist first year as a starter", [2006]),
])
def test_a_first_year_as_a_starter_is_the_first_he_led_his_club_at_his_position(
        parser: QuestionParser, question: str, expected: list[int]) -> None:
    assert parser.parse(question).seasons == expected


def test_a_rookie_season_is_still_his_first_season(parser: QuestionParser) -> None:
    assert parser.parse("Tom Brady's rookie year").seasons == [2000]
    assert parser.parse("Patrick Mahomes first year in the league").seasons == [2017]


def test_a_super_bowl_dated_by_its_month_is_the_season_before(parser: QuestionParser) -> None:
    parsed = parser.parse("I saw Joe Montana win it all in person, the one in January 1990. How was his year?")
    assert [p.id for p in parsed.players] == ["nfl:pfr-joe-montana-1979"] and parsed.seasons == [1989]
    assert parser.parse("Gretzky in December 1981").seasons == [1982]
    assert parser.parse("Reggie Jackson, Mr. October 1977").seasons == [1977]


@pytest.mark.parametrize(("question", "player", "seasons"), [
    ("LeBron the season he won the title with Miami", "nba:jamesle01", [2012, 2013]),  # not 2016 or 2020
    ("Brady the year he won it all with the Bucs", "nfl:00-0019596", [2020]),
    ("Shaq the year he won the title with the Heat", "nba:onealsh01", [2006]),
    # A surname two champions share is the one who won with that club.
    ("Manning the year he won it all with the Broncos", "nfl:00-0010346", [2015]),
    ("Manning the year he won the Super Bowl with the Giants", "nfl:00-0022803", [2007, 2011]),
])
def test_the_year_he_won_it_all_with_a_club_is_his_title_with_that_club(
        parser: QuestionParser, question: str, player: str, seasons: list[int]) -> None:
    parsed = parser.parse(question)
    assert [p.id for p in parsed.players] == [player] and parsed.seasons == seasons


@pytest.mark.parametrize(("question", "players"), [
    ("my 1989 Upper Deck Ken Griffey Jr. rookie, what's it worth", ["mlb:griffke02"]),
    ("1957 Topps Hank Aaron vs 1952 Topps Mickey Mantle, which card holds its value",
     ["mlb:aaronha01", "mlb:mantlmi01"]),
    ("PSA 9 Connor McDavid young guns, worth it?", ["nhl:mcdavco01"]),
    ("1986 Fleer Michael Jordan rookie, what's it worth", ["nba:jordami01"]),
    ("Is a Pete Maravich 1970 Topps rookie a good investment?", ["nba:maravpe01"]),
])
def test_a_cards_price_is_not_covered_and_its_maker_and_year_name_no_player_or_season(
        parser: QuestionParser, question: str, players: list[str]) -> None:
    parsed = parser.parse(question)
    assert _ids(parser, question) == players
    assert parsed.error is not None and parsed.error.code == "not-covered", question
    assert parsed.seasons is None and all(p.seasons is None for p in parsed.players), question


@pytest.mark.parametrize(("question", "players"), [
    ("Mike Trout rookie cards are pricey, but was he better than Bryce Harper?", ["mlb:troutmi01", "mlb:harpebr03"]),
    ("pulled a Luka Doncic rookie patch, is he better than Trae Young?", ["nba:doncilu01", "nba:youngtr01"]),
    ("chase a Victor Wembanyama or Chet Holmgren rookie? who is better", ["nba:wembavi01", "nba:holmgch01"]),
    ("Tom Seaver 1967 rookie card vs Johnny Bench 1968 rookie card, which HOFer had the better career?",
     ["mlb:seaveto01", "mlb:benchjo01"]),
    # Real: the price is said, but the question asks about the player.
    ("Honus Wagner card is worth millions but how good was he", ["mlb:wagneho01"]),
])
def test_a_question_about_the_players_on_cards_asks_no_rookie_season_and_is_covered(
        parser: QuestionParser, question: str, players: list[str]) -> None:
    parsed = parser.parse(question)
    assert _ids(parser, question) == players and parsed.error is None, question
    assert parsed.seasons is None and all(p.seasons is None for p in parsed.players), question


def test_a_rookie_season_and_a_year_asked_again_keep_their_seasons_beside_cards(parser: QuestionParser) -> None:
    assert parser.parse("Jaylen Brown as a Celtics rookie").seasons == [2017]
    parsed = parser.parse("Wembanyama rookie year vs Duncan rookie year")
    assert [p.seasons for p in parsed.players] == [[2024], [1998]]
    # Real: "that year" asks the season of the cards' year.
    parsed = parser.parse("found a box of 1993 Upper Deck cards, and the top card was Ken Griffey Jr. How did he "
                          "do that year?")
    assert _ids(parser, parsed.question) == ["mlb:griffke02"] and parsed.seasons == [1993]


@pytest.mark.parametrize("question", [
    "As an AI, who was better, Shaq or Hakeem?", "You're an AI, tell me if Kobe or Duncan had more rings",
])
def test_a_nickname_after_as_a_or_youre_an_is_what_someone_is(parser: QuestionParser, question: str) -> None:
    assert "nba:iversal01" not in _ids(parser, question)
    assert len(_ids(parser, question)) == 2


def test_a_nickname_without_a_role_taken_is_still_the_player(parser: QuestionParser) -> None:
    assert _ids(parser, "AI or Kobe") == ["nba:iversal01", "nba:bryanko01"]
    assert _ids(parser, "AI's crossover on MJ") == ["nba:iversal01", "nba:jordami01"]
    # A fan of him is what the writer is: the player is still named.
    assert _ids(parser, "As a Kobe fan, was Shaq better?") == ["nba:bryanko01", "nba:onealsh01"]


@pytest.mark.parametrize("sentence", [
    "best curry recipe with rice", "bass fishing lures for spring", "ordered curry takeout tonight",
    "week 3 of my diet", "day 12 of learning guitar", "moving haul 📦 price was insane",
])
def test_a_dish_a_fish_a_day_and_words_across_an_emoji_name_nobody(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == []


def test_a_name_that_is_a_dish_or_a_fish_is_the_player_where_something_is_said_of_him(
        parser: QuestionParser) -> None:
    assert _ids(parser, "curry dropped 50 after a spicy dinner") == ["nba:curryst01"]
    assert _ids(parser, "Trout fishing in the offseason, how many homers did he hit in 2019") == ["mlb:troutmi01"]
    assert _ids(parser, "Todd Day career") == ["nba:dayto01"]
    assert _ids(parser, "Paul Pierce 🍀 vs Kobe") == ["nba:piercpa01", "nba:bryanko01"]


def test_a_number_of_years_is_a_count_and_a_season_before_season_words_still_a_season(
        parser: QuestionParser) -> None:
    for question in ("Bert Blyleven needed 14 years on the ballot, was he better than Jack Morris?",
                     "over a 12 year span, was Larry Walker better than Vladimir Guerrero?",
                     "Jim Rice's 15-year career vs Dave Parker's"):
        parsed = parser.parse(question)
        assert len(parsed.players) == 2 and parsed.seasons is None and parsed.season_range is None, question
    assert parser.parse("Griffey 97 season").seasons == [1997]
    assert parser.parse("Piazza in the 96 and 97 seasons").seasons == [1996, 1997]


def test_a_word_after_a_linking_verb_and_so_or_too_is_an_adjective(parser: QuestionParser) -> None:
    assert _ids(parser, "why Bourque's plus-minus was so high in 1991") == ["nhl:bourqra01"]
    assert _ids(parser, "the Hawks got too young after 2015, Trae Young was 19") == ["nba:youngtr01"]


def test_a_country_after_in_or_from_is_the_country(parser: QuestionParser) -> None:
    assert _ids(parser, "Doug Flutie played in Canada before the Bills, was he better than Jim Kelly?") == [
        "nfl:00-0005363", "nfl:pfr-jim-kelly-1986"]


def test_players_listed_after_between_are_the_object_not_one_name(parser: QuestionParser) -> None:
    assert _ids(parser, "the 1997 MVP race between Jordan and Malone was rigged") == ["nba:jordami01",
                                                                                      "nba:malonka01"]
    assert _ids(parser, "the 1990 MVP race between Magic and Barkley was the closest ever") == [
        "nba:johnsma02", "nba:barklch01"]


def test_a_year_someone_writes_or_lives_in_and_a_decades_fashion_are_no_seasons(parser: QuestionParser) -> None:
    parsed = parser.parse("Imagine you're a sportswriter writing in 1962. Rank Mickey Mantle, Willie Mays and "
                          "Hank Aaron")
    assert len(parsed.players) == 3 and parsed.seasons is None and parsed.season_range is None
    parsed = parser.parse("Ewing Knicks jersey or Starks Knicks jersey for an 80s theme night")
    assert len(parsed.players) == 2 and parsed.season_range is None
    parsed = parser.parse("Griffey was born in 1969, how did he do in 1997?")
    assert parsed.seasons == [1997]
    assert parser.parse("Shaq in the 90s vs Hakeem in the 90s").season_range == (1990, 1999)


@pytest.mark.parametrize(("question", "player"), [
    ("Herbert dime to the sideline", "nfl:00-0036355"),
    ("Mahomes sacked 5 times in the first half", "nfl:00-0033873"),
    ("Kane with the goal", "nhl:kanepa01"),
    ("a Jeter jersey for my nephew, good idea?", "mlb:jeterde01"),
    ("explain why Shaq dunked on everyone", "nba:onealsh01"),
    ("why Dikembe wagged his finger", "nba:mutomdi01"),
])
def test_a_lone_name_in_game_thread_and_jersey_talk_is_the_player(
        parser: QuestionParser, question: str, player: str) -> None:
    assert _ids(parser, question) == [player]


def test_a_name_is_still_read_as_a_thing_where_nothing_of_sport_follows(parser: QuestionParser) -> None:
    assert _ids(parser, "Jordan almonds") == []
    assert _ids(parser, "Stone with the dog") == []


def test_a_hashtag_names_a_player_known_by_its_word_not_an_obscure_namesake(parser: QuestionParser) -> None:
    assert _ids(parser, "Brady 2007 was unreal #patriots #madden") == ["nfl:00-0019596"]
    assert _ids(parser, "#Judge 62 homers") == ["mlb:judgeaa01"]


def test_a_lower_case_word_before_a_capitalised_surname_is_no_first_name(parser: QuestionParser) -> None:
    assert _ids(parser, "Bruins fans: Orr would've humbled your beloved Potvin") == ["nhl:orrbo01", "nhl:potvide01"]


def _each_players_seasons(parser: QuestionParser, question: str) -> dict[str, list[int] | tuple[int, int] | None]:
    """Each player's seasons as the parse gives them: his own, else the question's."""
    parsed = parser.parse(question)
    question_seasons = parsed.seasons or parsed.season_range
    return {p.id: p.seasons or p.season_range or question_seasons for p in parsed.players}


@pytest.mark.parametrize(("question", "expected"), [
    # Basketball- and Hockey-Reference count age on 1 February of the season's second year, PFR on 31 December.
    ("Giannis at 27 vs Jokic at 27", {"nba:antetgi01": [2022], "nba:jokicni01": [2023]}),
    ("Ovechkin at 22 vs Malkin at 22", {"nhl:ovechal01": [2008], "nhl:malkiev01": [2009]}),
    ("Aaron Rodgers at 38 vs Tom Brady at 38", {"nfl:00-0023459": [2021], "nfl:00-0019596": [2015]}),
])
def test_players_compared_at_an_age_are_read_in_the_season_of_that_age(
        parser: QuestionParser, question: str, expected: dict[str, list[int]]) -> None:
    assert _each_players_seasons(parser, question) == expected


def test_careers_up_to_an_age_run_from_each_start_to_that_age(parser: QuestionParser) -> None:
    parsed = parser.parse("through age 22, Juan Soto vs Ronald Acuna")
    assert [p.id for p in parsed.players] == ["mlb:sotoju01", "mlb:acunaro01"]
    assert _each_players_seasons(parser, "through age 22, Juan Soto vs Ronald Acuna") == {
        "mlb:sotoju01": (2018, 2021), "mlb:acunaro01": (2018, 2020)}


@pytest.mark.parametrize("question", [
    "mcdavid still dominating at 27 lol",  # said once: how old he is
    "kobe retired at 37, better than jordan?",  # when something happened
    "Lane Hutson at 20 vs Bobby Orr at 20",  # a birth year the store lacks: no fair age for either
    "Nolan Ryan threw harder at 44 than these kids do at 24",
])
def test_an_age_that_compares_no_one_at_it_names_no_season(parser: QuestionParser, question: str) -> None:
    parsed = parser.parse(question)
    assert parsed.seasons is None and parsed.season_range is None, question
    assert all(p.seasons is None and p.season_range is None for p in parsed.players), question


def test_a_year_named_beside_an_age_is_the_season(parser: QuestionParser) -> None:
    assert parser.parse("Nolan Ryan at 44 in 1991 vs Randy Johnson").seasons == [1991]


@pytest.mark.parametrize("question", [
    "Rookie Victor Wembanyama vs veteran LeBron James",
    "LeBron in year 21 vs Kareem in year 20",
    "Offensive Rookie of the Year Ja'Marr Chase vs Justin Jefferson",
    "rookie Macklin Celebrini vs old man Anze Kopitar",
])
def test_rookie_and_veteran_before_a_name_say_who_he_is_not_which_season(parser: QuestionParser, question: str) -> None:
    parsed = parser.parse(question)
    assert len(parsed.players) == 2 and parsed.seasons is None and parsed.season_range is None, question


def test_a_year_named_with_a_rookie_and_a_veteran_is_the_season_of_both(parser: QuestionParser) -> None:
    assert parser.parse("rookie Caleb Williams vs 20-year vet Aaron Rodgers in 2024").seasons == [2024]
    assert parser.parse("Fernando Valenzuela rookie season vs Steve Carlton veteran season, same year 1981").seasons \
        == [1981]


def test_a_rookie_season_set_against_a_veteran_is_the_rookies_alone(parser: QuestionParser) -> None:
    parsed = parser.parse("Jayden Daniels rookie season vs Kirk Cousins as a vet")
    assert parsed.seasons == [2024]
    # Without a veteran set against him, a rookie season asked after both names is each one's.
    assert _each_players_seasons(parser, "Kobe vs Duncan rookie year") == {
        "nba:bryanko01": [1997], "nba:duncati01": [1998]}


def test_a_total_before_a_name_is_his_season_of_that_total(parser: QuestionParser) -> None:
    assert _each_players_seasons(parser, "61-homer Maris vs 60-homer Babe Ruth") == {
        "mlb:marisro01": [1961], "mlb:ruthba01": [1927]}
    # A total no season of his makes is a game's; one before no name is a kind of player.
    assert parser.parse("100-point Chamberlain vs 81-point Kobe, who was the better scorer").seasons is None
    assert parser.parse("a 50-goal scorer like Mike Bossy").seasons is None


def test_a_total_said_once_for_both_is_the_second_players_season_of_it(parser: QuestionParser) -> None:
    assert _each_players_seasons(parser, "Wilt's 4,029-point season vs Jordan's 3,041") == {
        "nba:chambwi01": [1962], "nba:jordami01": [1987]}


@pytest.mark.parametrize(("question", "expected"), [
    ("Tracy McGrady for the Magic or for the Rockets", ["nba:mcgratr01"]),  # a club he played on
    ("Dwight Howard on the Magic or on the Lakers?", ["nba:howardw01"]),
    ("best center besides Kareem: Wilt, Russell or Shaq?", ["nba:chambwi01", "nba:russebi01", "nba:onealsh01"]),
    ("greatest QB other than Brady — Manning or Montana?", ["nfl:00-0010346", "nfl:pfr-joe-montana-1979"]),
    ("Crosby PTS/GP vs Malkin", ["nhl:crosbsi01", "nhl:malkiev01"]),  # a rate's "GP" is no Gary Payton
    ("Walter Payton Man of the Year Drew Brees vs Eli Manning", ["nfl:00-0020531", "nfl:00-0022803"]),
    ("J-T Miller vs Bo Horvat", ["nhl:millejt01", "nhl:horvabo01"]),  # initials joined by a hyphen
    ("St. Louis kid — Stan Musial or Albert Pujols?", ["mlb:musiast01", "mlb:pujolal01"]),
    ("Chicago born — Walter Payton or Gale Sayers, greatest Bear running back?",
     ["nfl:pfr-walter-payton-1975", "nfl:pfr-gale-sayers-1970"]),
])
def test_words_beside_a_name_that_make_it_a_club_a_place_an_award_or_someone_set_aside(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


def test_a_player_set_aside_and_named_alone_is_still_the_one_asked_about(parser: QuestionParser) -> None:
    assert _ids(parser, "best shooting guard of the 80s besides jordan") == ["nba:jordami01"]


@pytest.mark.parametrize("sentence", [
    "Smoked trout on a bagel is my favourite breakfast.",  # a lower-case word in talk of no sport, capitals used
    "Who played the best butler in that TV series?",
    "Can I get a Butler basketball ticket for the weekend?",  # a school's team
    "Is Jordan's Furniture Outlet open on Sunday?",  # a possessive opening a shop's name
])
def test_a_name_written_as_a_word_a_school_or_a_shop_names_no_player(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == [], sentence


@pytest.mark.parametrize(("question", "expected"), [
    ("Brady's Super Bowl Rings", ["nfl:00-0019596"]),
    ("Jordan's Bulls vs Kobe's Lakers", ["nba:jordami01", "nba:bryanko01"]),
    ("bro lebron in miami was scary", ["nba:jamesle01"]),  # chat in lower case still names him
])
def test_a_possessive_before_a_sports_thing_and_lower_case_chat_keep_their_player(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Ted Williams or Joe D, who hit better?", ["mlb:willite01", "mlb:dimagjo01"]),
    ("Joe D or Isiah, best Pistons guard?", ["nba:dumarjo01", "nba:thomais01"]),  # the less-meant holder, by club
    # English, not Nash's nickname, where nothing places it as his
    ("two-time Cy Young winner Clayton Kershaw vs Max Scherzer", ["mlb:kershcl01", "mlb:scherma01"]),
])
def test_a_nickname_two_hold_or_that_english_uses_is_read_by_the_question(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("the truth was a top 3 forward of his era", ["nba:piercpa01"]),  # a nickname said to play a position
    ("the mailman is the best power forward ever", ["nba:malonka01"]),
    ("prime time is the best cover corner ever", ["nfl:00-0014324"]),
    ("the refrigerator in 85 was a folk hero", ["nfl:nflcom-2502453"]),  # nicknames fans write (Wikipedia)
    ("revis island shut down every wideout", ["nfl:nflcom-2495717"]),
    ("Domas averaged a double double again", ["nba:sabondo01"]),
])
def test_a_nickname_said_to_play_a_position_or_fans_write_names_its_player(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize("sentence", [
    "the answer is a guard dog, not a fence",  # a position word before a noun is a thing
    "the truth is a safety net for all of us",
    "prime time is a great slot for ads",
    "the fridge is empty again",
])
def test_a_phrase_nickname_before_a_thing_stays_english(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == [], sentence


@pytest.mark.parametrize(("question", "expected"), [
    ("bobby vs brett hull, who shot harder", ["nhl:hullbo01", "nhl:hullbr01"]),  # first names set against a full name
    ("daniel versus henrik sedin in 2011", ["nhl:sedinda01", "nhl:sedinhe01"]),
    ("keith vs matthew vs brady tkachuk ranked", ["nhl:tkachke01", "nhl:tkachma01", "nhl:espn-brady-tkachuk"]),
    ("Jordan vs Eddie Johnson", ["nba:jordami01", "nba:johnsed03"]),  # no Jordan Johnson of note: his own name
    ("Jalen vs Josh Allen", ["nfl:00-0036389", "nfl:00-0034857"]),
])
def test_first_names_set_against_a_full_name_share_its_surname(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Robin Yount or Paul Molitor, who was the better Brewer?", []),  # a club's member after "the better"
    ("greatest Leaf of the modern era, Sundin or Gilmour?", []),  # not Ryan Leaf
    ("who was better, Brewer or Yount", ["Brewer"]),  # set against a player, the surname still
])
def test_a_clubs_member_ranked_is_no_player_of_that_name(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert [c.mention for c in parser.parse(question).clarification or []] == expected


def test_a_clubs_member_noun_that_is_a_full_name_stays_the_player(parser: QuestionParser) -> None:
    assert _ids(parser, "Ryan Leaf was the worst qb of his draft") == ["nfl:00-0009715"]


@pytest.mark.parametrize("sentence", [
    "rose bowl parade and football tickets",  # a name joined to "bowl", "stadium" or "university" names the place
    "payton stadium football tours",
    "butler university basketball schedule",
])
def test_a_name_before_a_bowl_a_stadium_or_a_university_names_the_place(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == [], sentence


def test_a_player_named_in_full_before_such_a_noun_is_still_named(parser: QuestionParser) -> None:
    assert _ids(parser, "Jimmy Butler university days") == ["nba:butleji01"]
    assert _ids(parser, "Mahomes' Super Bowl rings") == ["nfl:00-0033873"]  # the game, one word on: his


@pytest.mark.parametrize(("question", "expected"), [
    ("Bobby Hull or Brett Hull, which Hull scored more", ["nhl:hullbo01", "nhl:hullbr01"]),
    ("Frank Robinson vs Brooks Robinson vs Robinson", ["mlb:robinfr02", "mlb:robinbr01"]),
])
def test_a_surname_two_players_named_share_is_one_of_them_again(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    parsed = parser.parse(question)
    assert [p.id for p in parsed.players] == expected and not parsed.needs_clarification, question


@pytest.mark.parametrize(("question", "expected"), [
    ("after Maxey dropped 50 last night", ["nba:maxeyty01"]),  # no Max misspelt: his surname as written
    ("Maxey or Harden, who shoots better", ["nba:maxeyty01", "nba:hardeja01"]),
])
def test_a_capitalised_surname_spelt_right_is_no_slip_for_another_name(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize("sentence", [
    "my neighbour is a total Savage with that leaf blower at 7am",  # emphasis
    "this coffee is so Strong this morning, I'm wired",
    "the new knives are so Sharp, be careful",
    "that candle smells like Cedar and Cash",  # a brand's or a scent's words
    "this playlist has Prince on repeat all night",  # a singer
])
def test_an_everyday_word_capitalised_in_talk_of_no_sport_names_nobody(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == [], sentence


@pytest.mark.parametrize(("question", "expected"), [
    ("Is Sharp underrated?", ["nhl:sharppa01"]),  # sport talk about him
    ("Is Savage a good goalie?", ["nhl:savagbr01"]),
    ("Swift or Montgomery for my flex spot?", ["nfl:00-0036275", "nfl:00-0035685"]),  # set against a name
    ("I'd take Rice over Moss any day of the week", ["nfl:00-0013639", "nfl:00-0011754"]),
    ("Is The Answer a Hall of Famer?", ["nba:iversal01"]),  # a nickname's phrase, capitalised
    ("1980 Topps Larry Bird/Magic/Dr. J card, anyone know the value?",
     ["nba:birdla01", "nba:johnsma02", "nba:ervinju01"]),  # listed with capitalised names
])
def test_an_everyday_word_capitalised_is_a_name_in_sport_talk_or_beside_another(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize("sentence", [
    "Marshall's car broke down again, she's furious",  # "she": every player the store holds is a man
    "Mason said he's coming late",  # a common first name, no star's, in talk of no sport
])
def test_a_name_opening_a_sentence_about_the_writers_life_names_nobody(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == [], sentence


@pytest.mark.parametrize(("question", "expected"), [
    ("Jordan said he's the best ever", ["nba:jordami01"]),  # a star's name
    ("Carter was the best catcher of the 80s", ["mlb:cartega01"]),  # sport talk
    ("Ruth hit 60 homers in 1927", ["mlb:ruthba01"]),
])
def test_a_name_opening_a_sentence_of_sport_or_a_stars_keeps_its_player(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


def test_a_word_more_common_than_the_stem_of_a_doubled_consonant_is_a_noun_of_its_own(
        parser: QuestionParser) -> None:
    assert all(may_be_noun(word) for word in ("pepper", "summer", "dinner"))
    assert not any(may_be_noun(word) for word in ("bigger", "stopped", "hotter", "running"))
    # So the name before it opens a compound ("Palmer summer house"), not a player and what he did.
    assert _ids(parser, "Palmer summer house is up for sale") == []
    assert _ids(parser, "Lemon was a great pitcher for Cleveland") == ["mlb:lemonbo01"]


@pytest.mark.parametrize("sentence", ["jefferson university football tickets", "baylor university basketball schedule"])
def test_a_name_before_university_in_lower_case_is_the_school(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == [], sentence


@pytest.mark.parametrize("sentence", [
    "we had curry and noodles at that new spot",  # a name that is a dish, beside another food
    "made a green curry with extra rice",
])
def test_a_name_that_is_a_food_among_foods_names_nobody(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == [], sentence


@pytest.mark.parametrize(("question", "expected"), [
    ("steph curry and jerry rice, who was more dominant", ["nba:curryst01", "nfl:00-0013639"]),
    ("curry dropped 50 last night", ["nba:curryst01"]),
    ("lamb or chase in a dynasty league?", ["nfl:00-0036358", "nfl:00-0036900"]),  # one food's word, no other
])
def test_a_food_word_that_a_player_is_said_with_keeps_him(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("my book club Captain can't read a map", []),  # "can't" is no misspelt "Canada" of a nickname
    ("Captain Canada vs Captain Clutch", ["nhl:smythry01", "mlb:jeterde01"]),
])
def test_a_contraction_is_never_corrected_into_a_nickname(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("was Embiid's 2023 season really MVP-worthy?", ["nba:embiijo01"]),  # a compound adjective's end
    ("Tatum's 2024 run was Finals-MVP-worthy", ["nba:tatumja01"]),
    ("was Kobe's 2006 a scoring-title-Green light season", ["nba:bryanko01"]),
    ("the pre-Jordan Bulls were bad", ["nba:jordami01"]),  # a name after a prefix
    ("Shaq-Kobe was the best duo", ["nba:onealsh01", "nba:bryanko01"]),  # after another name
])
def test_a_word_ending_a_hyphened_compound_is_no_name(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("letter", "expected"), [
    ("Dear Tom, was Kevin McHale better than Dave Cowens? Love, Nana", ["nba:mchalke01", "nba:cowenda01"]),
    ("I watched Dave Bing with your uncle. Was he as good as Jerry West? Love Grandpa",
     ["nba:bingda01", "nba:westje01"]),
    ("Was Larry Bird better than Dominique Wilkins? Love Aunt Jo.", ["nba:birdla01", "nba:wilkido01"]),
    # Named in full, "Love" is the player; the sign-off closing the letter is not.
    ("Was Kevin Love better than Bosh? Love, Nana", ["nba:loveke01", "nba:boshch01"]),
])
def test_a_letters_sign_off_closing_it_is_no_player(parser: QuestionParser, letter: str, expected: list[str]) -> None:
    assert _ids(parser, letter) == expected


@pytest.mark.parametrize(("question", "expected"), [
    # After "win", a trophy is the trophy whatever follows it.
    ("Felix Hernandez in 2010 win Cy Young with only 13 wins?", ["mlb:hernafe02"]),
    ("did Zack Greinke won Cy Young with the Royals in 2009", ["mlb:greinza01"]),
    # The other side of "as good as" is the player the trophy is named after.
    ("Was Gordie Howe as good as Maurice Richard?", ["nhl:howego01", "nhl:richama01"]),
])
def test_a_trophys_name_is_the_trophy_after_win_and_the_player_as_a_side(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    # A lower-case word after "in the" and a club is the club's place.
    ("Snoop Dogg in the Cowboys booth last night was fun", []),
    ("saw a mascot in the Yankees dugout yesterday", []),
    # A club before its player, as a side of a comparison, still places him.
    ("the knicks ewing vs the bulls jordan", ["nba:ewingpa01", "nba:jordami01"]),
])
def test_a_lower_case_word_after_in_the_and_a_club_is_the_clubs_place(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize("sentence", ["the Ward kids are the flower girls", "we babysat the Moss children again"])
def test_a_surname_before_kids_is_a_family(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == []


@pytest.mark.parametrize(("question", "expected"), [
    # Ben Wallace's "Big Ben" beside the Pistons; Roethlisberger's otherwise.
    ("sheed and big ben on the 04 pistons", ["nba:wallara01", "nba:wallabe01"]),
    ("big ben vs eli manning", ["nfl:00-0022924", "nfl:00-0022803"]),
    ("Billups or Rip Hamilton in 2004", ["nba:billuch01", "nba:hamilri01"]),
])
def test_a_nickname_two_hold_is_the_one_of_the_clubs_league(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


def test_a_count_of_years_before_start_is_no_season(parser: QuestionParser) -> None:
    parsed = parser.parse("Albert Pujols 2001-2010 is the greatest 10 year start in history")
    assert [p.id for p in parsed.players] == ["mlb:pujolal01"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Is it fair to compare Cy Young's win totals to Greg Maddux?", ["mlb:youngcy01", "mlb:maddugr01"]),
    ("Cy Young's 511 wins vs Walter Johnson's 417", ["mlb:youngcy01", "mlb:johnswa01"]),
    ("Koufax won the Cy Young in 1965", ["mlb:koufasa01"]),  # the award: won, no possessive
    ("Koufax and the Cy Young's voters in 1965", ["mlb:koufasa01"]),  # "the" before it: still the award
])
def test_an_award_named_after_a_man_owning_what_follows_is_the_man(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("yo settle this, prime vince or prime tmac", ["nba:cartevi01", "nba:mcgratr01"]),
    ("prime vince or tmac", ["nba:cartevi01", "nba:mcgratr01"]),
    ("tmac or prime vince", ["nba:mcgratr01", "nba:cartevi01"]),
])
def test_a_word_for_a_time_of_a_career_does_not_part_two_names_compared(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Stockton and Malone vs Magic and Kareem", ["nba:stockjo01", "nba:malonka01", "nba:johnsma02", "nba:abdulka01"]),
    ("Stockton & Malone vs Bird and McHale", ["nba:stockjo01", "nba:malonka01", "nba:birdla01", "nba:mchalke01"]),
    ("Stockton/Malone or Jordan/Pippen", ["nba:stockjo01", "nba:malonka01", "nba:jordami01", "nba:pippesc01"]),
])
def test_a_namesake_in_a_duo_is_told_by_his_partner_not_the_other_pair(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "seasons", "season_range"), [
    ("Is Aaron Judge's 2022 the best clean season since like 2001?", [2022], None),
    ("ja'marr chase 2024 >>> any WR season in the last decade", [2024], None),
    ("mahomes 2022, best qb season since 2007", [2022], None),
    ("jokic's seasons since 2021", None, (2021, 2025)),  # no season named outright: the span is asked
    ("Judge 2022 vs Bonds 2001", [2001, 2022], None),
])
def test_a_span_qualifying_season_beside_a_season_named_is_the_pool_it_ranks_in(
        parser: QuestionParser, question: str, seasons: list[int] | None,
        season_range: tuple[int, int] | None) -> None:
    parsed = parser.parse(question)
    assert (parsed.seasons, parsed.season_range) == (seasons, season_range)


@pytest.mark.parametrize(("question", "expected"), [
    ("what if JR Richard never had the stroke, is he in Nolan Ryan's class?", ["mlb:richajr01", "mlb:ryanno01"]),
    ("J.R. Richard strikeouts 1979", ["mlb:richajr01"]),
    ("Patrick Roy vs J-S Giguere in the playoffs", ["nhl:roypa01", "nhl:gigueje01"]),
])
def test_a_player_named_by_the_initials_of_his_given_names_is_found(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Nobody in Sacramento wants to hear it, but Fox is the best guard the franchise has had since Mitch Richmond",
     ["nba:foxde01", "nba:richmmi01"]),
    ("Lakers fan here: LeBron or Magic, who gave the franchise more?", ["nba:jamesle01", "nba:johnsma02"]),
    ("the franchise vs the answer, 2001 stats", ["nba:francst01", "nba:iversal01"]),  # no club named: the nickname
])
def test_a_word_fans_call_any_club_by_is_the_club_a_question_names(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize("sentence", [
    "Rivers around here freeze early, pond hockey starts in December.",  # Philip Rivers: football
    "rivers freeze early up north, hockey on the pond all winter",
])
def test_an_everyday_word_none_of_whose_players_plays_the_sport_talked_is_the_word(
        parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == [], sentence


@pytest.mark.parametrize(("question", "expected"), [
    ("carter dunked over a 7 footer in 2000", ["nba:cartevi01"]),  # the namesake who plays the sport talked
    ("rivers threw for 4000 passing yards", ["nfl:00-0022942"]),
])
def test_an_everyday_word_one_of_whose_players_plays_the_sport_talked_is_him(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize("sentence", [
    "my dog's name is Bacon and he hates football sundays",
    "our cat is named Curry and she sleeps through every basketball game",
    "the neighbour's puppy was called Bird, cutest thing at the football party",
    "my team name this year is King of the Hill, fight me",  # a title given, all its words
])
def test_a_name_given_to_someone_or_something_is_no_player(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == [], sentence


@pytest.mark.parametrize(("question", "expected"), [
    ("Randy Moss, TO, Cris Carter. rank em", ["nfl:00-0011754", "nfl:00-0012478", "nfl:00-0002721"]),
    ("Rice, TO, Moss: best receiver?", ["nfl:00-0013639", "nfl:00-0012478", "nfl:00-0011754"]),
])
def test_capitals_between_commas_are_initials_listed(parser: QuestionParser, question: str,
                                                     expected: list[str]) -> None:
    assert _ids(parser, question) == expected
    assert _ids(parser, "we went from Boston, TO, then back in a day") == []  # no list of names


@pytest.mark.parametrize(("question", "expected"), [
    ("who's here after the Beast Mode run?? Marshawn was a different breed", ["nfl:00-0025399"]),
    ("the Beast Mode run in the playoffs was unreal", ["nfl:00-0025399"]),
])
def test_a_nickname_led_by_the_runs_on_into_a_longer_one(parser: QuestionParser, question: str,
                                                         expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Was Andruw Jones the best center fielder of the 2000s?", ["mlb:jonesan01"]),
    ("Willie Mays or Ken Griffey Jr., the better center fielder", ["mlb:mayswi01", "mlb:griffke02"]),
    ("Mays was a center fielder and so was Mantle", ["mlb:mayswi01", "mlb:mantlmi01"]),
])
def test_a_word_of_a_position_named_in_words_is_the_position(parser: QuestionParser, question: str,
                                                             expected: list[str]) -> None:
    assert _ids(parser, question) == expected
    assert _ids(parser, "Prince Fielder hit 50 homers in 2007") == ["mlb:fieldpr01"]


@pytest.mark.parametrize(("question", "season"), [
    ("Lane Hutson rookie year 24-25 was special", 2025),
    ("Ovechkin's rookie season, 2005-06, was ridiculous", 2006),
    ("Crosby rookie year (2005-06) stats", 2006),
])
def test_a_season_written_after_an_event_says_which_season_it_was(parser: QuestionParser, question: str,
                                                                  season: int) -> None:
    parsed = parser.parse(question)
    assert [s for p in parsed.players for s in p.seasons or []] + (parsed.seasons or []) == [season], question


@pytest.mark.parametrize("sentence", ["my dog hates football sundays", "hockey practice got moved to six again"])
def test_sport_talk_asking_for_no_one_is_no_ranking(parser: QuestionParser, sentence: str) -> None:
    parsed = parser.parse(sentence)
    assert parsed.intent is None and parsed.error is not None and parsed.error.code == "nothing-recognised"
    assert parser.parse("who led the nfl in rushing").intent == "ranking"
    assert parser.parse("home run hitters of 1998").intent == "ranking"


@pytest.mark.parametrize("sentence", ["Green tea or coffee?", "Young people these days love hockey"])
def test_a_very_common_word_opening_a_sentence_is_suggested_no_player(parser: QuestionParser, sentence: str) -> None:
    error = parser.parse(sentence).error
    assert error is not None and error.code == "nothing-recognised" and error.suggestions == [], sentence


def test_a_very_common_word_between_a_season_and_a_noun_dates_a_thing(parser: QuestionParser) -> None:
    for sentence in ("rose bowl parade 2025 start time", "the 2024 price hike on tickets"):
        assert _ids(parser, sentence) == [], sentence
    assert _ids(parser, "2019 green defense") == ["nfl:00-0027942"]  # a sport's word is no thing dated
    assert _ids(parser, "price 2023 stats") == ["nhl:priceca01"]


@pytest.mark.parametrize(("question", "expected"), [
    ("dantley english gervin ppg 1983", ["nba:dantlad01", "nba:englial01", "nba:gervige01"]),
    ("kareem worthy scottie 1987 playoffs", ["nba:abdulka01", "nba:worthja01", "nba:pippesc01"]),
])
def test_a_word_between_names_typed_without_commas_is_a_name(parser: QuestionParser, question: str,
                                                              expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("the Bus was a cheat code at the goal line", ["nfl:00-0001215"]),
    ("the Bus in the red zone, unstoppable", ["nfl:00-0001215"]),
])
def test_the_goal_line_and_the_red_zone_are_football_talk(parser: QuestionParser, question: str,
                                                          expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Sundin, Gilmour, Clark — greatest Leaf of the modern era?", ["nhl:sundima01", "nhl:gilmodo01", "nhl:clarkwe01"]),
    ("gilmour or clark", ["nhl:gilmodo01", "nhl:clarkwe01"]),
])
def test_a_word_listed_beside_surnames_is_a_surname(parser: QuestionParser, question: str,
                                                    expected: list[str]) -> None:
    assert _ids(parser, question) == expected
    assert _ids(parser, "Clark Gillies vs Bossy") == ["nhl:gillicl01", "nhl:bossymi01"]


def test_a_year_no_season_has_reached_after_by_is_a_date_foretold(parser: QuestionParser) -> None:
    for question in ("Paolo Banchero is gonna be a top 10 player by 2031, bookmark this",
                     "wemby will be mvp by the end of 2032"):
        parsed = parser.parse(question)
        assert parsed.seasons is None and all(p.seasons is None for p in parsed.players), question
    assert parser.parse("jordan by 1991 had a ring").seasons == [1991]


def test_a_full_name_only_a_minor_player_bears_in_talk_of_no_sport_is_someone_else(parser: QuestionParser) -> None:
    assert _ids(parser, "Travis Scott is doing the halftime show? No way.") == []  # the musician
    assert _ids(parser, "Travis Scott career saves") == ["nhl:scotttr01"]  # the goalie, his game talked
    assert _ids(parser, "what about Lane Hutson") == ["nhl:espn-lane-hutson"]  # no minor player


@pytest.mark.parametrize("sentence", [
    "two pitchers of the Young's double chocolate stout and a plate of nachos please",
    "the Hunter's lodge down the road has the hockey game on",
])
def test_a_possessive_name_after_the_is_a_brand_or_a_shop(parser: QuestionParser, sentence: str) -> None:
    assert _ids(parser, sentence) == [], sentence
    assert _ids(parser, "Cy Young's 511 wins") == ["mlb:youngcy01"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Kariya or Selanne, who was the better Duck? hear me out on Paul", ["nhl:kariypa01", "nhl:selante01"]),
    ("best goalie of the 90s, Belfour or Curtis Joseph? bar says Eddie", ["nhl:belfoed01", "nhl:josepcu01"]),
    ("Gretzky or Wayne", ["nhl:gretzwa01"]),
    ("Pierce vs Paul", ["nba:piercpa01", "nba:paulch01"]),  # a namesake of his league, named outright
])
def test_a_first_name_of_a_player_named_is_him(parser: QuestionParser, question: str, expected: list[str]) -> None:
    parsed = parser.parse(question)
    assert [p.id for p in parsed.players] == expected and not parsed.needs_clarification


@pytest.mark.parametrize(("question", "expected"), [
    ("is nylandr better than marner now lol", ["nhl:nylanwi01", "nhl:marnemi01"]),
    ("rielyy vs nylander", ["nhl:riellmo01", "nhl:nylanwi01"]),
])
def test_a_slip_of_a_prominent_players_surname_is_him_in_sport_talk(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected
    assert _ids(parser, "the wondow was open and the hockey game on") == []  # a common word's slip


def test_a_word_a_search_asks_the_stats_of_is_placed_as_a_name(parser: QuestionParser) -> None:
    parsed = parser.parse("brown stats 2019")  # many Browns: asked back, the season kept
    assert [c.mention for c in parsed.clarification or []] == ["brown"] and parsed.seasons == [2019]
    assert [c.mention for c in parser.parse("green numbers").clarification or []] == ["green"]
    assert _ids(parser, "check the box stats after the game") == []


@pytest.mark.parametrize(("question", "expected"), [
    ("saquon 2024 season was historic. 2000+ yards", [2024]),
    ("henry 2020 was crazy, 2000+ rushing yards", [2020]),
    ("dickerson in 1984, 2100+ yds", [1984]),
])
def test_a_number_and_a_plus_before_a_unit_is_a_count_not_a_season(
        parser: QuestionParser, question: str, expected: list[int]) -> None:
    assert _seasons(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Terrell Davis had three great years, 96 to 98, that's it", (1996, 1998)),
    ("Gretzky's best seasons: 84 thru 88, nobody close", (1984, 1988)),
    ("Sandy Koufax, five dominant years, 62 to 66", (1962, 1966)),
])
def test_two_bare_numbers_after_years_counted_are_a_span_of_seasons(
        parser: QuestionParser, question: str, expected: tuple[int, int]) -> None:
    assert _seasons(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Fred Lynn or Jim Rice in 1975, both rookies, who was better", [1975]),
    ("Judge and Alonso in 2017, both rookies, who had the better year", [2017]),
    ("Ovechkin or Crosby in 2006, each a rookie", [2006]),
])
def test_rookies_said_of_the_players_after_a_year_are_that_season(
        parser: QuestionParser, question: str, expected: list[int]) -> None:
    assert _seasons(parser, question) == expected


@pytest.mark.parametrize("question", [
    "Cardinals bullpen blew another one, the Price of tickets is not worth this",
    "honestly the Cost of parking at the game is insane",
    "Which MLB team plays its home games at Petco Park?",
    "we sat out in the bleachers at Wrigley Field, Cubs lost again",
    "Hi guys, love the show. Quick one: do you think the Raiders move to Vegas helped",
])
def test_a_capitalised_common_noun_or_a_grounds_name_names_no_player(parser: QuestionParser, question: str) -> None:
    assert _ids(parser, question) == []


@pytest.mark.parametrize(("question", "expected"), [
    ("is Wemby the Gretzky of basketball", ["nba:wembavi01", "nhl:gretzwa01"]),
    ("Mark Price was the Price of his era", ["nba:pricema01"]),
    ("Park or Orr, best defenseman of the 70s", ["nhl:parkbr01", "nhl:orrbo01"]),
    ("Quick or Kopitar, who meant more to the Kings", ["nhl:quickjo01", "nhl:kopitan01"]),
])
def test_a_player_likened_set_against_another_or_named_outright_is_still_found(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("was peja better than hedo or am i tripping", ["nba:stojape01", "nba:turkohe01"]),
    ("peja or hedo", ["nba:stojape01", "nba:turkohe01"]),
    ("hedo vs rashard lewis, better magic forward", ["nba:turkohe01", "nba:lewisra02"]),
])
def test_a_word_spelt_as_a_player_of_the_league_talked_is_no_slip_for_another_leagues(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Hi guys, love the show. Quick one: do you think the Raiders move to Vegas helped the franchise or hurt it?", []),
    ("did the trade help the Nets or hurt it, honestly", []),
    ("Kobe or Jordan? Kobe it is", ["nba:bryanko01", "nba:jordami01"]),  # "it" opening a clause of its own
])
def test_a_word_before_it_ending_a_clause_is_a_verb(parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("the Miller Lite ad during every timeout is going to make me lose my mind", []),
    ("that ad during the game was so loud", []),
    ("that Nike ad with the old players was great", []),
    ("AD's rings", ["nba:davisan02"]),  # typed as an initialism, opening the question
    ("is AD better than Embiid", ["nba:davisan02", "nba:embiijo01"]),
    ("lebron and ad in 2020", ["nba:jamesle01", "nba:davisan02"]),
    ("ad or embiid", ["nba:davisan02", "nba:embiijo01"]),
])
def test_initials_in_lower_case_that_spell_an_english_word_are_that_word_unless_placed_as_a_name(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("the Lakers bench unit is young and it shows", []),
    ("the Celtics bench mob was deep that year", []),
    ("the bulls jordan vs the knicks ewing", ["nba:jordami01", "nba:ewingpa01"]),
])
def test_an_everyday_word_after_a_club_and_before_a_noun_is_a_compound_of_the_club(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize("question", [
    "Your producer Mason mentioned a Love Actually rewatch. Please do that bonus episode",
    "my barber Curry swears the old days were better",
    "our intern Brady made the coffee way too strong today",
])
def test_a_name_after_a_possessive_and_a_role_at_work_is_that_person(parser: QuestionParser, question: str) -> None:
    assert _ids(parser, question) == []


@pytest.mark.parametrize(("question", "expected"), [
    ("Happy birthday Jordan (our Jordan, not that one)", []),
    ("Mike Johnson, no, not that one, my neighbor, thinks the Bears are done", []),
    ("Jordan, the real one, vs LeBron", ["nba:jordami01", "nba:jamesle01"]),
])
def test_a_name_the_writer_says_is_not_that_one_is_someone_else(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("kuch vs point 2023 point totals lol", ["nhl:kucheni01", "nhl:pointbr01"]),
    ("Point vs Kucherov, who has more goals", ["nhl:pointbr01", "nhl:kucheni01"]),
    ("mcdavid vs point", ["nhl:mcdavco01", "nhl:pointbr01"]),
    ("goals vs points for ovechkin", ["nhl:ovechal01"]),  # a stat against a stat
    ("Adrian Peterson the Vikings back vs Emmitt Smith", ["nfl:00-0025394", "nfl:00-0015165"]),  # a noun's end
    ("who wins the stanley cup this year", []),
])
def test_a_word_of_the_games_set_against_a_name_by_vs_is_a_players_surname(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Shai's third year", {"nba:gilgesh01": [2021]}),  # rookie in 2018-19
    ("LeBron's second season vs Kobe's second season", {"nba:jamesle01": [2005], "nba:bryanko01": [1998]}),
    ("Brady in his 3rd season", {"nfl:00-0019596": [2002]}),
    ("Jordan's fifth season", {"nba:jordami01": [1989]}),
])
def test_an_ordinal_season_of_a_players_own_is_that_season_of_his_career(
        parser: QuestionParser, question: str, expected: dict[str, list[int]]) -> None:
    parsed = parser.parse(question)
    assert {p.id: list(p.seasons or parsed.seasons or ()) for p in parsed.players} == expected


@pytest.mark.parametrize("question", [
    "Kobe in his second season with the Lakers",  # a count of seasons with a club, not of his career
    "Kobe won for the second year in a row",
])
def test_an_ordinal_season_with_a_club_or_in_a_row_names_no_season_of_his_career(
        parser: QuestionParser, question: str) -> None:
    assert not parser.parse(question).seasons


@pytest.mark.parametrize(("question", "expected"), [
    ("Larry Walker vs Todd Helton — Coors inflated both, so who was actually better?",
     ["mlb:walkela01", "mlb:heltoto01"]),
    ("todd helton coors stats but still a hall of famer", ["mlb:heltoto01"]),
    ("jokiv vs embiid", ["nba:jokicni01", "nba:embiijo01"]),  # c and v: keys side by side
    ("gretsky or lemieux", ["nhl:gretzwa01", "nhl:lemiema01"]),  # z and s: said alike
    ("mahones vs allen", ["nfl:00-0033873", "nfl:00-0034857"]),
    ("Cary Price vs Henrik Lundquist", ["nhl:priceca01", "nhl:lundqhe01"]),  # u for v: spelt as English says it
])
def test_a_letter_changed_is_a_slip_only_for_a_key_beside_it_or_a_letter_said_alike(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Taking Ohtani to go yard, +310 on DK", ["mlb:ohtansh01"]),
    ("Judge over 1.5 hits, -120 at DK", ["mlb:judgeaa01"]),
    ("hammer the over on DK Metcalf at +150", ["nfl:00-0035640"]),  # the player named in full
])
def test_a_name_after_a_price_in_odds_and_on_or_at_is_the_book(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("the trade deadline was such a nothing burger this year, zero moves by my team", []),
    ("my kid's coach is a total hunter for talent, already scouting 9 year olds lol", []),
    ("that ump is an absolute joker behind the plate", []),
    ("torii hunter was a total stud in center", ["mlb:hunteto01"]),
])
def test_a_word_after_a_word_grading_what_something_is_is_a_noun(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Stockton versus Payton, uh, 93 through 97, who ran the point better", (1993, 1997)),
    ("um, Brett Hull or Mike Modano, um, 95 to 99, who was, who was the scorer", (1995, 1999)),
    ("so, Gwynn versus Boggs, uh, 84 to 88", (1984, 1988)),
])
def test_a_speakers_pause_between_the_names_and_their_span_keeps_the_span(
        parser: QuestionParser, question: str, expected: tuple[int, int]) -> None:
    assert _seasons(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Victor Wembanyama's second season, how good was it", [2025]),
    ("how did Tim Duncan play in his third season", [2000]),  # 1998, 1999, 2000
    ("was Ja Morant's sophomore year better than his rookie one", [2020, 2021]),
    ("Corbin Carroll's second full season", [2024]),  # "full": his 2022 call-up is not counted
])
def test_an_ordinal_season_of_a_career_is_counted_from_his_first(
        parser: QuestionParser, question: str, expected: list[int]) -> None:
    assert _seasons(parser, question) == expected


def test_an_ordinal_season_of_no_one_or_with_a_club_is_no_season_of_a_career(parser: QuestionParser) -> None:
    assert _seasons(parser, "the second season of the show was better") is None
    assert _seasons(parser, "Jokic his second season with Denver") is None


@pytest.mark.parametrize("question", [
    "Ward from accounting keeps talking about the Steelers",
    "who moved my chair, Bird from payroll is asking",
    "my cousin from Jordan loves the Knicks",
    "she moved here from Jordan last year and already loves hockey",
    "my buddy flew in from Canada for the game, first game ever",
])
def test_a_colleague_from_a_department_or_a_place_someone_comes_from_names_no_player(
        parser: QuestionParser, question: str) -> None:
    assert _ids(parser, question) == []


@pytest.mark.parametrize(("question", "expected"), [
    ("the lob from Jordan to Pippen was ridiculous", ["nba:jordami01", "nba:pippesc01"]),
    ("a pass from Jordan, Kerr hits the shot", ["nba:jordami01", "nba:kerrre01"]),
])
def test_a_ball_from_a_player_is_still_his(parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize("question", [
    "the kiss cam at the Lakers game got me",
    "my dash cam footage from the parking lot after the Panthers game lol",
    "the sky cam angle on that touchdown was sick",
])
def test_a_short_name_heading_a_compound_noun_names_no_player(parser: QuestionParser, question: str) -> None:
    assert _ids(parser, question) == []


@pytest.mark.parametrize(("question", "expected"), [
    ("prime cam vs prime vick", ["nfl:00-0027939", "nfl:00-0020245"]),
    ("panthers cam or bucs brady", ["nfl:00-0027939", "nfl:00-0019596"]),
    ("mvp cam 2015 vs mahomes 2018", ["nfl:00-0027939", "nfl:00-0033873"]),
])
def test_a_short_name_after_a_word_of_sport_describing_him_is_still_his(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("robertson vs kaprizov, better winger right now", ["nhl:espn-jason-robertson", "nhl:espn-kirill-kaprizov"]),
    ("babe ruth or jordan who was more dominant", ["mlb:ruthba01", "nba:jordami01"]),  # a star of another league
    ("gretzky vs jordan", ["nhl:gretzwa01", "nba:jordami01"]),
])
def test_a_namesake_of_another_league_retired_before_the_players_beside_him_is_not_the_one_meant(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


def test_a_name_run_on_from_a_after_a_article_is_that_name(parser: QuestionParser) -> None:
    assert _ids(parser, "selling a Rod Strickland RC, who had the better career, him or Kenny Anderson") == [
        "nba:stricro02", "nba:anderke01"]


@pytest.mark.parametrize(("question", "expected"), [
    ("finally got my Griffey rookie slabbed, how good was he in 1997", [1997]),
    ("Just slabbed my Lemieux rookie. What did he do in 1988-89?", [1989]),
    ("Barry Sanders rookie year was great", [1989]),  # no card: his first season
])
def test_a_rookie_slabbed_or_graded_is_the_card_not_his_first_season(
        parser: QuestionParser, question: str, expected: list[int]) -> None:
    assert _seasons(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Koufax and Drysdale in 1963, who was better that World Series year", [1963]),
    ("Derek Jeter in 2003, who was better that MVP season, him or A-Rod", [2003]),
    ("Ripken's MVP season vs Boggs", [1983, 1991]),  # no year named before: his MVP seasons
])
def test_an_event_said_with_that_after_a_year_is_that_year(
        parser: QuestionParser, question: str, expected: list[int]) -> None:
    assert _seasons(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("which Molina brother was better, Bengie or Yadier", ["mlb:molinbe01", "mlb:molinya01"]),
    ("¿cuál hermano Molina fue mejor, Bengie o Yadier?", ["mlb:molinbe01", "mlb:molinya01"]),
    ("Peyton or Eli, which Manning brother had the better career", ["nfl:00-0010346", "nfl:00-0022803"]),
])
def test_first_names_beside_one_brother_of_a_family_are_the_brothers(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("the Stanley Cup was donated by a Lord, trivia night question", []),
    ("Who was better, A Rod or Jeter?", ["mlb:rodrial01", "mlb:jeterde01"]),  # a name of two words
    ("Young or Montana", ["nfl:00-0018441", "nfl:pfr-joe-montana-1979"]),
])
def test_a_capitalised_everyday_word_after_a_is_a_noun_not_a_lesser_player(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


# A rare surname of a player in his first season (Shota Imanaga, 2024) beside another name: his fame, judged by the
# one season he has played rather than as a quarter of four, makes the side of the comparison his.
@pytest.mark.parametrize("question", ["imanaga or yamamoto", "yamamoto vs imanaga", "Imanaga vs Skenes"])
def test_a_current_players_rare_surname_names_him_though_his_career_is_short(
        parser: QuestionParser, question: str) -> None:
    assert "mlb:imanash01" in _ids(parser, question)


# A surname spelt exactly as that of a player of the question's league and seasons (Matt Holliday, 2004-2018) is
# his, no slip for a more famous one of a name a letter away (Roy Halladay): the name as typed fits as well.
@pytest.mark.parametrize(("question", "expected"), [
    ("holliday vs pujols 2006", ["mlb:hollima01", "mlb:pujolal01"]),
    ("pujols or holliday in 07", ["mlb:pujolal01", "mlb:hollima01"]),
    ("holliday or ryan howard 2007", ["mlb:hollima01", "mlb:howarry01"]),
    ("holliday vs halladay 2008", ["mlb:hollima01", "mlb:hallaro01"]),
    ("gretsky vs lemieux 1989", ["nhl:gretzwa01", "nhl:lemiema01"]),  # a slip no player's name: still the star
])
def test_a_name_spelt_as_a_player_of_the_question_is_no_slip_for_another(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


# A first name set against a player, that only a player of that league's latest season carries among its players of
# note (Tage Thompson), is his: fans call a young star by his first name before his few seasons make him famous.
@pytest.mark.parametrize(("question", "expected"), [
    ("tage vs eichel 2024", ["nhl:thompta01", "nhl:eicheja01"]),
    ("dahlin vs tage 2023 points", ["nhl:espn-rasmus-dahlin", "nhl:thompta01"]),
    ("lamar vs jalen", ["nfl:00-0034796", "nfl:00-0036389"]),  # one of more note carries it: still him
])
def test_a_current_players_first_name_set_against_a_player_of_his_league_names_him(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


# A word spelt as a surname of another sport's players only, one slip from a famous player of the league the others
# point at, is his (Auston Matthews beside Laine or Marner); beside players of its own sport it is as typed.
@pytest.mark.parametrize(("question", "expected"), [
    ("mathews or marner 2022", ["nhl:matthau01", "nhl:marnemi01"]),
    ("mathews vs laine, who scored more", ["nhl:matthau01", "nhl:lainepa01"]),
    ("mathews vs mays 1959", ["mlb:matheed01", "mlb:mayswi01"]),
    ("mathews vs aaron", ["mlb:matheed01", "mlb:aaronha01"]),
])
def test_a_slip_into_the_league_of_the_others_named_beats_another_sports_exact_name(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("brady vs gretzky, who won more", ["nfl:00-0019596", "nhl:gretzwa01"]),  # a letter off Brad Park's first name
    ("crosby or brady in the clutch", ["nhl:crosbsi01", "nfl:00-0019596"]),
    ("wheeler vs sale 2024 strikeouts", ["mlb:wheelza01", "mlb:salech01"]),
])
def test_a_slip_into_another_league_is_of_a_surname_not_a_first_name(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("kobe in 2K is a cheat code but irl kobe vs duncan career", None),
    ("shaq in 2k classic teams is unfair, real career numbers vs hakeem?", None),
    ("my 2k24 myteam has lebron, real career lebron vs kobe", None),
    ("brady 2k7 vs manning 2k4", [2004, 2007]),  # no game spoken of: the shorthand is a season
    ("pedro in 2k vs maddux", [2000]),
])
def test_2k_in_a_question_that_speaks_of_the_video_game_is_the_game(
        parser: QuestionParser, question: str, expected: list[int] | tuple[int, int] | None) -> None:
    assert _seasons(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("ichiro in mvp baseball 2004 vs pujols career", None),
    ("vick in madden 2004 was a cheat code, his real career vs mcnabb", None),
    ("ovechkin nhl 2021 goals", [2021]),  # a league's name and a year: its season
])
def test_a_game_titled_by_a_full_year_is_the_game_not_a_season(
        parser: QuestionParser, question: str, expected: list[int] | tuple[int, int] | None) -> None:
    assert _seasons(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("mcdavid vs draisaitl last year 22-23", [2023]),
    ("jokic vs embiid last season (2022-23)", [2023]),
    ("class of 03 lebron vs melo in 2006", [2006]),  # a draft class's year is no season
    ("the draft class of 2018, allen vs mayfield in 2020", [2020]),
    ("derrick henry in 2020? he had 2000", [2020]),  # a round total after "had": a count
    ("henry topped 2000 in 2020", [2020]),
])
def test_a_season_named_twice_a_draft_class_and_a_round_total_are_no_other_season(
        parser: QuestionParser, question: str, expected: list[int] | tuple[int, int] | None) -> None:
    assert _seasons(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("The 1980s belonged to Magic and Bird. Who had the better career?", None),
    ("Before the 1950s, the best hitters were Ruth and Gehrig. How do their careers compare?", None),
    ("Magic vs Bird in the 1980s. Who was better?", (1980, 1989)),  # the decade is asked
])
def test_a_decade_in_a_lede_before_a_question_of_careers_sets_the_scene(
        parser: QuestionParser, question: str, expected: list[int] | tuple[int, int] | None) -> None:
    assert _seasons(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("practice got moved to Mays Field on saturday, bring water", []),
    ("the tournament final is at Ruth Park tonight, carpool?", []),
    ("Willie Mays at Candlestick Park in 1965", ["mlb:mayswi01"]),  # the ground named for no one he is
])
def test_a_capitalised_name_before_a_capitalised_ground_noun_is_the_ground(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("love for jokic straight up, veto?", ["nba:loveke01", "nba:jokicni01"]),
    ("2 for 1 trade: brady + moss for manning, who wins", ["nfl:00-0019596", "nfl:00-0011754", "nfl:00-0010346"]),
    ("I would trade my car for jordan tickets", []),  # a thing traded for a thing
])
def test_in_talk_of_a_trade_x_for_y_names_players_on_both_sides(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


def test_a_plus_after_a_stat_is_its_name_not_a_list_of_names(parser: QuestionParser) -> None:
    assert _ids(parser, "Top 10 single-season OPS+ marks of the 1980s") == []


@pytest.mark.parametrize(("question", "expected"), [
    ("my 2k myplayer is a 7 foot center named Big Moon lol", []),
    ("my son has a coach named Brady who yells a lot", []),
    ("a guy called Jordan sold me a car", []),
    ("Warren Moon vs Elway career", ["nfl:00-0011524", "nfl:pfr-john-elway-1983"]),
])
def test_a_name_given_after_a_someone_named_is_no_player(
        parser: QuestionParser, question: str, expected: list[str]) -> None:
    assert _ids(parser, question) == expected


def test_a_word_said_to_be_the_best_at_a_role_alive_or_around_is_a_player(parser: QuestionParser) -> None:
    assert _ids(parser, "honestly rice was the best receiver around") == ["nfl:00-0013639"]
    assert _ids(parser, "a guard dog is the best pet") == []
