"""Image tests: a terminal summary of the image's size and build times that shows with or
without `-s`. (Helpers live in image_build.py: a module named conftest is not importable safely.)"""

from __future__ import annotations

import pytest

_SUMMARY = pytest.StashKey[list]()


@pytest.fixture(scope="session")
def image_summary(request):
    """Call with a line to print it in pytest's terminal summary."""
    return request.config.stash.setdefault(_SUMMARY, []).append


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    lines = config.stash.get(_SUMMARY, [])
    if lines:
        terminalreporter.section("container image")
        for line in lines:
            terminalreporter.write_line(line)
