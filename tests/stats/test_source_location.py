"""Which folder ``arena data import`` reads: the option, the setting, shared/data beside the checkout, then the
sync cache."""

from __future__ import annotations

from pathlib import Path

from arena.stats import select_files
from arena.stats.catalog import League
from arena.stats.source_location import SourceOrigin, checkout_root, choose_source_dir, missing_files


def _layout(tmp_path: Path, *, with_shared: bool) -> tuple[Path, Path]:
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    if with_shared:
        (tmp_path / "shared" / "data").mkdir(parents=True)
    return checkout, tmp_path / "cache" / "upstream"


def test_the_option_wins_over_everything(tmp_path: Path) -> None:
    checkout, cache = _layout(tmp_path, with_shared=True)
    chosen = choose_source_dir(option=tmp_path / "a", setting=tmp_path / "b", checkout=checkout, sync_cache=cache)
    assert (chosen.path, chosen.origin) == (tmp_path / "a", SourceOrigin.OPTION)


def test_the_setting_comes_before_shared_data(tmp_path: Path) -> None:
    checkout, cache = _layout(tmp_path, with_shared=True)
    chosen = choose_source_dir(option=None, setting=tmp_path / "b", checkout=checkout, sync_cache=cache)
    assert (chosen.path, chosen.origin) == (tmp_path / "b", SourceOrigin.SETTING)


def test_shared_data_beside_the_checkout_is_used_when_it_exists(tmp_path: Path) -> None:
    checkout, cache = _layout(tmp_path, with_shared=True)
    chosen = choose_source_dir(option=None, setting=None, checkout=checkout, sync_cache=cache)
    assert (chosen.path, chosen.origin) == ((tmp_path / "shared" / "data").resolve(), SourceOrigin.SHARED)
    assert "from ../shared/data" in chosen.describe()


def test_otherwise_the_sync_cache(tmp_path: Path) -> None:
    checkout, cache = _layout(tmp_path, with_shared=False)
    chosen = choose_source_dir(option=None, setting=None, checkout=checkout, sync_cache=cache)
    assert (chosen.path, chosen.origin) == (cache, SourceOrigin.SYNC_CACHE)


def test_missing_files_lists_what_a_league_still_needs(tmp_path: Path) -> None:
    nhl = [f.path for f in select_files([League.NHL])]
    assert missing_files(tmp_path, [League.NHL]) == nhl
    present = tmp_path / nhl[0]
    present.parent.mkdir(parents=True)
    present.write_text("x")
    assert missing_files(tmp_path, [League.NHL, League.MLB]) == nhl[1:]
    assert missing_files(tmp_path, [League.MLB]) == []


def test_without_a_checkout_the_sync_cache(tmp_path: Path) -> None:
    _checkout, cache = _layout(tmp_path, with_shared=True)
    chosen = choose_source_dir(option=None, setting=None, checkout=None, sync_cache=cache)
    assert (chosen.path, chosen.origin) == (cache, SourceOrigin.SYNC_CACHE)


def test_the_checkout_is_the_repository_this_code_runs_from() -> None:
    assert checkout_root() == Path(__file__).resolve().parents[2]
