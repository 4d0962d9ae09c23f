"""The personal plan: triage first, then first aid, a routine, foods, doctor topics, avoid list."""

from crampcare.plan.build import build_plan
from crampcare.plan.models import Plan, PlanItem, Reminder

__all__ = ["Plan", "PlanItem", "Reminder", "build_plan"]
