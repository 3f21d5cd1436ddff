"""The README's main job: the end-to-end demo runs to its summary and exits 0."""

from __future__ import annotations

import asyncio
import sys


async def test_demo_runs_end_to_end():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "gateway", "demo", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    out, _ = await asyncio.wait_for(proc.communicate(), 120)
    text = out.decode()
    assert proc.returncode == 0, text
    for expected in ("WatchModelTraining", "MODEL_STATUS_COMPLETED (terminal)", "REQUEST_STATE_COMPLETED (terminal)",
                     "INVALID_ARGUMENT", "upstream requests made: 0", "RESOURCE_EXHAUSTED", "Demo OK."):
        assert expected in text, text
