"""The TypeScript client (clients/typescript) proven against a real gateway: its own type check
and unit tests, a TS program run with `npx tsx` that walks the whole lifecycle (project, dataset,
images, model, training followed to COMPLETED over WatchModelTraining, a v2 job followed over
WatchJob), decodes a validation error and a quota rejection, and cancels a Watch stream while the
test reads the gateway's `gateway_watch_streams` gauge; and the README's example, run as written.
In CI (CI=true) a missing node, npx or node_modules fails these tests instead of skipping them."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from tests.clients.proof import Program

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ROOT / "clients" / "typescript"
RUN_TIMEOUT = 180.0  # the whole program


def toolchain() -> str:
    """npx, with the client's node_modules installed; skip locally, fail in CI, when missing."""
    problem = None
    npx = shutil.which("npx")
    if shutil.which("node") is None or npx is None:
        problem = "node/npx is not installed (run scripts/setup.sh)"
    elif not (CLIENT / "node_modules" / ".bin" / "tsx").exists():
        problem = "clients/typescript/node_modules is missing (run clients/typescript/setup.sh)"
    if problem:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(problem)
        pytest.skip(problem)
    return npx


def run(args: list[str], timeout: float, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=CLIENT, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def test_typescript_client_type_checks():
    npx = toolchain()
    result = run([npx, "--no-install", "tsc", "--noEmit", "-p", "."], timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_typescript_client_unit_tests():
    npx = toolchain()
    result = run([npx, "--no-install", "tsx", "--test", "--test-timeout=20000", "test/client.test.ts"], timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^# fail 0$", result.stdout, re.M), result.stdout
    assert not re.search(r"^# pass 0$", result.stdout, re.M), result.stdout


async def test_typescript_client_against_the_gateway(target):
    npx = toolchain()
    env = {**os.environ, "TAILORED_ADDRESS": target.address, "TAILORED_TOKEN": target.token,
           "TAILORED_QUOTA_TOKEN": target.quota_token}
    proc = await asyncio.create_subprocess_exec(
        npx, "--no-install", "tsx", "test/proof.ts", cwd=CLIENT, env=env,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    program = Program(proc)
    try:
        async with asyncio.timeout(RUN_TIMEOUT):
            project = await program.expect("project")
            assert int(project["id"]) > 0
            dataset = await program.expect("dataset")
            assert dataset["status"] == "COMPLETED" and int(dataset["images"]) == 5

            updates = []
            while not updates or not updates[-1]["terminal"]:
                updates.append(await program.expect("training_update"))
            assert updates[-1]["status"] == "COMPLETED"
            assert all(u["resumable"] for u in updates)
            assert [u["terminal"] for u in updates] == [False] * (len(updates) - 1) + [True]
            trained = await program.expect("trained")
            assert trained["status"] == "COMPLETED"
            assert "IN_PROGRESS" in trained["statuses"]  # followed live, not just read at the end

            accepted = await program.expect("generation_accepted")
            assert accepted["requestId"]
            job = await program.expect("job")
            assert job["states"][-1] == "COMPLETED" and job["status"] == "COMPLETED"
            assert job["imageUrl"].startswith("http")

            invalid = await program.expect("validation_error")
            assert (invalid["code"], invalid["reason"]) == ("INVALID_ARGUMENT", "REQUEST_INVALID")
            assert "project_name" in {v["field"] for v in invalid["fieldViolations"]}
            assert all(v["description"] for v in invalid["fieldViolations"])
            assert invalid["requestId"]

            quota = await program.expect("quota_error")
            assert (quota["code"], quota["reason"]) == ("RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED")
            assert 0 < quota["retryDelayMs"] <= 60_000
            assert quota["quotaViolations"] and quota["quotaViolations"][0]["subject"]
            assert int(quota["pushbackMs"]) > 0
            assert quota["requestId"]

            opened = await program.expect("stream_open")
            assert opened["status"] == "CREATED"
            assert await target.wait_gauge("gateway_watch_streams", 1) == 1
            await program.send("cancel")
            cancelled = await program.expect("stream_cancelled")
            assert cancelled["code"] == "CANCELED"
            # The program and its HTTP/2 connection are still alive: only the cancel ended it.
            assert await target.wait_gauge("gateway_watch_streams", 0) == 0
            await program.send("exit")
            after = await program.expect("after_cancel")
            assert after["status"] == "CREATED"
            await program.expect("done")
            assert await proc.wait() == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    printed = json.dumps(program.seen)
    print(printed)  # shown when a later assertion fails
    assert target.token not in printed and target.quota_token not in printed


def readme_example() -> str:
    text = (CLIENT / "README.md").read_text()
    blocks = re.findall(r"```ts\n(.*?)```", text, re.S)
    assert len(blocks) == 1, "the README has exactly one ```ts example"
    assert len(blocks[0].strip().splitlines()) <= 12, "the README example stays about ten lines"
    return blocks[0]


async def test_readme_example_runs(target):
    npx = toolchain()
    script = CLIENT / f".readme-example-{uuid.uuid4().hex[:8]}.ts"  # next to src/, as a user's file
    script.write_text(readme_example())
    try:
        proc = await asyncio.create_subprocess_exec(
            npx, "--no-install", "tsx", script.name, cwd=CLIENT,
            env={**os.environ, "TAILORED_ADDRESS": target.address, "BRIA_API_TOKEN": target.token},
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        try:
            out, err = await asyncio.wait_for(proc.communicate(), 60)
        except TimeoutError:
            proc.kill()
            await proc.wait()
            raise
    finally:
        script.unlink(missing_ok=True)
    assert proc.returncode == 0, err.decode()
    lines = out.decode().splitlines()
    assert re.fullmatch(r"project \d+ created", lines[0]), lines
    assert re.fullmatch(r"NOT_FOUND RESOURCE_NOT_FOUND request [\w-]+", lines[1]), lines
