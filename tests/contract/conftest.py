"""Shared bits of the contract tests: a terminal summary line that shows with or without `-s`."""

from __future__ import annotations

import pytest

from tests.support import require_binary, summary_writer


@pytest.fixture
def contract_summary(request):
    """Call with a line to print it in the run's terminal summary."""
    return summary_writer(request.config, "contract")


@pytest.fixture(scope="session")
def buf() -> str:
    """Path of the buf binary: skipped when missing, but a failure in CI (CI=true)."""
    return require_binary("buf", "pip install buf-bin; CI must run buf lint, format and breaking")
