"""What an expert fan objects to in the third critic round's debates (tests/debate/critic3_questions.txt), one
test per rule, on the real store: an active player's career count is his 'so far' wherever it is set against
another's; a finding is claimed once, not again as its share of seasons; the NHL's trophies other than the Hart
say that they leave it out; a sentence reads as English (one full stop after 'Jr.', no 'the the')."""

from __future__ import annotations

from arena.debate.engine import DebateEngine
from arena.debate.model import DebateRequest, DebateResult


async def _debate(engine: DebateEngine, question: str) -> DebateResult:
    return await engine.run(DebateRequest(question=question))


def _case(result: DebateResult, name: str) -> str:
    return next(r.text for r in result.rounds if r.name == "case" and r.speaker == name)


async def test_an_active_players_career_count_is_his_so_far(engine: DebateEngine) -> None:
    """'more than Judge's 1,026' set a career still going against Hank Aaron's finished one as if it were
    final; a count of titles or finishes is no running total and keeps its plain figure."""
    aaron = await _debate(engine, "Aaron Judge or Hank Aaron?")
    assert "Hank Aaron has 3,771 hits over his career, more than Judge's 1,026 so far." in aaron.text
    baugh = await _debate(engine, "Sammy Baugh vs Patrick Mahomes")
    assert "Sammy Baugh played 16 seasons, more than Mahomes' 8 so far." in baugh.text
    assert "Patrick Mahomes piled up 32,352 passing yards over his career so far" in baugh.text
    # In a rebuttal's figures too: the goals a reply on production sets against an active player's.
    makar = await _debate(engine, "Cale Makar or Nicklas Lidstrom?")
    assert "Nicklas Lidstrom has 264 goals over his career, more than Makar's 116 so far." in makar.text
    rocket = await _debate(engine, "Maurice Richard vs Alex Ovechkin")
    assert "Alex Ovechkin led the league in goals 9 times (tied once); Richard led the league in goals 5 times." \
        in rocket.text
    assert "9 so far" not in rocket.text
    assert all(r.fact_check.passed for r in (*aaron.rounds, *baugh.rounds, *makar.rounds, *rocket.rounds))


async def test_a_finding_is_claimed_once_not_again_as_its_share(engine: DebateEngine) -> None:
    """'finished in the league's top five in goals 12 times' and then 'in 67% of his seasons' is one finding
    said twice, in a case and again in a rebuttal."""
    cups = await _debate(engine, "Who has more Stanley Cups, Maurice Richard or Wayne Gretzky?")
    case = _case(cups, "Maurice Richard")
    assert "Maurice Richard finished in the league's top five in goals 12 times" in case
    assert "of his seasons" not in case
    kelce = await _debate(engine, "Travis Kelce or Tony Gonzalez?")
    assert "finished in the league's top five in receiving yards twice" in kelce.text
    assert "of his seasons" not in kelce.text


async def test_the_nhls_other_trophies_say_they_leave_out_the_hart(engine: DebateEngine) -> None:
    """The Hart is counted as the MVP award; the Art Ross, Vezina, Norris and the rest under a label that said
    nothing of it, so 'Richard won none' followed Richard's Hart, and Orr's Hart and Norris of 1970-71 read
    as one trophy to Esposito's two."""
    cups = await _debate(engine, "Who has more Stanley Cups, Maurice Richard or Wayne Gretzky?")
    assert "Wayne Gretzky won 17 major trophies besides the Hart; Richard won none." in cups.text
    orr = await _debate(engine, "Who had the better 1970-71, Bobby Orr or Phil Esposito?")
    assert "Phil Esposito and Orr both won major trophies besides the Hart: Esposito 2, Orr 1." in orr.text
    assert "major individual trophies" not in orr.text


async def test_sentences_read_as_english(engine: DebateEngine) -> None:
    for question, said, unsaid in (
            ("top 3 assists leaders in 2004-05",
             "but the stat in question weighs more here than production", "the the "),
            ("Honus Wagner vs Cal Ripken Jr.", "the call goes to Cal Ripken Jr.", "Jr..")):
        text = (await _debate(engine, question)).text
        assert said in text and unsaid not in text, question


async def test_one_seasons_figure_is_set_against_that_seasons_league(engine: DebateEngine) -> None:
    """'measured against the league each season' said of Esposito's 1970-71 alone."""
    orr = await _debate(engine, "Who had the better 1970-71, Bobby Orr or Phil Esposito?")
    assert "measured against the league in 1970-71, Phil Esposito's goals per game stands at 5.3 times" in orr.text
    assert "each season" not in orr.text


async def test_what_would_flip_names_a_side_that_leads_a_criterion(engine: DebateEngine) -> None:
    """In a ranking of five the runner-up (Bruce) led nothing, so the verdict said 'Jerry Rice leads or ties
    every one' beside 'Michael Irvin leads accolades'; the challenger is the closest side that leads one."""
    result = await _debate(engine, "top 5 receivers by receiving yards in 1995")
    verdict = next(r.text for r in result.rounds if r.name == "verdict")
    assert "Against that, Michael Irvin leads accolades." in verdict
    assert "leads or ties every one" not in verdict
    assert "judge on accolades alone and the call goes to Michael Irvin." in verdict


async def test_a_relievers_best_season_is_one_he_pitched_in_relief(engine: DebateEngine) -> None:
    """Only a starter's innings qualify for a rate title, so the one season Gossage qualified, 1976, when he
    started, was his 'peak' (an ERA+ of 89) and Eckersley's was 1975, his rookie year as a starter: two
    closers are judged on their seasons in relief (Eckersley's 0.61 ERA of 1990, Gossage's 0.77 of 1981)."""
    result = await _debate(engine, "Dennis Eckersley vs Goose Gossage")
    assert "at his best against the league, in 1990, Dennis Eckersley's ERA+ was 629; Gossage's best was 465, in 1981" \
        in result.text
    assert "in 1976" not in result.text and "in 1975" not in result.text


async def test_a_stat_named_within_a_broader_concept_is_the_one_asked(engine: DebateEngine) -> None:
    """'the better shooter by 3P%': shooting's first rates (true shooting, field-goal percentage) opened the
    debate as 'the question', and the three-point percentage asked for came after them."""
    result = await _debate(engine, "Stephen Curry or Ray Allen, who's the better shooter by 3P%?")
    assert "The question is about three-point percentage: Stephen Curry 42.3%, Ray Allen 40.0%" in result.rounds[0].text
