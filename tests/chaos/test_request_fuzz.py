"""The request fuzzer: random and mutated protobuf bytes and hostile field values sent over a
raw channel to every routed and native method of a real gateway (upstream: the hostile fake,
answering `{}`). Never UNKNOWN, never INTERNAL; bytes that are not the request message, and
values the contract refuses (NaN, infinities, dot segments in path variables), answer
INVALID_ARGUMENT with a BadRequest; and no upstream path ever leaves its route's template."""

from __future__ import annotations

import asyncio
import random
import time

import grpc
from google.protobuf import descriptor as d
from google.protobuf.message import DecodeError

from gateway.native import NATIVE_SERVICES
from gateway.routing.rules import contract_services
from gateway.validation import RequestValidator
from tests.chaos import stats
from tests.chaos.hostile import Answer
from tests.chaos.requests import valid_request
from tests.chaos.test_chaos_upstream import _status, _unpacked, check_error

SEED = 7
TOKEN = "tok-fuzz-8c1d2e"
METADATA = (("api_token", TOKEN),)
MUTANTS_PER_METHOD = 30
F = d.FieldDescriptor


def _mutate(rnd: random.Random, data: bytes) -> bytes:
    kind = rnd.randrange(6)
    b = bytearray(data)
    if kind == 0 and b:  # bit flips
        for _ in range(rnd.randint(1, 4)):
            i = rnd.randrange(len(b))
            b[i] ^= 1 << rnd.randrange(8)
    elif kind == 1 and b:  # truncation
        del b[rnd.randrange(len(b)):]
    elif kind == 2:  # random bytes
        b = bytearray(rnd.randbytes(rnd.randint(1, 64)))
    elif kind == 3:  # a string field (any number) holding invalid UTF-8
        b += bytes([(rnd.randint(1, 15) << 3) | 2, 2, 0xFF, 0xFE])
    elif kind == 4:  # a varint that never ends, or a length beyond the message
        b += rnd.choice([b"\x08" + b"\xff" * 11, b"\x0a\xff\xff\xff\x0f", b"\x0b", b"\x0c"])
    else:  # deep nesting of an unknown group/length-delimited field
        b = bytearray(b"\x0a\x7f" * 200)
    return bytes(b)


def _invalid(cls, data: bytes) -> bool:
    try:
        cls.FromString(data)
    except (DecodeError, RecursionError, ValueError):
        return True
    return False


def methods():
    out = []
    for service in contract_services():
        for method in service.methods:
            out.append((f"/{service.full_name}/{method.name}", method, service.full_name in NATIVE_SERVICES))
    return out


async def test_fuzzed_request_bytes(hostile, chaos_gateway, chaos_channel):
    hostile.script = lambda seen: Answer(200, b"{}")
    rnd = random.Random(SEED)
    validator = RequestValidator()
    run = stats.Run("request_fuzz_bytes")
    problems = []
    jobs = []
    for full, method, native in methods():
        from google.protobuf import message_factory

        cls = message_factory.GetMessageClass(method.input_type)
        base = (valid_request(cls, validator) or cls()).SerializeToString()
        for _ in range(MUTANTS_PER_METHOD):
            jobs.append((full, method.server_streaming, cls, _mutate(rnd, base)))

    async def one(full, streaming, cls, data):
        invalid = _invalid(cls, data)
        try:
            if streaming:
                call = chaos_channel.unary_stream(full, request_serializer=None, response_deserializer=None)
                async for _ in call(data, metadata=METADATA, timeout=0.5):
                    break
                code = grpc.StatusCode.OK
            else:
                call = chaos_channel.unary_unary(full, request_serializer=None, response_deserializer=None)
                await call(data, metadata=METADATA, timeout=5)
                code = grpc.StatusCode.OK
        except grpc.aio.AioRpcError as err:
            code = err.code()
            problems.extend(f"{full}: {p}" for p in check_error(err, TOKEN))
            if code == grpc.StatusCode.INTERNAL:
                problems.append(f"{full}: INTERNAL for fuzzed bytes: {err.details()!r}")
            if invalid and code == grpc.StatusCode.INVALID_ARGUMENT:
                found = _unpacked(_status(err)[0])
                if found["ErrorInfo"].reason != "REQUEST_INVALID" or "BadRequest" not in found:
                    problems.append(f"{full}: undecodable bytes without REQUEST_INVALID and BadRequest")
        if invalid and code != grpc.StatusCode.INVALID_ARGUMENT:
            problems.append(f"{full}: undecodable bytes answered {code.name}")
        run.record("invalid_bytes" if invalid else "decodable_mutant", code.name)

    started = time.monotonic()
    for i in range(0, len(jobs), 64):
        await asyncio.gather(*(one(*job) for job in jobs[i : i + 64]))
    run.finish(time.monotonic() - started, len(hostile.seen))
    assert run.faults["invalid_bytes"] > 100
    assert not problems, "\n".join(problems[:20])


