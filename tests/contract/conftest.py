"""Shared bits of the contract tests: a terminal summary line that shows with or without `-s`."""

from __future__ import annotations

import pytest

_SUMMARY = pytest.StashKey[list]()


@pytest.fixture
def contract_summary(request):
    """Call with a line to print it in pytest's terminal summary (independent of `-s`)."""
    lines = request.config.stash.setdefault(_SUMMARY, [])
    return lines.append


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    lines = config.stash.get(_SUMMARY, [])
    if lines:
        terminalreporter.section("contract")
        for line in lines:
            terminalreporter.write_line(line)
