"""The acupressure atlas: find a point by code, name or any seed spelling.

The seeds spell points many ways ("Cheng Shan", "Wei-zhong", "Vecunda", "the
small knowledge committee"); every spelling is an alias on the acupoint entry,
and lookups ignore case, spaces and hyphens so all of them resolve.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from crampcare.knowledge.loader import KnowledgeBase, UnknownEntry
from crampcare.knowledge.schema import Acupoint, Technique

_NOT_WORD = re.compile(r"[\W_]+")


class UnknownPoint(UnknownEntry):
    """No acupoint has this code, name or alias."""

    def __str__(self) -> str:
        return (
            f"No acupoint is called {self.entry_id!r}.{self.hint} "
            "Run `crampcare points` for the list."
        )


@dataclass(frozen=True)
class PointUse:
    """A technique step that presses a point."""

    technique_id: str
    technique_title: str
    step: int


def point_key(text: str) -> str:
    """A name reduced for matching: case, spaces, hyphens and punctuation dropped."""
    return _NOT_WORD.sub("", text.casefold())


def point_names(point: Acupoint) -> list[str]:
    """Every name a point answers to: code, pinyin, English, Chinese and aliases."""
    names = [point.code, point.id, point.pinyin, *point.aliases]
    names += [n for n in (point.english, point.chinese) if n]
    return names


def find_point(kb: KnowledgeBase, name: str) -> Acupoint:
    """The acupoint with this code, name or alias (seed spellings included)."""
    key = point_key(name)
    index: dict[str, Acupoint] = {}
    for point in kb.of_kind(Acupoint):
        for alias in point_names(point):
            index.setdefault(point_key(alias), point)
    if key and key in index:
        return index[key]
    close = difflib.get_close_matches(key, list(index), n=5, cutoff=0.6)
    codes = list(dict.fromkeys(index[c].code for c in close))
    raise UnknownPoint(name, codes)


def point_uses(kb: KnowledgeBase, point: Acupoint) -> list[PointUse]:
    """The technique steps (1-based) that press this point, in file order."""
    uses = []
    for tech in kb.of_kind(Technique):
        for i, step in enumerate(tech.steps, 1):
            if point.id == step.point or point.id in step.also_points:
                uses.append(PointUse(tech.id, tech.title, i))
    return uses
