"""What an expert fan objects to in the ninth critic round's debates (issue #13), one test per rule, on the real
store: a career wholly before an award "ended before" it, not "began before" it; a season past a known hole is
missing from the sources, not from a career; a same-season edge is no "raw figure from its own league and
years"; a side that leads nothing does not say its case's closest ground again word for word."""

from __future__ import annotations

import re

from arena.debate.engine import DebateEngine
from arena.debate.model import DebateRequest, DebateResult


async def _debate(engine: DebateEngine, question: str) -> DebateResult:
    return await engine.run(DebateRequest(question=question))


def _checked(*results: DebateResult) -> bool:
    return all(r.fact_check.passed for result in results for r in result.rounds)


def _said(result: DebateResult, name: str, kind: str) -> str:
    return next(r.text for r in result.rounds if r.name == kind and r.speaker == name)


async def test_a_career_wholly_before_an_award_ended_before_it(engine: DebateEngine) -> None:
    """'Walter Johnson's career began before they were given every season (from 1956)': his career was over
    29 years before the first Cy Young Award, and "began before" reads as if part of it was covered."""
    # Made-up variants: a modern career ended before an award given since (All-MLB teams from 2019), and an
    # NHL career before the All-Star teams; a career that reached the award still began before it (Babe Ruth's
    # 1914-35 and the MVP of 1931).
    said = {"Walter Johnson vs Pedro Martinez on Cy Young awards":
            "The question is about Cy Young Awards (given every season from 1956), and Walter Johnson's career "
            "ended before they were given",
            "Dominik Hasek or Pedro Martinez?":
            "Not compared: All-MLB team selections (given every season from 2019), since Pedro Martinez's career "
            "ended before they were given",
            "Georges Vezina vs Patrick Roy":
            "Not compared: NHL All-Star team selections (given every season from 1930-31), since Georges Vezina's "
            "career ended before they were given",
            # A career that reached the award shares no season of it with Trout's (fair14's window).
            "Babe Ruth or Mike Trout?":
            "since Babe Ruth and Mike Trout never played in the same season once they were given"}
    results = [await _debate(engine, question) for question in said]
    for result, sentence in zip(results, said.values(), strict=True):
        assert sentence in result.text, result.text
    assert "Walter Johnson's career began before" not in results[0].text
    assert _checked(*results)


async def test_a_season_past_a_known_hole_is_missing_from_the_sources(engine: DebateEngine) -> None:
    """'Tuukka Rask has no NHL season in the data in 2019-20; his seasons run from 2007-08 to 2017-18': he was
    in goal for Boston that season; no source has any NHL goalie after 2017-18, which the debate knows."""
    goalies = await _debate(engine, "Who had the better 2019-20, Connor Hellebuyck or Tuukka Rask?")
    for name in ("Connor Hellebuyck", "Tuukka Rask"):
        assert (f"{name}'s goaltending figures stop at 2017-18: no source has NHL goaltending seasons after it, "
                f"so he cannot be judged in 2019-20") in goalies.text
    assert "has no NHL season in the data" not in goalies.text
    # A made-up variant: another pair of goalies in another season past the hole.
    variant = await _debate(engine, "Who had the better 2020-21, Carey Price or Marc-Andre Fleury?")
    assert "Carey Price's goaltending figures stop at 2017-18" in variant.text
    # A skater whose last season was 2017-18 did retire then: skaters' seasons run on in the sources.
    skater = await _debate(engine, "Who had the better 2018-19, Jaromir Jagr or Sidney Crosby?")
    assert "Jaromir Jagr has no NHL season in the data in 2018-19" in skater.text
    assert "figures stop at" not in skater.text
    assert _checked(goalies, variant, skater)


async def test_a_same_season_edge_is_not_answered_as_another_eras(engine: DebateEngine) -> None:
    """'Harden's edge in points, 2,023 to Anthony's 1,920: raw figures, each from its own league and years' in
    a ranking of one NBA season: both figures are from the same league and year."""
    questions = ("top 5 scorers in 2012-13", "top 5 scorers in 1998-99", "top 5 rushers in 1987",
                 "top 5 home run hitters in 1961", "Who had the better 2012-13, Carmelo Anthony or Kevin Durant?")
    results = [await _debate(engine, question) for question in questions]
    for result in results:
        assert "each from its own league and years" not in result.text, result.text
    assert _checked(*results)


