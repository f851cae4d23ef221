"""Who the MLB importer names "Jr.": a son named for his father, read from Lahman's ``People`` (names, given
names, birth year and place) and the clubs the father played for."""

import pandas as pd
import pytest

from arena.stats.importers import mlb_people
from arena.stats.importers.curated import read_curated
from arena.text import GENERATIONAL_SUFFIXES

_COLUMNS = ("playerID", "nameFirst", "nameLast", "nameGiven", "birthYear", "birthCity", "birthState",
            "birthCountry")


def _people(*rows: tuple[object, ...]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(_COLUMNS))


@pytest.fixture(autouse=True)
def _clubs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mlb_people, "_club_cities", lambda: {("guerrvl01", 1999): ["Montreal Expos"]})


def test_full_given_names_shared_a_generation_apart_make_a_junior() -> None:
    people = _people(("griffke01", "Ken", "Griffey", "George Kenneth", 1950, "Donora", "PA", "USA"),
                     ("griffke02", "Ken", "Griffey", "George Kenneth", 1969, "Donora", "PA", "USA"))
    assert mlb_people._juniors(people, ["griffke01", "griffke02"]) == {"griffke02"}


def test_a_father_who_only_managed_still_makes_a_junior() -> None:
    people = _people(("ripkeca99", "Cal", "Ripken", "Calvin Edwin", 1935, "Aberdeen", "MD", "USA"),
                     ("ripkeca01", "Cal", "Ripken", "Calvin Edwin", 1960, "Havre de Grace", "MD", "USA"))
    assert mlb_people._juniors(people, ["ripkeca01"]) == {"ripkeca01"}


def test_one_common_given_name_needs_the_family_s_birthplace() -> None:
    people = _people(("burgoen01", "Enrique", "Burgos", "Enrique", 1965, "Chorrera", "West Panama", "Panama"),
                     ("burgoen02", "Enrique", "Burgos", "Enrique", 1990, "Panama City", "Panama", "Panama"),
                     ("alomasa01", "Sandy", "Alomar", "Santos", 1943, "Salinas", None, "P.R."),
                     ("alomasa02", "Sandy", "Alomar", "Santos", 1966, "Salinas", None, "P.R."),
                     ("guerrvl01", "Vladimir", "Guerrero", "Vladimir", 1975, "Nizao", "Peravia", "D.R."),
                     ("guerrvl02", "Vladimir", "Guerrero", "Vladimir", 1999, "Montreal", "QC", "CAN"))
    players = ["burgoen01", "burgoen02", "alomasa01", "alomasa02", "guerrvl01", "guerrvl02"]
    assert mlb_people._juniors(people, players) == {"alomasa02", "guerrvl02"}


def test_given_names_added_to_the_father_s_need_the_family_s_birthplace() -> None:
    people = _people(("tatisfe01", "Fernando", "Tatis", "Fernando", 1975, "San Pedro de Macoris", "SPM", "D.R."),
                     ("tatisfe02", "Fernando", "Tatis", "Fernando Gabriel", 1999, "San Pedro de Macoris", "SPM",
                      "D.R."),
                     ("rodrica01", "Carlos", "Rodriguez", "Carlos", 1967, "Mexico City", "DF", "Mexico"),
                     ("rodrica02", "Carlos", "Rodriguez", "Carlos Fernando", 1990, "Rivas", "Rivas", "Nicaragua"))
    assert mlb_people._juniors(people, ["tatisfe02", "rodrica02"]) == {"tatisfe02"}


def test_a_name_three_people_carry_makes_no_junior() -> None:
    people = _people(("hernaca01", "Carlos", "Hernandez", "Carlos Eduardo", 1967, "Caracas", "DC", "Venezuela"),
                     ("hernaca02", "Carlos", "Hernandez", "Carlos Eduardo", 1990, "Caracas", "DC", "Venezuela"),
                     ("hernaca03", "Carlos", "Hernandez", "Carlos", 1975, "Guayana", "Bolivar", "Venezuela"))
    assert mlb_people._juniors(people, ["hernaca01", "hernaca02", "hernaca03"]) == set()


def test_curated_suffixes_name_what_people_cannot_tell() -> None:
    """Roy Smalley III's father was himself Roy Smalley Jr.; ``People`` has no suffix column, so the namesake
    rule would call the son "Jr.". Each curated row names its reference (Baseball-Reference)."""
    rows = read_curated(mlb_people.SUFFIXES_FILE, mlb_people.CuratedSuffix)
    assert all(row.reference.startswith("Baseball-Reference: ") for row in rows)
    assert all(row.suffix.lower().rstrip(".") in GENERATIONAL_SUFFIXES for row in rows)
    assert mlb_people.curated_suffixes()["smallro02"] == "III"
