"""Words that carry a question's shape rather than a name: never read alone as a player."""

from __future__ import annotations

from collections.abc import Sequence

from arena.stats import LEAGUES

_FUNCTION_WORDS = """
a about above after again against all almost along also although always am among an and another any
anybody anyone anything are aren around as at away back be because been before being below beside
besides between beyond both but by can cannot could couldn couldnt did didn do does doesn doesnt doing
done don dont down during each either else enough even ever every everyone everything few for from
further get gets getting give given go goes going gone got had hadn has hasn hasnt have haven having he
her here hers herself him himself his how however i if im in instead into is isn isnt it its itself
just least less let lets like likely many may maybe me might mine more moreover most mostly much must my
myself neither never no nobody none nor not nothing now of off often on once one only onto or other
others otherwise our ours ourselves out over own per perhaps please quite rather really same say says
shall she should shouldn since so some somebody someone something sometimes still such than that thats
the their theirs them themselves then there these they theyre thing things this those though through
throughout thus till to too toward towards under unless until up upon us very via was wasn wasnt we
well were weren what whatever whats when whenever where whereas whether which while who whoever whole
whom whos whose why will with within without won wont would wouldn wouldnt yes yet you your yours
yourself yourselves ive id youre hes shes were weve youve thats theres heres whos
ya u ur yall
smth sth nvm btw brb wyd hbu idk idc ikr thx tho rn pls plz
"""

_QUESTION_WORDS = """
vs versus v compare compared comparing comparison against between who whos which better best worse
worst greatest great greater good goat goats overrated underrated rated rate rank ranked ranking
rankings debate argue argument think thinks opinion honestly really truly actually clearly case
top bottom most fewest highest lowest leader leaders leading led lead more less all time alltime
ever history historically era eras generation generations modern old school today currently current
player players athlete athletes guy guys man men legend legends star stars superstar superstars
season seasons year years yr yrs career careers decade decades prime primes peak peaks heyday rookie
rookies first last final past next previous recent recently early mid late span stretch run through
thru from between since before after until during versus played play plays playing won win wins
winning title titles championship championships ring rings mvp mvps award awards trophy trophies hof
hall fame famous famer famers hofer hofers stats stat statistics numbers number figures totals total average averages
averaged per game games team teams league leagues sport sports fan fans question answer tell show
explain prove give list name pick choose say said settle once whod howd dominant dominate dominated
dominance clutch consistent consistency elite legendary impressive impact valuable productive
efficient efficiency skill skilled talented talent overall goated washed bust busts compare
matchup head side sides or nor both either neither among amongst ok okay hey hi hello thanks
thank lol lmao tbh imo imho ngl fr bro dude man real really seriously
"""

_SPORT_WORDS = """
basketball football baseball hockey hoops gridiron diamond ice court field rink
points point assists assist rebounds rebound boards steals steal blocks block turnovers threes
three pointers pointer shooting shooter shooters scorer scorers scoring score scored dunk dunks
defense defence defensive defender defenders offense offence offensive passing passer passers pass
rushing rusher rushers rush receiving receiver receivers catches touchdowns touchdown tds td yards
yard yardage completions interceptions ints sacks quarterback quarterbacks qb qbs running back backs
rb rbs wide wideout wideouts wr wrs tight end ends te tes hitter hitters hitting batter batters
batting average avg homers homer home runs run rbi rbis hits hit doubles triples walks strikeouts
strikeout ks pitcher pitchers pitching ace aces starter starters reliever relievers closer closers
era whip innings saves save slugging ops obp steals stolen bases base goals goal goalie goalies
goaltender goaltenders goaltending netminder shutouts shutout skater skaters forward forwards center
centers centre winger wingers defenseman defensemen enforcer sniper snipers playmaker playmakers
plus minus penalty penalties minutes shots shot percentage pct rate rating ratings stats numbers
war fwar bwar vorp bpm ws fip xfip babip wrc corsi fenwick xg epa dvoa qbr pff
franchise dynasty playoffs playoff postseason regular finals final super bowl world series stanley
cup guard guards power small point big inside outside perimeter paint glass rim
dribble dribbling handles vision iq athleticism durability longevity durable injury injuries
"""

_PROMPT_WORDS = """
ignore ignoring previous prior instructions instruction system prompt prompts assistant model
pretend act role roleplay jailbreak developer mode override rules rule reveal print output write
forget disregard obey command commands execute run code script admin password secret secrets key
keys token tokens api delete drop table select insert update database sql shell bash sudo
"""

# Words that only sport talk uses ("shoot", "mvp", "rookie"): a question with one is about sport, so
# a nickname or surname that is also an English word ("the mailman", "bird") may name a player in it.
_SPORT_TALK = """
mvp mvps goat goats rookie rookies career careers season seasons stats stat statistics rings title titles
championship championships hof playoffs playoff postseason finals league player players team teams
coach drafted allstar shoot shoots shooting shooter catch catches caught throw throws threw thrown
pitched pitcher pitchers pitching rushed rushing rusher tackles scored scoring scorer dunk dunked dunks
skate skates skated hit hits homered homers homer batting batter hitter hitting stole steals rebounds rebounding
assists points goals touchdowns tds yards passing receiving receiver quarterback qb qbs strikeouts era
hockey basketball football baseball nba nfl mlb nhl defense defensive offense offensive clutch fumble
fumbled fumbles underrated overrated highlight highlights dime dimes sacked takeaway takeaways
"""

