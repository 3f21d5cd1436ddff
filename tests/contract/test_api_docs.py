"""docs/api.md is generated from the protos (tools/gen_api_docs.py) and covers the contract."""

from __future__ import annotations

import pathlib
import subprocess
import sys

from bria.tailored.v1 import annotations_pb2
from gateway.routing.rules import contract_services, http_rule

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import gen_api_docs  # noqa: E402


def test_api_reference_is_up_to_date():
    result = subprocess.run([sys.executable, "tools/gen_api_docs.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_api_reference_covers_every_rpc_with_its_upstream_call_and_every_wire_spelling():
    text = gen_api_docs.render()
    services = contract_services()
    assert services
    for service in services:
        assert f"### {service.name}\n" in text
        for method in service.methods:
            section = text.split(f"#### {service.name}.{method.name}\n", 1)[1].split("\n#### ", 1)[0]
            rule = http_rule(method)
            if rule is None:
                assert "Served by the gateway" in section
            else:
                verb = rule.WhichOneof("pattern")
                assert f"**Upstream:** `{verb.upper()} {getattr(rule, verb)}`" in section, method.full_name
        for message in {m.input_type for m in service.methods} | {m.output_type for m in service.methods}:
            assert f"### {message.name}\n" in text
            for field in message.fields:
                assert f"| `{field.name}`" in text.split(f"### {message.name}\n", 1)[1].split("\n### ", 1)[0]
            for enum_field in (f for f in message.fields if f.enum_type is not None):
                section = text.split(f"### {enum_field.enum_type.name}\n", 1)[1].split("\n### ", 1)[0]
                for value in enum_field.enum_type.values:
                    spelling = value.GetOptions().Extensions[annotations_pb2.wire_value]
                    assert f"| `{value.name}` | {value.number} | " + (f"`{spelling}`" if spelling else "–") in section


def test_rules_and_wire_options_are_rendered():
    text = gen_api_docs.render()
    upload = text.split("### UploadModelRequest\n", 1)[1].split("\n### ", 1)[0]
    assert "one of `TRAINING_VERSION_3_2`, `TRAINING_VERSION_2_3`" in upload
    assert "`TRAINING_VERSION_2_3` spelled `bria-2.3` here" in upload
    generate = text.split("### GenerateImageRequest\n", 1)[1].split("\n### ", 1)[0]
    assert "| `tailored_model_id` | 1 | `int64` | required; > 0; sent as a decimal string |" in generate
    assert "Oneof `source`: exactly one of `file`, `image_url`." in text
    assert "### ErrorReason\n" in text
    assert "| `ERROR_REASON_RESOURCE_STATE_CONFLICT` | 13 | – |" in text
