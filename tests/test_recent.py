"""Results kept for the last texts read: computed once while kept, the first kept dropped first."""
from __future__ import annotations

from hiwar.extract.recent import Recent


def test_a_kept_result_is_not_computed_again():
    calls = []
    kept: Recent[int] = Recent(2)
    assert kept.get("a", lambda: calls.append("a") or 1) == 1
    assert kept.get("a", lambda: calls.append("a") or 2) == 1
    assert calls == ["a"]


def test_the_result_kept_first_goes_first():
    calls = []
    kept: Recent[str] = Recent(2)
    for key in ("a", "b", "c", "b", "a"):
        kept.get(key, lambda key=key: calls.append(key) or key.upper())
    assert calls == ["a", "b", "c", "a"]  # "b" was still kept; "a" had made room for "c"
