from __future__ import annotations

import pytest

from gateway.hooks import HOOKS
from gateway.native import NATIVE_SERVICES
from gateway.routing.codec import Codec
from gateway.routing.rules import build_route_table, contract_services


@pytest.fixture(scope="session")
def routes():
    return build_route_table(contract_services(), NATIVE_SERVICES, frozenset(HOOKS))


@pytest.fixture
def route(routes):
    """`route("ProjectService/GetProject")` -> the Route of that RPC."""
    return lambda name: routes[f"/bria.tailored.v1.{name}"]


@pytest.fixture
def codec():
    return Codec()
