"""Packaging tests: a terminal summary line (timings) that shows with or without `-s`."""

from __future__ import annotations

import pytest

_SUMMARY = pytest.StashKey[list]()


@pytest.fixture(scope="session")
def packaging_summary(request):
    """Call with a line to print it in pytest's terminal summary."""
    return request.config.stash.setdefault(_SUMMARY, []).append


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    lines = config.stash.get(_SUMMARY, [])
    if lines:
        terminalreporter.section("packaging")
        for line in lines:
            terminalreporter.write_line(line)
