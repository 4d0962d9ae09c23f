"""Schemathesis against /openapi.json: no 5xx, and every response fits the schema."""

from __future__ import annotations

import os
import shutil
import tempfile
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.generation import GenerationMode

from crampcare.web import create_app

# The app reads its data folder per request, so every generated request lands in
# the temporary folder the autouse fixture sets for the running test.
# "testserver" is the name the ASGI test client puts in its Host header.
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(allowed_hosts=["testserver"]))


@schema.parametrize()
# New cases each run (not derandomized), 12 an operation: many runs cover more than one.
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_errors_and_matches_its_schema(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate()


# --- stateful: follow the OpenAPI links from a created episode ------------------------------
# Positive requests only: a negative step (a body the schema refuses) cannot create the
# record the next step links to, so mixed runs spent their budget on 4xx and were flaky.
# derandomize gives the same run every time; the budget keeps it to a few seconds in CI.
stateful_app = create_app(allowed_hosts=["testserver"])
stateful_schema = schemathesis.openapi.from_asgi("/openapi.json", stateful_app)
stateful_schema.config.generation.update(modes=[GenerationMode.POSITIVE])
Workflow = stateful_schema.as_state_machine()


class FreshDiaryWorkflow(Workflow):  # type: ignore[misc,valid-type]
    """Each scenario starts on an empty diary of its own.

    The app keeps its diary open across scenarios; with the records of earlier ones
    still there, a scenario Hypothesis replays could take another path (a link with
    nothing to follow), which it reports as flaky data generation.
    """

    def setup(self) -> None:
        stateful_app.state.diary.close()
        self.folder = tempfile.mkdtemp(prefix="crampcare-stateful-")
        # The test's own data folder comes back when monkeypatch undoes its setenv.
        os.environ["CRAMPCARE_DATA_DIR"] = self.folder

    def teardown(self) -> None:
        stateful_app.state.diary.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class TestApiWorkflowFollowsLinks(FreshDiaryWorkflow.TestCase):  # type: ignore[name-defined,misc]
    settings = settings(
        max_examples=20,
        stateful_step_count=5,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )


def test_the_created_episode_links_to_its_operations() -> None:
    """The links the stateful run follows exist (a run over no links would prove nothing)."""
    created = stateful_schema.raw_schema["paths"]["/api/v1/episodes"]["post"]["responses"]["201"]
    assert set(created["links"]) == {"get_episode_id", "patch_episode_id", "delete_episode_id"}
