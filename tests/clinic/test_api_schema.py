"""Schemathesis, signed in, against the clinic server's own API: no 5xx, answers fit the schema.

Each generated operation runs as a signed-in person (session cookie and CSRF
header) on a SQLite clinic database in the test's data folder; the diary,
account, clinic and admin operations are the ones multi-user mode adds or
changes.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from crampcare.accounts import Accounts, Sessions
from crampcare.web import create_app

APP = create_app(allowed_hosts=["testserver"], multi_user=True)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP).include(
    path_regex=r"^/api/v1/(account|clinic|admin|episodes|checkins)"
)


@pytest.fixture
def auth_headers() -> dict[str, str]:
    """A person signed in on the test's own database: the headers that carry the session."""
    diary = APP.state.diary
    diary.close()  # the autouse fixture gave this test a new data folder: reopen there
    store = Accounts(diary.shared().engine)
    store.migrate()
    store.create("ana", "Ana", "a long enough password", "person")
    token, signed = Sessions(store).login("ana", "a long enough password", "schemathesis")
    return {"cookie": f"crampcare_session={token}", "x-csrf-token": signed.csrf}


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
def test_clinic_api_never_errors_and_matches_its_schema(
    case: schemathesis.Case[Any], auth_headers: dict[str, str]
) -> None:
    case.call_and_validate(headers=auth_headers)
