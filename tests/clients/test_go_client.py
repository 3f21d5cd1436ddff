"""The Go client (clients/go) against a real gateway: `go vet` and its package tests (a fake
gateway for resuming after UNAVAILABLE, error decoding and credentials), then cmd/proof, built
in GOPATH mode from Debian's packages and run as a subprocess while this event loop keeps the
gateway serving: the lifecycle to a trained model and a finished v2 job (both followed over
Watch streams), a validation error, a quota rejection, and a cancelled stream seen to leave the
gateway's `gateway_watch_streams` gauge; and the README's example, built and run as written.
Builds share the cache in .tmp/go. In CI (CI=true) a missing Go toolchain fails, never skips."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from tests.clients.proof import Program

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ROOT / "clients" / "go"
WORK = ROOT / ".tmp" / "go"
PKG = "tailored-gateway.bria.ai/clients/go"
RUN_TIMEOUT = 180.0
BUILD_TIMEOUT = 300.0  # a cold build of grpc-go and the stubs takes tens of seconds on 2 cores


def go_env() -> dict[str, str]:
    """The environment clients/go/gopath.sh prints (the README's way), or skip/fail without Go."""
    problem = None
    if shutil.which("go") is None:
        problem = "go is not installed (run clients/go/setup.sh)"
    elif not Path("/usr/share/gocode/src/google.golang.org/grpc").is_dir():
        problem = "Debian's grpc-go is not installed (run clients/go/setup.sh)"
    if problem:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(problem)
        pytest.skip(problem)
    out = subprocess.run(["bash", str(CLIENT / "gopath.sh")], capture_output=True, text=True, check=True,
                         env={**os.environ, "TAILORED_GO_WORK": str(WORK)}, timeout=30).stdout
    words = shlex.split(out)
    assert words[0] == "export", out
    return {**os.environ, **dict(w.split("=", 1) for w in words[1:])}


def go(env: dict[str, str], *args: str, cwd: Path = ROOT, timeout: float = BUILD_TIMEOUT) -> str:
    result = subprocess.run(["go", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"go {' '.join(args)}:\n{result.stdout}{result.stderr}"
    return result.stdout


def test_go_client_vets_and_passes_its_package_tests():
    env = go_env()
    assert env["GO111MODULE"] == "off" and env["GOPROXY"] == "off"
    go(env, "vet", f"{PKG}/tailored", f"{PKG}/cmd/proof")
    out = go(env, "test", "-count=1", "-v", f"{PKG}/tailored")
    passed = re.findall(r"^--- PASS: (\w+)", out, re.M)
    assert "TestWatchResumesAfterUnavailableWithLastToken" in passed, out
    assert "TestRichErrorDecoding" in passed and len(passed) >= 5, out
    assert "--- FAIL" not in out


async def test_go_client_against_the_gateway(target):
    env = go_env()
    binary = WORK / "bin" / "proof"
    go(env, "build", "-o", str(binary), f"{PKG}/cmd/proof")
    env.update(TAILORED_ADDRESS=target.address, TAILORED_TOKEN=target.token, TAILORED_QUOTA_TOKEN=target.quota_token)
    proc = await asyncio.create_subprocess_exec(
        str(binary), env=env, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    program = Program(proc, strict=True)
    try:
        async with asyncio.timeout(RUN_TIMEOUT):
            assert (await program.expect("project"))["id"] > 0
            dataset = await program.expect("dataset")
            assert dataset["id"] > 0 and dataset["visual_schema_chars"] > 0
            uploads = [await program.expect("upload") for _ in range(5)]
            assert len({u["image_id"] for u in uploads}) == 5
            completed = await program.expect("completed")
            assert (completed["status"], completed["images_count"]) == ("DATASET_STATUS_COMPLETED", 5)

            updates = [await program.expect("training")]
            while not updates[-1]["terminal"]:
                updates.append(await program.expect("training"))
            statuses = [u["status"] for u in updates]
            assert statuses[-1] == "MODEL_STATUS_COMPLETED", statuses
            assert "MODEL_STATUS_IN_PROGRESS" in statuses, statuses  # followed live, not read at the end
            states = [(u["status"], u["checkpoints"]) for u in updates]
            assert all(a != b for a, b in zip(states, states[1:])), states  # one message per change
            assert sorted(updates[-1]["checkpoints"]) == [500, 1000], states  # expert: 1000 steps, every 500
            assert all(u["has_resume_token"] for u in updates)
            assert (await program.expect("trained"))["status"] == "MODEL_STATUS_COMPLETED"

            request_id = (await program.expect("accepted"))["request_id"]
            assert request_id
            jobs = [await program.expect("job")]
            while not jobs[-1]["terminal"]:
                jobs.append(await program.expect("job"))
            assert jobs[-1]["state"] == "REQUEST_STATE_COMPLETED", jobs
            generated = await program.expect("generated")
            assert generated["state"] == "REQUEST_STATE_COMPLETED" and generated["image_url"].startswith("http")
            assert generated["seed"] == 42

            invalid = await program.expect("invalid")
            assert (invalid["code"], invalid["reason"], invalid["domain"]) == (
                "InvalidArgument", "REQUEST_INVALID", "tailored-gateway.bria.ai")
            fields = {v["field"]: v["description"] for v in invalid["field_violations"]}
            assert "project_name" in fields and all(fields.values()), fields
            assert invalid["request_id"]

            first, second = await program.expect("quota"), await program.expect("quota")
            assert first["call"] == 1 and first["ok"], first
            assert (second["code"], second["reason"]) == ("ResourceExhausted", "QUOTA_EXCEEDED"), second
            assert second["has_retry"] and 0 < second["retry_delay_ms"] <= 60_000, second
            assert second["quota_violations"] and second["quota_violations"][0]["subject"], second
            assert second["temporary"] and second["request_id"]

            assert (await program.expect("watching"))["status"] == "MODEL_STATUS_CREATED"
            assert await target.wait_gauge("gateway_watch_streams", 1) == 1
            await program.send()
            assert (await program.expect("cancelled"))["code"] == "Canceled"
            # The program and its connection are still up: the cancel alone closed the stream.
            assert await target.wait_gauge("gateway_watch_streams", 0) == 0
            await program.send()
            assert (await program.expect("after_cancel"))["status"] == "MODEL_STATUS_CREATED"
            await program.expect("done")
            assert await proc.wait() == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    printed = json.dumps(program.seen)
    assert target.token not in printed and target.quota_token not in printed


def readme_example() -> str:
    blocks = re.findall(r"```go\n(.*?)```", (CLIENT / "README.md").read_text(), re.S)
    assert len(blocks) == 1, "the README has exactly one ```go block"
    body = blocks[0].split("func main() {", 1)[1]
    assert len(body.strip().splitlines()) <= 18, "the example's main stays short"
    return blocks[0]


async def test_readme_example_builds_and_runs(target):
    env = go_env()
    folder = WORK / "readme"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "main.go").write_text(readme_example())
    go(env, "build", "-o", "example", "main.go", cwd=folder)
    env.update(TAILORED_ADDRESS=target.address, TAILORED_TOKEN=target.token)
    proc = await asyncio.create_subprocess_exec(
        str(folder / "example"), env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        out, err = await asyncio.wait_for(proc.communicate(), 60)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert proc.returncode == 0, err.decode()
    lines = out.decode().splitlines()
    assert re.fullmatch(r"projects: \d+", lines[0]), lines
    assert re.fullmatch(r"NotFound RESOURCE_NOT_FOUND request \S+", lines[1]), lines