def _float_fields(desc: d.Descriptor, prefix=""):
    for field in desc.fields:
        if field.type in (F.TYPE_DOUBLE, F.TYPE_FLOAT) and not field.is_repeated:
            yield prefix, field


async def test_non_finite_numbers_are_refused_before_the_upstream(hostile, chaos_gateway, chaos_channel):
    hostile.script = lambda seen: Answer(200, b"{}")
    validator = RequestValidator()
    run = stats.Run("request_fuzz_non_finite")
    cases = 0
    for route in chaos_gateway.routes.values():
        for _, field in _float_fields(route.request_cls.DESCRIPTOR):
            for value in (float("nan"), float("inf"), float("-inf")):
                request = valid_request(route.request_cls, validator)
                setattr(request, field.name, value)
                call = chaos_channel.unary_unary(route.full_method, request_serializer=lambda m: m.SerializeToString(),
                                                 response_deserializer=None)
                before = len(hostile.seen)
                try:
                    await call(request, metadata=METADATA, timeout=5)
                    code = grpc.StatusCode.OK
                except grpc.aio.AioRpcError as err:
                    code = err.code()
                    fields = [v.field for v in _unpacked(_status(err)[0])["BadRequest"].field_violations]
                    assert field.name in fields, (route.method, field.name, fields)
                assert code == grpc.StatusCode.INVALID_ARGUMENT, (route.method, field.name, value, code)
                assert len(hostile.seen) == before  # never reached the upstream
                run.record(f"{field.type == F.TYPE_DOUBLE and 'double' or 'float'}:{value}", code.name)
                cases += 1
    run.finish(0.0, 0)
    assert cases >= 30


ALPHABET = ["", ".", "..", "...", "%2e", "%2E%2e", "/", "%2f", "\\", "?", "#", ";", "a", "ü", " ", "%", "~", "\u202e"]


async def test_path_variables_never_leave_the_template(hostile, chaos_gateway, chaos_channel):
    """For every route with a path variable, fuzzed values either are refused
    (INVALID_ARGUMENT naming the field, nothing sent) or reach the upstream as one segment of
    the route's own template."""
    hostile.script = lambda seen: Answer(200, b"{}")
    rnd = random.Random(SEED + 1)
    validator = RequestValidator()
    run = stats.Run("path_fuzz")
    started = time.monotonic()
    problems = []
    for route in chaos_gateway.routes.values():
        if not route.template.fields:
            continue
        pattern = route.template.pattern()
        for i in range(40):
            request = valid_request(route.request_cls, validator)
            for name in route.template.fields:
                field = route.request_cls.DESCRIPTOR.fields_by_name[name]
                if field.type == F.TYPE_STRING:
                    value = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 3))) if i > 2 else ["", ".", ".."][i]
                else:
                    value = rnd.choice([0, -1, 1, 2**63 - 1, -(2**63), rnd.randint(-10**6, 10**6)])
                setattr(request, name, value)
            call = chaos_channel.unary_unary(route.full_method, request_serializer=lambda m: m.SerializeToString(),
                                             response_deserializer=None)
            rid = f"path-{route.method}-{i}"
            try:
                await call(request, metadata=(*METADATA, ("x-request-id", rid)), timeout=5)
                code = grpc.StatusCode.OK
            except grpc.aio.AioRpcError as err:
                code = err.code()
                problems.extend(check_error(err, TOKEN))
            sent = [s for s in hostile.seen if s.headers.get("x-request-id") == rid]
            for seen in sent:
                if not pattern.match(seen.path) or any(seg in (".", "..") for seg in seen.path.split("/")):
                    problems.append(f"{route.method}: {seen.target} outside {route.template.template}")
            if code == grpc.StatusCode.OK and not sent:
                problems.append(f"{route.method}: OK without an upstream call")
            run.record(route.method, code.name)
            if code not in (grpc.StatusCode.OK, grpc.StatusCode.INVALID_ARGUMENT):
                problems.append(f"{route.method}: {code.name}")
    run.finish(time.monotonic() - started, len(hostile.seen))
    assert run.codes["INVALID_ARGUMENT"] > 0 and run.codes["OK"] > 0
    assert not problems, "\n".join(problems[:20])
