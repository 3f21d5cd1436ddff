"""Deterministic triggers standing in for content moderation, IP detection and job failures.

Prompt words (whole words, upper case):
- `UNSAFE`: v1 generators with content_moderation=true block every output (sync: 422, async:
  zero-byte files); v2 with prompt_content_moderation=true rejects the prompt (422).
- `UNSAFE_SOME`: v1 blocks every second output (2nd, 4th); the first one always passes.
- `UNSAFE_OUTPUT`: v2 with visual_output_content_moderation=true blocks the output (sync 422,
  async job ends ERROR with code 422); v1 treats it like `UNSAFE`.
- `FAIL_JOB` / `UNKNOWN_JOB` in a v2 prompt or image string: the job ends ERROR (500) / UNKNOWN.
- `FAIL_TRAINING` in a model name: its training ends `Failed`.
Input images: bytes or URL containing `UNSAFE` fail input moderation when it is enabled.
IP warning: prompts naming any of IP_TERMS (case-insensitive) get a top-level `warning`.
"""
from __future__ import annotations

import re

IP_WARNING = (
    "This prompt may contain intellectual property (IP)-protected content. "
    "To ensure compliance and safety, certain elements may be omitted or altered. "
    "As a result, the output may not fully meet your request."
)
IP_TERMS = ("disney", "mickey mouse", "pikachu", "pokemon", "marvel", "batman", "superman",
            "spider-man", "nike", "adidas", "coca-cola", "starbucks", "lego", "taylor swift",
            "barbie", "hello kitty")
INPUT_MARKER = "UNSAFE"
_IP = re.compile(r"\b(" + "|".join(re.escape(t) for t in IP_TERMS) + r")\b", re.IGNORECASE)


def _has(prompt: str | None, word: str) -> bool:
    return bool(prompt) and re.search(rf"\b{word}\b", prompt) is not None


def v1_blocked(prompt: str | None, index: int) -> bool:
    """Whether the index-th output of a moderated v1 request is blocked."""
    if _has(prompt, "UNSAFE") or _has(prompt, "UNSAFE_OUTPUT"):
        return True
    return _has(prompt, "UNSAFE_SOME") and index % 2 == 1


def prompt_rejected(prompt: str | None) -> bool:
    return _has(prompt, "UNSAFE")


def output_blocked(prompt: str | None) -> bool:
    return _has(prompt, "UNSAFE_OUTPUT")


def job_outcome(*texts: str | None) -> str:
    joined = " ".join(t for t in texts if t)
    if "UNKNOWN_JOB" in joined:
        return "UNKNOWN"
    if "FAIL_JOB" in joined:
        return "ERROR"
    return "COMPLETED"


def training_fails(name: str) -> bool:
    return "FAIL_TRAINING" in name


def ip_warning(*prompts: str | None) -> str | None:
    return IP_WARNING if any(p and _IP.search(p) for p in prompts) else None


def input_flagged(raw: bytes, source: str) -> bool:
    return INPUT_MARKER in source or INPUT_MARKER.encode() in raw
