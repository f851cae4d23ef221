"""NBA players: one per slug, named as Basketball-Reference names them today, with every older spelling."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from arena.stats.catalog import League
from arena.stats.errors import SourceFileCorrupt
from arena.stats.importers.csvrows import read_rows
from arena.stats.importers.nba_awards import flag
from arena.stats.model import Award, Player, SeasonRow
from arena.stats.ports import SourceReader
from arena.text import strip_accents

PLAYER_CAREER_INFO = "nba/bball-reference-datasets/Data/Player Career Info.csv"


@dataclass(frozen=True, slots=True)
class CareerInfo:
    name: str
    positions: tuple[str, ...]
    birth_year: int | None
    hall_of_fame: bool


def read_career_info(source: SourceReader) -> dict[str, CareerInfo]:
    """``Player Career Info.csv`` by slug: current name, positions ("G-F"), birth year, Hall of Fame."""
    careers: dict[str, CareerInfo] = {}
    for row in read_rows(source, PLAYER_CAREER_INFO, ("player", "player_id", "pos", "birth_date", "hof")):
        birth_date = row.optional_text("birth_date")
        if birth_date is not None and not birth_date[:4].isdigit():
            raise SourceFileCorrupt(row.path, row.line, f"birth_date {birth_date!r} is not a date")
        positions = row.optional_text("pos")
        careers[row.text("player_id")] = CareerInfo(
            name=row.text("player"),
            positions=tuple(positions.split("-")) if positions else (),
            birth_year=int(birth_date[:4]) if birth_date else None,
            hall_of_fame=flag(row, "hof"),
        )
    return careers


def build_players(
    seasons: Sequence[SeasonRow], awards: Iterable[Award], careers: Mapping[str, CareerInfo],
    names_seen: Mapping[str, Sequence[str]],
) -> list[Player]:
    """A player for every id in ``seasons`` or ``awards``; ``names_seen`` holds each slug's spellings."""
    played: dict[str, list[SeasonRow]] = defaultdict(list)
    for row in seasons:
        played[row.player_id].append(row)
    ids = dict.fromkeys([*played, *(a.player_id for a in awards)])
    players: list[Player] = []
    for player_id in ids:
        slug = player_id.split(":", 1)[1]
        rows = played.get(player_id, [])
        seen = names_seen.get(slug, ())
        career = careers.get(slug)
        name = career.name if career else (seen[-1] if seen else slug)
        players.append(Player(
            id=player_id, league=League.NBA, name=name, name_variants=_variants(name, seen),
            birth_year=career.birth_year if career else None,
            positions=career.positions if career and career.positions else _positions(rows),
            first_season=min((r.season for r in rows), default=None),
            last_season=max((r.season for r in rows), default=None),
            hall_of_fame=career.hall_of_fame if career else False,
        ))
    return players


def _variants(name: str, seen: Iterable[str]) -> tuple[str, ...]:
    """Older spellings (``Enes Kanter``) and accent-free forms (``Nikola Jokic``), without the name itself."""
    forms = dict.fromkeys(form for spelling in (name, *seen) for form in (spelling, strip_accents(spelling)))
    forms.pop(name)
    return tuple(forms)


def _positions(rows: Iterable[SeasonRow]) -> tuple[str, ...]:
    counts = Counter(p for r in rows if r.position for p in r.position.split("-"))
    return tuple(p for p, _ in counts.most_common())
