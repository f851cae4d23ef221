"""What an expert fan objects to in a debate's focus (issue #13), one test per rule, on the real store: a
player is judged in the role his career's weight lies in; a fewer-is-better figure reads as how far under the
league it is; the stat a question asks about, and a record in it, open each side's case."""

from __future__ import annotations

from arena.debate.engine import DebateEngine
from arena.debate.model import DebateRequest, DebateResult


async def _debate(engine: DebateEngine, question: str) -> DebateResult:
    return await engine.run(DebateRequest(question=question))


def _case(result: DebateResult, name: str) -> str:
    return next(r.text for r in result.rounds if r.name == "case" and r.speaker == name)


async def test_a_player_is_judged_in_the_role_his_career_weighs_in(engine: DebateEngine) -> None:
    """Deion Sanders is listed a receiver (his snaps on offence in 1996 and 2004), so he was judged on his 784
    receiving yards against Revis's defense, 'different positions'; he was a cornerback in all 14 seasons. A
    kicker with a stray tackle is a kicker too."""
    deion = await _debate(engine, "Deion Sanders vs Darrelle Revis")
    assert "different positions" not in deion.text
    assert "Deion Sanders: 14 seasons, 1989 to 2005, 188 games." in deion.rounds[0].text
    # Level at the precision shown is no edge, whatever seasons each figure covers.
    assert "0.0 sacks per game" not in deion.text
    crosby = await _debate(engine, "Mason Crosby vs Justin Tucker")
    assert "comes closest in field goal percentage: 80.4% to Tucker's 89.8%" in crosby.text
    # Both kickers' figures stop at 2016 while their careers ran on: 10 seasons' count against 5 is no edge.
    assert "262 field goals" not in crosby.text


async def test_a_fewer_is_better_figure_reads_as_how_far_under_the_league_it_is(engine: DebateEngine) -> None:
    """The 2000 Ravens allowed 10.3 points a game where the league allowed 20.7: its inverse read as '100%
    better than the league average' (a percentage of a lower-is-better figure taken as a ratio); a fan says
    half the league's, 50% below it. A goalie's goals-against average and a pitcher's WHIP read the same way."""
    ravens = await _debate(engine, "2000 Ravens defense or 1985 Bears defense?")
    assert ("2000 Baltimore Ravens' points allowed per game stands at 50% below the league average, ahead of "
            "Bears' 43% below it.") in ravens.text
    assert "100%" not in ravens.text
    pedro = await _debate(engine, "Pedro Martinez vs Greg Maddux")
    assert sorted(f.display for f in pedro.facts if f.stat == "era:whip" and f.scope == "career") == ["-20%", "-27%"]
    assert all(r.fact_check.passed for r in (*ravens.rounds, *pedro.rounds))


async def test_a_record_in_the_stat_asked_heads_the_case(engine: DebateEngine) -> None:
    """'As a goal scorer': Ovechkin's 897 goals, past Gretzky's 894, are the NHL's record, but the edge of 3
    was argued weakly if at all, and Gretzky's case argued points and Harts. The record now heads the holder's
    case, and a side leading nothing scored on the stat asked (a generation apart, raw best seasons are shown,
    not scored) opens on his best ground in it, Gretzky's 92-goal season, as it is. So in other leagues."""
    goals = await _debate(engine, "Gretzky or Ovechkin as a goal scorer")
    assert _case(goals, "Alex Ovechkin").split(". ")[1] == (
        "Alex Ovechkin has 897 goals over his career so far, the most in NHL history, more than Gretzky's 894")
    assert _case(goals, "Wayne Gretzky").split(". ")[1] == (
        "Wayne Gretzky's best season, 1981-82, brought 92 goals, better than Ovechkin's best of 65 in 2007-08")
    homers = await _debate(engine, "Barry Bonds vs Hank Aaron as a home run hitter")
    assert "Barry Bonds has 762 home runs over his career, the most in MLB history, more than Aaron's 755." \
        in _case(homers, "Barry Bonds")
    assert all(r.fact_check.passed for r in (*goals.rounds, *homers.rounds))