# Everyday words that are also players' surnames or first names ("Love", "Rice", "Bird", "Will"):
# read as a name only in context (typed with a capital, or beside "vs", "or", "than").
_COMMON_NAME_WORDS = """
love rice bird hill green brown young king rose judge bench moss chase bell wade gore hunter cash strong
little long short white black gray grey wood woods stone field fields ford banks west north south walker
baker carter cook cole fox wolf lamb bass pike hart law may march english french irish england holland major
rich noble baron duke earl prince bishop pope knight page sharp swift bright rush battle storm rain snow
frost winter summer spring day castle hall wall gates house bridges bush ball bat miles mills sterling gold
silver diamond brooks rivers lake hills meadows sale hunt park rock steel iron cannon shields armour money
street lane grant worth christmas easter faith hope joy charity honor justice glass hand foot head arm leg
early late free strange tank sweet sugar honey blue reed read waters fountain bloom cage cross church temple
dean hood cotton wool silk power powers guy will bo done don bill bills john joe mark pitch moon sun star
stars gay best good friend small tiny big price
"""
COMMON_WORDS: frozenset[str] = frozenset(_COMMON_NAME_WORDS.split())

# League names ("nba") come from the league registry, so a new league's name is never read as a player.
STOPWORDS: frozenset[str] = frozenset(
    (_FUNCTION_WORDS + _QUESTION_WORDS + _SPORT_WORDS + _PROMPT_WORDS).split()
) | {league.value for league in LEAGUES}

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "twenty": 20, "a": 1, "couple": 2, "few": 3,
}

SPORT_TALK: frozenset[str] = frozenset(_SPORT_TALK.split()) | {league.value for league in LEAGUES}
SPORT_WORDS: frozenset[str] = frozenset(_SPORT_WORDS.split())  # the games' own words, "ice" and "court" too

# Phrases only sport talk uses, though each word alone is everyday English ("off the bench", "sixth man").
_SPORT_PHRASES = """
off the bench
sixth man
pick and roll
fast break
box score
buzzer beater
triple double
double double
no hitter
slap shot
"""
SPORT_PHRASES: tuple[tuple[str, ...], ...] = tuple(tuple(line.split()) for line in _SPORT_PHRASES.strip().splitlines())


def sport_talk_positions(norms: Sequence[str]) -> set[int]:
    """The positions of the words in ``norms`` (folded words) that talk sport, alone or in a phrase."""
    found = {i for i, norm in enumerate(norms) if norm in SPORT_TALK}
    for phrase in SPORT_PHRASES:
        size = len(phrase)
        found.update(p for start in range(len(norms) - size + 1) if tuple(norms[start:start + size]) == phrase
                     for p in range(start, start + size))
    return found

# Words before a noun, never before a name: "a bird", "the miller", "my rose" ("that" is not one of
# them: "say that stockton").
_DETERMINERS = "a an the my your our their his her its this these those some any no every each"
DETERMINERS: frozenset[str] = frozenset(_DETERMINERS.split())

# Words that may sit between a name and its season or team ("Jordan in the 90s", "'96 Bulls").
SEASON_GAP: frozenset[str] = frozenset(
    {"in", "of", "the", "during", "from", "his", "their", "s", "season", "year", "back", "on",
     # what a season is called ("griese perfect season 72", "derrick rose mvp year 11")
     "perfect", "breakout", "record", "mvp", "rookie", "monster", "historic", "best", "magical", "championship",
     "title",
     # the sounds a speaker fills a pause with, in a call transcribed ("Moon versus Elway, uh, 88 to 92")
     "uh", "uhh", "um", "umm", "er", "erm", "ah"})

# Words that join the sides of a comparison; a name-like word next to one is read as a mention.
CONNECTORS: frozenset[str] = frozenset({"vs", "v", "versus", "or", "and", "against", "compared", "with"})


def is_stopword(norm: str) -> bool:
    """True when a folded word never names a player by itself."""
    return norm in STOPWORDS or norm in NUMBER_WORDS or norm.isdigit()


# The states of the US and the provinces and territories of Canada, folded: a name right before one is a town of it
# ("Irving, Texas", "Durant Oklahoma"), and one of them in a month is the place ("Montana in August").
_REGIONS = """
alabama; alaska; arizona; arkansas; california; colorado; connecticut; delaware; florida; georgia; hawaii; idaho
illinois; indiana; iowa; kansas; kentucky; louisiana; maine; maryland; massachusetts; michigan; minnesota
mississippi; missouri; montana; nebraska; nevada; new hampshire; new jersey; new mexico; new york; north carolina
north dakota; ohio; oklahoma; oregon; pennsylvania; rhode island; south carolina; south dakota; tennessee; texas
utah; vermont; virginia; washington; west virginia; wisconsin; wyoming; alberta; british columbia; manitoba
new brunswick; newfoundland; nova scotia; ontario; prince edward island; quebec; saskatchewan; yukon; nunavut
"""
REGIONS: frozenset[tuple[str, ...]] = frozenset(
    tuple(region.split()) for line in _REGIONS.strip().splitlines() for region in line.split(";") if region.strip())

# Countries whose names are also players' surnames or where the leagues' players come from and play ("in Canada",
# "from Sweden"): after a preposition of place, the country.
_COUNTRIES = """
canada mexico cuba usa america jamaica panama venezuela colombia brazil argentina russia sweden finland norway
denmark germany france italy spain england scotland ireland wales holland netherlands switzerland austria czechia
slovakia latvia lithuania serbia croatia slovenia greece poland ukraine australia china japan korea nigeria
cameroon senegal
"""
COUNTRIES: frozenset[str] = frozenset(_COUNTRIES.split())
