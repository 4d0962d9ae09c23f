"""People read words, not ids: a sweep over every person-facing command and page.

Each command (without --json) and each page is rendered for a range of inputs; the
visible text must carry no internal id, no talk of "the seed", no raw file name and
no developer command. ``kb show`` is the developer view and is left out on purpose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from crampcare.cli.app import app
from crampcare.guide import WHERE
from crampcare.vocabulary import CONTEXTS

#: snake_case names (entry ids, situation names, filter ids) and bracketed ids.
ID = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\[[a-z][a-z0-9_]*\]|\ballergy:[a-z]")
#: The article sense of "seed" (a food's "pumpkin seeds" is fine), file names, commands.
BOOKKEEPING = re.compile(
    r"\b(the|a|this|that|each|our) seeds?\b(?! (of|from|and|oil)\b)|\bseeds?['’]|\bseeds? \d"
    r"|\b[\w-]+\.(ya?ml|md|txt)\b|\b\d{3}_[0-9a-f]{6,}|kb show|\(see [a-z]",
    re.IGNORECASE,
)
QUESTIONS = [
    "is tonic water good for cramps?",
    "can I take garlic oil if I'm on warfarin",
    "magnesium in pregnancy",
    "what foods have potassium",
    "how do I stretch my calf at night",
    "my calf is cold pale and numb",
    "compression socks",
    "pin prick the muscle",
    "quinine tablets",
    "acupressure point for cramps",
    "what is the weather tomorrow",
]
PLAN_TEXTS = [
    "calf cramps at night",
    "I'm 30 weeks pregnant with leg cramps",
    "I am breastfeeding my 3 month old and get foot cramps",
    "I'm on dialysis and get cramps during sessions",
    "72, on warfarin, calf cramps",
    "my 6 year old son gets leg cramps at night",
    "heart failure and diabetes, 68, cramps in my thighs",
]


def assert_for_people(text: str, where: str) -> None:
    found = ID.search(text) or BOOKKEEPING.search(text)
    if found:
        context = text[max(0, found.start() - 80) : found.end() + 80]
        pytest.fail(f"{where}: {found.group(0)!r} in ...{context}...")


class _Visible(HTMLParser):
    """The text a reader sees: no tags, attributes, scripts or style sheets."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "template"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "template") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible(html: str) -> str:
    parser = _Visible()
    parser.feed(html)
    return " ".join(parser.parts)


def _run(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code in (0, 1), (args, result.output)
    return result.output


@pytest.mark.parametrize("question", QUESTIONS)
def test_ask_answers_in_words(runner: CliRunner, question: str) -> None:
    assert_for_people(_run(runner, "ask", question, "-k", "5"), f"ask {question!r}")


def test_the_atlas_lists_and_shows_points_in_words(runner: CliRunner) -> None:
    from crampcare.knowledge import load
    from crampcare.knowledge.schema import Acupoint

    assert_for_people(_run(runner, "points"), "points")
    assert_for_people(_run(runner, "points", "--view", "hand"), "points --view hand")
    for point in load().of_kind(Acupoint):
        assert_for_people(_run(runner, "points", point.code), f"points {point.code}")


@pytest.mark.parametrize("text", PLAN_TEXTS)
def test_plans_and_checks_from_text_are_in_words(runner: CliRunner, text: str) -> None:
    assert_for_people(_run(runner, "plan", "--text", text), f"plan {text!r}")
    assert_for_people(_run(runner, "plan", "--text", text, "-f", "md"), f"plan md {text!r}")
    assert_for_people(_run(runner, "check", "--text", text), f"check {text!r}")


def _sessions() -> Iterator[list[str]]:
    for where in WHERE:
        for context in CONTEXTS:
            yield ["now", "--plain", "--where", where, "--context", context]
    yield ["now", "--plain", "--pregnant"]
    yield ["now", "--plain", "--pregnant", "--where", "foot"]


def test_every_session_is_in_words(runner: CliRunner) -> None:
    for args in _sessions():
        assert_for_people(_run(runner, *args), " ".join(args))


@pytest.fixture
def client() -> Iterator[TestClient]:
    from crampcare.web import create_app

    with TestClient(create_app(), base_url="http://localhost") as c:
        yield c


def _token(client: TestClient, path: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert found, path
    return found.group(1)


def test_web_pages_are_in_words(client: TestClient) -> None:
    from crampcare.knowledge import load
    from crampcare.knowledge.schema import Acupoint

    pages = ["/", "/now", "/points", "/plan", "/ask", "/emergency"]
    pages += [f"/points/{p.code}" for p in load().of_kind(Acupoint)]
    for where in WHERE:
        for context in CONTEXTS:
            base = f"/now/session?where={where}&context={context}"
            for query in (base, base + "&pregnant=1"):
                pages += [query, query + "&step=2", query.replace("/session", "/done")]
    for path in pages:
        response = client.get(path)
        if response.status_code == 404 and "step=2" in path:
            continue  # a one-step session
        assert response.status_code == 200, (path, response.status_code)
        assert_for_people(visible(response.text), path)


@pytest.mark.parametrize("question", QUESTIONS[:6])
def test_the_ask_page_is_in_words(client: TestClient, question: str) -> None:
    token = _token(client, "/ask")
    response = client.post("/ask", data={"q": question, "csrf": token})
    assert response.status_code == 200
    assert_for_people(visible(response.text), f"/ask {question!r}")


def test_every_contraindication_condition_reads_as_words() -> None:
    from crampcare.knowledge import load
    from crampcare.knowledge.conditions import WHO_NOT_FOR, condition_words
    from crampcare.vocabulary import Situation

    assert set(WHO_NOT_FOR) == set(Situation)
    for entry in load():
        for c in entry.contraindications:
            assert_for_people(condition_words(c.condition), f"{entry.id} {c.condition}")


@pytest.mark.parametrize("text", PLAN_TEXTS[:4])
def test_the_web_plan_and_its_print_sheet_are_in_words(client: TestClient, text: str) -> None:
    for fmt in ("html", "sheet"):
        token = _token(client, "/plan")
        form = {
            "text": text,
            "csrf": token,
            "format": fmt,
            "diabetes": "on",
            "anticoagulants": "on",
        }
        response = client.post("/plan", data=form)
        assert response.status_code == 200, (text, fmt)
        assert_for_people(visible(response.text), f"/plan {fmt} {text!r}")
