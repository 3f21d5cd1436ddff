"""The Helm chart's values table, from the `# --` comments in its values.yaml.

Every key of values.yaml carries a `# -- description` comment on the line(s) above it (a mapping
key without one, like `image:`, only groups its children). A row is: the dotted key, its type
(from values.schema.json), its default (from values.yaml) and the description. A value that no
comment describes, on itself or on a mapping above it, is an error, so a new key cannot land
undocumented.

    python tools/chart_values_table.py            # print the table
    python tools/chart_values_table.py --write    # rewrite it in the chart's README.md
    python tools/chart_values_table.py --check    # exit 1 when the README's table is stale
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
from dataclasses import dataclass
from typing import Any

import yaml

CHART = pathlib.Path(__file__).resolve().parent.parent / "helm" / "tailored-gateway"
START = "<!-- values-table:start (tools/chart_values_table.py --write) -->"
END = "<!-- values-table:end -->"

_KEY = re.compile(r"^(?P<indent> *)(?P<key>[A-Za-z0-9_.-]+|\"[^\"]+\"):(?:\s|$)")
_DOC = re.compile(r"^ *# -- ?(?P<text>.*)$")
_MORE = re.compile(r"^ *#(?: (?P<text>.*))?$")


class TableError(ValueError):
    """values.yaml cannot be turned into a complete table."""


@dataclass(frozen=True)
class Row:
    key: str
    type: str
    default: str
    description: str


def documented_keys(text: str) -> dict[tuple[str, ...], str]:
    """Each key path that has a `# --` comment, with the comment's text (continuation `#` lines
    right below the `# --` line join it)."""
    docs: dict[tuple[str, ...], str] = {}
    stack: list[tuple[int, str]] = []
    pending: list[str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if doc := _DOC.match(line):
            pending = [doc["text"].strip()]
            continue
        if pending is not None and (more := _MORE.match(line)) and more["text"]:
            pending.append(more["text"].strip())
            continue
        if line.strip().startswith("#") or not line.strip():
            pending = None if not line.strip() else pending
            continue
        key = _KEY.match(line)
        if key is None:  # a list item or a continued value: part of the value above
            pending = None
            continue
        indent = len(key["indent"])
        while stack and stack[-1][0] >= indent:
            stack.pop()
        name = key["key"].strip('"')
        stack.append((indent, name))
        if pending is not None:
            docs[tuple(k for _, k in stack)] = " ".join(pending)
            pending = None
    return docs


def _leaves(value: Any, path: tuple[str, ...]) -> list[tuple[str, ...]]:
    if isinstance(value, dict) and value:
        return [leaf for k, v in value.items() for leaf in _leaves(v, path + (str(k),))]
    return [path]


def _lookup(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        data = data[key]
    return data


def _schema_at(schema: dict, path: tuple[str, ...]) -> dict:
    for key in path:
        props = schema.get("properties", {})
        schema = props[key] if key in props else schema.get("additionalProperties") or {}
    return schema


def _type_of(schema: dict, root: dict) -> str:
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return _type_of(root["definitions"][name], root) if schema["$ref"].startswith("#/definitions/") else name
    if "enum" in schema:
        return " | ".join(json.dumps(v) for v in schema["enum"])
    if "oneOf" in schema:
        return " or ".join(_type_of(s, root) for s in schema["oneOf"])
    kind = schema.get("type", "any")
    kinds = kind if isinstance(kind, list) else [kind]
    if kinds == ["array"] and isinstance(schema.get("items"), dict):
        item = schema["items"]
        if "$ref" in item or item.get("type") not in (None, "object"):
            return f"list of {_type_of(item, root)}"
    return " or ".join(kinds)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rows(chart: pathlib.Path = CHART) -> list[Row]:
    text = (chart / "values.yaml").read_text()
    values = yaml.safe_load(text)
    schema = json.loads((chart / "values.schema.json").read_text())
    docs = documented_keys(text)
    undocumented = [
        ".".join(leaf) for leaf in _leaves(values, ())
        if not any(leaf[:n] in docs for n in range(1, len(leaf) + 1))
    ]
    if undocumented:
        raise TableError(f"values.yaml keys without a `# --` comment: {', '.join(undocumented)}")
    unknown = [".".join(p) for p in docs if not _has(values, p)]
    if unknown:
        raise TableError(f"comments on keys values.yaml does not hold: {', '.join(unknown)}")
    out = []
    for path, description in docs.items():
        default = _lookup(values, path)
        out.append(Row(
            ".".join(path),
            _type_of(_schema_at(schema, path), schema),
            json.dumps(default, ensure_ascii=False),
            description,
        ))
    return out


def _has(data: Any, path: tuple[str, ...]) -> bool:
    try:
        _lookup(data, path)
        return True
    except (KeyError, TypeError):
        return False


def table(chart: pathlib.Path = CHART) -> str:
    lines = ["| Key | Type | Default | Description |", "|---|---|---|---|"]
    for row in rows(chart):
        lines.append(f"| `{row.key}` | {_cell(row.type)} | `{_cell(row.default)}` | {_cell(row.description)} |")
    return "\n".join(lines) + "\n"


def with_table(readme: str, chart: pathlib.Path = CHART) -> str:
    """The README with the text between the markers replaced by the current table."""
    if START not in readme or END not in readme:
        raise TableError(f"README.md lacks the markers {START!r} and {END!r}")
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{table(chart)}{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--write", action="store_true", help="rewrite the table in the chart's README.md")
    mode.add_argument("--check", action="store_true", help="exit 1 when the README's table is stale")
    parser.add_argument("--chart", type=pathlib.Path, default=CHART, help="chart directory")
    args = parser.parse_args(argv)
    try:
        if not (args.write or args.check):
            sys.stdout.write(table(args.chart))
            return 0
        readme_path = args.chart / "README.md"
        readme = readme_path.read_text()
        fresh = with_table(readme, args.chart)
    except TableError as err:
        print(f"chart_values_table: {err}", file=sys.stderr)
        return 1
    if args.check:
        if fresh != readme:
            print(f"chart_values_table: {readme_path} is stale; run tools/chart_values_table.py --write", file=sys.stderr)
            return 1
        return 0
    readme_path.write_text(fresh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
