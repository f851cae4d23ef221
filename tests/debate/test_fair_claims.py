"""Claims a fan reads as true and fair, on several players and leagues each: one claim per stat in a case (a
rank said with its figure), every side of a ranking stating the ranked stat, honours both sides hold said as
both's, awards counted over the seasons every side could win them, a two-way season argued on both its
records, and a position named by the question said for what it measures."""

from __future__ import annotations

import re

import pytest

from arena.debate.casebook import _position_measured
from arena.debate.dossier import DossierReader, Window
from arena.debate.engine import DebateEngine
from arena.debate.model import DebateRequest, DebateResult
from arena.stats import StatStore


async def _debate(engine: DebateEngine, question: str) -> DebateResult:
    return await engine.run(DebateRequest(question=question))


def _case(result: DebateResult, speaker: str) -> str:
    return next(r.text for r in result.rounds if r.name == "case" and r.speaker == speaker)


@pytest.mark.parametrize("question", [
    "Who had the better 1994, Bagwell or Matt Williams?",  # MLB, a strike season
    "Ovechkin vs Stamkos 2012-13",  # NHL, a lockout season
    "who had the better 2004, Barry Bonds or Albert Pujols",
    "Curry vs Harden 2015-16",  # NBA
    "Mahomes vs Allen in 2023",  # NFL
])
async def test_a_rank_is_said_in_its_figure_s_sentence_not_in_a_claim_of_its_own(engine: DebateEngine,
                                                                                 question: str) -> None:
    result = await _debate(engine, question)
    for side in result.sides:
        stats = [a.evidence[0].stat for a in side.arguments if a.evidence]
        ranked = {stat.removeprefix("rank:") for stat in stats if stat.startswith("rank:")}
        assert not ranked & set(stats), (side.player.name, stats)
    assert result.verdict.winner is not None


@pytest.mark.parametrize(("question", "said"), [
    ("Top 5 home run hitters of 2001", {"Jim Thome": "49 home runs in 2001; Bonds' 73, Sosa's 64, Gonzalez's 57 "
                                                     "and Rodriguez's 52 are better."}),
    ("Top 3 goal scorers in 2019-20", {"Auston Matthews": "47 goals in 2019-20; Ovechkin's 48 and Pastrnak's 48 are "
                                                          "better.",
                                       "Alex Ovechkin": "48 goals in 2019-20, level with Pastrnak's 48."}),
    ("Top 5 scorers in 2015-16", {"LeBron James": "LeBron James averaged 25.3 points per game in 2015-16;"}),
    ("Top 5 strikeout pitchers in 1999", {"Kevin Millwood": "205 strikeouts in 1999;",
                                          "Pedro Martinez": "313 strikeouts in 1999"}),
])
async def test_each_side_of_a_ranking_states_the_ranked_stat(engine: DebateEngine, question: str,
                                                             said: dict[str, str]) -> None:
    result = await _debate(engine, question)
    for speaker, words in said.items():
        case = _case(result, speaker)
        assert words in case, case
        # His figure first, then his strongest other ground (where he leads none, the closest he comes).
        assert "leads none of the yardsticks" not in case, case


@pytest.mark.parametrize(("question", "speaker", "said"), [
    ("Greg Maddux or David Cone?", "Greg Maddux", "Greg Maddux and Cone both won Cy Young Awards: Maddux 4, Cone 1."),
    ("Wayne Gretzky or Mario Lemieux?", "Wayne Gretzky",
     "Wayne Gretzky and Lemieux both won Hart Trophies: Gretzky 9, Lemieux 3."),
    ("Tom Brady or Peyton Manning?", "Peyton Manning", "Peyton Manning and Brady both won AP MVP awards: Manning 5, "
                                                       "Brady 3."),
    ("Kobe Bryant or Tim Duncan?", "Tim Duncan", "Tim Duncan and Bryant both won MVP awards: Duncan 2, Bryant 1."),
])
async def test_an_honour_both_hold_is_said_to_be_both_s(engine: DebateEngine, question: str, speaker: str,
                                                        said: str) -> None:
    result = await _debate(engine, question)
    case = _case(result, speaker)
    assert said in case, case
    assert not re.search(r"won \d+ [^.;]*(?:awards?|Trophies|Awards), more than", case), case


