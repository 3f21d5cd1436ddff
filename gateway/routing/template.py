"""google.api.http path templates: parsing `/v1/things/{thing_id}` once, expanding it per call."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

_VARIABLE = re.compile(r"\{([a-z_][a-z0-9_.]*)(?:=([^}]*))?\}")
# Values that percent-encoding leaves as they are yet change a path: the empty segment and the
# dot segments, which URL normalisation (clients, proxies, servers) resolves away.
DOT_SEGMENTS = frozenset({"", ".", ".."})


class UnsafePathValue(ValueError):
    """A path variable's value would change the path instead of filling one segment."""

    def __init__(self, field: str):
        super().__init__(f"{field}: must not be empty, '.' or '..' (it is one path segment)")
        self.field = field


def segment(value: object, field: str = "") -> str:
    """`value` as exactly one path segment: every byte outside the unreserved set
    percent-encoded (so `/`, `%`, `?`, `#` cannot split or end it), and dot segments refused."""
    text = str(value)
    if text in DOT_SEGMENTS:
        raise UnsafePathValue(field)
    return quote(text, safe="")


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
        """The concrete path; each value is percent-encoded as one path segment, and values that
        would not stay one segment (`.`, `..`, empty) raise UnsafePathValue."""
        out = [self.literals[0]]
        for name, literal in zip(self.fields, self.literals[1:]):
            out.append(segment(values[name], name))
            out.append(literal)
        return "".join(out)

    def pattern(self) -> re.Pattern[str]:
        """A regex matching concrete paths of this template (used by the contract test)."""
        parts = [re.escape(self.literals[0])]
        for literal in self.literals[1:]:
            parts.append("[^/]+")
            parts.append(re.escape(literal))
        return re.compile("^" + "".join(parts) + "$")
