"""The `v2_generation` hook: the two documented v2 sync layouts become one (the envelope); with
a public callback URL, async submissions get the gateway's webhook and accepted ids are
remembered with their signing key."""

from __future__ import annotations

import copy

import pytest

from gateway.credentials import Caller
from gateway.hooks import HOOKS, Reply, V2Generation, v2_envelope
from gateway.webhook_keys import SigningKeys
from gateway.webhook_signing import signing_key

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
def test_v2_envelope(status, payload, expected):
    before = copy.deepcopy(payload)
    assert v2_envelope(status, payload) == expected
    assert payload == before, "the hook must not mutate its input"


def test_hook_is_registered():
    assert HOOKS["v2_generation"] is V2Generation


def test_idempotent():
    flat = {"image_url": "u", "seed": 1, "request_id": "r"}
    once = v2_envelope(200, flat)
    assert v2_envelope(200, once) == once


PUBLIC = "https://gw.example/webhooks/bria"
CALLER = Caller("acme", "tok-hook-unit")


def _submission(routes, **fields):
    route = routes["/bria.tailored.v1.GenerationService/GenerateImage"]
    return route, route.request_cls(**fields)


@pytest.mark.parametrize(
    "public_url, fields, expected_webhook",
    [
        (PUBLIC, {}, PUBLIC),  # async, no webhook of its own: the gateway's
        (PUBLIC, {"webhook_url": "https://caller.example/h"}, "https://caller.example/h"),  # the caller's own
        (PUBLIC, {"sync": True}, ""),  # sync answers need no callback
        ("", {}, ""),  # no public URL: nothing changes
    ],
)
def test_before_adds_the_gateways_webhook_only_where_it_belongs(routes, public_url, fields, expected_webhook):
    route, request = _submission(routes, **fields)
    V2Generation(public_url, SigningKeys(10)).before(route, request, CALLER)
    assert request.webhook_url == expected_webhook


@pytest.mark.parametrize(
    "status, payload, webhook, remembered",
    [
        (202, {"request_id": "r1", "status_url": "s"}, PUBLIC, True),
        (202, {"request_id": "r1", "status_url": "s"}, "https://caller.example/h", False),  # not ours to verify
        (200, {"request_id": "r1", "result": {"image_url": "u"}}, PUBLIC, False),  # answered: no callback
        (202, {"request_id": ""}, PUBLIC, False),
        (202, ["r1"], PUBLIC, False),
    ],
)
async def test_after_remembers_accepted_jobs_that_call_back_here(routes, status, payload, webhook, remembered):
    route, request = _submission(routes, webhook_url=webhook)
    keys = SigningKeys(10)
    out = await V2Generation(PUBLIC, keys).after(route, request, Reply(status, payload, CALLER))
    assert out == v2_envelope(status, payload)
    assert (keys.get("r1") is not None) is remembered
    if remembered:
        assert keys.get("r1")[0] == signing_key(CALLER.token)
