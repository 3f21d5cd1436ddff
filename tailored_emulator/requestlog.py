"""What the emulator received: counters per (method, route template) and a bounded recent log
(with each request's W3C `traceparent` header, if it carried one, so tests see trace propagation)."""
from __future__ import annotations

from collections import deque
from typing import Any


class RequestLog:
    def __init__(self, size: int = 1000) -> None:
        self._counts: dict[tuple[str, str], int] = {}
        self._recent: deque[tuple[float, str, str, str, str | None, str | None]] = deque(maxlen=size)
        self.total = 0

    def record(self, now: float, method: str, route: str, path: str, org: str | None,
               traceparent: str | None = None) -> None:
        key = (method, route)
        self._counts[key] = self._counts.get(key, 0) + 1
        self._recent.append((now, method, route, path, org, traceparent))
        self.total += 1

    def count(self, method: str | None = None, route: str | None = None) -> int:
        return sum(n for (m, r), n in self._counts.items()
                   if (method is None or m == method) and (route is None or r == route))

    def clear(self) -> None:
        self._counts.clear()
        self._recent.clear()
        self.total = 0

    def to_json(self, method: str | None = None, route: str | None = None) -> dict[str, Any]:
        counts = [{"method": m, "route": r, "count": n} for (m, r), n in sorted(self._counts.items())
                  if (method is None or m == method) and (route is None or r == route)]
        recent = [{"time": t, "method": m, "route": r, "path": p, "organization": o, "traceparent": tp}
                  for t, m, r, p, o, tp in self._recent
                  if (method is None or m == method) and (route is None or r == route)]
        return {"total": self.count(method, route), "counts": counts, "recent": recent}