async def test_an_award_is_counted_over_the_seasons_every_side_could_win_it(engine: DebateEngine) -> None:
    # MVP every season from 1931: Foxx (1925-45) won it in 1932, 1933 and 1938, Greenberg (1930-47) in 1935 and 1940.
    foxx = await _debate(engine, "Jimmie Foxx or Hank Greenberg?")
    assert ("Jimmie Foxx and Greenberg both won MVP awards in the seasons both could win one (1931-1945): Foxx 3, "
            "Greenberg 2.") in foxx.text
    # The Cy Young from 1956: Koufax's 1963 counts, his 1965 and 1966 came after Wynn's last season.
    wynn = await _debate(engine, "Who has more Cy Youngs, Early Wynn or Sandy Koufax?")
    assert "The question is about Cy Young Awards: Early Wynn 1, Sandy Koufax 1." in wynn.text
    assert "Cy Young Awards are counted only in the seasons both could win one (1956-1963)" in wynn.text
    # NBA: the All-Defensive teams from 1968-69, over Chamberlain's last four seasons with Abdul-Jabbar.
    wilt = await _debate(engine, "Wilt Chamberlain or Kareem Abdul-Jabbar?")
    assert ("All-Defensive team selections are counted only in the seasons both could win one (1969-70 to "
            "1972-73)") in wilt.text
    # One season shared is no career's race: left out, with the season said.
    russell = await _debate(engine, "Bill Russell or Wilt Chamberlain?")
    assert ("Not compared: All-Defensive team selections (given every season from 1968-69), since Bill Russell and "
            "Wilt Chamberlain played only 1968-69 together once they were given") in russell.text
    # No season shared: left out, saying so in plain words.
    ruth = await _debate(engine, "Babe Ruth or Mike Trout?")
    assert "since Babe Ruth and Mike Trout never played in the same season once they were given" in ruth.text
    assert not [f for f in ruth.facts if f.stat == "awards:mvp"]


@pytest.mark.parametrize(("question", "speaker", "said"), [
    ("Shohei Ohtani 2021 or Vladimir Guerrero Jr. 2021?", "Shohei Ohtani",
     "Shohei Ohtani's pitching in 2021 counts too: 9 wins, 156 strikeouts and 3.18 ERA"),
    ("Babe Ruth 1918 or Ty Cobb 1918?", "Babe Ruth", "Babe Ruth's pitching in 1918 counts too: 13 wins"),
    ("Ohtani 2023 or Gerrit Cole 2023?", "Shohei Ohtani", "Shohei Ohtani's batting in 2023 counts too: 151 hits, "
                                                          "44 home runs"),
])
async def test_a_two_way_season_is_argued_on_both_its_records(engine: DebateEngine, question: str, speaker: str,
                                                              said: str) -> None:
    result = await _debate(engine, question)
    assert said in _case(result, speaker)


@pytest.mark.parametrize("question", [
    "Greg Maddux 1995 or Tom Glavine 1995?",  # pitchers who batted for themselves: no two-way season
    "Ohtani 2021 vs Guerrero 2021 as a hitter",  # the question names the role
    "Ohtani vs Trout",  # a career: his batting is set against Trout's, as before
])
async def test_one_role_s_season_or_a_named_role_is_argued_on_that_role(engine: DebateEngine, question: str) -> None:
    result = await _debate(engine, question)
    assert "counts too" not in result.text


async def test_a_position_named_measures_the_seasons_he_played_there(engine: DebateEngine) -> None:
    # Each season's primary position: Joe Mauer caught through 2013 and played first base after; Mike Piazza
    # caught through 2006 (first base most of 2004), then was a designated hitter.
    mauer = await _debate(engine, "Joe Mauer vs Mike Piazza as a catcher")
    assert ("Each is measured as a catcher by the position he played most each MLB season: Joe Mauer on "
            "2004-2013, his first to his last season there; Mike Piazza on 1992-2006, his first to his last "
            "season there (mostly at first base in 2004).") in mauer.text
    # A side who never played there most of a season keeps his record as it is, and says so.
    pujols = await _debate(engine, "Mauer vs Pujols as a catcher")
    assert "Albert Pujols was mainly a catcher in none of his seasons measured" in pujols.text
    # Catchers every season: nothing narrowed.
    posey = await _debate(engine, "Buster Posey or Yadier Molina as a catcher?")
    assert "Each was mainly a catcher in every MLB season measured" in posey.text
    # Every pitching season is a pitcher's: nothing to say.
    pitcher = await _debate(engine, "Ruth vs Walter Johnson as a pitcher")
    assert "by the position he played most" not in pitcher.text


def test_a_store_keeping_no_positions_says_so_rather_than_every_season_at_the_position(
        debate_store: StatStore) -> None:
    # A store imported before each season's position was kept: nothing is known, so no side is "mainly a
    # catcher in every season" (Mauer played first base from 2014).
    reader = DossierReader(debate_store)
    dossiers = [reader.dossier(player_id, Window()) for player_id in ("mlb:mauerjo01", "mlb:piazzmi01")]
    for dossier in dossiers:
        dossier.seasons = [season.model_copy(update={"positions": {}}) for season in dossier.seasons]
    names = {d.id: d.player.name for d in dossiers}
    said = _position_measured(("catcher", "batting"), dossiers, names, narrowed=())
    assert said == ("Each is measured as a catcher by the position he played most each MLB season: Joe Mauer's "
                    "seasons have no position in the store, so his whole batting record counts; Mike Piazza's "
                    "seasons have no position in the store, so his whole batting record counts.")
