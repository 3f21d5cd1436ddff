"""What one call costs in quota units: the contract's `(route)` cost, multiplied by its cost
field (a generation costs its number of images) with the upstream's default when the caller
leaves the field unset, unless the quota file overrides the RPC's cost."""

from __future__ import annotations

from typing import Mapping

from google.protobuf.message import Message

from ..routing.rules import Route
from .policy import method_key

# Upstream defaults of cost fields when unset (docs/upstream-contract.md#generation-defaults):
# text-to-image and text-to-vector make 4 images, reimagine makes 1.
FIELD_DEFAULTS: Mapping[str, int] = {"num_results": 4}
FIELD_DEFAULTS_BY_METHOD: Mapping[tuple[str, str], int] = {
    ("LegacyGenerationService/Reimagine", "num_results"): 1,
    ("LegacyGenerationService/ReimagineTailored", "num_results"): 1,
}


def call_cost(route: Route, request: Message, overrides: Mapping[str, float]) -> float:
    key = method_key(route.full_method)
    if key in overrides:
        return overrides[key]
    if not route.cost_field:
        return float(route.cost)
    return float(route.cost * _field_value(key, route.cost_field, request))


def _field_value(key: str, name: str, request: Message) -> int:
    descriptor = request.DESCRIPTOR.fields_by_name.get(name)
    if descriptor is not None and descriptor.has_presence and request.HasField(name):
        return int(getattr(request, name))
    if descriptor is not None and not descriptor.has_presence and getattr(request, name):
        return int(getattr(request, name))
    return FIELD_DEFAULTS_BY_METHOD.get((key, name), FIELD_DEFAULTS.get(name, 1))
