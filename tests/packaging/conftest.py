"""Packaging tests: a terminal summary line (timings) that shows with or without `-s`."""

from __future__ import annotations

import pytest

from tests.support import summary_writer


@pytest.fixture(scope="session")
def packaging_summary(request):
    """Call with a line to print it in the run's terminal summary."""
    return summary_writer(request.config, "packaging")

