"""Every upstream-facing RPC of the contract is exercised through the real stack.

tests/integration/conftest.py records each full method a test called through the `channel`
fixture and that either succeeded or failed with an error mapped from an upstream answer; this
check runs last (the conftest moves it to the end) and compares that set with the gateway's route
table. It only judges a run of the whole per-RPC suite: with `-k`/`-m`, node ids, or a partial
file selection it skips, and it skips when a per-RPC test failed (its calls may be missing)."""

from __future__ import annotations

import pytest

from gateway.hooks import HOOKS
from gateway.native import NATIVE_SERVICES
from gateway.routing.rules import build_route_table, contract_services

RPC_MODULES = {"test_rpc_projects.py", "test_rpc_datasets.py", "test_rpc_models.py", "test_rpc_generation.py"}


def _whole_suite_ran(request, failed_modules: set[str]) -> str | None:
    """Why the check cannot judge this run, or None when it can."""
    config, session = request.config, request.session
    if config.option.keyword or config.option.markexpr or getattr(config.option, "deselect", None):
        return "tests were selected with -k/-m/--deselect"
    if getattr(config.option, "lf", False):
        return "only last-failed tests ran"
    if any("::" in arg for arg in config.args):
        return "tests were selected by node id"
    collected = {item.path.name for item in session.items}
    missing = RPC_MODULES - collected
    if missing:
        return f"not collected: {sorted(missing)}"
    failed = RPC_MODULES & failed_modules
    if failed:
        return f"tests failed in {sorted(failed)}"
    return None


def test_every_routed_rpc_is_exercised(request, rpc_record):
    exercised_rpcs, failed_modules = rpc_record
    reason = _whole_suite_ran(request, failed_modules)
    if reason:
        pytest.skip(f"coverage is judged on a full run of tests/integration ({reason})")
    routes = build_route_table(contract_services(), NATIVE_SERVICES, frozenset(HOOKS))
    assert len(routes) == 48
    missing = sorted(set(routes) - exercised_rpcs)
    assert not missing, f"RPCs never called through the gateway: {missing}"
