"""The repository documents itself: every document a source file cites exists in the repository
(with the section, when a `#anchor` is given), and nothing outside docs/ cites the research
notes that live beside the clone (shared/, CONTRACT.md, TOOLING.md, ...). docs/ may say where
its content came from; the code and its comments must point at docs/ instead."""

from __future__ import annotations

import ast
import io
import pathlib
import re
import tokenize

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCANNED_DIRS = ("gateway", "tests", "tools", "bench", "scripts", "protos", "docs", ".ci")
SCANNED_FILES = ("README.md", "pyproject.toml")
SUFFIXES = {".py", ".sh", ".md", ".proto", ".toml", ".yaml", ".yml", ".txt", ".json", ""}
SKIPPED_PARTS = {"__pycache__", "third_party", "node_modules"}

# "something.md" or "a/b/something.md", optionally with "#anchor"; not a glob like "*.md".
CITED = re.compile(r"(?<![\w./-])((?:\.\.?/)*[\w./-]*\w\.md)(?:#([\w-]+))?")
# Citations of documents that are not in the repository (the research notes beside the clone).
EXTERNAL = re.compile(r"\b(?:CONTRACT|TOOLING|SOURCES|STYLE)\.md\b|\bCONTRACT\s*§|\bTOOLING\b"
                      r"|(?<![\w-])(?:\.\./)*shared/(?!spec\b)|\bseeds/")
# Files whose owners have been asked to change a citation (remove an entry once it is fixed).
PENDING: dict[str, str] = {
}


def sources() -> list[pathlib.Path]:
    files = [ROOT / f for f in SCANNED_FILES if (ROOT / f).is_file()]
    for d in SCANNED_DIRS:
        files += [p for p in (ROOT / d).rglob("*") if p.is_file() and p.suffix in SUFFIXES
                  and not SKIPPED_PARTS.intersection(p.relative_to(ROOT).parts)]
    return sorted(set(files) - {pathlib.Path(__file__).resolve()})


def anchors(doc: pathlib.Path) -> set[str]:
    """Section anchors as GitHub renders them, plus explicit `<a id=...>` ones."""
    text = doc.read_text()
    found = set(re.findall(r'id="([\w-]+)"', text))
    in_code = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            in_code = not in_code
        elif not in_code and line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            found.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return found


def prose(path: pathlib.Path) -> list[tuple[int, str]]:
    """(first line, text) of what a reader reads: a Python file's comments and docstrings (its
    string literals are data, e.g. a file name joined to a path), every other file whole."""
    text = path.read_text(errors="replace")
    if path.suffix != ".py":
        return [(1, text)]
    parts = [(tok.start[0], tok.string) for tok in tokenize.generate_tokens(io.StringIO(text).readline)
             if tok.type == tokenize.COMMENT]
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body[0] if node.body else None
            if isinstance(body, ast.Expr) and isinstance(body.value, ast.Constant) and isinstance(body.value.value, str):
                parts.append((body.lineno, body.value.value))
    return parts


def _in_url(text: str, start: int) -> bool:
    word_start = max(text.rfind(c, 0, start) for c in " \t\n(<`'\"") + 1
    return "://" in text[word_start:start]


def test_every_cited_document_exists_in_the_repository():
    missing = []
    for path in sources():
        for first, text in prose(path):
            for match in CITED.finditer(text):
                if _in_url(text, match.start()):
                    continue
                cited, anchor = match.group(1), match.group(2)
                target = next((c for c in (path.parent / cited, ROOT / cited) if c.is_file()), None)
                where = f"{path.relative_to(ROOT)}:{first + text.count(chr(10), 0, match.start())}"
                if target is None:
                    missing.append(f"{where}: {cited} does not exist")
                elif anchor and anchor not in anchors(target):
                    missing.append(f"{where}: {cited} has no section #{anchor}")
    assert not missing, "cited documents missing from the repository:\n  " + "\n  ".join(missing)


def test_nothing_outside_docs_cites_the_notes_beside_the_clone():
    offending, still_pending = [], set()
    for path in sources():
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("docs/"):
            continue
        text = path.read_text(errors="replace")  # code included: an error message cites too
        for match in EXTERNAL.finditer(text):
            if rel in PENDING:
                still_pending.add(rel)
                continue
            line = text.count("\n", 0, match.start())
            offending.append(f"{rel}:{line + 1}: {text.splitlines()[line].strip()}")
    assert not offending, "cite docs/ instead of documents outside the repository:\n  " + "\n  ".join(offending)
    fixed = sorted(set(PENDING) - still_pending)
    assert not fixed, f"no longer cite outside documents, remove them from PENDING: {fixed}"


def test_the_checks_see_what_they_should():
    """The patterns themselves: a planted citation of each kind is found, allowed text is not."""
    assert [m.group(1) for m in CITED.finditer("see docs/a.md#x and ../README.md, not *.md")] == [
        "docs/a.md", "../README.md"]
    for bad in ("per CONTRACT.md 1.4", "CONTRACT §4.5", "../shared/TOOLING.md", "shared/upstream/x",
                "seeds/001.txt", "TOOLING measured"):
        assert EXTERNAL.search(bad), bad
    for fine in ("CONTRACT_PACKAGE", "the shared poller", "../shared/spec", "shared upstream budget"):
        assert not EXTERNAL.search(fine), fine
    docs = ROOT / "docs" / "upstream-contract.md"
    assert {"webhooks", "error-bodies", "operations", "deleting-a-model"} <= anchors(docs)
