"""API key format: prefix, random part and checksum, so a mistyped key is refused before any lookup."""

from __future__ import annotations

from arena.accounts.api_keys import display_prefix, is_well_formed, key_digest, new_api_key


def test_keys_carry_their_mode_and_a_checksum() -> None:
    live, test = new_api_key("live"), new_api_key("test")
    assert live.startswith("arena_live_") and test.startswith("arena_test_")
    assert is_well_formed(live) and is_well_formed(test)
    assert len({new_api_key("live") for _ in range(100)}) == 100


def test_any_changed_character_breaks_the_checksum() -> None:
    key = new_api_key("live")
    for index in range(len("arena_live_"), len(key)):
        changed = key[:index] + ("a" if key[index] != "a" else "b") + key[index + 1:]
        assert not is_well_formed(changed), index


def test_digest_is_sha256_hex_and_the_prefix_shows_little() -> None:
    key = new_api_key("test")
    assert len(key_digest(key)) == 64 and key_digest(key) != key_digest(new_api_key("test"))
    assert display_prefix(key) == key[:19] and len(key) == 49
