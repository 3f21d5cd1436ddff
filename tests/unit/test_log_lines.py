"""Log lines stay whole when several processes share one stderr: `serve --workers N` runs N
gateways on the supervisor's stderr, and the image runs Python unbuffered
(PYTHONUNBUFFERED=1), where a logger that wrote a line and its newline apart let another
process's line land in between (two JSON objects glued on one line, both lost to a parser)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

WRITERS, LINES = 4, 1500

CHILD = """
import sys
from gateway.observability.logging import build_logger
log = build_logger("info")
for i in range(int(sys.argv[2])):
    log.info("line", writer=int(sys.argv[1]), i=i, pad="x" * 200)
"""


def test_lines_from_several_unbuffered_processes_on_one_pipe_stay_whole():
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    read, write = os.pipe()
    children = [subprocess.Popen([sys.executable, "-c", CHILD, str(w), str(LINES)], stderr=write, env=env)
                for w in range(WRITERS)]
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    for child in children:
        assert child.wait(60) == 0
    lines = data.decode().split("\n")
    assert lines[-1] == ""
    seen = set()
    for line in lines[:-1]:
        event = json.loads(line)  # a glued or split line fails here
        seen.add((event["writer"], event["i"]))
    assert len(seen) == WRITERS * LINES
