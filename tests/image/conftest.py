"""Image tests: a terminal summary of the image's size and build times that shows with or
without `-s`. (Helpers live in image_build.py: a module named conftest is not importable safely.)"""

from __future__ import annotations

import pytest

from tests.support import summary_writer


@pytest.fixture(scope="session")
def image_summary(request):
    """Call with a line to print it in the run's terminal summary."""
    return summary_writer(request.config, "container image")

