"""What an expert fan objects to in the eleventh critic round's debates (issue #13), one test per rule, on the real
store: "who won the Art Ross" asks about the trophy, named bare as fans name it."""

from __future__ import annotations

import pytest

from arena.debate.engine import DebateEngine
from arena.debate.model import DebateRequest, DebateResult
from arena.debate.plan import award_asked, trophy_asked


async def _debate(engine: DebateEngine, question: str) -> DebateResult:
    return await engine.run(DebateRequest(question=question))


def _checked(*results: DebateResult) -> bool:
    return all(r.fact_check.passed for result in results for r in result.rounds)


@pytest.mark.parametrize(("question", "trophy"), [
    ("Who won the Art Ross in 1994-95, Jaromir Jagr or Eric Lindros?", "art ross"),
    # Made-up variants: other trophies said bare after "won the", "the" or "won".
    ("Who won the Vezina in 2000-01, Dominik Hasek or Roman Cechmanek?", "vezina"),
    ("Who won the Selke in 1990, Rick Meagher or Guy Carbonneau?", "selke"),
    ("Did Gretzky or Coffey win Conn Smythe in 1985?", "conn smythe"),
    ("who won the Maurice Richard in 2009, Ovechkin or Malkin", "rocket richard"),
])
def test_a_trophy_named_bare_is_the_trophy_asked(question: str, trophy: str) -> None:
    assert trophy_asked(question, ["nhl"]) == trophy


@pytest.mark.parametrize("question", [
    "Jim Hart or Dan Fouts",  # the bare name of a player is the player
    "Hart vs Ovechkin",
    "Art Ross vs Wayne Gretzky",
    "Who had the better Art Ross season, Jagr or Lindros?",  # the award names the season compared
])
def test_a_bare_name_that_is_not_the_trophy_is_no_trophy(question: str) -> None:
    assert trophy_asked(question, ["nhl"]) is None
    assert award_asked(question) is None


def test_the_hart_said_bare_is_the_mvp_asked() -> None:
    assert award_asked("Who won the Hart in 2000-01, Joe Sakic or Mario Lemieux?") == "mvp"


async def test_who_won_the_art_ross_is_answered_by_the_trophy(engine: DebateEngine) -> None:
    """'Who won the Art Ross in 1994-95, Jaromir Jagr or Eric Lindros?' was argued without the trophy and given to
    Lindros (his Hart and shooting percentage); Jagr won it, on goals, the two tied at 70 points."""
    result = await _debate(engine, "Who won the Art Ross in 1994-95, Jaromir Jagr or Eric Lindros?")
    assert "The question is about Art Ross Trophies: Jaromir Jagr 1, Eric Lindros 0." in result.text
    assert result.verdict is not None and result.verdict.winner_id == "nhl:jagrja01"
    hart = await _debate(engine, "Who won the Hart in 2000-01, Joe Sakic or Mario Lemieux?")
    assert "The question is about Hart Trophies: Joe Sakic 1, Mario Lemieux 0." in hart.text
    assert _checked(result, hart)


async def test_a_stat_the_league_began_counting_late_is_said_and_settles_nothing_it_barely_covers(
        engine: DebateEngine) -> None:
    """'Jerry West has 81 steals over his career, more than Robertson's 77', and West won on it: the NBA counted
    steals from 1973-74, the last season of both. The record books' career figure stands, said with the seasons
    it covers; where that is under half a side's seasons, it settles nothing."""
    steals = await _debate(engine, "Who had more steals, Oscar Robertson or Jerry West?")
    assert ("Steals were not an official NBA statistic before 1973-74: Oscar Robertson's cover 1973-74 alone, not "
            "1960-61 to 1972-73; Jerry West's cover 1973-74 alone, not 1960-61 to 1972-73, so the question cannot be "
            "settled on these numbers, and there is no verdict on it.") in steals.text
    assert steals.verdict is None or steals.verdict.winner is None
    # Made-up variants: one side mostly counted still leaves the other's one season; another league's late stat.
    frazier = await _debate(engine, "Who had more steals, Walt Frazier or Jerry West?")
    assert "Walt Frazier's cover 1973-74 to 1979-80, not 1967-68 to 1972-73" in frazier.text
    assert frazier.verdict is None or frazier.verdict.winner is None
    shots = await _debate(engine, "Who had more shots, Gordie Howe or Bobby Hull?")
    assert "The NHL did not count shots before 1967-68" in shots.text
    assert shots.verdict is None or shots.verdict.winner is None
    # Most of a career counted: said, in the record books' words where the league's table dates the stat, and the
    # question is still answered.
    blocks = await _debate(engine, "Kareem Abdul-Jabbar or Hakeem Olajuwon in blocks")
    assert ("Blocks were not an official NBA statistic before 1973-74, so Kareem Abdul-Jabbar's count is of his "
            "seasons from then.") in " ".join(blocks.text.split())
    assert blocks.verdict is not None and blocks.verdict.winner_id == "nba:olajuha01"
    # Careers wholly inside the counted seasons: nothing to say.
    modern = await _debate(engine, "Who had more steals, Chris Paul or Jason Kidd?")
    assert "did not count" not in modern.text
    assert _checked(steals, frazier, shots, blocks, modern)


