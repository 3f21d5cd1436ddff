"""Injected faults for the gateway's reliability tests: matching rules with a use count."""
from __future__ import annotations

import dataclasses
import fnmatch
import itertools
from typing import Any

from .config import FaultRule

KINDS = frozenset({"latency", "error", "reset", "truncated", "html", "quota", "access_denied",
                   "rate_limit"})
PROXY_HTML = (
    b"<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
    b"<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


@dataclasses.dataclass
class ActiveFault:
    id: int
    rule: FaultRule
    remaining: int | None
    hits: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, **dataclasses.asdict(self.rule), "remaining": self.remaining,
                "hits": self.hits}


class FaultTable:
    def __init__(self) -> None:
        self._faults: list[ActiveFault] = []
        self._ids = itertools.count(1)

    def add(self, rule: FaultRule) -> ActiveFault:
        if rule.kind not in KINDS:
            raise ValueError(f"unknown fault kind {rule.kind!r}; expected one of {sorted(KINDS)}")
        fault = ActiveFault(next(self._ids), rule, rule.count)
        self._faults.append(fault)
        return fault

    def remove(self, fault_id: int) -> bool:
        before = len(self._faults)
        self._faults = [f for f in self._faults if f.id != fault_id]
        return len(self._faults) != before

    def clear(self) -> None:
        self._faults.clear()

    def list(self) -> list[ActiveFault]:
        return list(self._faults)

    def take(self, method: str, route: str, token: str | None) -> list[FaultRule]:
        """Rules that apply to this request (consuming one use of each)."""
        if not self._faults:
            return []
        taken = []
        for fault in self._faults:
            rule = fault.rule
            if rule.method not in ("*", method) or (rule.token and rule.token != token):
                continue
            if rule.route != "*" and not fnmatch.fnmatchcase(route, rule.route):
                continue
            fault.hits += 1
            taken.append(rule)
            if fault.remaining is not None:
                fault.remaining -= 1
        self._faults = [f for f in self._faults if f.remaining is None or f.remaining > 0]
        return taken


def html_page(status: int, reason: str) -> bytes:
    return PROXY_HTML.replace(b"{status}", str(status).encode()).replace(b"{reason}", reason.encode())
