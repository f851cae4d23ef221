"""Trading cards: a card's maker, grade and year name the card, not a player or a season, and its price is no stat.

"my 1984 Donruss Don Mattingly" is a card Donruss printed in 1984: the year dates the card (printed after the
season its photo shows), the maker is no player named Donruss or Bowman, and "PSA 10" is a grade. A "rookie
card" is the card of a player's first year, not a question about that year. What a card sells for is a market
the store holds nothing on, so a question asking it is not covered; one asking which of the players on the cards
was the better is a question about the players ("rookie cards are cheap, was he better than Faulk?").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from arena.nlu.coverage import Uncovered
from arena.nlu.text import Token, phrases_in

# The makers and sets collectors name a card by.
_MAKERS = {("topps",), ("bowman",), ("donruss",), ("fleer",), ("goudey",), ("panini",), ("prizm",), ("skybox",),
           ("upper", "deck"), ("o", "pee", "chee"), ("opc",), ("young", "guns")}
_LONGEST_MAKER = max(len(maker) for maker in _MAKERS)
# Grading companies: the number after one is the card's grade ("PSA 10").
_GRADERS = frozenset({"psa", "bgs", "sgc", "cgc", "beckett"})
# What is done to a card, not to a player: "got my Lemieux rookie slabbed", "his rookie graded a 9".
_CARD_VERBS = frozenset({"slab", "slabs", "slabbed", "graded", "grading", "regraded"})
# What makes a "rookie" the card: "rookie card", "rookie auto", "rookie patch".
_CARD_NOUNS = frozenset({"card", "cards", "rc", "rcs", "auto", "autos", "autograph", "patch", "refractor"})
# Cards that are no trading card ("wild card", "report card", "trivia card", "red card").
_OTHER_CARDS = frozenset({"wild", "report", "trivia", "red", "yellow", "credit", "gift", "sd", "memory", "dance",
                          "draw", "race", "business", "greeting", "score", "punch", "library", "id"})
# After "rookie", the words that make it his first season or the award, not the card.
_SEASON_AFTER_ROOKIE = frozenset({"season", "seasons", "year", "years", "yr", "campaign", "of", "contract", "deal",
                                  "scale", "record", "stats", "numbers"})
# "as a Celtics rookie", "was a Lakers rookie": what he was, in his first season.
_BEING = frozenset({"as", "was", "is", "be", "been", "were", "being"})
_NAME_GAP = 4  # the most words of names between "a" and "rookie" ("a Chet Holmgren or Paolo Banchero rookie")
# The words asking what a card is worth, and those asking about the players instead.
_PRICE_WORDS = frozenset({"worth", "value", "valued", "undervalued", "overvalued", "price", "prices", "priced",
                          "pricey", "investment", "invest", "cost", "costs"})
_PRICE_PHRASE = ("blue", "chip")  # "the blue chip card": the one whose price will hold
_PLAYER_ASKS = frozenset({"better", "greater", "greatest", "career", "stats", "statistically", "numbers",
                          "upside"})


@dataclass(frozen=True, slots=True)
class CardTalk:
    """The words of a question that name a card (maker, grader, a card's "rookie"), and the ask of its price."""

    positions: frozenset[int]
    priced: Uncovered | None


def find_card_talk(tokens: Sequence[Token]) -> CardTalk:
    """The card words of ``tokens``, and an :class:`Uncovered` where the question asks what a card is worth."""
    norms = [t.norm for t in tokens]
    named = {p for start, end, _ in phrases_in(tokens, dict.fromkeys(_MAKERS, True), _LONGEST_MAKER)
             for p in range(start, end)}
    named |= {i for i, word in enumerate(norms) if word in _GRADERS and i + 1 < len(norms)
              and norms[i + 1].replace(".", "").isdigit()}
    cards = {i for i, word in enumerate(norms) if word in ("card", "cards")
             and (i == 0 or norms[i - 1] not in _OTHER_CARDS)}
    about_cards = bool(named or cards) or any(word in _CARD_VERBS for word in norms)
    named |= {i for i, word in enumerate(norms) if word in ("rookie", "rookies")
              and _rookie_card(tokens, norms, i, about_cards)}
    if not (named or cards):
        return CardTalk(frozenset(), None)
    return CardTalk(frozenset(named), _price_asked(norms))


def _rookie_card(tokens: Sequence[Token], norms: Sequence[str], i: int, about_cards: bool) -> bool:
    """"rookie" is the card before a card's noun ("rookie auto"); where the question is about cards, wherever no
    season or award follows it ("a 1966 Topps Bobby Orr rookie"); and after "a" and a name ("chase a Chet Holmgren
    rookie"): a player's first season is his ("Holmgren's rookie year"), never counted with "a", unless he is said
    to be one ("as a Celtics rookie")."""
    after = norms[i + 1] if i + 1 < len(norms) else ""
    if after in _CARD_NOUNS:
        return True
    if after in _SEASON_AFTER_ROOKIE:
        return False
    if about_cards:
        return True
    j = i - 1
    while j >= 0 and i - j <= _NAME_GAP + 1 and (tokens[j].is_capitalised or norms[j] == "or"):
        j -= 1
    named_between = j < i - 1 and tokens[j + 1].is_capitalised
    return named_between and j >= 0 and norms[j] in ("a", "an") and (j == 0 or norms[j - 1] not in _BEING)


def _price_asked(norms: Sequence[str]) -> Uncovered | None:
    """The words asking a card's price, unless the question asks about the players too ("how good was he")."""
    priced = {i for i, word in enumerate(norms) if word in _PRICE_WORDS}
    priced |= {p for i in range(len(norms) - 1) if tuple(norms[i:i + 2]) == _PRICE_PHRASE for p in (i, i + 1)}
    asks_of_players = any(word in _PLAYER_ASKS for word in norms) or any(
        norms[i:i + 2] == ["how", "good"] for i in range(len(norms) - 1))
    if not priced or asks_of_players:
        return None
    return Uncovered(frozenset(priced), "trading card prices (no stat measures them)", is_stat=True,
                     keeps_players=True)
