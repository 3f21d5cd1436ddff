"""Metadata: the first value under each key, every value with `getall` (credentials sent twice
are seen, never last-wins), binary values left out."""

from __future__ import annotations

import pytest

from gateway.observability.rpc import Metadata


@pytest.mark.parametrize(
    "pairs, key, first, every",
    [
        ((), "api_token", None, []),
        ((("api_token", "a"),), "api_token", "a", ["a"]),
        ((("api_token", "a"), ("api_token", "b"), ("api_token", "a")), "api_token", "a", ["a", "b", "a"]),
        ((("api_token", "a"), ("user-agent", "u"), ("api_token", "b")), "user-agent", "u", ["u"]),
        ((("api_token", "a"), ("user-agent", "u"), ("api_token", "b")), "api_token", "a", ["a", "b"]),
        ((("trace-bin", b"\x00"), ("trace-bin", "t")), "trace-bin", "t", ["t"]),
        ((("trace-bin", b"\x00"),), "trace-bin", None, []),
    ],
)
def test_first_value_and_every_value(pairs, key, first, every):
    metadata = Metadata(pairs)
    assert metadata.get(key) == first
    assert metadata.getall(key) == every


def test_getall_hands_out_a_copy():
    metadata = Metadata((("k", "1"), ("k", "2")))
    metadata.getall("k").append("3")
    assert metadata.getall("k") == ["1", "2"]
