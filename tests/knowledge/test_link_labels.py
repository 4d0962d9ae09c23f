"""Causes and look-alikes reach people with their link in words, never a treatment grade.

"Poisoning [RECOMMENDED]" and "DVT [Recommended]" read as advice. Checked through the
real parts: the knowledge base, ask (core and text), `kb show` text and the web ask page.
"""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from crampcare.knowledge import load
from crampcare.render.entry import entry_text
from crampcare.search import ask
from crampcare.search.text import result_text
from crampcare.web import create_app


def test_a_look_alike_answer_carries_its_link_and_no_grade() -> None:
    result = ask("could this calf pain be a clot?", k=3)
    dvt = next(a for a in result.answers if a.id == "la_dvt")
    assert dvt.grade is None
    assert dvt.link == "Look-alike: a different condition"
    text = result_text(result)
    assert "LOOK-ALIKE: A DIFFERENT CONDITION" in text
    assert "RECOMMENDED" not in text.split("Blood clot")[1].split("\n")[0]


def test_entry_text_of_a_cause_shows_the_link_not_a_grade() -> None:
    text = entry_text(load().get("cs_poisoning"))
    assert "Link with cramps: Established link" in text
    assert "Evidence:" not in text and "Why this link:" in text


def test_the_web_ask_page_shows_the_link_label_for_a_look_alike() -> None:
    with TestClient(create_app(), base_url="http://localhost") as client:
        page = _ask_page(client, "could this calf pain be a clot?")
    answers = page[page.index('<ol class="answers">') :]
    first = answers[: answers.index("</li>")]
    assert "deep vein thrombosis" in first
    assert "Look-alike: a different condition" in first
    assert not re.search(r"grade-(recommended|may_help|unproven)", first)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("how long is too long for a cramp", "pv_ten_minute_rule"),
        ("do compression socks help leg cramps", "pv_compression_socks"),
        ("can I take magnesium for cramps in pregnancy", "rm_magnesium_pregnancy"),
        ("can I take paracetamol for sore legs after a cramp", "rm_painkillers"),
    ],
)
def test_the_entries_people_asked_for_answer_first(question: str, entry_id: str) -> None:
    assert ask(question, k=3).answers[0].id == entry_id


_SEED_FILE = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")


def test_ask_names_sources_by_title_and_publisher_never_a_file_name() -> None:
    result = ask("does garlic oil help cramps", k=3)
    text = result_text(result)
    assert not _SEED_FILE.search(text)
    assert "(a machine-translated web article)" in text
    assert "U.S. Centers for Disease Control and Prevention: https://www.cdc.gov/botulism/" in text
    with TestClient(create_app(), base_url="http://localhost") as client:
        page = _ask_page(client, "does garlic oil help cramps")
        atlas = client.get("/points/bl57").text
    for html in (page, atlas):
        assert not _SEED_FILE.search(html)
    assert ">U.S. Centers for Disease Control and Prevention</a>" in page
    assert "World Health Organization" in atlas


def _ask_page(client: TestClient, question: str) -> str:
    """The ask page's answer to ``question``, posted as the form posts it."""
    from tests.web.conftest import form_token

    token = form_token(client, "/ask")
    return client.post("/ask", data={"csrf": token, "q": question}).text
