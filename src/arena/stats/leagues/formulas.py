"""Building blocks the league modules share: quotient and per-game rates and league-relative (era) indexes.

An index is a player's figure over the league's that season: a multiple (2.4 times the league's home runs per
game), except the "+" stats fans know by name (ERA+, OPS+), which are that multiple times 100.
"""

from __future__ import annotations

from arena.stats.leagues.model import EraSpec, Rate, StatLine


def recorded(line: StatLine | None, key: str) -> float:
    """``key`` of ``line``, 0 where the line or the value is missing."""
    value = line.get(key) if line else None
    return float(value) if value is not None else 0.0


def ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def quotient(key: str, label: str, numerator: str, denominator: str, *, decimals: int = 1) -> Rate:
    """The rate ``numerator / denominator`` (yards per carry, field-goal percentage), None over 0."""
    return Rate(key, label, (numerator, denominator), lambda t: ratio(t[numerator], t[denominator]),
                decimals=decimals, parts=(numerator, denominator))


def per_game(key: str, label: str, *, decimals: int = 1) -> Rate:
    return quotient(f"{key}_per_game", label, key, "games", decimals=decimals)


def relative(value: float | None, base: float | None, *, lower_is_better: bool = False) -> float | None:
    """``value`` against ``base`` where 1 is level; inverted when fewer is better."""
    if value is None or base is None or value <= 0 or base <= 0:
        return None
    return base / value if lower_is_better else value / base


def per_game_index(count: str) -> EraSpec:
    """A player's ``count`` per game against the league's per player-game that season."""

    def index(line: StatLine, _league: StatLine, per_player_game: StatLine) -> float | None:
        games = line.get("games")
        value = line.get(count)
        if not games or value is None:
            return None
        return relative(value / games, per_player_game.get(count))

    return EraSpec(f"{count}_per_game", "games", index)


def rate_index(key: str, weight_key: str, *, lower_is_better: bool = False, plus: bool = False) -> EraSpec:
    """A player's rate ``key`` against the league's that season; ``plus`` writes it as a "+" stat (ERA+:
    100 times the multiple)."""
    scale = 100.0 if plus else 1.0

    def index(line: StatLine, league: StatLine, _per_player_game: StatLine) -> float | None:
        multiple = relative(line.get(key), league.get(key), lower_is_better=lower_is_better)
        return None if multiple is None else scale * multiple

    return EraSpec(key, weight_key, index)
