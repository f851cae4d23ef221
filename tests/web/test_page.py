"""The web page in a real Chromium against a real server: ask, watch the debate revealed at reading pace,
charts and verdict, the clarification picker, resuming after a dropped stream, votes seen live by another
browser, a keyboard-only run and axe-core's accessibility rules; nothing is asked of any host but this one."""

from __future__ import annotations

import itertools
import json
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from browser_contexts import ARTIFACTS, DEBATE_SECONDS, INSTALL, OfflineContexts, serious_violations, tab_to

from api_servers import ServerThread

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page, Route

pytestmark = [pytest.mark.browser, pytest.mark.integration]

expect = pytest.importorskip("playwright.sync_api", reason=f"needs Playwright: {INSTALL}").expect

QUESTION = "Who's better, LeBron or Jordan?"
SAMPLE_MS = 100


def _ask(page: Page, question: str) -> None:
    page.goto("/")
    page.get_by_label("Question", exact=True).fill(question)
    page.get_by_role("button", name="Debate", exact=True).click()


def _log(page: Page) -> Locator:
    return page.get_by_role("log", name="Debate")


def _verdict(page: Page) -> Locator:
    return page.get_by_role("region", name="Verdict")


def _start_debate(server: ServerThread, **body: Any) -> str:
    response = httpx.post(f"{server.base_url}/v1/debates", json={"question": QUESTION, **body}, timeout=60)
    assert response.status_code == 201, response.text
    debate_id: str = response.json()["id"]
    return debate_id


def _events(server: ServerThread, debate_id: str) -> str:
    with httpx.stream("GET", f"{server.base_url}/v1/debates/{debate_id}/events", timeout=60) as response:
        return "".join(response.iter_text())


def _spoken_text(sse_body: str) -> str:
    """Every ``text.delta`` of a debate, a round's joined as written, rounds apart, whitespace collapsed."""
    rounds: dict[tuple[str, str], str] = {}  # by round and speaker, in the order spoken
    for block in sse_body.split("\n\n"):
        if "event: text.delta" in block:
            delta = json.loads(block.split("data: ", 1)[1])
            key = (delta["round"], delta["speaker"])
            rounds[key] = rounds.get(key, "") + delta["text"]
    return " ".join(" ".join(rounds.values()).split())


def _shown_text(page: Page) -> str:
    return " ".join(" ".join(page.locator("#debate-log .turn p").all_inner_texts()).split())


