"""Championships in a debate: the titles a contender won over the seasons judged, as a measure.

A title counts once a season (the league's title that year: an NBA or ABA championship, a Super Bowl, a
World Series, a Stanley Cup), credited as the stat store credits it, to the players who finished the
season with the champion. Titles weigh in with the accolades; a question about rings, titles, clutch
play or the playoffs also makes them the stat in question, argued first. Titles mean the same in every
sport, so they are compared across sports too, each side's named in its own league's words.

The title rounds reached ride along with the titles: a perfect record is said ("6-0 in the NBA Finals"), and
a side behind on titles answers with its appearances where it has more ("James reached the NBA Finals 10
times, Jordan 6"), or with a perfect record against one with losses ("Montana was 4-0 in the Super Bowl,
Brady 7-3"). Only a record the store can tell over the whole window is argued (see ``TitleRecord.unknown``), and
only one round's (an NBA player's NBA Finals, not his ABA Finals beside them).
"""

from __future__ import annotations

from collections.abc import Iterable

from arena.debate.dossier import Dossier
from arena.debate.facts import SEASON, TITLES_GROUP, Fact, FactBook
from arena.debate.measures import ACCOLADES, FOCUS, Measure
from arena.stats import TitleRecord

# Between a major trophy (2) and an MVP (3): a title is the team's, the player's share of it unknown.
TITLES_WEIGHT = 2.5
TITLES_STAT = "titles:won"


def title_count(book: FactBook, dossier: Dossier) -> Fact:
    """The fact of the contender's count of titles over his window."""
    window = dossier.window
    return book.add(dossier.id, TITLES_GROUP, TITLES_STAT, float(len({t.season for t in dossier.championships})),
                    scope=window.scope(), season=window.first if window.is_single else None)


TITLE_ROUNDS_STAT = "title_rounds"
TITLE_ROUNDS_LOST_STAT = "title_rounds_lost"


def argued_record(dossier: Dossier) -> TitleRecord | None:
    """His record in the one title round he reached in the window, where the store can tell it for every
    season of the window; None where he reached none, rounds of two kinds, or some season is unknown."""
    if len(dossier.title_records) != 1 or dossier.window.is_single:
        return None
    (record,) = dossier.title_records
    return record if not record.unknown else None


def round_record(context: Iterable[Fact]) -> tuple[Fact, Fact] | None:
    """The facts of a titles measure's ``context`` that tell its title-round record: rounds reached and
    rounds lost (their ``competition`` names the round); None where the record is not argued."""
    by_stat = {fact.stat: fact for fact in context}
    reached, lost = by_stat.get(TITLE_ROUNDS_STAT), by_stat.get(TITLE_ROUNDS_LOST_STAT)
    return (reached, lost) if reached is not None and lost is not None else None


def title_measures(book: FactBook, dossier: Dossier, *, asked: bool) -> list[Measure]:
    """The contender's titles over his window as an accolade, and as the stat in question when ``asked``.
    Each title season rides along as context, so a claim can say which seasons they came in ("1992, 1993
    and 1995", not "1992 to 1995")."""
    seasons = sorted({title.season for title in dossier.championships})
    window = dossier.window
    fact = title_count(book, dossier)
    context = [book.add(dossier.id, TITLES_GROUP, "title_season", float(season), scope=SEASON, season=season)
               for season in seasons] if not window.is_single else []
    if (record := argued_record(dossier)) is not None:
        context += [book.add(dossier.id, TITLES_GROUP, TITLE_ROUNDS_STAT, float(len(record.won) + len(record.lost)),
                             scope=window.scope(), competition=record.round_name),
                    book.add(dossier.id, TITLES_GROUP, TITLE_ROUNDS_LOST_STAT, float(len(record.lost)),
                             scope=window.scope(), competition=record.round_name)]
    measures = [Measure(ACCOLADES, "titles", "titles", TITLES_STAT, TITLES_GROUP, fact.value, fact,
                        weight=TITLES_WEIGHT, context=tuple(context))]
    if asked:
        measures.append(Measure(FOCUS, "titles", "titles", TITLES_STAT, TITLES_GROUP, fact.value, fact,
                                context=tuple(context)))
    return measures
