"""structlog set-up: JSON lines with key-value events, one canonical line per RPC. Loggers are
built per gateway (no global configuration), so tests can capture one gateway's output."""

from __future__ import annotations

import fcntl
import logging
import sys
from typing import TextIO

import structlog
from opentelemetry import trace
from structlog.tracebacks import ExceptionDictTransformer

# Tracebacks without local variables: locals could hold a caller's token.
_EXCEPTIONS = structlog.processors.ExceptionRenderer(ExceptionDictTransformer(show_locals=False))


def add_trace_ids(_logger, _method: str, event: dict) -> dict:
    """`trace_id` and `span_id` (hex, as Tempo shows them) while a recording span is current, so
    a log line leads to its trace; nothing without one (tracing off costs one context lookup)."""
    span = trace.get_current_span()
    if span.is_recording():
        ctx = span.get_span_context()
        event["trace_id"] = trace.format_trace_id(ctx.trace_id)
        event["span_id"] = trace.format_span_id(ctx.span_id)
    return event


class SharedStream:
    """A stream that several processes write to (the supervisor and workers of `serve --workers`
    share one stderr): each line is written and flushed under a POSIX record lock on the
    stream's file (`lockf`), which holds between processes even when they share one open file,
    and which the kernel releases if its holder dies. A pipe keeps only writes of up to 4,096
    bytes whole, so without the lock a longer line (an error's frames) could be cut by another
    process's line. A stream that cannot be locked (no file descriptor) is written as it is.
    Threads of one process are serialized by structlog's WriteLogger (a lock per file)."""

    def __init__(self, stream: TextIO):
        self._stream = stream
        try:
            self._fd: int | None = stream.fileno()
        except (OSError, ValueError, AttributeError):
            self._fd = None

    def write(self, text: str) -> int:
        fd = self._fd
        if fd is not None:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX)
            except OSError:  # e.g. ENOLCK: a log line is never lost to its lock
                self._fd = fd = None
        try:
            written = self._stream.write(text)
            self._stream.flush()
        finally:
            if fd is not None:
                try:
                    fcntl.lockf(fd, fcntl.LOCK_UN)
                except OSError:  # the kernel drops it with the process anyway
                    pass
        return written

    def flush(self) -> None:  # every write is flushed under the lock
        pass


def build_logger(
    level: str = "info", stream: TextIO | None = None, shared: bool = False
) -> structlog.typing.FilteringBoundLogger:
    """A JSON-lines logger writing to `stream` (stderr by default) at `level`. Each line and
    its newline go out in one write (structlog's WriteLogger; PrintLogger's `print` makes two):
    unbuffered, as in the image, two writes let another process's line land between a line and
    its newline. `shared`: other processes write to the same stream (`serve --workers`), so
    each line is written under a lock between them (SharedStream)."""
    out = stream or sys.stderr
    return structlog.wrap_logger(
        structlog.WriteLogger(SharedStream(out) if shared else out),
        processors=[
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            add_trace_ids,
            _EXCEPTIONS,
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        cache_logger_on_first_use=True,
    )


def exception_fields(exc: BaseException, depth: int = 8) -> dict:
    """An exception as log fields: its type and innermost frames, never its message (which may
    carry request data or a token)."""
    import traceback

    frames = [f"{f.filename}:{f.lineno} {f.name}" for f in traceback.extract_tb(exc.__traceback__)]
    return {"error_type": type(exc).__name__, "frames": frames[-depth:]}
