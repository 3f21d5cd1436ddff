"""Generates every client's code from the one recipe, protos/buf.gen.yaml, into the fenced-off
clients/<language>/gen/ folders.

The recipe runs (`buf generate`, from protos/) into a scratch folder: each plugin's `out`
(`../clients/<language>/gen`) is redirected there and its relative paths are made absolute,
nothing else of the recipe changes. Without `--check` the scratch result replaces the committed
folders; with `--check` any difference (a changed, missing or extra file) fails.

Only plugins whose toolchains are installed can run. A language whose plugin is missing is left
out and named; under CI (`CI=true`) that fails the run, locally it is a skip (exit 3 when every
requested language was skipped). `--lang python` (repeatable) limits the run to some languages.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROTOS = ROOT / "protos"
RECIPE = PROTOS / "buf.gen.yaml"
BUF = ROOT / ".venv" / "bin" / "buf"
SKIPPED = 3  # exit status when nothing could run locally


def language(plugin: dict) -> str:
    """`python` for a plugin whose out is ../clients/python/gen (or below it)."""
    parts = pathlib.PurePosixPath(plugin["out"]).parts
    if len(parts) < 3 or parts[0] != ".." or parts[1] != "clients":
        raise SystemExit(f"{RECIPE}: out {plugin['out']!r} is not under ../clients/<language>/")
    return parts[2]


def absolute(value: str) -> str:
    """A path relative to protos/ made absolute; a bare command name (found on PATH) as is."""
    return os.path.normpath(PROTOS / value) if "/" in value else value  # no resolve(): a venv python is a symlink


def executable(command: str) -> bool:
    if "/" in command:
        path = pathlib.Path(command)
        return path.is_file() and os.access(path, os.X_OK)
    return shutil.which(command) is not None


def missing_tools(plugin: dict) -> list[str]:
    """What of `plugin`'s toolchain is not installed (empty when it can run)."""
    if "remote" in plugin:
        return [f"remote plugin {plugin['remote']} (local plugins only)"]
    if "local" in plugin:
        command = plugin["local"]
        commands = command if isinstance(command, list) else [command]
        found = [c for c in commands[:1] if not executable(absolute(c))]
        # Further words that are files (a script the interpreter runs) must exist too.
        found += [c for c in commands[1:] if "/" in c and not (PROTOS / c).exists()]
        return found
    if "protoc_builtin" in plugin:
        protoc = plugin.get("protoc_path", "protoc")
        protoc = protoc[0] if isinstance(protoc, list) else protoc
        return [] if executable(absolute(protoc)) else [protoc]
    return [f"plugin without local/protoc_builtin: {plugin}"]


def scratch_recipe(recipe: dict, scratch: pathlib.Path, languages: set[str]) -> dict:
    copy = dict(recipe)
    plugins = []
    for plugin in recipe["plugins"]:
        if language(plugin) not in languages:
            continue
        plugin = dict(plugin)
        plugin["out"] = str(scratch / pathlib.PurePosixPath(plugin["out"]).relative_to(".."))
        if "local" in plugin:
            local = plugin["local"]
            plugin["local"] = [absolute(c) for c in local] if isinstance(local, list) else absolute(local)
        if "protoc_path" in plugin:
            path = plugin["protoc_path"]
            plugin["protoc_path"] = [absolute(c) for c in path] if isinstance(path, list) else absolute(path)
        plugins.append(plugin)
    copy["plugins"] = plugins
    copy.pop("clean", None)  # the scratch folder starts empty
    return copy


def differences(committed: pathlib.Path, fresh: pathlib.Path) -> list[str]:
    if not committed.is_dir():
        return [f"{committed.relative_to(ROOT)}/ (missing)"]
    if not fresh.is_dir():
        return [f"{committed.relative_to(ROOT)}/ (the recipe generates nothing there)"]
    cmp = filecmp.dircmp(committed, fresh, ignore=["__pycache__", ".gitignore"])
    found = [str((committed / n).relative_to(ROOT)) for n in cmp.left_only + cmp.right_only]
    # dircmp compares shallowly (size and mtime first): compare contents.
    found += [str((committed / n).relative_to(ROOT)) for n in cmp.common_files
              if not filecmp.cmp(committed / n, fresh / n, shallow=False)]
    found += [str((committed / n).relative_to(ROOT)) for n in cmp.common_funny]
    for sub in cmp.common_dirs:
        found += differences(committed / sub, fresh / sub)
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail on any difference instead of writing")
    parser.add_argument("--lang", action="append", help="only this language (repeatable)")
    args = parser.parse_args(argv)
    ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")

    recipe = yaml.safe_load(RECIPE.read_text())
    languages: dict[str, list[str]] = {}
    for plugin in recipe["plugins"]:
        languages.setdefault(language(plugin), []).extend(missing_tools(plugin))
    wanted = set(args.lang or languages)
    unknown = wanted - set(languages)
    if unknown:
        print(f"no block in {RECIPE.relative_to(ROOT)} for: {', '.join(sorted(unknown))}")
        return 1
    if not executable(str(BUF)):
        languages = {lang: [str(BUF), *missing] for lang, missing in languages.items()}
    skipped = {lang: languages[lang] for lang in sorted(wanted) if languages[lang]}
    for lang, missing in skipped.items():
        print(f"{lang}: not generated, missing {', '.join(missing)}")
    if skipped and ci:
        print("CI: every client's toolchain must be installed (scripts/setup.sh)")
        return 1
    runnable = wanted - set(skipped)
    if not runnable:
        return SKIPPED

    with tempfile.TemporaryDirectory() as tmp:
        scratch = pathlib.Path(tmp)
        template = scratch / "buf.gen.yaml"
        template.write_text(yaml.safe_dump(scratch_recipe(recipe, scratch, runnable), sort_keys=False))
        done = subprocess.run([str(BUF), "generate", "--template", str(template)], cwd=PROTOS,
                              capture_output=True, text=True, timeout=600)
        if done.returncode:
            print(f"buf generate failed:\n{done.stdout}{done.stderr}")
            return 1
        stale = []
        for lang in sorted(runnable):
            committed, fresh = ROOT / "clients" / lang / "gen", scratch / "clients" / lang / "gen"
            if args.check:
                found = differences(committed, fresh)
                stale += found
                print(f"{lang}: {'stale' if found else 'fresh'}")
            else:
                if committed.exists():
                    shutil.rmtree(committed)
                shutil.copytree(fresh, committed)
                print(f"{lang}: written to {committed.relative_to(ROOT)}/")
    if stale:
        print("generated client code differs from the recipe; run python tools/gen_clients.py:\n  "
              + "\n  ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
