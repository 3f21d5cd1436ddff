"""Per-request context handed to every operation handler."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import errors, http
from .validation import Fail, Reader, parse_json_object

if TYPE_CHECKING:
    from .control import Emulator


@dataclass(slots=True)
class Ctx:
    emu: "Emulator"
    scope: dict
    params: dict[str, str]
    raw: bytes
    org: str
    token: str
    now: float
    family: str

    @property
    def store(self):  # noqa: ANN201 - the Store, typed in control.py
        return self.emu.store

    @property
    def durations(self):  # noqa: ANN201
        return self.emu.config.durations

    @property
    def base_url(self) -> str:
        return http.base_url(self.scope, self.emu.config.public_url)

    def query(self) -> dict[str, str]:
        return http.query(self.scope)

    def body(self, fail: Fail) -> Reader:
        """The JSON object body; a non-object or invalid JSON fails as field 'body'."""
        parsed = parse_json_object(self.raw)
        if parsed is None:
            raise fail("body", "Request body must be a JSON object", None)
        return Reader(parsed, fail)

    def file_url(self, file_id: str, name: str) -> str:
        return f"{self.base_url}/files/{file_id}/{name}"

    def path_id(self, name: str) -> int | None:
        value = self.params.get(name, "")
        return int(value) if value.isdigit() else None


def v1_fail(field: str, message: str, value: Any) -> errors.ApiError:
    return errors.v1(400, f"{field}: {message}")


def v2_fail(field: str, message: str, value: Any) -> errors.ApiError:
    return errors.v2(400, "Bad Request", f"{field}: {message}")


def bool_query(value: str | None) -> bool:
    return value is not None and value.lower() in ("1", "true", "yes")
