"""A second, independent triage channel: the person's sentences against red-flag exemplars.

Rules miss wordings nobody wrote down. With the optional ``semantic`` extra,
each sentence is embedded and compared with short lay descriptions of every
red flag (``knowledge/data/lexicon/red_flag_exemplars.yaml``). A sentence close
enough to a flag raises a :class:`Concern`: it may raise the level (``level``)
or ask the flag's settling question, never lower anything. Without the extra,
:func:`screen` returns ``[]`` at once and torch is never imported.

A second source of neighbours is the bank of labelled blind vignettes
(:mod:`crampcare.semantic_bank`): the whole text is compared with each,
and the nearest vote for a red flag. With ``asks: false`` in the exemplar file
the exemplars only raise and the bank's vote does the asking (chosen by
cross-validation, docs/semantic-triage.md).

The exemplars' and the bank's embeddings ship with the package
(:mod:`crampcare.semantic_vectors`, rebuilt by ``python -m
crampcare.semantic_build``), so a run embeds only the person's text.
When a file no longer matches what was shipped (edited locally), its
embeddings are computed once and cached under the user cache folder, keyed by
a hash of the file and the model name (:mod:`crampcare.semantic_cache`).

This module holds the process's one screen: whether it runs, its loading in
the background, and the functions callers screen a text with. The screen
itself (the scores and the concerns they earn) is
:mod:`crampcare.semantic_scoring`.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from typing import Literal

from crampcare.intake.model import Concern, Fact, Intake
from crampcare.semantic_model import available
from crampcare.semantic_scoring import SemanticScreen

__all__ = [
    "available",
    "enabled",
    "screen",
    "screened",
    "screened_if_loaded",
    "settled_by_rules",
    "start_loading",
    "state",
    "warm",
]

log = logging.getLogger("crampcare.semantic")


_lock = threading.Lock()
_default: SemanticScreen | None = None
#: The background load ``start_loading`` began (a server's), and whether a load failed.
_loader: threading.Thread | None = None
_failed = False
# Not ``_lock``, which a load holds for its whole seconds: a request never waits on it.
_start_lock = threading.Lock()

State = Literal["off", "loading", "ready", "failed"]


def _screen() -> SemanticScreen:
    global _default, _failed
    # The web app warms this in a background thread while requests may arrive.
    with _lock:
        if _default is None:
            try:
                _default = SemanticScreen.open()
            except BaseException:
                _failed = True
                raise
            _failed = False
        return _default


def enabled() -> bool:
    """Whether the screen runs: the extra is installed and the setting does not turn it off."""
    from crampcare.settings import get

    return get("semantic_triage").strip().lower() not in {"off", "0", "no", "false"} and (
        available()
    )


def warm() -> bool:
    """Load the model and exemplars now (seconds) if the screen is enabled; whether it is."""
    if not enabled():
        return False
    _screen().screen("calf cramp at night")
    return True


def _load() -> None:
    try:
        warm()
    except Exception:  # said by state() and by every result that goes without the screen
        log.exception("loading the semantic triage screen failed")


def start_loading() -> threading.Thread | None:
    """Load the screen on a background thread (a server's start); returns at once.

    The thread doing it (one at a time), or None when it is loaded, failed, or off.
    """
    global _loader
    with _start_lock:
        if _default is not None or _failed or not enabled():
            return None
        if _loader is None or not _loader.is_alive():
            _loader = threading.Thread(target=_load, name="crampcare-semantic-load", daemon=True)
            _loader.start()
        return _loader


def state() -> State:
    """``off`` (not enabled), ``loading``, ``ready``, or ``failed`` (see the log)."""
    if not enabled():
        return "off"
    if _default is not None:
        return "ready"
    return "failed" if _failed else "loading"


def screen(text: str) -> list[Concern]:
    """Concerns the text's sentences raise by meaning; ``[]`` when the screen is not enabled."""
    if not text.strip() or not enabled():
        return []
    return _screen().screen(text)


def settled_by_rules(intake: Intake, extra: list[Concern]) -> list[Concern]:
    """The screen's concerns, with a raise turned into a question where the rules read
    every sign of that flag the text tells as denied, over, hoped or someone else's ("no
    swelling", "no chest pain since"): the model does not read the denial around its
    words. It still asks, so nothing ends in a silent self-care (round s26: over every
    sealed set, as served, over-triage fell on eleven and no emergency was lost)."""
    from crampcare.flag_rules import packaged

    rules = {r.id: r for r in packaged()}
    out = []
    for c in extra:
        rule = rules.get(c.topic)
        if c.level is not None and rule is not None:
            signs = {f for f in rule.when.fields() if f.startswith("symptoms.")}
            told = [f for f in intake.evidence if f.field in signs]
            if told and not any(_present(f) for f in told):
                c = replace(c, level=None)
        out.append(c)
    return out


def _present(fact: Fact) -> bool:
    return (
        fact.value is True
        and not (fact.negated or fact.historical or fact.hypothetical)
        and fact.experiencer == "patient"
    )


def screened(intake: Intake, text: str) -> Intake:
    """The intake with the semantic concerns of its text added (topics already raised skipped)."""
    extra = [c for c in screen(text) if c.topic not in {k.topic for k in intake.concerns}]
    extra = settled_by_rules(intake, extra)
    if not extra:
        return intake
    return replace(intake, concerns=[*intake.concerns, *extra])


def screened_if_loaded(intake: Intake, text: str, start: bool = True) -> Intake | None:
    """``screened`` when the screen is loaded (or off); None while it is still loading.

    Never waits for the model: a server answers with the lexical result and the
    red-flag checklist meanwhile (``assess(..., screen_pending=True)``), and the
    load is started in the background if nothing started it yet (unless ``start``
    is False: a served worker's warm-up starts it once its first visitors are served).
    """
    if not text.strip() or not enabled():
        return intake
    loaded = _default
    if loaded is None:
        if start:
            start_loading()
        return None
    extra = [c for c in loaded.screen(text) if c.topic not in {k.topic for k in intake.concerns}]
    extra = settled_by_rules(intake, extra)
    return replace(intake, concerns=[*intake.concerns, *extra]) if extra else intake