async def test_a_side_that_leads_nothing_does_not_repeat_its_closest_ground(engine: DebateEngine) -> None:
    """Testaverde's case and rebuttal both ended 'comes closest in passing yards per game: 232.6 to
    Cunningham's 246.9': a reply that says the case again answers nothing."""
    questions = ("Who had the better 1998, Randall Cunningham or Vinny Testaverde?", "Jonathan Quick or Ed Belfour?",
                 "Dominik Hasek or Pedro Martinez?", "Michael Jordan or Brian Scalabrine?")
    results = [await _debate(engine, question) for question in questions]
    repeated = 0
    for result in results:
        for side in result.sides:
            name = side.player.name
            case = _said(result, name, "case")
            closest = re.search(r"comes closest in [^:]+: [^ ]+", case)
            if closest is None:
                continue
            repeated += closest.group(0) in _said(result, name, "rebuttal")
    assert repeated == 0
    testaverde = _said(results[0], "Vinny Testaverde", "rebuttal")
    assert "comes closest in passing yards per game" not in testaverde
    assert _checked(*results)


async def test_who_led_the_league_in_a_season_is_answered_by_the_leaderboard(engine: DebateEngine) -> None:
    """'Who won the 2019-20 scoring title, James Harden or Bradley Beal?': Harden's case said his 34.3 points
    per game topped Beal's 30.5, never that he led the league, which is what was asked; his place on the
    season's leaderboard is the answer, so it is the stat in question and joins the figure opening his case."""
    asked = {"Who won the 2019-20 scoring title, James Harden or Bradley Beal?":
             "James Harden's 34.3 points per game in 2019-20 tops Beal's 30.5; Harden ranked 1st in the NBA",
             "Who led the AL in batting average in 2020, DJ LeMahieu or Tim Anderson?":
             "DJ LeMahieu owns the better batting average in 2020: .364 to Anderson's .322; LeMahieu ranked 1st in "
             "the AL",
             "Who led the league in goals in 2007-08, Alex Ovechkin or Ilya Kovalchuk?":
             "Alex Ovechkin has 65 goals in 2007-08, more than Kovalchuk's 52; Ovechkin ranked 1st in the NHL",
             "Who led the league in rushing in 1997, Barry Sanders or Terrell Davis?":
             "Barry Sanders has 2,053 rushing yards in 1997, more than Davis' 1,750; Sanders ranked 1st in the NFL"}
    results = []
    for question, answer in asked.items():
        result = await _debate(engine, question)
        leader = result.sides[0].player.name
        assert answer in _said(result, leader, "case"), result.text
        results.append(result)
    # A question about a season that asks no leader keeps the rank as era dominance, not the stat in question.
    plain = await _debate(engine, "Who had the better 2019-20, James Harden or Bradley Beal?")
    assert not any(arg.criterion == "stat_focus" for side in plain.sides for arg in side.arguments)
    assert _checked(*results, plain)


async def test_a_case_of_one_point_ends_on_it_without_a_boast(engine: DebateEngine) -> None:
    """Tim Anderson's whole case was 'home runs per game stands at 1.7 times the average player's, ahead of
    LeMahieu's 1.6. Hard to argue with that.': a closer sums up figures, and one narrow edge is no such sum."""
    single = {"Who led the AL in batting average in 2020, DJ LeMahieu or Tim Anderson?": "Tim Anderson",
              "Who has more Stanley Cups, Jean Beliveau or Yvan Cournoyer?": "Yvan Cournoyer",
              "Who had the better 2011-12, Chris Paul or Tony Parker?": "Tony Parker"}
    results = []
    for question, name in single.items():
        result = await _debate(engine, question)
        case = _said(result, name, "case")
        side = next(s for s in result.sides if s.player.name == name)
        assert case.endswith(f"{side.arguments[0].claim}"), case
        results.append(result)
    # A case of two points still may close on one (Joe Fulks' seasons and games against Mikan's).
    two = await _debate(engine, "George Mikan vs Joe Fulks")
    assert _said(two, "Joe Fulks", "case").endswith("That is the case.")
    assert _checked(*results, two)
