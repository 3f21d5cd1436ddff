"""Traces (OpenTelemetry), off unless an OTLP endpoint is configured.

On: `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` or `OTEL_EXPORTER_OTLP_ENDPOINT` is set (and
`OTEL_SDK_DISABLED` is not `true`). Each gateway then has its own SDK `TracerProvider` with a
`BatchSpanProcessor` feeding the OTLP/gRPC span exporter; everything else comes from the
standard variables, read by the SDK itself: the exporter's endpoint, headers, TLS, timeout
and compression (`OTEL_EXPORTER_OTLP_*`), the sampler (`OTEL_TRACES_SAMPLER[_ARG]`, by default
parent-based always-on, so a caller's sampling decision holds), the batch processor
(`OTEL_BSP_*`), span limits (`OTEL_SPAN_*_LIMIT`) and the resource (`OTEL_RESOURCE_ATTRIBUTES`,
`OTEL_SERVICE_NAME`; the service name is `tailored-gateway` unless one of those names it).

Off: no SDK object is made; the tracer is the API's no-op tracer, and the hot paths do not even
call it: every span helper below hands back one shared `nullcontext` whose span is the API's
INVALID_SPAN (recording nothing), and nothing is extracted or injected.

Propagation is W3C trace context only (`traceparent`, `tracestate`), whatever
`OTEL_PROPAGATORS` says: the caller's baggage is never forwarded to the upstream, a third party.

What spans may carry: route templates, methods, statuses, counts, reasons — never a token, a
concrete URL, a query string or an exception's message (spans are started with
`record_exception=False`: an exception's text could hold request data)."""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING, ContextManager, Iterable, Mapping, MutableMapping, Sequence

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.trace import Link, Span, SpanContext, SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider

ENDPOINT_VARIABLES = ("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT")
DEFAULT_SERVICE_NAME = "tailored-gateway"
SCOPE = "gateway"  # the instrumentation scope of every span the gateway makes

_PROPAGATOR = TraceContextTextMapPropagator()
_OFF: ContextManager[Span] = contextlib.nullcontext(trace.INVALID_SPAN)  # reusable, stateless


def configured(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether the environment asks for traces (an OTLP endpoint, and the SDK not disabled)."""
    if environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return False
    return any(environ.get(name, "").strip() for name in ENDPOINT_VARIABLES)


class Tracing:
    """One gateway's tracer and the few span shapes it makes. `Tracing()` is off."""

    def __init__(self, provider: "TracerProvider | None" = None):
        self.enabled = provider is not None
        self._provider = provider
        self.tracer: trace.Tracer = provider.get_tracer(SCOPE) if provider is not None else trace.NoOpTracer()

    @classmethod
    def from_env(cls) -> "Tracing":
        """On with an OTLP/gRPC exporter when the environment names an endpoint, else off."""
        if not configured():
            return cls()
        # Imported only when on: a gateway without traces never loads the SDK or the exporter.
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.resources import SERVICE_NAME, OTELResourceDetector, Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor

        named = OTELResourceDetector().detect().attributes.get(SERVICE_NAME)
        resource = Resource.create({} if named else {SERVICE_NAME: DEFAULT_SERVICE_NAME})
        provider = TracerProvider(resource=resource)  # sampler and span limits: from the environment
        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
        return cls(provider)

    def force_flush(self, timeout_millis: int = 5000) -> bool:
        """Export every ended span now (blocking, bounded); True when all were exported."""
        return True if self._provider is None else self._provider.force_flush(timeout_millis)

    def shutdown(self, timeout_millis: int = 5000) -> None:
        """Flush (bounded) and stop the exporter; blocking, so callers run it off the loop."""
        if self._provider is None:
            return
        self._provider.force_flush(timeout_millis)
        self._provider.shutdown()

    # --- propagation ----------------------------------------------------------------------
    def extract(self, metadata: Mapping[str, str]) -> otel_context.Context | None:
        """The caller's trace context from gRPC metadata (`traceparent`, `tracestate`)."""
        if not self.enabled or "traceparent" not in metadata:
            return None
        return _PROPAGATOR.extract(metadata)

    def inject(self, headers: MutableMapping[str, str]) -> None:
        """The current span's context into outgoing HTTP headers (replacing any set before)."""
        if self.enabled:
            _PROPAGATOR.inject(headers)

    # --- span shapes ----------------------------------------------------------------------
    def server(self, name: str, attributes: Mapping[str, object], metadata: Mapping[str, str]) -> ContextManager[Span]:
        """The SERVER span of one RPC, a child of the caller's span when it sent one."""
        if not self.enabled:
            return _OFF
        return self._start(name, SpanKind.SERVER, attributes, context=self.extract(metadata))

    def internal(self, name: str, attributes: Mapping[str, object] | None = None) -> ContextManager[Span]:
        if not self.enabled:
            return _OFF
        return self._start(name, SpanKind.INTERNAL, attributes)

    def client(self, name: str, attributes: Mapping[str, object]) -> ContextManager[Span]:
        if not self.enabled:
            return _OFF
        return self._start(name, SpanKind.CLIENT, attributes)

    def root(
        self, name: str, attributes: Mapping[str, object], links: Iterable[tuple[SpanContext, Mapping[str, object]]]
    ) -> ContextManager[Span]:
        """A span that starts a trace of its own (whatever is current), linked to `links`."""
        if not self.enabled:
            return _OFF
        return self._start(
            name, SpanKind.INTERNAL, attributes, context=otel_context.Context(),
            links=[Link(ctx, attrs) for ctx, attrs in links if ctx.is_valid],
        )

    def _start(
        self, name: str, kind: SpanKind, attributes: Mapping[str, object] | None, *,
        context: otel_context.Context | None = None, links: Sequence[Link] = (),
    ) -> ContextManager[Span]:
        return self.tracer.start_as_current_span(
            name, context=context, kind=kind, attributes=attributes, links=links or None,
            record_exception=False, set_status_on_exception=False,
        )


def current_span_context() -> SpanContext:
    """The span context current here (invalid when there is none)."""
    return trace.get_current_span().get_span_context()


def fail(span: Span, error_type: str, description: str | None = None) -> None:
    """Mark `span` failed: status ERROR and `error.type` (a low-cardinality kind, never a message)."""
    if span.is_recording():
        span.set_attribute("error.type", error_type)
        span.set_status(Status(StatusCode.ERROR, description))


def rpc_attributes(full_method: str) -> tuple[str, dict[str, object]]:
    """The SERVER span's name (`package.Service/Method`) and fixed attributes for `/package.Service/Method`."""
    _, service, method = full_method.split("/")
    return f"{service}/{method}", {"rpc.system": "grpc", "rpc.service": service, "rpc.method": method}
