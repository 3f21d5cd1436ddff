"""Counts of the chaos and fuzz runs, printed at the end of the session (pytest's terminal
summary, so without -s too) and written to .tmp/chaos/stats.json for quoting."""

from __future__ import annotations

import collections
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parents[2] / ".tmp" / "chaos" / "stats.json"
RUNS: dict[str, dict] = {}


class Run:
    def __init__(self, name: str):
        self.name = name
        self.requests = 0
        self.codes: collections.Counter = collections.Counter()
        self.faults: collections.Counter = collections.Counter()
        self.by_fault: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        self.upstream_requests = 0
        self.wall = 0.0
        self.slowest = 0.0

    def record(self, fault: str, code: str, elapsed: float = 0.0) -> None:
        self.requests += 1
        self.codes[code] += 1
        self.faults[fault] += 1
        self.by_fault[fault][code] += 1
        self.slowest = max(self.slowest, elapsed)

    def finish(self, wall: float, upstream_requests: int = 0) -> None:
        self.wall, self.upstream_requests = wall, upstream_requests
        RUNS[self.name] = {
            "requests": self.requests,
            "wall_seconds": round(wall, 2),
            "slowest_call_seconds": round(self.slowest, 3),
            "upstream_requests": upstream_requests,
            "codes": dict(self.codes.most_common()),
            "faults": dict(self.faults.most_common()),
            "codes_by_fault": {k: dict(v.most_common()) for k, v in sorted(self.by_fault.items())},
        }


def write() -> list[str]:
    if not RUNS:
        return []
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(RUNS, indent=2, sort_keys=True))
    lines = []
    for name, run in RUNS.items():
        lines.append(f"{name}: {run['requests']} requests in {run['wall_seconds']} s "
                     f"(slowest {run['slowest_call_seconds']} s, {run['upstream_requests']} upstream requests)")
        lines.append("  codes: " + ", ".join(f"{k}={v}" for k, v in run["codes"].items()))
        if len(run["faults"]) > 1:
            lines.append("  faults: " + ", ".join(f"{k}={v}" for k, v in run["faults"].items()))
    lines.append(f"written to {OUT}")
    return lines
