"""Statements an expert fan objects to even when every number is true, one test per class, on the real store:
the English of a count ("1 Rookie of the Year awards", "finished in the top five never", "-0%"), a ranking
won off the stat it ranks by, an award's data start told as its origin, an award counted in a season that
gave none, a career cut by a known hole judged on its counts, and a question about something no stat
measures given a verdict."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from arena.debate.claims import counted_label
from arena.debate.engine import DebateEngine
from arena.debate.errors import QuestionNotUnderstood
from arena.debate.facts import Fact, era_display
from arena.debate.model import DebateRequest, DebateResult
from arena.stats import League, league_spec

_SENTENCE = re.compile(r"(?<=[.!?])\s+")


async def _debate(engine: DebateEngine, question: str) -> DebateResult:
    return await engine.run(DebateRequest(question=question))


def _facts(result: DebateResult, stat: str, scope: str) -> dict[str, float]:
    names = {side.player.id: side.player.name for side in result.sides}
    return {names[f.player_id]: f.value for f in result.facts
            if f.stat == stat and f.player_id in names and f.scope == scope}


# -- English that reads right ------------------------------------------------------------------------

def test_an_award_named_with_of_is_counted_in_the_singular_by_its_head_noun() -> None:
    one = Fact(player_id="mlb:robinja02", group="batting", stat="awards:rookie", value=1.0, display="1",
               scope="career")
    assert counted_label(one, "Rookie of the Year awards") == "1 Rookie of the Year award"
    assert counted_label(one, "Defensive Player of the Year awards") == "1 Defensive Player of the Year award"
    # A lower-case "of" still ends the head noun: "seasons of ..." is about seasons.
    assert counted_label(one, "seasons of 40 home runs") == "1 season of 40 home runs"


def test_a_figure_against_the_league_that_rounds_to_none_is_no_minus_zero() -> None:
    assert era_display("passer_rating", 0.998) == "0%"
    assert era_display("passer_rating", 1.004) == "0%"
    assert era_display("passer_rating", 0.98) == "-2%"
    assert era_display("passer_rating", 1.14) == "+14%"


async def test_counts_of_none_and_rivals_below_the_league_read_as_english(engine: DebateEngine) -> None:
    debates = [await _debate(engine, q) for q in ("Victor Wembanyama vs Tim Duncan", "Allen Iverson vs Steve Nash",
                                                  "Jackie Robinson vs Joe Morgan")]
    text = " ".join(d.text for d in debates)
    assert not re.search(r"\bfinished in [^.;]* top five in [^.;]* never\b", text)
    assert "never finished in the league's top five in points per game" in debates[0].text
    assert not re.search(r"\b1 [A-Z][^.;]* awards\b", text), text
    assert "won 1 Rookie of the Year award;" in debates[2].text
    assert "-0%" not in text
    # Iverson's true shooting below the league's reads so, not as "-2%" after "better than the league average".
    nash = _facts(debates[1], "era:true_shooting_pct", "career")
    assert nash["Allen Iverson"] < 1 < nash["Steve Nash"]
    assert not re.search(r"better than the league average, ahead of Iverson's -", debates[1].text)
    assert all(r.fact_check.passed for d in debates for r in d.rounds)


# -- a ranking is decided by the stat it ranks by --------------------------------------------------------

async def test_a_ranking_by_a_total_is_won_by_its_leaders_not_by_the_rest_of_the_game(engine: DebateEngine) -> None:
    result = await _debate(engine, "top 5 goals in 2019-20")
    goals = _facts(result, "goals", "season")
    assert result.intent == "ranking" and len(goals) == 5
    # Draisaitl (43 goals, the Hart and the Art Ross) is fourth in goals: he cannot win a goals ranking.
    assert result.verdict.winner is not None
    assert goals[result.verdict.winner] == max(goals.values())
    focus = next(line for line in result.verdict.scorecard if line.criterion == "stat_focus")
    assert focus.weight > 2 / 3 * sum(line.weight for line in result.verdict.scorecard)


# -- an award's data start is not its origin ------------------------------------------------------------

async def test_an_award_older_than_its_data_is_not_said_to_postdate_a_career(engine: DebateEngine) -> None:
    spec = league_spec(League.NFL)
    given, held = spec.award_classes_first_given["mvp"], spec.award_classes_since["mvp"]
    assert given < held
    result = await _debate(engine, "Johnny Unitas vs Joe Montana")
    opening = result.rounds[0].text
    assert (f"Not compared: the data's AP MVP awards begin with {held} (the award was first given in {given}), "
            f"and Johnny Unitas' career began before that.") in opening
    assert "career began before they were given every season: AP MVP" not in opening
    assert all(r.fact_check.passed for r in result.rounds)


# -- a season that gave no award of a class has no count of it ---------------------------------------------

async def test_a_season_with_no_all_stars_named_is_not_compared_on_them(engine: DebateEngine) -> None:
    result = await _debate(engine, "Juan Soto 2020 vs Barry Bonds 2004")
    opening = result.rounds[0].text
    assert "Not compared: All-Star selections, since none were given in 2020." in opening
    # "Bonds earned 1 All-Star selection; Soto earned none" read as Soto not chosen in a year nobody was.
    assert "All-Star" not in " ".join(r.text for r in result.rounds[1:])
    assert all(r.fact_check.passed for r in result.rounds)


def test_the_seasons_an_award_was_not_given_are_the_only_ones_the_data_lacks(sqlite_store_path: Path) -> None:
    with closing(sqlite3.connect(sqlite_store_path)) as db:
        for league in League:
            spec = league_spec(league)
            for award_class, missing in spec.award_seasons_not_given.items():
                names = [name for name, named_class in spec.awards.items() if named_class == award_class]
                given = {season for (season,) in db.execute(
                    f"SELECT DISTINCT season FROM stat_awards WHERE league = ? AND lower(award) IN "
                    f"({', '.join('?' for _ in names)})", (league.value, *names))}
                first, last = spec.award_classes_since[award_class], max(given)
                assert sorted(set(range(first, last + 1)) - given) == sorted(missing), (league, award_class)


# -- a career cut by a known hole is not judged on its counts ---------------------------------------------

async def test_counts_over_a_career_cut_by_a_hole_are_not_compared(engine: DebateEngine) -> None:
    result = await _debate(engine, "Justin Tucker vs Morten Andersen")
    opening = result.rounds[0].text
    assert "Justin Tucker's kicking figures stop at 2016" in opening
    assert ("totals, seasons, league ranks and league-leading seasons are not compared over them, only honours"
            in opening)
    # Andersen's 25 seasons and 565 field goals against Tucker's first five are no argument, nor a verdict.
    assert not re.search(r"played \d+ seasons, more than Tucker's", result.text)
    assert "565" not in " ".join(r.text for r in result.rounds)
    criteria = {line.criterion for line in result.verdict.scorecard}
    assert "longevity" not in criteria and "production" not in criteria
    assert all(r.fact_check.passed for r in result.rounds)


async def test_a_career_across_a_hole_is_judged_up_to_it(engine: DebateEngine) -> None:
    # Calais Campbell's defense: NFL.com's pages 2008-2016, then 2024's totals; no source for 2017-2023, so
    # 61.5 sacks over the two would be no career (Pro-Football-Reference: 110.5 in 2008-2024).
    result = await _debate(engine, "Calais Campbell vs Ray Lewis")
    assert "Calais Campbell's defense figures stop at 2016" in result.rounds[0].text
    assert "61.5" not in result.text
    assert all(r.fact_check.passed for r in result.rounds)


async def test_a_career_cut_by_a_hole_is_no_longevity_edge_over_a_whole_one(engine: DebateEngine) -> None:
    # Vinatieri kicked to 2019 (24 seasons); the kicking sources stop at 2016: "played 21 seasons, more than
    # Manning's 17" would be told as his career.
    result = await _debate(engine, "Peyton Manning vs Adam Vinatieri")
    assert "Adam Vinatieri's kicking figures reach 2016, and no source has NFL kicking seasons after it" \
        in result.rounds[0].text
    assert not re.search(r"Vinatieri (?:played|appeared in) \d+", result.text)
    assert "longevity" not in {line.criterion for line in result.verdict.scorecard}


# -- a question about something no stat measures gets no verdict -----------------------------------------

@pytest.mark.parametrize("question", ["Who was the better dancer, Jerry Rice or Emmitt Smith?",
                                      "is Shaq a better rapper than Kobe", "who is more handsome, Brady or Manning"])
async def test_a_question_about_an_off_field_quality_is_not_debated(engine: DebateEngine, question: str) -> None:
    with pytest.raises(QuestionNotUnderstood, match="no stat measures it"):
        await _debate(engine, question)
