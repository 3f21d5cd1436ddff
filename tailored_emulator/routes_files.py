"""Result and upload files (`/files/<id>/<name>`), served like pre-signed storage URLs.

Not ready yet -> 404; moderated -> 200 with an empty body (416 for a Range request); ready ->
bytes, honouring a single `Range: bytes=a-b` the way Bria's SDK polls placeholders.
"""
from __future__ import annotations

import re

from .context import Ctx
from .errors import FILES
from .http import Reply, header, route

_RANGE = re.compile(r"bytes=(\d*)-(\d*)$")


def _text(status: int, message: str) -> Reply:
    return Reply(status, message.encode(), "text/plain")


def serve_file(ctx: Ctx) -> Reply:
    stored = ctx.store.files.get(ctx.params["file_id"])
    if stored is None or ctx.now < stored.ready_at:
        return _text(404, "Not Found")
    data = stored.body()
    wanted = header(ctx.scope, b"range")
    if wanted is None:
        return Reply(200, data, stored.content_type, [(b"accept-ranges", b"bytes")])
    return _ranged(data, wanted, stored.content_type)


def _ranged(data: bytes, wanted: str, content_type: str) -> Reply:
    match = _RANGE.match(wanted.strip())
    size = len(data)
    if match is None or size == 0:
        return Reply(416, b"", content_type, [(b"content-range", f"bytes */{size}".encode())])
    first, last = match.groups()
    start = int(first) if first else max(0, size - int(last or 0))
    end = min(size - 1, int(last)) if first and last else size - 1
    if start >= size or start > end:
        return Reply(416, b"", content_type, [(b"content-range", f"bytes */{size}".encode())])
    span = f"bytes {start}-{end}/{size}".encode()
    return Reply(206, data[start:end + 1], content_type, [(b"content-range", span)])


def head_file(ctx: Ctx) -> Reply:
    """HEAD answers with the GET status and headers but no body."""
    reply = serve_file(ctx)
    reply.headers.append((b"x-content-size", str(len(reply.body)).encode()))
    reply.body = b""
    return reply


ROUTES = [
    route("GET", "/files/{file_id}/{name}", serve_file, FILES, auth=False),
    route("GET", "/files/{file_id}", serve_file, FILES, auth=False),
    route("HEAD", "/files/{file_id}/{name}", head_file, FILES, auth=False),
    route("HEAD", "/files/{file_id}", head_file, FILES, auth=False),
]