def test_a_debate_is_revealed_at_reading_pace_then_charted_and_judged(offline: OfflineContexts) -> None:
    page = offline.new().new_page()
    _ask(page, QUESTION)

    log, verdict = _log(page), _verdict(page)
    observations: list[int] = []
    while not verdict.is_visible():
        observations.append(len(log.inner_text()))
        page.wait_for_timeout(SAMPLE_MS)
        assert len(observations) < DEBATE_SECONDS // SAMPLE_MS, "no verdict"
    growth = [later for earlier, later in itertools.pairwise(observations) if later > earlier]

    assert len(growth) >= 3, observations
    assert page.get_by_role("status").filter(has_text="watching").first.inner_text().endswith("watching")
    per_season = page.get_by_role("img", name="by season")
    assert per_season.count() >= 1
    assert "LeBron James" in (per_season.first.get_attribute("aria-label") or "")
    assert page.locator(".chart canvas").count() >= 1  # uPlot drew it, from /static
    assert page.get_by_role("img", name="Against their era").count() == 1
    page.get_by_text("Data table: Points per game by season (NBA)").click()
    assert page.get_by_role("rowheader", name="2003-04").first.is_visible()
    assert verdict.get_by_text("Michael Jordan wins", exact=True).is_visible()
    assert verdict.get_by_text("Confidence:").is_visible()
    assert verdict.get_by_role("table").get_by_role("rowheader", name="era dominance").is_visible()
    assert verdict.get_by_text("What would flip it").is_visible()
    assert page.get_by_role("heading", name="Tale of the tape").is_visible()

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "debate-1280.png"), full_page=True)
    page.set_viewport_size({"width": 375, "height": 812})
    page.screenshot(path=str(ARTIFACTS / "debate-375.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # nothing wider than a phone


def test_an_unclear_question_offers_the_candidates_and_debates_the_pick(offline: OfflineContexts) -> None:
    page = offline.new().new_page()
    _ask(page, "Who is better, Smith or Jones?")

    picker = page.get_by_role("form", name="Which players did you mean?")
    picker.get_by_role("radio", name="Ozzie Smith").check()
    picker.get_by_role("radio", name="Chipper Jones").check()
    picker.get_by_role("button", name="Debate these players").click()

    expect(page.locator("#debate-question")).to_have_text("Who is better, Ozzie Smith or Chipper Jones?")
    expect(page.locator("#stat-card")).to_contain_text("Chipper Jones")
    assert page.url.startswith(f"{offline.base_url}/debates/")


def test_a_question_outside_coverage_says_what_is_covered(offline: OfflineContexts) -> None:
    page = offline.new().new_page()
    _ask(page, "Who is better, Messi or Ronaldo?")

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("does not cover soccer")
    expect(alert).to_contain_text("Arena covers players and teams of the NBA")


@pytest.mark.parametrize(("question", "character", "at"), [
    ("Who's better, LeBron\u0007 or Jordan?", "U+0007", 21),
    ("\u202eWho's better, LeBron or Jordan?", "U+202E", 1),
])
def test_a_control_character_in_the_question_is_named_in_words(offline: OfflineContexts, question: str,
                                                                character: str, at: int) -> None:
    page = offline.new().new_page()
    _ask(page, question)

    alert = page.get_by_role("alert")
    expect(alert).to_have_text(f"Your question contains an invisible control character ({character}) at character "
                               f"{at}. Delete it (it often comes along with pasted text) and try again.")
    assert "body.question" not in alert.inner_text() and "Value error" not in alert.inner_text()


def test_a_browser_opening_a_bad_debate_link_sees_a_page_not_json(offline: OfflineContexts) -> None:
    page = offline.new().new_page()
    response = page.goto("/debates/not%20a%20debate")

    assert response is not None and response.status == 422
    expect(page.get_by_role("heading", level=1)).to_have_text("That is not a debate link")
    page.get_by_role("link", name="Ask Arena a question").click()
    expect(page.get_by_label("Question", exact=True)).to_be_visible()


def test_a_dropped_stream_resumes_after_the_last_event_seen(offline: OfflineContexts, web_server: ServerThread) -> None:
    debate_id = _start_debate(web_server)
    whole = _events(web_server, debate_id)
    blocks = whole.split("\n\n")
    # The first connection breaks off in the middle of an event, as a dropped connection does.
    cut = next(i for i, block in enumerate(blocks) if block.startswith("id: 20\n"))
    partial = "\n\n".join(blocks[:cut + 1]) + "\n\n" + blocks[cut + 1][: len(blocks[cut + 1]) // 2]
    resumed_from: list[str | None] = []

    def drop_the_first(route: Route) -> None:
        if not resumed_from and "dropped" not in route.request.headers:
            resumed_from.append("dropped")
            route.fulfill(status=200, headers={"Content-Type": "text/event-stream"}, body=partial)
        else:
            resumed_from.append(route.request.headers.get("last-event-id"))
            route.fallback()

    page = offline.new().new_page()
    page.route(f"**/v1/debates/{debate_id}/events", drop_the_first)
    page.goto(f"/debates/{debate_id}")
    page.get_by_role("button", name="Show all text now").click()
    expect(_verdict(page)).to_be_visible(timeout=DEBATE_SECONDS)

    assert resumed_from[:2] == ["dropped", "20"]
    assert _shown_text(page) == _spoken_text(whole)  # nothing lost, nothing twice


def test_a_vote_in_one_browser_reaches_another_live(offline: OfflineContexts, web_server: ServerThread) -> None:
    # The slow writer keeps the debate live while both spectators join it from its permalink.
    debate_id = _start_debate(web_server, writer="openai")
    voter, spectator = offline.new().new_page(), offline.new().new_page()
    for page in (voter, spectator):
        page.goto(f"/debates/{debate_id}")
    for page in (voter, spectator):
        expect(page.locator("#viewers")).to_have_text("2 watching", timeout=30_000)
        expect(page.locator("#tally")).to_contain_text("(0 votes)", timeout=30_000)

    with voter.expect_response(lambda r: r.url.endswith("/votes") and r.request.method == "POST") as cast:
        voter.get_by_role("button", name="Vote for Michael Jordan").click()
    assert cast.value.status == 201
    # Pushed to the other page, which is never reloaded; how fast is a figure for a bench, not a test (the
    # one-second bound this test asserted failed on two loaded cores).
    expect(spectator.locator("#tally")).to_contain_text("Michael Jordan 1 (1 vote)", timeout=30_000)
    expect(voter.locator("#tally")).to_contain_text("You voted for Michael Jordan")
    assert voter.get_by_role("button", name="Vote for LeBron James").is_disabled()


def test_keyboard_alone_asks_watches_and_votes(offline: OfflineContexts) -> None:
    page = offline.new(reduced_motion="reduce").new_page()
    page.goto("/")
    keyboard = page.keyboard

    tab_to(page, page.get_by_text("More options"))
    keyboard.press("Enter")
    expect(page.get_by_label("Writer")).to_be_visible()
    tab_to(page, page.get_by_label("Question", exact=True))
    keyboard.type(QUESTION)
    keyboard.press("Escape")  # closes the player suggestions, if they are open
    keyboard.press("Enter")
    expect(page.locator("#watch-heading")).to_be_focused()
    tab_to(page, page.get_by_role("button", name="Show all text now"))
    keyboard.press("Enter")
    expect(_verdict(page)).to_be_visible(timeout=DEBATE_SECONDS)
    tab_to(page, page.get_by_role("button", name="Vote for LeBron James"))
    keyboard.press("Enter")

    expect(page.locator("#tally")).to_contain_text("You voted for LeBron James")
    assert page.locator(".typing .dots").count() == 0 or page.locator(".typing .dots").evaluate(
        "dots => getComputedStyle(dots, '::after').animationName") == "none"


def test_typing_a_name_suggests_players_from_the_name_index(offline: OfflineContexts) -> None:
    page = offline.new().new_page()
    page.goto("/")
    page.get_by_label("Question", exact=True).press_sequentially("Who's better, LeBron James or Wayne Gretz")

    suggestion = page.locator("#player-suggestions option[value=\"Who's better, LeBron James or Wayne Gretzky\"]")
    expect(suggestion).to_have_count(1)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_or_critical_violations(offline: OfflineContexts, scheme: str) -> None:
    page = offline.new(color_scheme=scheme).new_page()
    page.goto("/")
    assert serious_violations(page) == []

    page.get_by_label("Question", exact=True).fill("Who is better, Smith or Jones?")
    page.get_by_role("button", name="Debate", exact=True).click()
    expect(page.get_by_role("form", name="Which players did you mean?")).to_be_visible()
    assert serious_violations(page) == []

    page.get_by_label("Question", exact=True).fill(QUESTION)
    page.get_by_role("button", name="Debate", exact=True).click()
    page.get_by_role("button", name="Show all text now").click()
    expect(_verdict(page)).to_be_visible(timeout=DEBATE_SECONDS)
    for table in page.locator(".chart details").all():
        table.locator("summary").click()
    assert serious_violations(page) == []


def test_a_question_over_the_limit_is_refused_whole_not_cut_short(offline: OfflineContexts) -> None:
    # A browser cuts text pasted into a box with maxlength without a word; the question sent was another one.
    page = offline.new().new_page()
    question = " ".join(["Who's better over a whole career, counting every season, LeBron or Jordan?"] * 8)
    _ask(page, question)

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text(f"the question is {len(question)} characters long; the limit is")
    assert page.get_by_label("Question", exact=True).input_value() == question
