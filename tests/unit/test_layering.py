"""The emulator is a package of its own (`tailored_emulator`, extra `emulator`): it may import the
gateway, the gateway never imports it, except the command-line functions that start it
(inside their bodies, so `serve` and `--help` work without it). Neither imports a web framework
the other does not declare; the wheel's metadata keeps the emulator's needs in its extra."""

from __future__ import annotations

import ast
import email
import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
GATEWAY = ROOT / "gateway"
EMULATOR = "tailored_emulator"
# The only places in gateway/ that may import the emulator: the CLI functions that start it.
CLI_FUNCTIONS = {("__main__.py", name) for name in ("_emulator_flags", "emulator_missing", "main", "serve_forever")}
# The emulator's server (uvicorn) and the tests' web framework (starlette): never in gateway/
# (its webhook listener runs on aiohttp, its upstream engine).
NEVER = {"starlette", "uvicorn"}


def _imports(tree: ast.AST):
    """(top-level module name, enclosing function or None, line) of every import."""
    def walk(node: ast.AST, function: str | None):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield from walk(child, function or child.name)
                continue
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield alias.name.split(".")[0], function, child.lineno
            elif isinstance(child, ast.ImportFrom):
                if child.level == 0 and child.module:
                    yield child.module.split(".")[0], function, child.lineno
                elif child.level >= 1:
                    # `from .emulator import x` / `from . import emulator` inside gateway/
                    names = [child.module or ""] + [a.name for a in child.names]
                    if any(n.split(".")[0] == "emulator" for n in names):
                        yield EMULATOR, function, child.lineno
            yield from walk(child, function)
    yield from walk(tree, None)


def _gateway_imports():
    for path in sorted(GATEWAY.rglob("*.py")):
        rel = path.relative_to(GATEWAY).as_posix()
        for module, function, line in _imports(ast.parse(path.read_text(), str(path))):
            yield rel, module, function, line


def test_the_gateway_imports_the_emulator_only_inside_its_cli_functions():
    offenders = [f"gateway/{rel}:{line} ({function or 'module level'})"
                 for rel, module, function, line in _gateway_imports()
                 if module == EMULATOR and (rel, function) not in CLI_FUNCTIONS]
    assert offenders == [], "gateway -> tailored_emulator outside the CLI's emulator functions"


def test_the_cli_functions_that_start_the_emulator_still_exist():
    """The allowance above names functions; renaming one must not widen or silently void it."""
    tree = ast.parse((GATEWAY / "__main__.py").read_text())
    defined = {node.name for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}
    assert {name for _, name in CLI_FUNCTIONS} <= defined
    used = {(rel, function) for rel, module, function, _ in _gateway_imports() if module == EMULATOR}
    assert used and used <= CLI_FUNCTIONS


def test_the_gateway_imports_no_emulator_web_framework():
    offenders = [f"gateway/{rel}:{line}" for rel, module, _, line in _gateway_imports() if module in NEVER]
    assert offenders == []


def test_the_emulator_imports_the_gateway_only_through_its_package_name():
    """Emulator -> gateway is allowed, but by absolute import (`from gateway import ...`): a
    relative `from ..` would only work while the emulator sat inside gateway/."""
    relative_up = []
    for path in sorted((ROOT / EMULATOR).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level > 1:
                relative_up.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert relative_up == []


def test_the_layering_checker_sees_what_it_should():
    """The checker on planted sources: it must catch each kind of offending import."""
    planted = {
        "from tailored_emulator import serve": [(EMULATOR, None)],
        "import tailored_emulator.server as s": [(EMULATOR, None)],
        "from .emulator import serve": [(EMULATOR, None)],
        "from . import emulator": [(EMULATOR, None)],
        "def f():\n    from tailored_emulator.demo import main": [(EMULATOR, "f")],
        "class C:\n    def m(self):\n        import starlette.applications": [("starlette", "m")],
        "async def g():\n    def inner():\n        import uvicorn": [("uvicorn", "g")],
        "from .settings import Settings": [],
    }
    for source, expected in planted.items():
        found = [(m, f) for m, f, _ in _imports(ast.parse(source)) if m in (EMULATOR, "starlette", "uvicorn")]
        assert found == expected, source


# ---- the wheel's metadata ------------------------------------------------------------------

@pytest.fixture(scope="module")
def metadata_dir(tmp_path_factory) -> pathlib.Path:
    """The .dist-info the wheel would carry, from the build backend itself (PEP 517
    prepare_metadata_for_build_wheel, which works in the directory it is given): no virtualenv,
    no build."""
    out = tmp_path_factory.mktemp("metadata")
    code = "import sys, setuptools.build_meta as b; print(b.prepare_metadata_for_build_wheel(sys.argv[1]))"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([sys.executable, "-c", code, str(out)], cwd=ROOT, capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    return out / result.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def metadata(metadata_dir) -> email.message.Message:
    return email.message_from_string((metadata_dir / "METADATA").read_text())


def _requirements(metadata) -> dict[str | None, set[str]]:
    """Requirement names by extra (None: unconditional)."""
    by_extra: dict[str | None, set[str]] = {}
    for line in metadata.get_all("Requires-Dist") or []:
        requirement, _, marker = line.partition(";")
        name = requirement.strip().split("[")[0]
        for sep in "<>=!~ (":
            name = name.split(sep)[0]
        extra = None
        if "extra ==" in marker:
            extra = marker.split("extra ==")[1].strip().strip("'\"")
        by_extra.setdefault(extra, set()).add(name.lower())
    return by_extra


def test_starlette_and_uvicorn_are_only_under_the_extras(metadata):
    requires = _requirements(metadata)
    assert "emulator" in (metadata.get_all("Provides-Extra") or [])
    assert {"uvicorn", "httptools"} <= requires["emulator"]
    assert not requires[None] & {"uvicorn", "httptools", "starlette"}, "runtime dependencies of the gateway"
    assert "starlette" not in requires["emulator"]  # the emulator does not use it; tests do (dev)
    assert "tailored-gateway" in requires["dev"]  # dev = tests + demo: it pulls in [emulator]


def test_the_wheel_ships_the_emulator_as_its_own_top_level_package(metadata_dir):
    """One distribution for now (see the packaging tests for what an install gives)."""
    top_level = set((metadata_dir / "top_level.txt").read_text().split())
    assert {"gateway", "tailored_emulator"} <= top_level


# ---- the command line without the emulator ---------------------------------------------------

@pytest.mark.parametrize(
    "hidden",
    [
        ("tailored_emulator.server", "uvicorn"),  # the package without its extra (pip install .)
        ("tailored_emulator", "tailored_emulator.cli", "tailored_emulator.server"),  # no package (the image)
    ],
    ids=["without-the-extra", "without-the-package"],
)
def test_without_the_emulator_serve_helps_and_its_commands_exit_2_naming_the_extra(hidden, monkeypatch, capsys):
    from gateway.__main__ import main, parse

    for name in hidden:
        monkeypatch.setitem(sys.modules, name, None)  # `import name` now fails
    for argv in (["--help"], ["serve", "--help"], ["emulator", "--help"]):
        with pytest.raises(SystemExit) as exit_:
            parse(argv, {})
        assert exit_.value.code == 0, argv
        assert capsys.readouterr().out.startswith("usage: tailored-gateway"), argv
    for argv in (["emulator", "--port", "0", "--plan", "free"], ["demo"],
                 ["serve", "--upstream", "embedded", "--port", "0", "--metrics-port", "-1"]):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert "the emulator is not installed" in err and "pip install 'tailored-gateway[emulator]'" in err, argv
