"""google.api.http path templates: parsing `/v1/things/{thing_id}` once, expanding it per call."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

_VARIABLE = re.compile(r"\{([a-z_][a-z0-9_.]*)(?:=([^}]*))?\}")


@dataclass(frozen=True)
class PathTemplate:
    """A parsed template: literal pieces interleaved with the request fields bound to the path."""

    template: str
    literals: tuple[str, ...]  # len(fields) + 1 pieces
    fields: tuple[str, ...]

    @classmethod
    def parse(cls, template: str) -> "PathTemplate":
        if not template.startswith("/"):
            raise ValueError(f"path template must start with '/': {template!r}")
        literals, fields, pos = [], [], 0
        for m in _VARIABLE.finditer(template):
            if m.group(2) not in (None, "*"):
                raise ValueError(f"only single-segment variables are supported: {m.group(0)}")
            literals.append(template[pos : m.start()])
            fields.append(m.group(1))
            pos = m.end()
        literals.append(template[pos:])
        if any("{" in piece or "}" in piece for piece in literals):
            raise ValueError(f"malformed path template: {template!r}")
        return cls(template, tuple(literals), tuple(fields))

    @property
    def version(self) -> str:
        """The upstream API version: the template's first segment (`v1` or `v2`)."""
        return self.template.split("/", 2)[1]

    def expand(self, values: dict[str, object]) -> str:
        """The concrete path; each value is percent-encoded as one path segment."""
        out = [self.literals[0]]
        for name, literal in zip(self.fields, self.literals[1:]):
            out.append(quote(str(values[name]), safe=""))
            out.append(literal)
        return "".join(out)

    def pattern(self) -> re.Pattern[str]:
        """A regex matching concrete paths of this template (used by the contract test)."""
        parts = [re.escape(self.literals[0])]
        for literal in self.literals[1:]:
            parts.append("[^/]+")
            parts.append(re.escape(literal))
        return re.compile("^" + "".join(parts) + "$")