async def test_a_rate_asked_by_name_opens_the_case(engine: DebateEngine) -> None:
    """'By 3P%': Curry's case opened on true shooting, the broader concept's first rate, not the three-point
    percentage asked."""
    result = await _debate(engine, "Steph Curry vs Ray Allen by 3P%")
    assert _case(result, "Stephen Curry").split(". ")[1] == (
        "Stephen Curry owns the better three-point percentage over his career: 42.3% to Allen's 40.0%")


async def test_a_role_asked_weighs_its_stats_by_standing_and_its_honours(engine: DebateEngine) -> None:
    """'On defense': Howard's 1,081 steals to Mutombo's 494 opened his case and weighed as much as Mutombo's
    blocks (six times the average player's, where neither stands out in steals), and the Defensive Player of
    the Year and All-Defensive teams, which judge that role, were no part of the stat in question."""
    result = await _debate(engine, "Dwight Howard vs Dikembe Mutombo on defense")
    mutombo = _case(result, "Dikembe Mutombo")
    assert ("Dikembe Mutombo and Howard both won Defensive Player of the Year awards: Mutombo 4, Howard 3."
            in mutombo)
    assert "Dikembe Mutombo and Howard both earned All-Defensive team selections: Mutombo 6, Howard 5." in mutombo
    assert not _case(result, "Dwight Howard").split(". ")[1].startswith("Dwight Howard has 1,081 steals")
    focus = next(line for line in result.verdict.scorecard if line.criterion == "stat_focus")
    assert focus.leader == "Dikembe Mutombo"
    assert all(r.fact_check.passed for r in result.rounds)


async def test_two_way_players_say_why_their_other_role_is_not_weighed(engine: DebateEngine) -> None:
    """Ohtani and Ruth both pitched, yet only their batting was compared, each said to be 'judged on his
    batting, as the other is' with no word of why; the opening now says why (the larger share of each one's
    work) and shows their pitching. A two-way player against a one-role player keeps his own sentence."""
    ruth = await _debate(engine, "Ohtani vs Babe Ruth")
    assert ("Shohei Ohtani and Babe Ruth each played two roles, and each is judged on his batting, the larger "
            "share of his work, so their pitching is shown, not scored: Shohei Ohtani 38 wins, ERA 3.01; Babe "
            "Ruth 94 wins, ERA 2.28.") in ruth.rounds[0].text
    assert "compared like with like" not in ruth.text
    assert ruth.rounds[0].fact_check.passed
    trout = await _debate(engine, "Shohei Ohtani vs Mike Trout")
    assert "Shohei Ohtani played two roles; he is judged on his batting here, as Mike Trout is" in trout.text


async def test_defensive_backs_are_weighed_on_interceptions_and_a_difference_too_small_to_show_is_no_edge(
        engine: DebateEngine) -> None:
    """Two cornerbacks were judged on sacks a game alone, and Revis took production on '0.0' to Sanders' '0.0'
    (a ratio of two near-zero rates); interceptions a game are the defensive back's own rate."""
    result = await _debate(engine, "Deion Sanders vs Darrelle Revis")
    production = next(line for line in result.verdict.scorecard if line.criterion == "production")
    assert production.leader == "Deion Sanders"
    assert {(f.player_id, f.stat) for f in result.facts if f.stat == "def_interceptions_per_game"} == {
        (side.player.id, "def_interceptions_per_game") for side in result.sides}
    assert result.verdict.winner == "Deion Sanders"


async def test_an_award_or_title_that_names_a_season_is_not_the_stat_in_question(engine: DebateEngine) -> None:
    """'Derrick Rose's MVP year' names 2010-11; it does not ask who won more MVPs, which had handed Rose the
    season on the vote itself (1 to 0, the stat in question). 'Championship season' is a season too."""
    rose = await _debate(engine, "How did Derrick Rose's MVP year compare to LeBron James that same season?")
    assert "The question is about MVP awards" not in rose.text
    assert not any(line.criterion == "stat_focus" for line in rose.verdict.scorecard)
    rings = await _debate(engine, "Dirk Nowitzki's championship season vs Dwyane Wade's first championship season")
    assert "Dirk Nowitzki in 2010-11" in rings.text and "Dwyane Wade in 2005-06" in rings.text
    assert not any(line.criterion == "stat_focus" for line in rings.verdict.scorecard)
    mvps = await _debate(engine, "Who has more MVPs, LeBron or Jordan?")
    assert "The question is about MVP awards: LeBron James 4, Michael Jordan 5." in mvps.text
