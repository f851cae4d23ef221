"""Grammar helpers: whether words are joined, and whether a word reads as a noun, adjective or verb there."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from arena.nlu.frequency import (
    is_english_led,
    is_english_word,
    is_everyday_word,
    zipf,
)
from arena.nlu.mentions.model import Mention
from arena.nlu.mentions.words import OBJECT_PRONOUNS, SUBJECT_PRONOUNS
from arena.nlu.names import MatchKind
from arena.nlu.rosters import find_positions
from arena.nlu.text import Token, opens_sentence, typed_in_capitals
from arena.nlu.vocabulary import (
    DETERMINERS,
    REGIONS,
    is_stopword,
)

_SPAN_BREAKS = frozenset(",;:/&|()[]{}!?\"")


def joined(text: str, tokens: Sequence[Token], i: int) -> bool:
    """True when nothing but spaces, hyphens, dots or apostrophes separate token ``i`` from the one before: a
    punctuation mark or an emoji ("haul 🛍️ price") ends a name."""
    gap = text[tokens[i - 1].end:tokens[i].start]
    # A plus between spaces lists ("bijan + gibbs"); one after a stat ("ERA+ marks") is part of its name.
    listing_plus = len(gap) > 2 and gap.strip() == "+" and gap[0].isspace() and gap[-1].isspace()
    return not listing_plus and not any(c in _SPAN_BREAKS or unicodedata.category(c) == "So" for c in gap)


# "quick question", "quick q", "hot take"
_CALLERS_NOUNS = frozenset({"question", "q", "thought", "take", "note", "point"})


def is_noun_form(word: str) -> bool:
    """A plural ("bats", "almonds", "wrenches") or an "-ing" form ("watching") of an English word: after another
    word, a noun that word describes."""
    if is_stopword(word):
        return False  # "is", "does": a function word, no plural
    if word.endswith("ing"):
        return len(word) > 5 and is_english_word(word)
    return (word.endswith("s") and not word.endswith("ss") and is_english_word(word)
            and (is_english_word(word[:-1]) or (word.endswith("es") and is_english_word(word[:-2]))))


def is_plural_noun(word: str) -> bool:
    return word.endswith("s") and is_everyday_word(word) and is_everyday_word(word[:-1])


def adjective_of_one(text: str, tokens: Sequence[Token], start: int) -> bool:
    """"quick one: ...", "good one", "quick question about ...": an English word before the pronoun "one"
    or a noun a caller opens with describes it (but "bird one of the best" names Bird), capitalised
    only where it opens the question or a sentence of it ("Love the show. Quick one: ...")."""
    token = tokens[start]
    # English capitalises the adjectives of nations ("the French one", "the Canadian one").
    capitalised_adjective = token.is_capitalised and start > 0 and tokens[start - 1].norm in DETERMINERS
    if ((token.is_capitalised and not opens_sentence(text, tokens, start) and not capitalised_adjective)
            or not is_english_word(token.norm)
            or start + 1 >= len(tokens)):
        return False
    following = tokens[start + 1].norm
    if following in _CALLERS_NOUNS:
        return True
    return following == "one" and (start + 2 >= len(tokens) or tokens[start + 2].norm != "of")


_INTENSIFIERS = frozenset({"so", "too", "very"})
_LINKING_VERBS = frozenset({"is", "was", "were", "are", "be", "been", "being", "seem", "seems", "seemed", "looks",
                            "looked", "got", "get", "gets", "stayed", "stays"})


def adjective_after_intensifier(tokens: Sequence[Token], start: int) -> bool:
    """A lower-case English word after a linking verb and "so", "too" or "very" ("his was so high", "they got too
    young") says how something is: an adjective, not a surname (Andy High)."""
    return (start >= 2 and not tokens[start].is_capitalised and is_english_word(tokens[start].norm)
            and tokens[start - 1].norm in _INTENSIFIERS and tokens[start - 2].norm in _LINKING_VERBS)


# Roles the position table leaves out, as more than one league has them ("forward": the NBA's and the NHL's).
_ROLES_OF_SEVERAL_LEAGUES = frozenset({"forward", "forwards", "center", "centre", "winger", "sniper", "goalie",
                                       "slugger", "superstar", "star", "scorer", "defender"})


def adjective_of_a_position(text: str, tokens: Sequence[Token], start: int) -> bool:
    """An English word between a club's possessive or an article (and an adjective) and a position describes the
    player who plays it ("the Spurs' French point guard", "the better Latin pitcher", "the big Slovak defenseman"),
    capitalised as English capitalises nations' adjectives, not a player of that surname (Larry French)."""
    if start == 0 or start + 1 >= len(tokens) or not is_english_word(tokens[start].norm):
        return False
    previous = tokens[start - 1]
    possessive = text[previous.end:previous.end + 1] in ("'", "’")
    after_article = previous.norm in DETERMINERS or (
        start > 1 and tokens[start - 2].norm in DETERMINERS and not previous.is_capitalised
        and is_english_word(previous.norm))
    if not (possessive or after_article):
        return False
    return (tokens[start + 1].norm in _ROLES_OF_SEVERAL_LEAGUES
            or any(spot.start == 0 for spot in find_positions(tokens[start + 1:start + 4])))


def word_of_a_position(tokens: Sequence[Token], mention: Mention) -> bool:
    """A lone word that with the words beside it names a position ("the best center fielder", "a true point
    guard", "a power forward") is that position's word, not a player of that surname (Prince Fielder)."""
    start = mention.start
    if mention.end - start != 1:
        return False
    window = max(0, start - 2)
    return any(spot.end - spot.start > 1 and window + spot.start <= start < window + spot.end
               for spot in find_positions(tokens[window:start + 3]))


# Positions fans name by a short word the position table keeps only in full ("corner" for cornerback).
_SHORT_ROLES = frozenset({"guard", "corner", "safety"})


# What closes a superlative after the role, no noun it describes: "the best catcher alive", "the top corner around".
_SUPERLATIVE_CLOSERS = frozenset({"alive", "around", "today", "anywhere", "period", "living", "ever"})


def called_a_player(tokens: Sequence[Token], end: int) -> bool:
    """Words a linking verb and a position follow ("the answer was a top 5 guard", "prime time is the best cover
    corner ever", "rice was the best receiver around") are someone said to
    play it: a player, as a phrase that is also English ("the answer") is not.
    Only an article, numbers and lower-case describing words stand between the verb and the position, and no noun
    follows it ("a guard dog", "a safety net": a thing, not a role)."""
    if end + 2 >= len(tokens) or tokens[end].norm not in _LINKING_VERBS or tokens[end + 1].norm not in DETERMINERS:
        return False
    for position in range(end + 2, min(end + 6, len(tokens))):
        token = tokens[position]
        after = position + 1
        if token.norm in _ROLES_OF_SEVERAL_LEAGUES or token.norm in _SHORT_ROLES or any(
                spot.start == 0 for spot in find_positions(tokens[position:position + 3])):
            return (after == len(tokens) or is_stopword(tokens[after].norm)
                    or tokens[after].norm in _SUPERLATIVE_CLOSERS or not may_be_noun(tokens[after].norm))
        if token.is_capitalised or not (token.norm.isdigit() or is_english_word(token.norm)):
            return False
    return False


def verb_of_pronoun(text: str, tokens: Sequence[Token], start: int) -> bool:
    """An English word before an object pronoun is a verb ("bench him", "judge him by his rings"): a name
    is not followed by one. So is one before "it" that ends a clause ("helped the franchise or hurt it?"); "it"
    before a verb opens a clause of its own ("Kobe it is")."""
    following = start + 1
    if following >= len(tokens) or not is_english_word(tokens[start].norm):
        return False
    if tokens[following].norm in OBJECT_PRONOUNS:
        return True
    return tokens[following].norm == "it" and (following + 1 == len(tokens) or any(
        mark in text[tokens[following].end:tokens[following + 1].start] for mark in ",.:;!?"))


def verb_of_subject(tokens: Sequence[Token], start: int) -> bool:
    """A lower-case English word right after a subject pronoun is its verb ("can you judge a team by its
    preseason", "we bench him"): a name does not follow one."""
    return (start > 0 and tokens[start - 1].norm in SUBJECT_PRONOUNS and not tokens[start].is_capitalised
            and is_english_word(tokens[start].norm))


def may_be_noun(word: str) -> bool:
    """False for a past form, a present participle, an adverb, a comparative or a superlative of an English word
    ("retired", "stopped", "playing", "clearly", "taller", "strongest"): after a name, what he did, how, or what he
    is, not a noun. A doubled consonant makes a form only of a stem more common than the word ("bigger", "stopped"):
    "pepper", "summer" and "dinner" are words of their own, not forms of "pep", "sum" and "din"."""
    for suffix in ("ed", "ing", "ly", "er", "est"):
        stem = word[:-len(suffix)]
        if not (word.endswith(suffix) and len(stem) >= 3):
            continue
        forms = [stem, stem + "e"]
        if stem[-1] == stem[-2] and zipf(stem[:-1]) > zipf(word):
            forms.append(stem[:-1])
        if any(is_english_word(form) for form in forms):
            return False
    return True


def region_size(tokens: Sequence[Token], position: int) -> int:
    """How many words a state's or a province's name at ``position`` takes ("texas", "new york"); 0 for none."""
    norms = tuple(t.norm for t in tokens[position:position + 3])
    return next((size for size in (3, 2, 1) if norms[:size] in REGIONS and len(norms) >= size), 0)


def phrase_after_determiner(tokens: Sequence[Token], mention: Mention) -> bool:
    """A nickname of several words that is also an English phrase ("big game", "prime time"), lower case
    after "a" or "the" ("for the big game"), is that phrase: the nicknames used with "the" list it."""
    start = mention.start
    return (start > 0 and tokens[start - 1].norm in DETERMINERS and not tokens[start].is_capitalised
            and all(c.kind is MatchKind.ALIAS and c.needs_context for c in mention.candidates))


def words_after_determiner(tokens: Sequence[Token], mention: Mention) -> bool:
    """Everyday English words in lower case after "a" or "the" ("a little town") are a noun phrase, whatever
    name they also spell."""
    start = mention.start
    return (start > 0 and tokens[start - 1].norm in DETERMINERS
            and all(not t.is_capitalised and is_everyday_word(t.norm) for t in tokens[start:mention.end]))


def capitalised_name(text: str, tokens: Sequence[Token], first: int) -> bool:
    """A first name as common as an everyday word ("Al", "John") is one where it and the surname after it are
    capitalised in a question not typed in capitals, and no language uses it more as a word than as a name
    ("Will Brady throw", "Big Ben" keep their words)."""
    return (len(tokens[first].norm) > 1 and tokens[first].is_capitalised and tokens[first + 1].is_capitalised
            and not is_english_led(tokens[first].norm) and not typed_in_capitals(text, tokens))
