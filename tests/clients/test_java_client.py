"""The Java client (clients/java) proven against a real gateway. clients/java/build.sh compiles
the generated stubs and the client with plain javac against Debian's jars (cached under .tmp/java
by source hash); then a Java program (clients/java/test/ClientProof.java) walks the lifecycle:
a validation error and its field violations, a project, a dataset with five uploaded images,
completed, a model trained to COMPLETED followed over WatchModelTraining through a loopback proxy
the test breaks mid-stream (the client resumes with its resume_token), a v2 job followed over
WatchJob, a cancelled stream seen leaving the gateway's `gateway_watch_streams` gauge, and a
quota rejection (reason, RetryInfo, QuotaFailure). The README's example is compiled and run as
written. Under CI (CI=true) a missing JDK or jar fails these tests instead of skipping them."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from tests.clients.proof import Program, Relay

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ROOT / "clients" / "java"
BUILD_DIR = ROOT / ".tmp" / "java"
RUN_TIMEOUT = 180.0  # the whole program
BUILD_TIMEOUT = 300.0  # a cold compile of the stubs takes 10-20 s


def unavailable(problem: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(problem)
    pytest.skip(problem)


def jdk() -> tuple[str, str]:
    java, javac = shutil.which("java"), shutil.which("javac")
    if java is None or javac is None:
        unavailable("java/javac is not installed (run scripts/setup.sh)")
    if not Path("/usr/share/java/grpc-netty.jar").exists():
        unavailable("Debian's grpc-java jars are missing (run clients/java/setup.sh)")
    return java, javac


async def run(*args: str, timeout: float, env: dict | None = None) -> tuple[int, str, str]:
    """A subprocess on the event loop (the gateway in this process keeps serving meanwhile)."""
    proc = await asyncio.create_subprocess_exec(*args, cwd=ROOT, env={**os.environ, **(env or {})},
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        out, err = await asyncio.wait_for(proc.communicate(), timeout)
    except TimeoutError:
        proc.kill()
        await proc.wait()
        raise
    return proc.returncode, out.decode(errors="replace"), err.decode(errors="replace")


async def classpath() -> str:
    code, out, err = await run("bash", str(CLIENT / "build.sh"), timeout=BUILD_TIMEOUT)
    assert code == 0, err
    return out.strip().splitlines()[-1]


async def compile_program(javac: str, cp: str, name: str, source: str) -> Path:
    """Compiles one class `name` from `source` into .tmp/java/prog-<hash> (kept while unchanged)."""
    digest = hashlib.sha256(f"{cp}\n{name}\n{source}".encode()).hexdigest()[:16]
    dest = BUILD_DIR / f"prog-{digest}"
    if not (dest / f"{name}.class").exists():
        src = dest / "src" / f"{name}.java"
        src.parent.mkdir(parents=True, exist_ok=True)
        src.write_text(source)
        code, _, err = await run(javac, "-nowarn", "-d", str(dest), "-cp", cp, str(src), timeout=BUILD_TIMEOUT)
        assert code == 0, err
    return dest


async def test_java_client_against_the_gateway(target):
    java, javac = jdk()
    cp = await classpath()
    prog = await compile_program(javac, cp, "ClientProof", (CLIENT / "test" / "ClientProof.java").read_text())
    proxy = Relay(target.address)
    watch_address = await proxy.start()
    env = {**os.environ, "TAILORED_ADDRESS": target.address, "TAILORED_TOKEN": target.token,
           "TAILORED_QUOTA_TOKEN": target.quota_token, "TAILORED_WATCH_ADDRESS": watch_address}
    proc = await asyncio.create_subprocess_exec(
        java, "-Djava.awt.headless=true", "-cp", f"{prog}:{cp}", "ClientProof", cwd=ROOT, env=env,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    program = Program(proc, key="event")
    try:
        async with asyncio.timeout(RUN_TIMEOUT):
            invalid = (await program.expect("validation_error"))["error"]
            assert invalid is not None, "an empty project name was accepted"
            assert (invalid["code"], invalid["reason"], invalid["domain"]) == (
                "INVALID_ARGUMENT", "REQUEST_INVALID", "tailored-gateway.bria.ai")
            assert "project_name" in {v["field"] for v in invalid["field_violations"]}
            assert all(v["description"] for v in invalid["field_violations"])
            assert invalid["request_id"]

            project = await program.expect("project")
            assert project["id"] > 0 and project["name"] == "java proof"
            dataset = await program.expect("dataset")
            assert (dataset["status"], dataset["images"]) == ("DATASET_STATUS_COMPLETED", 5)

            # Training, followed through the proxy: cut the connection once the stream is open.
            first = await program.expect("training_update")
            assert not first["terminal"]
            assert proxy.cut() >= 1
            updates = [first]
            while not updates[-1]["terminal"]:
                updates.append(await program.expect("training_update"))
            assert updates[-1]["status"] == "MODEL_STATUS_COMPLETED"
            assert "MODEL_STATUS_IN_PROGRESS" in {u["status"] for u in updates}
            assert [u["terminal"] for u in updates].count(True) == 1
            # Resumed with the token: the new stream skipped the state already seen, no duplicate.
            assert all(a["status"] != b["status"] for a, b in zip(updates, updates[1:])), updates
            trained = await program.expect("trained")
            assert trained["status"] == "MODEL_STATUS_COMPLETED"
            assert trained["reconnects"] >= 1 and proxy.accepted >= 2  # resumed on a new connection

            assert (await program.expect("job_accepted"))["request_id_set"]
            job = [await program.expect("job_update")]
            while not job[-1]["terminal"]:
                job.append(await program.expect("job_update"))
            done = await program.expect("job_done")
            assert done["status"] == "REQUEST_STATE_COMPLETED" and done["image_url"].startswith("http")

            # A stream the caller cancels, with its channel still open: the gauge says the gateway let go.
            watching = await program.expect("watching")
            assert watching["status"] in ("MODEL_STATUS_CREATED", "MODEL_STATUS_IN_PROGRESS")
            assert await target.wait_gauge("gateway_watch_streams", 1) == 1
            await program.send("go")
            cancelled = await program.expect("cancelled")
            assert cancelled["code"] == "CANCELLED"
            assert await target.wait_gauge("gateway_watch_streams", 0) == 0
            await program.send("go")

            quota = (await program.expect("quota_error"))["error"]
            assert quota is not None, "the second call in a minute was let through"
            assert (quota["code"], quota["reason"]) == ("RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED")
            assert 0 < quota["retry_delay_ms"] <= 60_000
            assert quota["quota_violations"] and quota["quota_violations"][0]["subject"]
            assert quota["request_id"]
            await program.expect("done")
            assert await proc.wait() == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        await proxy.stop()
    printed = json.dumps(program.seen)
    assert target.token not in printed and target.quota_token not in printed


def readme_example() -> tuple[list[str], list[str]]:
    """The README's one ```java block: its import lines and its statements."""
    blocks = re.findall(r"```java\n(.*?)```", (CLIENT / "README.md").read_text(), re.S)
    assert len(blocks) == 1, "the README has exactly one ```java example"
    lines = blocks[0].strip().splitlines()
    imports = [line for line in lines if line.startswith("import ")]
    body = [line for line in lines if not line.startswith("import ") and line.strip()]
    assert len(body) <= 10, "the README example stays about ten lines"
    return imports, body


async def test_readme_example_runs(target):
    java, javac = jdk()
    cp = await classpath()
    imports, body = readme_example()
    source = "\n".join([*imports, "", "public class ReadmeExample {",
                        "    public static void main(String[] args) throws Exception {",
                        *("        " + line for line in body), "    }", "}", ""])
    prog = await compile_program(javac, cp, "ReadmeExample", source)
    code, out, err = await run(java, "-cp", f"{prog}:{cp}", "ReadmeExample", timeout=60,
                               env={"TAILORED_ADDRESS": target.address, "BRIA_API_TOKEN": target.token})
    assert code == 0, err
    lines = out.splitlines()
    assert re.fullmatch(r"project \d+ created", lines[0]), lines
    assert re.fullmatch(r"NOT_FOUND RESOURCE_NOT_FOUND projects/\d+ request [\w-]+", lines[1]), lines
    assert target.token not in out + err
