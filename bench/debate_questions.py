"""Questions the debate benchmarks run: every kind of question in every league (shared by
``bench/debate.py`` and ``bench/grounding.py``)."""

from __future__ import annotations

# The four kinds bench/debate.py times, one typical question each.
TIMED: dict[str, str] = {
    "head-to-head career": "Who's better, LeBron or Jordan?",
    "single season": "Wilt in 1962 vs Curry in 2016",
    "three players": "Magic vs Bird vs Kareem",
    "ranking": "best NBA scorer of the 90s",
}

VARIED: tuple[str, ...] = (
    # NBA
    "Who's better, LeBron or Jordan?", "Kobe vs Shaq", "Curry vs Steve Nash", "Tim Duncan vs Kevin Garnett",
    "Hakeem vs Shaq", "Kevin Durant vs LeBron James", "Bill Russell vs Wilt Chamberlain",
    "Larry Bird vs Magic Johnson", "Dwyane Wade vs Kobe Bryant", "Magic vs Bird vs Kareem",
    "Kobe vs Duncan vs Shaq", "Curry vs Durant vs LeBron vs Giannis", "Wilt in 1962 vs Curry in 2016",
    "Jokic 2022 vs Giannis 2020", "Jordan 1996 vs LeBron 2013", "Jordan vs LeBron in scoring",
    "LeBron vs Jordan at their peak", "Jokic vs Jordan in the 90s", "Kobe vs LeBron from 2005 to 2010",
    "best NBA scorer of the 90s", "most assists in the NBA in the 2000s", "best NBA rebounder of the 1960s",
    "was Iverson overrated?", "how good was Dirk Nowitzki", "'96 Bulls vs '16 Warriors",
    "'86 Celtics vs '87 Lakers",
    # NFL
    "Brady vs Peyton Manning", "Mahomes vs Josh Allen in 2023", "Emmitt Smith vs Barry Sanders",
    "Jerry Rice vs Randy Moss vs Terrell Owens", "best NFL passer of the 2010s", "how good was Barry Sanders",
    "Aaron Rodgers vs Drew Brees", "Adrian Peterson vs LaDainian Tomlinson", "Calvin Johnson vs Julio Jones",
    "most rushing yards in the 2000s", "Tom Brady vs Barry Sanders", "Mahomes vs Dan Marino at their peak",
    # MLB
    "Babe Ruth vs Barry Bonds", "Pedro Martinez vs Randy Johnson", "Mike Trout vs Ken Griffey Jr",
    "most home runs in the 1990s", "was Derek Jeter overrated", "Ted Williams vs Joe DiMaggio",
    "Sandy Koufax vs Bob Gibson in 1968", "Randy Johnson vs Barry Bonds", "Greg Maddux vs Roger Clemens",
    "Hank Aaron vs Willie Mays", "most strikeouts in the 2000s", "Shohei Ohtani vs Mike Trout",
    # NHL
    "Gretzky vs Lemieux", "Ovechkin vs Crosby", "best NHL goal scorer of the 2010s", "how good was Mario Lemieux",
    "Brodeur vs Roy", "Gretzky vs Ovechkin in 2010", "Ovechkin vs McDavid", "Bobby Orr vs Nicklas Lidstrom",
    "Jagr vs Sakic", "Hasek vs Brodeur", "most points in the 1980s NHL",
    # across sports
    "Jordan or Brady, greatest of all time?", "Gretzky vs Jordan", "Babe Ruth vs Wayne Gretzky",
    "Tom Brady vs Wayne Gretzky vs Michael Jordan", "LeBron vs Ovechkin",
)
