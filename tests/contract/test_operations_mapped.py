"""The contract test: every upstream operation of Bria's Tailored Generation API has exactly one
RPC in our contract whose google.api.http rule describes it, and every RPC describes one.

The upstream operations are the union of
  * Bria's OpenAPI documents, found by tests/upstream_spec.py (parsed leniently: by a fault of
    the file, some path items sit at the document root instead of under `paths`; servers are resolved
    operation > path item > document, which puts training under /v1 and generation under /v2),
  * the legacy operations that only the documentation describes (table below; the numbering is
    that of docs/upstream-contract.md#operations).
"""

from __future__ import annotations

import re

import pytest

from gateway.hooks import HOOKS
from gateway.native import NATIVE_SERVICES
from gateway.routing.rules import build_route_table, contract_services
from tests import upstream_spec

SPEC_FILES = (upstream_spec.TAILORED, upstream_spec.STATUS)
EXPECTED_TOTAL = 48  # docs/upstream-contract.md#operations

# Operations that no spec file carries (documentation only): #, method, path.
DOCUMENTED_ONLY = (
    (22, "POST", "/v1/tailored-gen/generate_prefix"),
    (38, "POST", "/v1/text-to-image/tailored/{model_id}"),
    (39, "POST", "/v1/text-to-image/tailored/{model_id}/{checkpoint_step}"),
    (40, "POST", "/v1/text-to-vector/tailored/{model_id}"),
    (41, "POST", "/v1/text-to-vector/tailored/{model_id}/{checkpoint_step}"),
    (42, "POST", "/v1/tailored-gen/restyle_portrait"),
    (43, "POST", "/v1/reimagine"),
    (48, "POST", "/v1/reimagine/tailored/{model_id}"),
)

_VARIABLE = re.compile(r"\{[^}]*\}")


def normalise(path: str) -> str:
    """Path template with every variable replaced by one placeholder (names match by position)."""
    return _VARIABLE.sub("{}", path.rstrip("/") or "/")


def spec_operations(doc: dict, source: str) -> dict[tuple[str, str], str]:
    """(METHOD, normalised full path) -> "METHOD /full/path (source)" for one OpenAPI document."""
    return {
        (method.upper(), normalise(path)): f"{method.upper()} {path} ({source})"
        for path, methods in upstream_spec.operations(doc).items()
        for method in methods
    }


@pytest.fixture(scope="module")
def from_specs() -> dict[tuple[str, str], str]:
    ops: dict[tuple[str, str], str] = {}
    for name in SPEC_FILES:  # skipped without the files, failed in CI (tests/upstream_spec.py)
        ops.update(spec_operations(upstream_spec.load(name), name))
    return ops


@pytest.fixture(scope="module")
def upstream(from_specs) -> dict[tuple[str, str], str]:
    ops = dict(from_specs)
    for number, method, path in DOCUMENTED_ONLY:
        ops.setdefault((method, normalise(path)), f"{method} {path} (documented only, #{number})")
    return ops


@pytest.fixture(scope="module")
def routes():
    return build_route_table(contract_services(), NATIVE_SERVICES, frozenset(HOOKS))


def _key(route) -> tuple[str, str]:
    return route.http_method, normalise(route.template.template)


def _describe(route) -> str:
    return f"{route.full_method} ({route.http_method} {route.template.template})"


def test_spec_parsing_is_lenient_about_root_level_path_items_and_servers(from_specs):
    # Path items misplaced at the document root are collected ...
    assert ("GET", "/v1/tailored-gen/models/{}/checkpoints/{}") in from_specs
    assert ("POST", "/v1/tailored-gen/models/upload_model") in from_specs
    # ... operation-level servers override the document's /v2 for training ...
    assert not any(path.startswith("/v2/tailored-gen") for _, path in from_specs)
    # ... and generation and the Status Service are under /v2.
    assert ("POST", "/v2/image/generate/tailored") in from_specs
    assert ("GET", "/v2/status/{}") in from_specs
    assert len(from_specs) == EXPECTED_TOTAL - len(DOCUMENTED_ONLY), sorted(from_specs.values())


def test_documented_only_operations_are_not_in_the_specs(from_specs):
    overlap = [f"#{n} {m} {p}" for n, m, p in DOCUMENTED_ONLY if (m, normalise(p)) in from_specs]
    assert not overlap, f"listed as documentation-only but present in a spec: {overlap}"


def test_every_upstream_operation_has_exactly_one_rpc(upstream, routes):
    by_key: dict[tuple[str, str], list] = {}
    for route in routes.values():
        by_key.setdefault(_key(route), []).append(route)
    unmapped = [label for key, label in sorted(upstream.items()) if not by_key.get(key)]
    ambiguous = [
        f"{label}: {', '.join(_describe(r) for r in by_key[key])}"
        for key, label in sorted(upstream.items())
        if len(by_key.get(key, [])) > 1
    ]
    report = []
    if unmapped:
        report.append(f"{len(unmapped)} upstream operation(s) without an RPC:\n  " + "\n  ".join(unmapped))
    if ambiguous:
        report.append(f"{len(ambiguous)} upstream operation(s) with several RPCs:\n  " + "\n  ".join(ambiguous))
    assert not report, "\n".join(report)


def test_every_rpc_rule_matches_an_upstream_operation(upstream, routes):
    unmatched = sorted(_describe(r) for r in routes.values() if _key(r) not in upstream)
    assert not unmatched, f"{len(unmatched)} RPC(s) whose rule matches no upstream operation:\n  " + "\n  ".join(
        unmatched
    )


def test_rule_patterns_match_concrete_upstream_paths(upstream, routes):
    """The route's own regex (PathTemplate.pattern) accepts the upstream path with values filled in."""
    wrong = []
    for route in routes.values():
        if _key(route) not in upstream:
            continue
        concrete = normalise(route.template.template).replace("{}", "123")
        if not route.template.pattern().match(concrete):
            wrong.append(f"{_describe(route)} does not match {concrete}")
    assert not wrong, "\n".join(wrong)


def test_all_48_upstream_operations_are_mapped(upstream, routes, record_property, contract_summary):
    mapped = sum(1 for key in upstream if any(_key(r) == key for r in routes.values()))
    line = f"contract: {mapped} of {len(upstream)} upstream operations mapped"
    print(line)
    record_property("contract", line)
    contract_summary(line)
    assert (mapped, len(upstream), len(routes)) == (EXPECTED_TOTAL,) * 3, (
        f"{line}; expected {EXPECTED_TOTAL} of {EXPECTED_TOTAL} with {EXPECTED_TOTAL} RPCs, "
        f"the route table has {len(routes)}"
    )