@pytest.mark.parametrize(("question", "said"), [
    # 'Ivan Rodriguez has 2,844 hits over his career, more than Bench's 1,811': Bench's hits were 2,048; 1,811
    # are those of his years as a catcher, the seasons he is measured on.
    ("Johnny Bench or Ivan Rodriguez as a catcher",
     "Ivan Rodriguez has 2,844 hits over his career, more than Bench's 1,811 from 1967 to 1980."),
    ("Johnny Bench or Ivan Rodriguez as a catcher", "Ivan Rodriguez played 21 seasons, more than Bench's 14 from "
                                                    "1967 to 1980."),
    # Made-up variants: two narrowed careers, each said with its own seasons.
    ("Joe Mauer or Jorge Posada as a catcher",
     "Jorge Posada has 1,583 hits from 1995 to 2010, more than Mauer's 1,414 from 2004 to 2013."),
])
async def test_a_rival_figure_over_other_seasons_says_them(engine: DebateEngine, question: str, said: str) -> None:
    result = await _debate(engine, question)
    assert said in result.text
    assert "Bench's 1,811." not in result.text and "Bench's 1,811," not in result.text


async def test_figures_over_the_same_seasons_say_them_once(engine: DebateEngine) -> None:
    season = await _debate(engine, "Who had the better 1981, Rickey Henderson, Dwight Evans or Eddie Murray?")
    assert "more than Evans' 3 in 108 and Murray's 2 in 99." in season.text
    career = await _debate(engine, "Mark McGwire or Sammy Sosa")
    assert "over his career, more than" in career.text
    assert all(sentence.count("over his career") <= 1 for sentence in career.text.split(". "))
    assert _checked(season, career)


@pytest.mark.parametrize(("question", "said"), [
    # 'Who led the majors in home runs in 2020': neither Voit's AL title nor the majors' nor Ozuna's NL one was
    # said, their ranks being in different leagues.
    ("Who led the majors in home runs in 2020, Luke Voit or Marcell Ozuna?",
     "Luke Voit led the AL in home runs in 2020, and the majors, with 22; Marcell Ozuna led the NL, with 18."),
    # Made-up variants: a rate title in each league, and a title shared four ways (Murray, 1981).
    ("Who led the league in ERA in 1995, Greg Maddux or Randy Johnson?",
     "Greg Maddux led the NL in ERA in 1995, and the majors, with 1.63; Randy Johnson led the AL, with 2.48."),
    ("Who led the league in home runs in 1981, Mike Schmidt or Eddie Murray?",
     "Mike Schmidt led the NL in home runs in 1981, and the majors, with 31; Eddie Murray shared the lead in the "
     "AL, with 22."),
])
async def test_titles_won_in_different_leagues_are_said(engine: DebateEngine, question: str, said: str) -> None:
    result = await _debate(engine, question)
    assert said in result.text
    assert _checked(result)


async def test_a_title_is_not_said_where_neither_led_his_league(engine: DebateEngine) -> None:
    result = await _debate(engine, "Who led the league in home runs in 2020, Juan Soto or Mike Trout?")
    assert "led the AL in home runs" not in result.text and "led the NL in home runs" not in result.text
    assert "the majors" not in result.text


@pytest.mark.parametrize(("question", "said"), [
    # 'Not compared: MVP awards (given every season from 1931), since Walter Johnson's career ended before they
    # were given': he won the 1913 Chalmers Award and the 1924 League Award, MVPs by MLB's count.
    ("Walter Johnson or Cy Young on Cy Young awards",
     "since Walter Johnson's career ended before they were given every season."),
    ("Who has more MVPs, Walter Johnson or Randy Johnson?",
     "and Walter Johnson's career ended before they were given every season: it cannot be settled"),
    # Made-up variant: a decade's seasons, not his career (Hornsby played to 1937 and won the 1925 and 1929 awards).
    ("best hitter of the 1920s", "since Rogers Hornsby's seasons compared ended before they were given every "
                                 "season."),
])
async def test_an_award_given_before_its_every_season_was_not_missed(engine: DebateEngine, question: str,
                                                                     said: str) -> None:
    result = await _debate(engine, question)
    assert said in result.text
    assert _checked(result)


async def test_an_award_first_given_after_a_career_still_ended_before_it(engine: DebateEngine) -> None:
    result = await _debate(engine, "Walter Johnson or Cy Young on Cy Young awards")
    assert "Walter Johnson's career ended before they were given: it cannot be settled" in result.text
