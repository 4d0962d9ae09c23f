"""Intake: what we know about the person, typed; and free text turned into it."""

from __future__ import annotations

from crampcare.intake.model import Fact, Intake, Medicine, Symptoms
from crampcare.intake.parse import parse_text
from crampcare.intake.people import understood

__all__ = ["Fact", "Intake", "Medicine", "Symptoms", "parse_text", "understood"]
