"""Typed reading of JSON request bodies with the API's leniencies.

Ids may arrive as ints or numeric strings, enums are matched case-insensitively, unknown
fields are ignored. Every failure is raised through the caller's `fail(field, msg, value)`
so each endpoint family keeps its own error body.
"""
from __future__ import annotations

import json
import re
from typing import Any, Callable, Sequence

from .errors import ApiError

Fail = Callable[[str, str, Any], ApiError]
_TRAILING_DIGITS = re.compile(r"(\d+)$")
_MISSING = object()


def parse_id(value: Any) -> int | None:
    """An integer id from an int, a numeric string or an id like 'model_123'; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        match = _TRAILING_DIGITS.search(value.strip())
        return int(match.group(1)) if match else None
    return None


def parse_json_object(raw: bytes) -> dict[str, Any] | None:
    """The body as a dict; an empty body is {}; anything else that is not an object is None."""
    if not raw.strip():
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


class Reader:
    def __init__(self, body: dict[str, Any], fail: Fail) -> None:
        self.body = body
        self.fail = fail

    def has(self, name: str) -> bool:
        return self.body.get(name) is not None

    def _get(self, name: str, required: bool) -> Any:
        value = self.body.get(name)
        if value is None:
            if required:
                raise self.fail(name, "Field required", None)
            return _MISSING
        return value

    def str(self, name: str, required: bool = False, default: str | None = None) -> str | None:
        value = self._get(name, required)
        if value is _MISSING:
            return default
        if not isinstance(value, str):
            raise self.fail(name, "Input should be a valid string", value)
        if required and not value.strip():
            raise self.fail(name, "Field must not be empty", value)
        return value

    def int(self, name: str, lo: int | None = None, hi: int | None = None,
            default: int | None = None, required: bool = False) -> int | None:
        value = self._get(name, required)
        if value is _MISSING:
            return default
        if isinstance(value, bool) or not isinstance(value, (int, str, float)):
            raise self.fail(name, "Input should be a valid integer", value)
        try:
            number = int(value) if not isinstance(value, float) or value.is_integer() else None
        except ValueError:
            number = None
        if number is None:
            raise self.fail(name, "Input should be a valid integer", value)
        self._range(name, number, lo, hi)
        return number

    def float(self, name: str, lo: float | None = None, hi: float | None = None,
              default: float | None = None) -> float | None:
        value = self._get(name, False)
        if value is _MISSING:
            return default
        if isinstance(value, bool):
            raise self.fail(name, "Input should be a valid number", value)
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise self.fail(name, "Input should be a valid number", value) from None
        self._range(name, number, lo, hi)
        return number

    def bool(self, name: str, default: bool) -> bool:
        value = self._get(name, False)
        if value is _MISSING:
            return default
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        raise self.fail(name, "Input should be a valid boolean", value)

    def enum(self, name: str, choices: Sequence[str], default: str | None = None,
             required: bool = False) -> str | None:
        value = self._get(name, required)
        if value is _MISSING:
            return default
        lowered = {c.lower(): c for c in choices}
        if isinstance(value, str) and value.lower() in lowered:
            return lowered[value.lower()]
        allowed = ", ".join(f"'{c}'" for c in choices)
        raise self.fail(name, f"Input should be {allowed}", value)

    def id(self, name: str, required: bool = True) -> int | None:
        value = self._get(name, required)
        if value is _MISSING:
            return None
        parsed = parse_id(value) if not isinstance(value, str) or value.strip().isdigit() else None
        if parsed is None:
            raise self.fail(name, "Input should be a valid integer", value)
        return parsed

    def str_list(self, name: str, required: bool = False) -> list[str] | None:
        value = self._get(name, required)
        if value is _MISSING:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(name, "Input should be a valid list of strings", value)
        return value

    def _range(self, name: str, number: float, lo: float | None, hi: float | None) -> None:
        if lo is not None and number < lo:
            raise self.fail(name, f"Input should be greater than or equal to {lo}", number)
        if hi is not None and number > hi:
            raise self.fail(name, f"Input should be less than or equal to {hi}", number)


def words(text: str) -> int:
    return len(text.split())
