"""Championships in a debate: the titles a contender won over the seasons judged, as a measure.

A title counts once a season (the league's title that year: an NBA or ABA championship, a Super Bowl, a
World Series, a Stanley Cup), credited as the stat store credits it, to the players who finished the
season with the champion. Titles weigh in with the accolades; a question about rings, titles, clutch
play or the playoffs also makes them the stat in question, argued first. Titles mean the same in every
sport, so they are compared across sports too, each side's named in its own league's words.
"""

from __future__ import annotations

from arena.debate.dossier import Dossier
from arena.debate.facts import SEASON, TITLES_GROUP, Fact, FactBook
from arena.debate.measures import ACCOLADES, FOCUS, Measure

# Between a major trophy (2) and an MVP (3): a title is the team's, the player's share of it unknown.
TITLES_WEIGHT = 2.5
TITLES_STAT = "titles:won"


def title_count(book: FactBook, dossier: Dossier) -> Fact:
    """The fact of the contender's count of titles over his window."""
    window = dossier.window
    return book.add(dossier.id, TITLES_GROUP, TITLES_STAT, float(len({t.season for t in dossier.championships})),
                    scope=window.scope(), season=window.first if window.is_single else None)


def title_measures(book: FactBook, dossier: Dossier, *, asked: bool) -> list[Measure]:
    """The contender's titles over his window as an accolade, and as the stat in question when ``asked``.
    Each title season rides along as context, so a claim can say which seasons they came in ("1992, 1993
    and 1995", not "1992 to 1995")."""
    seasons = sorted({title.season for title in dossier.championships})
    window = dossier.window
    fact = title_count(book, dossier)
    context = [book.add(dossier.id, TITLES_GROUP, "title_season", float(season), scope=SEASON, season=season)
               for season in seasons] if not window.is_single else []
    measures = [Measure(ACCOLADES, "titles", "titles", TITLES_STAT, TITLES_GROUP, fact.value, fact,
                        weight=TITLES_WEIGHT, context=tuple(context))]
    if asked:
        measures.append(Measure(FOCUS, "titles", "titles", TITLES_STAT, TITLES_GROUP, fact.value, fact,
                                context=tuple(context)))
    return measures
