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


# Lines longer than a pipe keeps whole (4,096 bytes), as an error's frames can make them: the
# workers of `serve --workers` log through build_logger(shared=True).
LONG_CHILD = """
import sys
from gateway.observability.logging import build_logger
log = build_logger("info", shared=True)
for i in range(int(sys.argv[2])):
    log.info("line", writer=int(sys.argv[1]), i=i, pad="x" * 9000)
"""


def _write_together(child: str, lines: int) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    read, write = os.pipe()
    children = [
        subprocess.Popen([sys.executable, "-c", child, str(w), str(lines)], stderr=write, env=env)
        for w in range(WRITERS)
    ]
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    for child_process in children:
        assert child_process.wait(60) == 0
    out = data.decode().split("\n")
    assert out[-1] == ""
    seen = set()
    for line in out[:-1]:
        event = json.loads(line)  # a glued or split line fails here
        seen.add((event["writer"], event["i"]))
    assert len(seen) == WRITERS * lines


def test_lines_from_several_unbuffered_processes_on_one_pipe_stay_whole():
    _write_together(CHILD, LINES)


def test_lines_longer_than_a_pipe_keeps_whole_stay_whole_between_shared_loggers():
    _write_together(LONG_CHILD, 1000)


def test_a_shared_logger_on_a_stream_without_a_file_writes_every_line():
    import io

    from gateway.observability.logging import build_logger

    out = io.StringIO()
    log = build_logger("info", stream=out, shared=True)
    for i in range(3):
        log.info("line", i=i)
    assert [json.loads(line)["i"] for line in out.getvalue().splitlines()] == [0, 1, 2]


def test_a_lock_that_cannot_be_taken_never_costs_a_line(monkeypatch, tmp_path):
    import errno
    import fcntl

    from gateway.observability import logging as gateway_logging

    path = tmp_path / "log"
    with open(path, "w") as out:
        log = gateway_logging.build_logger("info", stream=out, shared=True)
        log.info("line", i=0)

        def no_locks(fd, cmd, *args):
            raise OSError(errno.ENOLCK, "no locks available")

        monkeypatch.setattr(fcntl, "lockf", no_locks)
        log.info("line", i=1)
        log.info("line", i=2)
    assert [json.loads(line)["i"] for line in path.read_text().splitlines()] == [0, 1, 2]
