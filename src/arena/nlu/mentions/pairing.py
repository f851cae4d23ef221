"""Rules over mentions side by side: family names, "X or Y", generations, full names the store lacks."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise

import jellyfish
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from arena.nlu.entries import PlayerEntry, fame_at_rank
from arena.nlu.frequency import (
    VERY_COMMON,
    is_english_word,
    is_everyday_word,
    is_known_word,
    zipf,
)
from arena.nlu.mentions.grammar import capitalised_name, joined, may_be_noun
from arena.nlu.mentions.model import Evidence, Mention
from arena.nlu.mentions.words import (
    ALTERNATIVES,
    COMPARE,
    PART_KINDS,
    PLACE_PREPOSITIONS,
    SHORT_FORMS,
    WRITTEN_SUFFIXES,
)
from arena.nlu.names import MatchKind, NameIndex, Scored, name_keys
from arena.nlu.text import Token, fold
from arena.stats import League
from arena.text import GENERATIONAL_SUFFIXES, namesake_of_generation

# Outside his league's 500 most accomplished, a club city's namesake is far less known than the club.
_CITY_NAMESAKE_FAME = fame_at_rank(500)
# ... and a player a first name alone may name, the other name setting his league or family.
_NOTED_FIRST_NAME_FAME = fame_at_rank(500)

_FULL_KINDS = frozenset({MatchKind.FULL, MatchKind.ALIAS})  # a whole name, as the store or the alias table has it

_FIRST_NAME_ALIKE = 80  # how alike a typed first name must be to a candidate's to be his, misspelt
_LONG_FIRST_NAME = 5  # ... or, this long, how few edits away

# The relatives a player's own family name passes to ("Pedro Martinez vs his brother Ramon").
_FAMILY = frozenset({"brother", "sister", "twin", "cousin", "son", "father", "dad", "nephew", "uncle"})
# "or" and "vs" as fans of several languages write them ("Pau Gasol o Marc", "Henrik Sedin ou Daniel").
_SET_AGAINST = frozenset({*COMPARE, *ALTERNATIVES, "o", "ou", "oder", "of"})


def kin_named(index: NameIndex, text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """A first name after "his brother" ("his son", "his twin"...) that, with the surname of a player named in full
    before it, is a player's full name is that relative ("Pedro Martinez vs his brother Ramon" is Ramon Martinez),
    not whoever else the first name alone would be; so is one set right against the full name ("Pau Gasol o Marc",
    "Stephen Curry or Seth")."""
    named_in_full = [m for m in mentions if m.end - m.start > 1 and m.candidates[0].kind not in PART_KINDS]
    if not named_in_full:
        return mentions
    starts = {m.start: m for m in mentions}
    ends = {m.end for m in named_in_full}
    kin = {}
    for i in range(2, len(tokens)):
        kinsman = tokens[i - 1].norm in _FAMILY and tokens[i - 2].norm == "his"
        against = tokens[i - 1].norm in _SET_AGAINST and i - 1 in ends
        if not (kinsman or against) or (i in starts and starts[i].end - i > 1):
            continue
        for player in reversed([m for m in named_in_full if m.end <= i - (2 if kinsman else 1)]):
            named = index.entries[player.candidates[0].entry]
            surname = name_keys(named.name)[2]
            # Set against him, a namesake of his sport ("LeBron James or Michael" is no MLB Michael James).
            found = [s for s in index.lookup(f"{tokens[i].norm} {surname}") if s.kind is MatchKind.FULL
                     and (kinsman or index.entries[s.entry].league is named.league)]
            if found:
                kin[i] = Mention(i, i + 1, text[tokens[i].start:tokens[i].end],
                                 (max(found, key=lambda s: s.score),), (Evidence.NONE,))
                break
    if not kin:
        return mentions
    return sorted([*(m for m in mentions if m.start not in kin), *kin.values()], key=lambda m: m.start)


# The words that join the names of a list or a comparison ("Quinn, Jack and Luke", "Keith vs Matthew").
_LIST_JOINS = frozenset({"and", "or"}) | COMPARE


def first_names_sharing_a_surname(index: NameIndex, text: str, tokens: Sequence[Token],
                                   mentions: list[Mention]) -> list[Mention]:
    """A first name before "and", "or" or "vs" and a full name shares its surname ("Bobby and Brett Hull", "Peyton or
    Eli Manning", "Quinn vs Jack Hughes"), and so does each first name of a list before it ("Quinn, Jack and Luke
    Hughes", "Keith vs Matthew vs Brady Tkachuk"), where a player has that name; the surname alone elsewhere is then
    the pair's ("Hull and Son: ..."), no third player: it is read as the one named in full."""
    shared: dict[int, Mention] = {}
    surnames: dict[str, Mention] = {}
    # A first name inside a longer name is that name's ("kobe bryant or magic johnson"), but for a surname and a
    # first name a comma parts ("Quinn, Jack and Luke Hughes": no Jack Quinn here).
    in_names = {p for m in mentions if m.end - m.start > 1 and "," not in m.span for p in range(m.start, m.end)}
    for mention in mentions:
        if (mention.end - mention.start != 2 or mention.start < 2 or tokens[mention.start - 1].norm not in _LIST_JOINS
                or mention.candidates[0].kind not in _FULL_KINDS):
            continue
        surname = name_keys(index.entries[mention.candidates[0].entry].name)[2]
        if surname is None:
            continue
        # Back through the list: "Quinn, Jack and Luke Hughes" is three Hugheses.
        first = mention.start - 2
        while first >= 0 and first not in in_names and (found := [
                s for s in index.lookup(f"{tokens[first].norm} {surname}")
                if s.kind in _FULL_KINDS and s.quality == 1.0]):
            best = max(found, key=lambda s: s.score)
            shared[first] = Mention(first, first + 1, text[tokens[first].start:tokens[first].end], (best,),
                                    (Evidence.NONE,))
            surnames[surname] = mention
            if first >= 2 and tokens[first - 1].norm in _LIST_JOINS:
                first -= 2
            elif first > 0 and "," in text[tokens[first - 1].end:tokens[first].start]:
                first -= 1
            else:
                break
    if not shared:
        return mentions
    kept = [m for m in mentions if not (m.end - m.start > 1 and any(m.start <= p < m.end for p in shared))]
    starts = {m.start for m in kept}
    kept = [replace(m, candidates=named.candidates, needs=named.needs)
            if m.end - m.start == 1 and (named := surnames.get(tokens[m.start].norm)) is not None
            else shared.get(m.start, m) for m in kept]
    return sorted([*kept, *(m for p, m in shared.items() if p not in starts)], key=lambda m: m.start)


# Nouns after a surname that name its players together ("the Manning family", "the Hughes brothers"), or one of
# them ("which Molina brother").
_KINSFOLK = frozenset({"family", "families", "brothers", "sisters", "twins", "brother", "sister", "twin"})
# ... and before it, in the languages fans mix with English ("qual irmão Molina", "¿cuál hermano Molina?").
_KINSFOLK_BEFORE = frozenset({"irmao", "irmaos", "hermano", "hermanos", "frere", "freres"})


def family_first_names(index: NameIndex, text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """Where the question names a family ("Archie vs Peyton vs Eli, the whole Manning family"), a first name that
    with the family's surname is a player's whole name is that player, and the family's surname names no one
    player more."""
    families = {i for i in range(len(tokens) - 1)
                if tokens[i + 1].norm in _KINSFOLK and joined(text, tokens, i + 1) and tokens[i].is_capitalised}
    families |= {i for i in range(1, len(tokens))
                 if tokens[i - 1].norm in _KINSFOLK_BEFORE and joined(text, tokens, i) and tokens[i].is_capitalised}
    if not families:
        return mentions
    in_longer = {p for m in mentions if m.end - m.start > 1 for p in range(m.start, m.end)}
    kin: dict[int, Mention] = {}
    for family in families:
        surname = tokens[family].norm
        for i, token in enumerate(tokens):
            if i in families or i in in_longer or token.norm not in index.first_names:
                continue
            found = [s for s in index.lookup(f"{token.norm} {surname}") if s.kind in _FULL_KINDS and s.quality == 1.0]
            if found:
                kin[i] = Mention(i, i + 1, text[token.start:token.end], (max(found, key=lambda s: s.score),),
                                 (Evidence.NONE,))
    if not kin:
        return mentions
    kept = [m for m in mentions if m.start not in kin and m.start not in families]
    return sorted([*kept, *kin.values()], key=lambda m: m.start)


def first_names_set_against(index: NameIndex, text: str, tokens: Sequence[Token], mentions: list[Mention],
                             taken: Collection[int]) -> list[Mention]:
    """A first name set right against a player ("Lamar vs Jalen") is the one player of note of that player's league
    who carries it, and two first names set against each other ("Daniel or Henrik", "Peyton vs Eli") are the one
    family of note carrying both: the other name already says the sport or the family, as a fan saying only first
    names takes it to. A first name several of note carry there ("Dirk vs Kevin"), or an everyday word ("Will"),
    is left unread. A lone surname the family's first name also is ("Daniel": Chase Daniel) gives way to it."""
    claimed = {p for m in mentions for p in range(m.start, m.end)} | set(taken)
    surnames = {m.start for m in mentions if m.end - m.start == 1 and m.start not in taken
                and all(c.kind is MatchKind.SURNAME for c in m.candidates)}

    def noted(position: int, league: League | None = None) -> list[int]:
        word = tokens[position].norm
        if (position in claimed and not (league is None and position in surnames)) or is_everyday_word(word):
            return []
        held = [e for e in index.noted_by_first.get(word, ()) if league is None or index.entries[e].league is league]
        # Where no one of that much note carries it, a player of the league's latest season does, from less fame
        # (see UNIQUE_FIRST_NAME_FAME): fans call a young star by his first name before his few seasons make him
        # famous ("tage vs dahlin": Tage Thompson).
        return ([e for e in held if index.entries[e].fame >= _NOTED_FIRST_NAME_FAME]
                or [e for e in held if e in index.current])

    found: dict[int, int] = {}
    for i in range(len(tokens)):
        for step in (-1, 1):
            other = i + 2 * step
            if not (0 <= other < len(tokens) and tokens[i + step].norm in _SET_AGAINST and noted(i)):
                continue
            beside = next((m for m in mentions if (m.start if step > 0 else m.end - 1) == other), None)
            if beside is not None:
                held = noted(i, index.entries[beside.candidates[0].entry].league)
                if len(held) == 1:
                    found[i] = held[0]
            elif (family := _one_family(index, noted(i), noted(other))) is not None:
                found[i], found[other] = family
    if not found:
        return mentions
    named = [Mention(i, i + 1, text[tokens[i].start:tokens[i].end],
                     tuple(s for s in index.lookup(fold(index.entries[e].name)) if s.entry == e)[:1], (Evidence.NONE,))
             for i, e in found.items()]
    named = [m for m in named if m.candidates]
    replaced = {m.start for m in named}
    return sorted([*(m for m in mentions if m.start not in replaced), *named], key=lambda m: m.start)


def _one_family(index: NameIndex, ones: Sequence[int], others: Sequence[int]) -> tuple[int, int] | None:
    """The two players, one of each list, who alone share a surname (the Sedins for "Daniel" and "Henrik")."""
    pairs = [(one, other) for one in ones for other in others if one != other
             and name_keys(index.entries[one].name)[2] == name_keys(index.entries[other].name)[2]]
    return pairs[0] if len(pairs) == 1 else None


def without_words_before_full_names(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """A lower-case English word right before a player's full name is a word of the sentence ("you'd bench
    travis kelce", "start josh allen"): fans set two players apart with "vs", "or" or a comma, never side
    by side; a name that needs no evidence stays ("jordan pippen" is the pair's)."""
    starts = {m.start: m for m in mentions}
    return [m for m in mentions if not (
        m.end - m.start == 1 and (after := starts.get(m.end)) is not None and after.end - after.start > 1
        and after.candidates[0].kind is MatchKind.FULL and joined(text, tokens, m.end)
        and not tokens[m.start].is_capitalised and is_english_word(tokens[m.start].norm)
        and Evidence.NONE not in m.needs)]


def without_phrases_after_names(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """A nickname that is also an English phrase, lower case right after a name, is a phrase of the sentence
    ("it's Favre all day", not Adrian Peterson's "All Day"): fans set two players apart with "vs", "or" or
    a comma, never side by side."""
    ends = {m.end for m in mentions}
    return [m for m in mentions if not (
        m.start in ends and m.end - m.start > 1 and joined(text, tokens, m.start)
        and not tokens[m.start].is_capitalised
        and all(c.kind is MatchKind.ALIAS and c.needs_context for c in m.candidates))]


def described(index: NameIndex, text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """Words beside a nickname or name that describe the same player, not another one: his own first name
    or full name after or before his nickname ("mr october reggie", "the rocket maurice richard"), and a
    nickname that is an English phrase set off by a comma after a player's name ("Mark Messier, the
    captain, ..."), an apposition."""
    kept: list[Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if previous is not None and previous.end == mention.start and joined(text, tokens, mention.start):
            own = (_own_first_name(index, tokens, previous, mention) or _full_name_of_nickname(previous, mention)
                   or _misspelt_first_name(index, tokens, previous, mention))
            if own is not None:
                span = text[tokens[previous.start].start:tokens[mention.end - 1].end]
                kept[-1] = Mention(previous.start, mention.end, span, (own,), (Evidence.NONE,))
                continue
        if previous is None or not _apposition(text, tokens, previous, mention):
            kept.append(mention)
    return kept


def _own_first_name(index: NameIndex, tokens: Sequence[Token], first: Mention, second: Mention) -> Scored | None:
    """The player of a nickname of several words, when the other mention is his own first name alone."""
    for named, other in ((first, second), (second, first)):
        best = named.candidates[0]
        if (best.kind is MatchKind.ALIAS and named.end - named.start > 1 and other.end - other.start == 1
                and tokens[other.start].norm == name_keys(index.entries[best.entry].name)[1]):
            return best
    return None


def _misspelt_first_name(index: NameIndex, tokens: Sequence[Token], first: Mention, second: Mention) -> Scored | None:
    """A surname's player when the word before it is his first name misspelt or spelt as said ("Jo Burrow"), not a
    player that word names alone (Jo Jo White)."""
    if first.end - first.start != 1 or second.end - second.start != 1:
        return None
    best = second.candidates[0]
    if not _reads_as_surname(index, best, tokens[second.start].norm):
        return None
    own = name_keys(index.entries[best.entry].name)[1] or ""
    return best if _alike_first_names(tokens[first.start].norm, own) else None


def _full_name_of_nickname(first: Mention, second: Mention) -> Scored | None:
    """The player named in full right beside a nickname of his ("the rocket maurice richard"): the nickname
    says which of its holders is meant, not a second player."""
    for nickname, named in ((first, second), (second, first)):
        full = named.candidates[0]
        if full.kind is MatchKind.FULL and any(c.kind is MatchKind.ALIAS and c.entry == full.entry
                                               for c in nickname.candidates):
            return full
    return None


def _apposition(text: str, tokens: Sequence[Token], name: Mention, mention: Mention) -> bool:
    """A "the ..." nickname that is an English phrase ("the captain"), set off by a comma right after a
    player's name: it describes him."""
    best = mention.candidates[0]
    return (mention.start == name.end and tokens[mention.start].norm == "the" and best.needs_context
            and "," in text[tokens[name.end - 1].end:tokens[mention.start].start]
            and Evidence.NONE in name.needs)


def without_cities(index: NameIndex, text: str, tokens: Sequence[Token], mentions: list[Mention],
                    cities: Collection[str]) -> list[Mention]:
    """A club's city right before a player ("cleveland lebron", "st louis pujols") says where he played,
    and after "from" or "in" it is a place ("a caller from Boston"): it names no namesake of the city
    (Reggie Cleveland, Martin St. Louis, David Boston). Words that end a city's name begun before them ("San
    Antonio", "Kansas City") are the city's, not a first name's (Antonio Brown). A city alone whose namesakes are
    all far less known than its club is the club ("when Dallas is champion": no DeeJay Dallas)."""
    starts = {m.start for m in mentions}
    return [m for m in mentions if not (" ".join(t.norm for t in tokens[m.start:m.end]) in cities and (
        all(index.entries[c.entry].fame < _CITY_NAMESAKE_FAME for c in m.candidates)
        or (m.end in starts and joined(text, tokens, m.end))
        or (m.start > 0 and tokens[m.start - 1].norm in PLACE_PREPOSITIONS)))
        and not (m.start > 0 and joined(text, tokens, m.start)
                 and " ".join(t.norm for t in tokens[m.start - 1:m.end]) in cities)]


def settle_generations(index: NameIndex, text: str, tokens: Sequence[Token],
                        mentions: list[Mention]) -> list[Mention]:
    """A name followed by "Jr." or "Sr." is the son or the father ("griffey sr", "vlad jr"), and "his dad"
    ("his son") set against him is the other ("vladimir guerrero jr vs his dad").

    The store often names both alike, so the namesakes of the best candidate in his league are looked up
    by the name without its suffix and the generation picks one by debut
    (:func:`arena.text.namesake_of_generation`). A name matched with its suffix ("Ken Griffey Jr.", as the
    store writes it, or a nickname table's "steve smith sr") is already the one meant.
    """
    settled = []
    absorbed: set[int] = set()  # a suffix read into the name before it is no mention of its own ("junior" is Griffey's)
    for mention in mentions:
        own = mention.end - mention.start > 1 and tokens[mention.end - 1].norm in GENERATIONAL_SUFFIXES
        after = tokens[mention.end].norm if mention.end < len(tokens) else ""
        follows = (WRITTEN_SUFFIXES.get(after, after) in GENERATIONAL_SUFFIXES
                   and joined(text, tokens, mention.end))
        if not (own or follows):
            settled.extend(_with_relative(index, text, tokens, mention))
            continue
        end = mention.end if own else mention.end + 1
        suffix = WRITTEN_SUFFIXES.get(tokens[end - 1].norm, tokens[end - 1].norm)
        namesakes = _namesakes(index, mention)
        debuts = [index.entries[s.entry].first_season for s in namesakes]
        chosen = namesake_of_generation(suffix, debuts)
        picked = mention.candidates[0] if own else namesakes[chosen if chosen is not None else 0]
        if own:
            settled.append(mention)
        else:
            span = text[tokens[mention.start].start:tokens[end - 1].end]
            settled.append(Mention(mention.start, end, span, (picked,), (Evidence.NONE,)))
            absorbed.add(end - 1)
        other = namesake_of_generation("jr" if suffix == "sr" else "sr", debuts)
        relative = _relative(tokens, end, "son" if suffix == "sr" else "father")
        if other is not None and namesakes[other].entry != picked.entry and relative is not None:
            settled.append(Mention(relative, relative + 2, text[tokens[relative].start:tokens[relative + 1].end],
                                   (namesakes[other],), (Evidence.NONE,)))
    return sorted((m for m in settled if m.start not in absorbed), key=lambda m: m.start)


def _namesakes(index: NameIndex, mention: Mention) -> list[Scored]:
    """The players of the best candidate's league and name, whatever suffix the store writes ("Jr." or none)."""
    best = index.entries[mention.candidates[0].entry]
    core = name_keys(best.name)[0][-1]
    return [s for s in index.lookup(core) if index.entries[s.entry].league is best.league
            and name_keys(index.entries[s.entry].name)[0][-1] == core] or list(mention.candidates[:1])


def _with_relative(index: NameIndex, text: str, tokens: Sequence[Token], mention: Mention) -> list[Mention]:
    """A name without a suffix and "his son" ("his dad") set against it ("Guerrero's 2004 MVP year vs his son in
    2024", "Griffey or his dad"): the namesakes of the first and the last generation, the one named being the
    father (the son); the name alone where no two of the store's players of that name are a generation apart."""
    for who, named_generation in (("son", "sr"), ("father", "jr")):
        relative = _relative(tokens, mention.end - 1, who)
        if relative is None:
            continue
        namesakes = _namesakes(index, mention)
        debuts = [index.entries[s.entry].first_season for s in namesakes]
        named = namesake_of_generation(named_generation, debuts)
        other = namesake_of_generation("jr" if named_generation == "sr" else "sr", debuts)
        if named is None or other is None or named == other:
            return [mention]
        return [replace(mention, candidates=(namesakes[named],), needs=(Evidence.NONE,)),
                Mention(relative, relative + 2, text[tokens[relative].start:tokens[relative + 1].end],
                        (namesakes[other],), (Evidence.NONE,))]
    return [mention]


def told_apart(index: NameIndex, text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """Players the question itself tells apart from their namesakes, by the words it names them with.

    A word that is the first name or surname of a player named in full elsewhere is him again ("Darko
    Miličić vs Carmelo Anthony, obviously Darko"); a full name beside its own "Jr." is the father ("Larry
    Nance Jr. or Larry Nance"); first names set beside a surname several players share are those players,
    and the surname is theirs ("Manning vs Manning, Peyton or Eli?", "The Sedin twins, Daniel or Henrik?").
    """
    # "his son", read as a player, is no name of his to repeat.
    named_in_full = {s.entry: m for m in mentions if m.end - m.start > 1 and len(m.candidates) == 1
                     and tokens[m.start].norm != "his" for s in m.candidates}
    with_suffix = {e for e, m in named_in_full.items() if tokens[m.end - 1].norm in GENERATIONAL_SUFFIXES}

    def as_told(mention: Mention) -> Mention:
        if mention.end - mention.start == 1:
            word = tokens[mention.start].norm
            again = [m for e, m in named_in_full.items() if word in name_keys(index.entries[e].name)[1:]]
            # Two players named in full who share the word ("mike trout or mike schmidt, mike") leave it as it is.
            return mention if len(again) != 1 else replace(mention, candidates=again[0].candidates,
                                                           needs=(Evidence.NONE,))
        if len(mention.candidates) > 1 and tokens[mention.end - 1].norm not in GENERATIONAL_SUFFIXES:
            kept = [(c, n) for c, n in zip(mention.candidates, mention.needs, strict=True)
                    if c.entry not in with_suffix]
            if kept:
                return replace(mention, candidates=tuple(c for c, _ in kept), needs=tuple(n for _, n in kept))
        return mention

    return _first_names_of_a_surname(index, text, tokens, [as_told(m) for m in mentions])


def _first_names_of_a_surname(index: NameIndex, text: str, tokens: Sequence[Token],
                              mentions: list[Mention]) -> list[Mention]:
    """First names alone, in a question with a surname several of its candidates share, are those candidates
    ("Peyton or Eli"): each first name becomes a mention of its player, and the surnames name them in turn
    ("Manning vs Manning, Peyton or Eli": respectively)."""
    shared = [m for m in mentions if m.end - m.start == 1 and len(m.candidates) > 1
              and all(c.kind is MatchKind.SURNAME for c in m.candidates)]
    if not shared:
        return mentions
    by_first = {name_keys(index.entries[c.entry].name)[1]: (c, m.start) for m in shared for c in m.candidates}
    in_longer = {p for m in mentions if m.end - m.start > 1 for p in range(m.start, m.end)}
    firsts = {i: by_first[t.norm][0] for i, t in enumerate(tokens)
              if t.norm in by_first and i not in in_longer and i != by_first[t.norm][1]}
    surnames = {m.start for m in shared}
    # A surname others share is a first name of the family named too when listed with one that is no surname
    # ("the staal brothers, eric or jordan": Jordan Staal, not Michael Jordan).
    if not firsts.keys() - surnames:
        return mentions
    shared = [m for m in shared if m.start not in firsts]
    surnames -= firsts.keys()
    told = list({c.entry: c for c in firsts.values()}.values())
    kept = [m for m in mentions if m.start not in firsts and m.start not in surnames]
    kept += [Mention(i, i + 1, text[tokens[i].start:tokens[i].end], (scored,), (Evidence.NONE,))
             for i, scored in firsts.items()]
    turn = 0
    for m in shared:
        own = [c for c in told if c.entry in {s.entry for s in m.candidates}]
        if own:
            kept.append(replace(m, candidates=(own[turn % len(own)],), needs=(Evidence.NONE,)))
            turn += 1
        else:
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


_RELATIVES = {"father": frozenset({"dad", "father", "pops", "pop", "daddy", "pa"}),
              "son": frozenset({"son", "boy", "kid"})}
# Words that set "his dad" against the son as the other side ("vs his dad", "or his dad", "and his son");
# "just like his dad" describes the son alone.
_AGAINST = frozenset({*COMPARE, "or", "and", "than", "over"})


def _relative(tokens: Sequence[Token], start: int, who: str) -> int | None:
    """Where "his dad" ("his son") set against a "Jr." ("Sr.") follows him: the position of "his", or None."""
    for i in range(start + 1, len(tokens) - 1):
        if tokens[i].norm == "his" and tokens[i + 1].norm in _RELATIVES[who] and tokens[i - 1].norm in _AGAINST:
            return i
    return None


def unknown_full_name(index: NameIndex, text: str, tokens: Sequence[Token], mention: Mention,
                       ending_at: Mapping[int, Mention], cities: Collection[str]) -> bool:
    """A surname right after a first name, the two naming nobody: a player the store lacks ("ray lewis",
    a linebacker, is not Jamal Lewis; "tyler perry", "morgan freeman" are no players at all). A first name
    that is also a name outright ("kobe"), a surname of a player of the other's league and years ("marino
    elway", "jordan pippen": two players listed), or a club's city ("houston olajuwon"), does not count."""
    start = mention.start
    if start == 0 or mention.end - start != 1 or not _reads_as_surname(index, mention.candidates[0],
                                                                        tokens[start].norm):
        return False
    first = tokens[start - 1].norm
    # "your precious Clarke": a writer who capitalises the surname would capitalise a first name before it too.
    if tokens[start].is_capitalised and not tokens[start - 1].is_capitalised:
        return False
    if (first not in index.first_names or first in cities or not joined(text, tokens, start)
            or (zipf(first) >= VERY_COMMON and not capitalised_name(text, tokens, start - 1))):
        return False
    # A misspelt first name of the player still names him ("dwayne wade", "mikael jordan").
    if any(_alike_first_names(first, name_keys(index.entries[c.entry].name)[1] or "") for c in mention.candidates):
        return False
    before = ending_at.get(start)
    if before is not None and before.end - before.start != 1:
        return False  # a nickname of several words and his surname ("the kid griffey")
    outright = [c for c, needs in zip(before.candidates, before.needs, strict=True)
                if needs is Evidence.NONE] if before is not None else []
    if before is None or not outright:
        # A star's own one-word name ("perry", "burrow") is another's only after a first name many carry.
        return mention.candidates[0].kind is MatchKind.SURNAME or first in index.common_first_names
    if outright[0].kind in (MatchKind.ALIAS, MatchKind.FIRST) or _in_list(text, tokens, before, mention, ending_at):
        return False
    listed = index.entries[outright[0].entry]
    return not any(_contemporaries(listed, index.entries[c.entry]) for c in mention.candidates[:3])


def before_unknown_surname(index: NameIndex, text: str, tokens: Sequence[Token], mention: Mention,
                            placed: Collection[int]) -> bool:
    """A one-word name that is also a first name, right before a word of no language that names no one and is
    no stat, season or club: the full name of someone the store lacks ("cooper flagg", a rookie it does not
    hold, is not Michael Cooper), as a first name before an unknown surname is. A surname misspelt of a player
    of that first name still names him ("brett farve"), and a verb's past or "-ing" form of an English word is what
    he did ("Dikembe wagged")."""
    end = mention.end
    if end - mention.start != 1 or end >= len(tokens) or end in placed or not joined(text, tokens, end):
        return False
    after = tokens[end].norm
    if (tokens[mention.start].norm not in index.first_names
            or any(c.kind not in PART_KINDS for c in mention.candidates)
            or len(after) < 3 or not after.isalpha() or tokens[end].is_initials or is_known_word(after)
            or not may_be_noun(after)):
        return False  # "Dikembe wagged his finger": a verb's past of an English word, what he did
    return not any(_alike_first_names(after, name_keys(index.entries[c.entry].name)[2] or "")
                   for c in mention.candidates if c.kind is MatchKind.FIRST)


def _reads_as_surname(index: NameIndex, scored: Scored, word: str) -> bool:
    """A candidate the word names by surname, or by a one-word alias that is his surname ("perry")."""
    if scored.kind is MatchKind.SURNAME:
        return True
    return scored.kind is MatchKind.ALIAS and name_keys(index.entries[scored.entry].name)[2] == word


def _in_list(text: str, tokens: Sequence[Token], first: Mention, second: Mention,
             ending_at: Mapping[int, Mention]) -> bool:
    """Two names among three or more named side by side: a list of players ("brady gretzky jordan ruth")."""
    starts = {m.start for m in ending_at.values()}
    return ((first.start in ending_at and joined(text, tokens, first.start))
            or (second.end in starts and joined(text, tokens, second.end)))


def _contemporaries(one: PlayerEntry, other: PlayerEntry) -> bool:
    """Players of one league whose careers overlap: side by side, their names list two players."""
    first, last, other_first, other_last = one.first_season, one.last_season, other.first_season, other.last_season
    if one.league is not other.league or first is None or last is None or other_first is None or other_last is None:
        return False
    return first <= other_last and other_first <= last


def _alike_first_names(typed: str, own: str) -> bool:
    """A first name typed with a slip or two: alike by ratio, or, on a name of five letters or more,
    at most two edits away (a letter changed and one added: "mikael" for "michael"), or spelt as it is said
    (same first letter and sound: "alan" for "allen", "emit" for "emmitt")."""
    if fuzz.ratio(typed, own) >= _FIRST_NAME_ALIKE:
        return True
    if typed[:1] == own[:1] and jellyfish.metaphone(typed) == jellyfish.metaphone(own):
        return True
    return min(len(typed), len(own)) >= _LONG_FIRST_NAME and Levenshtein.distance(typed, own) <= 2


def settle_pairs(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """Two one-word mentions side by side are one name, not two players.

    A nickname and a surname of the same player ("Pudge Rodriguez", "Shaq O'Neal") become one
    mention of him; a capitalised first and last name that only match as separate surnames ("Aaron
    Donald", a player the store does not have) are dropped, to be reported as an unknown name.
    """
    settled: list[Mention] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        second = mentions[i + 1] if i + 1 < len(mentions) else None
        if second is None or first.end != second.start or not joined(text, tokens, second.start) or (
                first.end - first.start, second.end - second.start) != (1, 1):
            settled.append(first)
            i += 1
            continue
        shared = _same_player(first, second)
        if shared is not None:
            settled.append(Mention(first.start, second.end, text[tokens[first.start].start:tokens[second.start].end],
                                   (shared,), (Evidence.NONE,)))
        elif not (tokens[first.start].is_capitalised and tokens[second.start].is_capitalised
                  and all(c.kind in PART_KINDS for c in first.candidates + second.candidates)):
            settled.extend((first, second))
        i += 2
    return settled


def _same_player(first: Mention, second: Mention) -> Scored | None:
    """The player both mentions name, when one names him outright and the other lists him."""
    for named, listing in ((first, second), (second, first)):
        best = named.candidates[0]
        if best.kind in (MatchKind.ALIAS, MatchKind.FIRST) and any(c.entry == best.entry for c in listing.candidates):
            return best
    return None


# What joins the two names of a duo: "Stockton and Malone", "Shaq & Kobe", "Bird/McHale".
_DUO_MARKS = frozenset({"&", "/", "+"})


def duo_partners(text: str, tokens: Sequence[Token], mentions: Sequence[Mention]) -> dict[int, int]:
    """The two players of each duo the question names, by their mentions' starts, each to the other's.

    Two names joined by "and" (or "&", "/"), no third listed beside them, are a pair fans name as one:
    teammates of one time ("Stockton and Malone vs Magic and Kareem"), whose namesakes the partner tells
    apart rather than the players of the other pair.
    """
    def gap(position: int) -> str:
        return text[tokens[position - 1].end:tokens[position].start].strip()

    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}
    partners: dict[int, int] = {}
    for first, second in pairwise(mentions):
        joined_by_and = second.start == first.end + 1 and tokens[first.end].norm == "and" and not gap(first.end)
        marked = second.start == first.end and gap(second.start) in _DUO_MARKS
        # A third name listed before or after ("Magic, Bird and McHale") makes the two items of a list.
        listed = ((first.start > 0 and first.start in ends and "," in gap(first.start))
                  or (second.end < len(tokens) and second.end in starts and "," in gap(second.end)))
        if (joined_by_and or marked) and not listed:
            partners[first.start], partners[second.start] = second.start, first.start
    return partners


def surnames_listed(index: NameIndex, text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """A word listed beside surnames ("Sundin, Gilmour, Clark") is a surname too (Wendel Clark), not a player's first
    name (Clark Gillies): a fan writes the items of one list one way."""
    def listed(first: Mention, second: Mention) -> bool:
        gap = text[tokens[first.end - 1].end:tokens[second.start].start]
        return (second.start == first.end and ("," in gap or "/" in gap)) or (
            second.start == first.end + 1 and tokens[first.end].norm in _LIST_JOINS)

    def by_surname(mention: Mention) -> bool:
        word = tokens[mention.start].norm
        return mention.end - mention.start == 1 and all(_reads_as_surname(index, c, word) for c in mention.candidates)

    def as_surname(i: int, mention: Mention) -> Mention:
        kinds = {c.kind for c in mention.candidates}
        beside = [mentions[j] for j in (i - 1, i + 1) if 0 <= j < len(mentions)
                  and listed(*sorted((mention, mentions[j]), key=lambda m: m.start))]
        beside_entries = {c.entry for other in beside for c in other.candidates}
        # "Gretzky or Wayne": the first name of the player beside is him, read by its own rule.
        if not (mention.end - mention.start == 1 and {MatchKind.FIRST, MatchKind.SURNAME} <= kinds and beside
                and all(by_surname(other) for other in beside)) or any(
                c.kind is MatchKind.FIRST and c.entry in beside_entries for c in mention.candidates):
            return mention
        kept = [(c, n) for c, n in zip(mention.candidates, mention.needs, strict=True) if c.kind is not MatchKind.FIRST]
        return replace(mention, candidates=tuple(c for c, _ in kept), needs=tuple(n for _, n in kept))

    return [as_surname(i, mention) for i, mention in enumerate(mentions)]


def first_names_of_those_named(index: NameIndex, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """A first name alone, or its short form, that is the first name of a player the question names by another word
    is him ("Kariya or Selanne? ... hear me out on Paul", "Belfour or Curtis Joseph? bar says Eddie"), unless the word
    names someone of his league outright too ("Pierce vs Paul": Chris Paul) or two players named share it ("Mike Trout
    vs Mike Schmidt, Mike for sure" is asked back)."""
    named = [(m, m.candidates[0]) for m in mentions if m.candidates and m.needs[0] is Evidence.NONE]

    def as_named(mention: Mention) -> Mention:
        word = tokens[mention.start].norm
        if mention.end - mention.start != 1 or all(c.kind is not MatchKind.FIRST for c in mention.candidates):
            return mention
        forms = {word, *SHORT_FORMS.get(word, ())}
        bearers = {best.entry: best for other, best in named if other is not mention and forms & {
            first := name_keys(index.entries[best.entry].name)[1] or "", *SHORT_FORMS.get(first, ())}}
        if len(bearers) != 1:
            return mention
        best = next(iter(bearers.values()))
        league = index.entries[best.entry].league
        pairs = zip(mention.candidates, mention.needs, strict=True)
        if any(index.entries[c.entry].league is league for c, needs in pairs
               if c.kind is not MatchKind.FIRST and needs is Evidence.NONE):
            return mention
        return replace(mention, candidates=(best,), needs=(Evidence.NONE,))

    return [as_named(mention) for mention in mentions]
