# tailored-gateway: the gRPC gateway only. The emulator (package tailored_emulator) never enters
# the image: the build stage copies gateway/ and gen/python/ alone, so the wheel it builds has
# no emulator, and the build fails if one is importable anyway.
#
#   docker build -t tailored-gateway .
#   docker run --rm -p 50051:50051 -p 9464:9464 tailored-gateway serve --upstream https://...
#
# Runs as UID/GID 10001 and writes nothing outside /tmp (bytecode compiled here, none written at
# run time), so a read-only root filesystem with a writable /tmp works.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# ---- build: a virtualenv with the gateway and its dependencies, bytecode compiled -------------
FROM ${PYTHON_IMAGE} AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    PYTHONDONTWRITEBYTECODE=1

WORKDIR /src
RUN python -m venv /opt/venv

# The runtime dependencies first, read from pyproject.toml: this layer is reused while only the
# gateway's sources change.
COPY pyproject.toml ./
RUN python -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))' \
        > /tmp/requirements.txt \
    && /opt/venv/bin/python -m pip install --no-cache-dir --no-compile --requirement /tmp/requirements.txt

COPY gateway ./gateway
COPY gen/python ./gen/python
# The gateway itself (a wheel built from just these sources), then no installer left in the
# virtualenv, the emulator proven absent, and every module compiled once (unchecked hashes: the
# image never changes, so Python loads the .pyc files without stat-ing the sources).
RUN /opt/venv/bin/python -m pip install --no-cache-dir --no-compile --no-deps . \
    && /opt/venv/bin/python -m pip uninstall --yes pip setuptools wheel \
    && /opt/venv/bin/python -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("tailored_emulator") is not None)' \
    && /opt/venv/bin/python -m compileall -q -j 0 --invalidation-mode unchecked-hash /opt/venv/lib \
    && /opt/venv/bin/tailored-gateway serve --help > /dev/null

# ---- runtime: the base image, the virtualenv, a fixed non-root user ---------------------------
FROM ${PYTHON_IMAGE} AS runtime

ARG PYTHON_IMAGE
ARG VERSION=0.1.0
ARG REVISION=unknown
ARG CREATED=unknown
LABEL org.opencontainers.image.title="tailored-gateway" \
      org.opencontainers.image.description="gRPC gateway to Bria AI's Tailored Generation REST API" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.base.name="${PYTHON_IMAGE}"

# No installer at run time (the base image's pip, setuptools and wheel go); the standard
# library's bytecode compiled now (the official image ships none, and nothing may be written at
# run time); the user the Helm chart runs as (runAsUser 10001), its home the one writable path.
RUN python -m pip uninstall --yes --root-user-action=ignore pip setuptools wheel \
    && python -m compileall -q -j 0 "$(python -c 'import sysconfig; print(sysconfig.get_path("stdlib"))')" \
    && groupadd --gid 10001 gateway \
    && useradd --uid 10001 --gid 10001 --home-dir /tmp --no-create-home --shell /usr/sbin/nologin gateway

COPY --from=build /opt/venv /opt/venv

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOME=/tmp \
    TMPDIR=/tmp \
    GATEWAY_PORT=50051

USER 10001:10001
WORKDIR /tmp

# gRPC, Prometheus /metrics, the webhook endpoint (listens only with a public callback URL).
EXPOSE 50051 9464 8081

# The server drains in-flight calls on SIGTERM (GATEWAY_SHUTDOWN_GRACE_SECONDS) and exits 0.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
    CMD ["tailored-gateway", "health", "--timeout", "3"]

# Exec form: the gateway is PID 1 and receives SIGTERM itself.
ENTRYPOINT ["tailored-gateway"]
CMD ["serve"]
