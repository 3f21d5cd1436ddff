"""hooks.v2_generation: the two documented v2 sync layouts become one (the envelope)."""

from __future__ import annotations

import copy

import pytest

from gateway.hooks import HOOKS, v2_generation

ENVELOPED = {"result": {"image_url": "https://x/1.png", "structured_prompt": "{}", "seed": 7}, "request_id": "r1"}

CASES = [
    pytest.param(
        200,
        {"image_url": "https://x/1.png", "structured_prompt": "{}", "seed": 7},
        {"result": {"image_url": "https://x/1.png", "structured_prompt": "{}", "seed": 7}},
        id="flat-image",
    ),
    pytest.param(
        200,
        {"image_url": "https://x/1.png", "structured_prompt": "{}", "seed": 7, "request_id": "r1", "warning": "IP"},
        {"request_id": "r1", "warning": "IP", "result": {"image_url": "https://x/1.png", "structured_prompt": "{}", "seed": 7}},
        id="flat-with-envelope-keys",
    ),
    pytest.param(
        200,
        {"structured_prompt": '{"a":1}', "seed": 3},
        {"result": {"structured_prompt": '{"a":1}', "seed": 3}},
        id="flat-structured-prompt",
    ),
    pytest.param(
        200,
        {"video_url": "https://x/v.mp4", "request_id": "r2"},
        {"request_id": "r2", "result": {"video_url": "https://x/v.mp4"}},
        id="flat-video",
    ),
    pytest.param(
        200,
        {"image_url": "u", "prompt": "p", "refined_prompt": "rp"},
        {"result": {"image_url": "u", "prompt": "p", "refined_prompt": "rp"}},
        id="flat-prompts",
    ),
    pytest.param(200, ENVELOPED, ENVELOPED, id="already-enveloped"),
    pytest.param(
        200,
        {"result": {"image_url": "u"}, "image_url": "stray", "request_id": "r"},
        {"result": {"image_url": "u"}, "image_url": "stray", "request_id": "r"},
        id="enveloped-wins",
    ),
    pytest.param(
        202,
        {"request_id": "r1", "status_url": "https://engine/v2/status/r1"},
        {"request_id": "r1", "status_url": "https://engine/v2/status/r1"},
        id="202-accepted",
    ),
    pytest.param(
        202,
        {"request_id": "r1", "status_url": "s", "warning": "IP"},
        {"request_id": "r1", "status_url": "s", "warning": "IP"},
        id="202-with-warning",
    ),
    pytest.param(200, {}, {}, id="empty-object"),
    pytest.param(200, None, None, id="no-body"),
    pytest.param(200, [1, 2], [1, 2], id="array"),
    pytest.param(200, "text", "text", id="string"),
]


@pytest.mark.parametrize("status, payload, expected", CASES)
def test_v2_generation(status, payload, expected):
    before = copy.deepcopy(payload)
    assert v2_generation(status, payload) == expected
    assert payload == before, "the hook must not mutate its input"


def test_hook_is_registered():
    assert HOOKS["v2_generation"].after is v2_generation


def test_idempotent():
    flat = {"image_url": "u", "seed": 1, "request_id": "r"}
    once = v2_generation(200, flat)
    assert v2_generation(200, once) == once
