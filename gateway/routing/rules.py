"""The route table: every RPC of the contract's upstream-facing services, read once from the
descriptors' google.api.http rules and `(route)` options into immutable records."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from google.api import annotations_pb2 as http_annotations
from google.protobuf import descriptor as d
from google.protobuf import message_factory
from google.protobuf.message import Message

from bria.tailored.v1 import annotations_pb2

from ..errors import RouteResource, register_route
from .template import PathTemplate

CONTRACT_PACKAGE = "bria.tailored.v1"
_VERBS = ("get", "put", "post", "delete", "patch")
IDEMPOTENT_VERBS = frozenset({"GET", "PUT", "DELETE"})


class RouteTableError(Exception):
    """The contract cannot be served as it stands (an RPC without a rule, a bad template)."""


@dataclass(frozen=True)
class Route:
    """How one RPC becomes one upstream REST call."""

    full_method: str  # "/bria.tailored.v1.ProjectService/CreateProject"
    service: str
    method: str
    request_cls: type[Message]
    response_cls: type[Message]
    http_method: str
    template: PathTemplate
    body: str  # "", "*" or a request field name
    response_body: str  # "" or a response field name
    hook: str
    cost: int
    cost_field: str
    # The resource the route addresses, named by error details (None: no resource id at all).
    resource: RouteResource | None = None

    @property
    def idempotent(self) -> bool:
        return self.http_method in IDEMPOTENT_VERBS

    @property
    def version(self) -> str:
        return self.template.version


def contract_services() -> list[d.ServiceDescriptor]:
    """Every service declared in the contract's generated modules."""
    pkg = importlib.import_module(CONTRACT_PACKAGE)
    services = []
    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name.endswith("_pb2"):
            module = importlib.import_module(f"{CONTRACT_PACKAGE}.{info.name}")
            services.extend(module.DESCRIPTOR.services_by_name.values())
    return sorted(services, key=lambda s: s.full_name)


def http_rule(method: d.MethodDescriptor):
    opts = method.GetOptions()
    return opts.Extensions[http_annotations.http] if opts.HasExtension(http_annotations.http) else None


def build_route(method: d.MethodDescriptor) -> Route:
    rule = http_rule(method)
    verb = rule.WhichOneof("pattern")
    if verb not in _VERBS:
        raise RouteTableError(f"{method.full_name}: unsupported http pattern {verb!r}")
    template = PathTemplate.parse(getattr(rule, verb))
    req, resp = method.input_type, method.output_type
    for name in template.fields:
        if name not in req.fields_by_name:
            raise RouteTableError(f"{method.full_name}: path variable {name!r} is not a request field")
    if rule.body not in ("", "*") and rule.body not in req.fields_by_name:
        raise RouteTableError(f"{method.full_name}: body field {rule.body!r} does not exist")
    if rule.response_body and rule.response_body not in resp.fields_by_name:
        raise RouteTableError(f"{method.full_name}: response_body {rule.response_body!r} does not exist")
    if template.version not in ("v1", "v2"):
        raise RouteTableError(f"{method.full_name}: path must start with /v1 or /v2")
    opts = method.GetOptions()
    extra = opts.Extensions[annotations_pb2.route] if opts.HasExtension(annotations_pb2.route) else None
    return Route(
        full_method=f"/{method.containing_service.full_name}/{method.name}",
        service=method.containing_service.full_name,
        method=method.name,
        request_cls=message_factory.GetMessageClass(req),
        response_cls=message_factory.GetMessageClass(resp),
        http_method=verb.upper(),
        template=template,
        body=rule.body,
        response_body=rule.response_body,
        hook=extra.hook if extra else "",
        cost=extra.cost if extra and extra.cost else 1,
        cost_field=extra.cost_field if extra else "",
        resource=RouteResource.of(template.template, [f.name for f in req.fields]),
    )


def build_route_table(
    services: list[d.ServiceDescriptor], native: frozenset[str], hooks: frozenset[str]
) -> Mapping[str, Route]:
    """Routes keyed by full method name. `native` names the gateway's own services, served by
    handlers instead of rules; every other service must have a rule on every method."""
    table: dict[str, Route] = {}
    for service in services:
        if service.full_name in native:
            continue
        for method in service.methods:
            if http_rule(method) is None:
                raise RouteTableError(f"{method.full_name} has no google.api.http rule")
            if method.client_streaming or method.server_streaming:
                raise RouteTableError(f"{method.full_name}: streaming RPCs cannot have a REST route")
            route = build_route(method)
            if route.hook and route.hook not in hooks:
                raise RouteTableError(f"{method.full_name}: unknown hook {route.hook!r}")
            table[route.full_method] = route
            register_route(route.template.template, route.resource)
    return MappingProxyType(table)
