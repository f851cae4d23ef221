"""The template writer: deterministic for a seed, varied across seeds, and it adds no number of its own."""

from __future__ import annotations

from arena.debate.factcheck import find_numbers
from arena.llm.ports import FactLine, RoundBrief
from arena.llm.template import TemplateWriter

POINTS = [
    "Michael Jordan averaged 30.1 points per game over his career, ahead of James' 27.0.",
    "At his best, in 1986-87, Michael Jordan averaged 37.1 points per game, better than James' best of 31.4 "
    "in 2005-06.",
    "Michael Jordan won 5 MVP awards, more than James' 4.",
]


def _brief(seed: int, round_name: str = "case", points: list[str] | None = None) -> RoundBrief:
    return RoundBrief(debate_id="d", round=round_name, speaker="Michael Jordan", question="Jordan or LeBron?",
                      points=POINTS if points is None else points,
                      facts=[FactLine(player="Michael Jordan", stat="points per game", display="30.1")], seed=seed)


async def test_the_same_seed_writes_the_same_round() -> None:
    writer = TemplateWriter()
    first = [chunk async for chunk in writer.stream_round(_brief(5))]
    again = [chunk async for chunk in writer.stream_round(_brief(5))]
    assert first == again
    assert "".join(first) == " ".join(writer.compose(_brief(5)))


def test_seeds_vary_the_wording_not_the_points() -> None:
    writer = TemplateWriter()
    texts = {" ".join(writer.compose(_brief(seed))) for seed in range(12)}
    assert len(texts) > 3
    for text in texts:
        for point in POINTS:
            assert point[1:] in text  # a connective may lower-case its first letter


def test_every_number_comes_from_the_points() -> None:
    writer = TemplateWriter()
    allowed = {t.text for point in POINTS for t in find_numbers(point)}
    for round_name in ("opening", "case", "rebuttal", "verdict"):
        for seed in range(20):
            text = " ".join(writer.compose(_brief(seed, round_name)))
            assert {t.text for t in find_numbers(text)} <= allowed


def test_a_round_without_points_still_reads() -> None:
    sentences = TemplateWriter().compose(_brief(0, "verdict", points=[]))
    assert all(sentence.strip() for sentence in sentences)


def test_a_case_that_concedes_ends_on_its_concession_not_a_closer() -> None:
    writer = TemplateWriter()
    concession = ["Bobby Orr leads none of the yardsticks compared here, and comes closest in Hart Trophies: 3 to "
                  "Gretzky's 9."]
    closers = ("That is the case.", "Numbers like those win arguments.", "Hard to argue with that.")
    arguing = [writer.compose(_brief(seed)) for seed in range(12)]
    assert any(sentences[-1] in closers for sentences in arguing)  # a case that argues may end on one
    for seed in range(12):
        brief = _brief(seed, points=concession).model_copy(update={"closing": False})
        assert writer.compose(brief)[-1] == concession[0]
