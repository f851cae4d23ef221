"""Player search and pages, leaders, question parsing and data sources over HTTP, checked against the store."""

from __future__ import annotations

import httpx
import pytest

from api_servers import MAX_QUESTION_CHARS
from arena.api.deps import ApiState
from arena.stats.catalog import League
from arena.stats.sources import DATA_SOURCES


async def test_search_finds_players_by_name_best_first(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/players", params={"q": "Michael Jordan", "league": "nba", "limit": 3})
    assert response.status_code == 200
    matches = response.json()
    assert matches[0]["player"]["id"] == "nba:jordami01"
    assert [m["score"] for m in matches] == sorted((m["score"] for m in matches), reverse=True)
    assert len(matches) <= 3


async def test_a_player_page_is_what_the_store_holds(client: httpx.AsyncClient, api_state: ApiState) -> None:
    page = (await client.get("/v1/players/nba:jordami01")).json()
    stats = api_state.services.stats
    assert page["player"]["name"] == "Michael Jordan"
    assert page["career"] == stats.career("nba:jordami01").model_dump(mode="json")
    assert len(page["seasons"]) == len(stats.seasons("nba:jordami01")) == page["career"]["seasons"]
    assert len(page["awards"]) == len(stats.awards("nba:jordami01"))
    assert page["championships"] == [t.model_dump(mode="json") for t in stats.championships("nba:jordami01")]
    # Basketball-Reference: Michael Jordan won six NBA championships, all with Chicago.
    assert [(t["season"], t["team"]) for t in page["championships"]] == [
        (season, "CHI") for season in (1991, 1992, 1993, 1996, 1997, 1998)]
    # Basketball-Reference: 6-0 in the NBA Finals; the record is the store's, field for field.
    assert page["title_records"] == [r.model_dump(mode="json") for r in stats.title_records("nba:jordami01")]
    assert [(r["round_name"], r["record"]) for r in page["title_records"]] == [("NBA Finals", "6-0")]


async def test_leaders_come_from_the_store(client: httpx.AsyncClient, api_state: ApiState) -> None:
    response = await client.get("/v1/leaders", params={"league": "nhl", "stat": "goals", "limit": 5})
    expected = api_state.services.stats.leaders(League.NHL, stat="goals", limit=5)
    assert response.json() == [row.model_dump(mode="json") for row in expected]


@pytest.mark.parametrize("league", ["NHL", "Nhl", " nhl "])
async def test_a_league_is_read_in_any_case_as_the_cli_reads_it(client: httpx.AsyncClient, api_state: ApiState,
                                                                 league: str) -> None:
    leaders = await client.get("/v1/leaders", params={"league": league, "stat": "goals", "limit": 3})
    expected = api_state.services.stats.leaders(League.NHL, stat="goals", limit=3)
    assert leaders.json() == [row.model_dump(mode="json") for row in expected]
    found = await client.get("/v1/players", params={"q": "Gretzky", "league": league, "limit": 3})
    assert found.status_code == 200 and found.json()[0]["player"]["id"] == "nhl:gretzwa01"


async def test_leaders_over_partial_rosters_say_so_and_mlb_ranks_per_league(client: httpx.AsyncClient,
                                                                             api_state: ApiState) -> None:
    sacks = await client.get("/v1/leaders", params={"league": "nfl", "stat": "sacks", "limit": 3})
    assert sacks.status_code == 200 and "Reggie White" in sacks.headers["Arena-Coverage"]
    points = await client.get("/v1/leaders", params={"league": "nba", "stat": "points", "limit": 3})
    assert "Arena-Coverage" not in points.headers
    al = await client.get("/v1/leaders", params={"league": "mlb", "stat": "home_runs", "from_season": 1927,
                                                 "to_season": 1927, "competition": "AL", "limit": 3})
    expected = api_state.services.stats.leaders(League.MLB, stat="home_runs", from_season=1927, to_season=1927,
                                                limit=3, competition="AL")
    assert al.json() == [row.model_dump(mode="json") for row in expected]
    assert al.json()[0]["name"] == "Babe Ruth"  # Baseball-Reference: 60 home runs, the AL's 1927 lead
    wrong = await client.get("/v1/leaders", params={"league": "mlb", "stat": "home_runs", "competition": "XL"})
    assert wrong.status_code == 422 and wrong.headers["content-type"] == "application/problem+json"


async def test_sources_carry_every_attribution(client: httpx.AsyncClient) -> None:
    sources = (await client.get("/v1/sources")).json()
    assert [s["id"] for s in sources] == [s.id for s in DATA_SOURCES]
    assert all(s["attribution"] for s in sources)
    hockey = next(s for s in sources if s["id"] == "nhl-hockey-databank")
    assert "Hockey Databank project" in hockey["attribution"]


async def test_parse_returns_the_parser_s_contract(client: httpx.AsyncClient, api_state: ApiState) -> None:
    question = "Ovechkin vs Crosby in 2008"
    response = await client.post("/v1/parse", json={"question": question})
    assert response.status_code == 200
    assert response.json() == api_state.services.parser.parse(question).model_dump(mode="json")


async def test_parse_of_a_question_naming_no_player_offers_no_one(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/parse", json={"question": "Love the new alternate jerseys, the teal is back."})
    error = response.json()["error"]
    assert (error["code"], error["suggestions"]) == ("nothing-recognised", [])
    assert error["message"].startswith("no player named in the question")


@pytest.mark.parametrize(("method", "path", "params", "status", "code"), [
    ("GET", "/v1/players/nba:nobody99", None, 404, "player-not-found"),
    ("GET", "/v1/players", {"q": ""}, 422, "invalid-request"),
    ("GET", "/v1/players", {"q": "Jordan", "league": "cricket"}, 422, "invalid-request"),
    ("GET", "/v1/leaders", {"league": "nba", "stat": "dunks"}, 422, "unknown-stat"),
    ("GET", "/v1/leaders", {"league": "nba", "stat": "points", "limit": 0}, 422, "invalid-request"),
])
async def test_bad_lookups_are_problems(client: httpx.AsyncClient, method: str, path: str,
                                        params: dict[str, str | int] | None, status: int, code: str) -> None:
    response = await client.request(method, path, params=params)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == code


async def test_parse_refuses_overlong_questions_and_unknown_fields(client: httpx.AsyncClient) -> None:
    long = await client.post("/v1/parse", json={"question": "Jordan " * MAX_QUESTION_CHARS})
    assert (long.status_code, long.json()["code"]) == (422, "question-too-long")
    extra = await client.post("/v1/parse", json={"question": "Jordan", "league": "nba"})
    assert extra.status_code == 422
    assert extra.json()["errors"][0]["loc"] == ["body", "league"]


@pytest.mark.parametrize(("league", "stat", "number", "forms"), [
    (League.NBA, "points", 2016, ["2015-16", "2015-2016", "2015/16", "'16", "’16", "16", "15-16"]),
    (League.MLB, "home_runs", 2009, ["'09", "09", "2009-10", "'09-'10"]),
    (League.MLB, "home_runs", 1927, ["'27", "27"]),  # 2027 is no season yet: the last century's
])
async def test_leaders_take_a_season_as_fans_write_it(client: httpx.AsyncClient, api_state: ApiState,
                                                      league: League, stat: str, number: int,
                                                      forms: list[str]) -> None:
    expected = api_state.services.stats.leaders(league, stat=stat, from_season=number, to_season=number, limit=3)
    assert expected
    for form in [str(number), *forms]:
        response = await client.get("/v1/leaders", params={"league": league.value, "stat": stat, "limit": 3,
                                                           "from_season": form, "to_season": form})
        assert response.status_code == 200, (form, response.text)
        assert response.json() == [row.model_dump(mode="json") for row in expected], form


@pytest.mark.parametrize(("season", "code", "said"), [
    ("last year", "invalid-request", "a year (2016), a season label (2015-16) or a two-digit year ('16)"),
    ("2016!", "invalid-request", "a season label (2015-16)"),
    ("20166", "invalid-request", "a two-digit year"),
    ("2015-17", "unknown-season", "consecutive"),
    ("'46", "unknown-season", "outside the NBA data"),  # 1945-46: the season before the BAA's first
])
async def test_a_season_leaders_cannot_read_is_a_problem_naming_it(client: httpx.AsyncClient, season: str,
                                                                   code: str, said: str) -> None:
    response = await client.get("/v1/leaders", params={"league": "nba", "stat": "points", "from_season": season})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["code"] == code
    assert said in problem["detail"]
    if code == "invalid-request":
        assert [error["loc"] for error in problem["errors"]] == [["query", "from_season"]]
