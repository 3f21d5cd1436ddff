"""PathTemplate: parsing google.api.http templates, expanding and matching them."""

from __future__ import annotations

import random

import pytest

from gateway.routing.template import PathTemplate, UnsafePathValue


@pytest.mark.parametrize(
    "template, literals, fields",
    [
        ("/v1/tailored-gen/projects", ("/v1/tailored-gen/projects",), ()),
        ("/v1/tailored-gen/projects/{project_id}", ("/v1/tailored-gen/projects/", ""), ("project_id",)),
        (
            "/v1/tailored-gen/models/{model_id}/checkpoints/{checkpoint_step}",
            ("/v1/tailored-gen/models/", "/checkpoints/", ""),
            ("model_id", "checkpoint_step"),
        ),
        ("/v1/datasets/{dataset_id}/download", ("/v1/datasets/", "/download"), ("dataset_id",)),
        ("/v2/status/{request_id=*}", ("/v2/status/", ""), ("request_id",)),
        ("/v1/things/{thing.id}", ("/v1/things/", ""), ("thing.id",)),
    ],
)
def test_parse(template, literals, fields):
    parsed = PathTemplate.parse(template)
    assert (parsed.template, parsed.literals, parsed.fields) == (template, literals, fields)


@pytest.mark.parametrize(
    "template",
    [
        "v1/tailored-gen/projects",  # no leading slash
        "",
        "/v1/things/{thing_id=**}",  # multi-segment variables are not supported
        "/v1/things/{thing_id=things/*}",
        "/v1/things/{thing_id",  # unbalanced
        "/v1/things/thing_id}",
        "/v1/things/{}",  # no name
        "/v1/things/{ThingId}",  # not a field name
        "/v1/things/{1st}",
    ],
)
def test_parse_rejects_bad_templates(template):
    with pytest.raises(ValueError):
        PathTemplate.parse(template)


@pytest.mark.parametrize(
    "template, version",
    [
        ("/v1/tailored-gen/projects", "v1"),
        ("/v2/status/{request_id}", "v2"),
        ("/v2/image/generate/tailored", "v2"),
        ("/v1", "v1"),
    ],
)
def test_version(template, version):
    assert PathTemplate.parse(template).version == version


@pytest.mark.parametrize(
    "template, values, path",
    [
        ("/v1/tailored-gen/projects", {}, "/v1/tailored-gen/projects"),
        ("/v1/tailored-gen/projects/{project_id}", {"project_id": 42}, "/v1/tailored-gen/projects/42"),
        (
            "/v1/tailored-gen/models/{model_id}/checkpoints/{checkpoint_step}",
            {"model_id": 7, "checkpoint_step": 1500},
            "/v1/tailored-gen/models/7/checkpoints/1500",
        ),
        ("/v2/status/{request_id}", {"request_id": "a/b"}, "/v2/status/a%2Fb"),  # one segment
        ("/v2/status/{request_id}", {"request_id": "a b"}, "/v2/status/a%20b"),
        ("/v2/status/{request_id}", {"request_id": "?#%&="}, "/v2/status/%3F%23%25%26%3D"),
        ("/v2/status/{request_id}", {"request_id": "ü"}, "/v2/status/%C3%BC"),
        ("/v2/status/{request_id}", {"request_id": "..."}, "/v2/status/..."),  # not a dot segment
        ("/v2/status/{request_id}", {"request_id": "%2e%2e"}, "/v2/status/%252e%252e"),
        ("/v2/status/{request_id}", {"request_id": "../x"}, "/v2/status/..%2Fx"),
        ("/v2/status/{request_id}", {"request_id": "abc-123_x.y~z"}, "/v2/status/abc-123_x.y~z"),
        ("/v1/text-to-image/tailored/{model_id}", {"model_id": "12", "unused": 1}, "/v1/text-to-image/tailored/12"),
    ],
)
def test_expand(template, values, path):
    assert PathTemplate.parse(template).expand(values) == path


def test_expand_needs_every_variable():
    with pytest.raises(KeyError):
        PathTemplate.parse("/v1/things/{thing_id}").expand({})


@pytest.mark.parametrize(
    "template, path, matches",
    [
        ("/v1/tailored-gen/projects", "/v1/tailored-gen/projects", True),
        ("/v1/tailored-gen/projects", "/v1/tailored-gen/projects/", False),
        ("/v1/tailored-gen/projects/{project_id}", "/v1/tailored-gen/projects/42", True),
        ("/v1/tailored-gen/projects/{project_id}", "/v1/tailored-gen/projects/{project_id}", True),
        ("/v1/tailored-gen/projects/{project_id}", "/v1/tailored-gen/projects/", False),
        ("/v1/tailored-gen/projects/{project_id}", "/v1/tailored-gen/projects/42/datasets", False),
        ("/v1/tailored-gen/projects/{project_id}", "/v2/tailored-gen/projects/42", False),
        ("/v1/a.b/{x}", "/v1/aXb/1", False),  # literals are escaped
        ("/v1/m/{model_id}/checkpoints/{step}", "/v1/m/1/checkpoints/2", True),
        ("/v1/m/{model_id}/checkpoints/{step}", "/v1/m/1/checkpoints", False),
    ],
)
def test_pattern(template, path, matches):
    assert bool(PathTemplate.parse(template).pattern().match(path)) is matches


@pytest.mark.parametrize("value", [42, "a b", "a/b", "x?y"])
def test_pattern_matches_its_own_expansions(value):
    parsed = PathTemplate.parse("/v1/things/{thing_id}/parts/{part_id}")
    assert parsed.pattern().match(parsed.expand({"thing_id": value, "part_id": value}))


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_expand_refuses_values_that_are_not_one_segment(value):
    with pytest.raises(UnsafePathValue) as caught:
        PathTemplate.parse("/v2/status/{request_id}").expand({"request_id": value})
    assert caught.value.field == "request_id"


def test_fuzzed_values_never_leave_the_template():
    """Whatever a value holds, the path stays one of the template's paths, also after the
    dot-segment removal every URL normaliser applies (RFC 3986 5.2.4)."""
    rnd = random.Random(4)
    alphabet = "./%2eE%2F\\?#;:@&= ~-_aZ0\u00fc\u202e\x00"
    parsed = PathTemplate.parse("/v1/things/{thing_id}/parts/{part_id}")
    pattern = parsed.pattern()
    for _ in range(3000):
        values = {k: "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 6))) for k in parsed.fields}
        try:
            path = parsed.expand(values)
        except UnsafePathValue:
            assert any(v in ("", ".", "..") for v in values.values())
            continue
        assert pattern.match(path), path
        assert pattern.match(_remove_dot_segments(path)), path


def _remove_dot_segments(path: str) -> str:
    out: list[str] = []
    for seg in path.split("/")[1:]:
        if seg == "..":
            out = out[:-1]
        elif seg != ".":
            out.append(seg)
    return "/" + "/".join(out)
