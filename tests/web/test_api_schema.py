"""Schemathesis against /openapi.json: no 5xx, and every response fits the schema."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings

from crampcare.web import create_app

# The app reads its data folder per request, so every generated request lands in
# the temporary folder the autouse fixture sets for the running test.
# "testserver" is the name the ASGI test client puts in its Host header.
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(allowed_hosts=["testserver"]))


@schema.parametrize()
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_errors_and_matches_its_schema(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate()
