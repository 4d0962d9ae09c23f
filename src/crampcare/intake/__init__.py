"""Intake: what we know about the person, typed; and free text turned into it.

:func:`read_text` is how every face reads free text for triage: the rules
(:func:`parse_text`), then the word channel (:mod:`crampcare.intake.neighbours`).
"""

from __future__ import annotations

from crampcare.intake.model import Fact, Intake, Medicine, Symptoms
from crampcare.intake.neighbours import read_text
from crampcare.intake.parse import parse_text
from crampcare.intake.people import understood

__all__ = ["Fact", "Intake", "Medicine", "Symptoms", "parse_text", "read_text", "understood"]
