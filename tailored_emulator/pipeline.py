"""The one path every API request takes: route -> log -> faults -> auth -> limits -> handler."""
from __future__ import annotations

import asyncio

from . import errors
from .context import Ctx
from .control import Emulator
from .errors import ApiError
from .faults import html_page
from .http import Reply, Route, Router, header, json_reply
from .ratelimit import retry_after_header

RESET = object()  # sentinel: the connection was closed without a response


def family_error(family: str, status: int, message: str | None = None,
                 headers: dict[str, str] | None = None) -> Reply:
    return json_reply(status, errors.generic_body(family, status, message), headers)


class Pipeline:
    def __init__(self, emu: Emulator, routes: list[Route]) -> None:
        self.emu = emu
        self.router = Router(routes)

    async def handle(self, scope: dict, method: str, path: str, raw: bytes) -> Reply | object:
        emu = self.emu
        now = emu.clock.now()
        emu.scheduler.run_due()
        matched = self.router.match(method, path)
        if matched is None:
            return self._unmatched(method, path, now)
        route, params = matched
        token = header(scope, b"api_token")
        org = emu.config.token_orgs.get(token, token) if token else None
        emu.log.record(now, method, route.template, path, org, header(scope, b"traceparent"))
        if emu.config.latency_ms:
            await asyncio.sleep(emu.config.latency_ms / 1000)
        truncate = False
        for rule in emu.faults.take(method, route.template, token):
            outcome = await self._apply_fault(rule, route, scope)
            if outcome == "truncate":
                truncate = True
            elif outcome is not None:
                return outcome
        if route.auth:
            refused = self._gate(route, token, org, now)
            if refused is not None:
                return refused
        reply = self._run(route, Ctx(emu, scope, params, raw, org or "", token or "", now, route.family))
        if truncate and reply.body:
            reply.body = reply.body[: max(1, len(reply.body) // 2)]
        return reply

    def _unmatched(self, method: str, path: str, now: float) -> Reply:
        self.emu.log.record(now, method, "<unmatched>", path, None)
        family = errors.V2 if path.startswith("/v2/") else errors.V1
        if self.router.allows_other_method(path):
            return family_error(family, 405, "Method Not Allowed")
        return family_error(family, 404, "Not Found")

    def _gate(self, route: Route, token: str | None, org: str | None, now: float) -> Reply | None:
        config = self.emu.config
        if not token or token in config.invalid_tokens:
            return family_error(route.family, 401, "Unauthorized: missing or invalid api_token")
        rpm = config.org_rate_limits.get(org or "", config.rate_limit_rpm)
        if rpm is not None:
            wait = self.emu.limiter.acquire((org or "", route.template), int(rpm), now)
            if wait is not None:
                return family_error(route.family, 429, errors.RATE_LIMIT_MESSAGE,
                                    {"Retry-After": retry_after_header(wait)})
        if config.quota_requests is not None and route.family != errors.STATUS:
            used = self.emu.quota_used.get(org or "", 0) + 1
            self.emu.quota_used[org or ""] = used
            if used > config.quota_requests:
                return self._quota(route.family, errors.QUOTA_MESSAGE)
        return None

    def _quota(self, family: str, message: str) -> Reply:
        if family in (errors.V2, errors.STATUS):
            return json_reply(403, errors.v2_body(403, "Forbidden", message))
        return json_reply(403, message)  # bare JSON string, as S26 documents for 403

    def _run(self, route: Route, ctx: Ctx) -> Reply:
        try:
            return route.handler(ctx)
        except ApiError as problem:
            return json_reply(problem.status, problem.body, problem.headers)

    async def _apply_fault(self, rule, route: Route, scope: dict):  # noqa: ANN001, ANN202
        kind = rule.kind
        if kind == "latency":
            await asyncio.sleep(rule.latency_ms / 1000)
            return None
        if kind == "truncated":
            return "truncate"
        if kind == "reset":
            return await self._reset(scope, route)
        if kind == "html":
            status = rule.status or 502
            return Reply(status, html_page(status, errors.REASONS.get(status, "Error")), "text/html")
        if kind == "quota":
            return self._quota(route.family, errors.QUOTA_MESSAGE)
        if kind == "access_denied":
            return self._quota(route.family, errors.ACCESS_DENIED_MESSAGE)
        if kind == "rate_limit":
            return family_error(route.family, 429, errors.RATE_LIMIT_MESSAGE,
                                {"Retry-After": str(rule.retry_after or 1)})
        status = rule.status or 500
        headers = {"Retry-After": str(rule.retry_after)} if rule.retry_after else None
        return family_error(route.family, status, None, headers)

    async def _reset(self, scope: dict, route: Route):  # noqa: ANN202
        abort = self.emu.abort_connection
        if abort is not None and abort(scope.get("client")):
            await asyncio.sleep(0)  # let the server notice the closed transport
            await asyncio.sleep(0)
            return RESET
        # Without access to the socket (not started by serve()), fail loudly instead.
        return family_error(route.family, 502, "connection reset (emulated)")
