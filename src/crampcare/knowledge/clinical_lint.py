"""Clinical checks on the knowledge base: sources, grades against their own words, plain text.

Each check is a class of error found in the clinical review (docs/clinical-review.md),
written down so that a new entry repeating it fails the tests instead of reaching a
person: a mirror or a broken link cited for a medical claim, a grade its own text
contradicts, a "harmless" item with a serious-harm warning, an id or a file name
in text meant for people, a food the kidney or small-child filters cannot judge.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from crampcare.knowledge.files import data_yaml
from crampcare.knowledge.loader import KnowledgeBase
from crampcare.knowledge.prose import Problem, prose
from crampcare.knowledge.schema import (
    Cause,
    Entry,
    Food,
    RedFlag,
    Remedy,
    Source,
)
from crampcare.vocabulary import Grade

#: Publishers of primary medical information: national health services and
#: formularies, guideline bodies, government agencies, and research cited by DOI
#: (Cochrane reviews included) or by its PubMed record. Mirrors, blogs, shops,
#: private publishers' consumer pages and journals' own sites are not here: a
#: paper is cited by its DOI, so the link survives a publisher's site moving.
PRIMARY_DOMAINS = (
    "nhs.uk",
    "nice.org.uk",
    "nidirect.gov.uk",
    "nhsinform.scot",
    "hscni.net",
    "hse.ie",
    "doi.org",
    "pubmed.ncbi.nlm.nih.gov",
    "pmc.ncbi.nlm.nih.gov",
    "medlineplus.gov",
    "nih.gov",
    "cdc.gov",
    "fda.gov",
    "who.int",
    "ema.europa.eu",
    "fdc.nal.usda.gov",
)

#: Grades that make a claim about benefit or harm, so need a source beyond the seeds.
CLAIM_GRADES = frozenset(
    {Grade.RECOMMENDED, Grade.MAY_HELP, Grade.INEFFECTIVE, Grade.AVOID, Grade.CLINICIAN_ONLY}
)

_URL_IN_TEXT = re.compile(r"https?://|www\.[a-z]", re.I)
_TRAILING_JUNK = re.compile(r"[)\].,;:'\"!?>]$")


def url_problem(url: str) -> str | None:
    """Why this URL cannot be cited, or None when it is a well-formed primary link."""
    if any(c.isspace() for c in url):
        return "contains white space"
    parts = urlsplit(url)
    if parts.scheme != "https":
        return "must use https"
    host = (parts.hostname or "").lower()
    if not host or "." not in host:
        return "has no host"
    if "//" in parts.path:
        return "has '//' in its path (a broken link)"
    if _TRAILING_JUNK.search(url):
        return "ends in punctuation (pasted with trailing junk)"
    if host == "www.ncbi.nlm.nih.gov":
        return "old PubMed address: cite https://pubmed.ncbi.nlm.nih.gov/<PMID>/"
    if not any(host == d or host.endswith("." + d) for d in PRIMARY_DOMAINS):
        return (
            f"{host} is not a primary source (mirror, blog, shop or journal site?): "
            "cite the national service or guideline page, or the paper by DOI or PubMed"
        )
    return None


def _urls(entry: Entry) -> Iterator[tuple[str, str]]:
    for i, src in enumerate(entry.sources):
        if src.url:
            yield f"sources[{i}]", src.url
    if isinstance(entry, Source) and entry.url:
        yield "url", entry.url
    if isinstance(entry, Food):
        yield "nutrient_source", entry.nutrient_source


def check_urls(kb: KnowledgeBase) -> list[Problem]:
    """Every cited URL is well-formed and on a primary publisher's site."""
    problems = []
    for e in kb:
        for where, url in _urls(e):
            why = url_problem(url)
            if why:
                problems.append(Problem(e.id, f"{where} {url!r} {why}"))
    return problems


def check_repeated_sources(kb: KnowledgeBase) -> list[Problem]:
    """A page cited twice in one entry reads as two sources to a person (and is a slip)."""
    problems = []
    for e in kb:
        urls = [s.url for s in e.sources if s.url]
        for url in sorted({u for u in urls if urls.count(u) > 1}):
            problems.append(Problem(e.id, f"cites {url!r} more than once"))
    return problems


def makes_medical_claim(entry: Entry) -> bool:
    """Red flags, remedies and causes always; other entries when graded as a claim."""
    if isinstance(entry, RedFlag | Remedy | Cause):
        return True
    return entry.grade in CLAIM_GRADES


def check_primary_sources(kb: KnowledgeBase) -> list[Problem]:
    """A medical claim rests on at least one source beyond the machine-translated seeds."""
    return [
        Problem(
            e.id, "makes a medical claim but cites only the seed articles: add a primary source"
        )
        for e in kb
        if makes_medical_claim(e) and not any(s.url for s in e.sources)
    ]


# --- words people read --------------------------------------------------------

#: Things a person must never read: internal names, file names, developer references.
_INTERNAL = (
    (re.compile(r"\[[a-z][a-z0-9]*_[a-z0-9_]+\]"), "a bracketed id"),
    (re.compile(r"\bkb show\b|\bcrampcare (kb|check|plan|ask|now)\b"), "a command line"),
    (re.compile(r"\b\d{3}_[0-9a-f]{16}\.txt\b"), "a seed file name"),
    (re.compile(r"\bseeds?\s+\d{3}\b", re.I), "a seed number"),
    (
        re.compile(
            r"\b(the|a|one|both|each|this|that|these|those|all|five|two|other)\s+seeds?\b"
            r"(?!\s+(kernels|oil|extracts?|drops))",
            re.I,
        ),
        "the word 'seed' for a source article",
    ),
    (re.compile(r"\bseed(s'|'s| articles?| texts?)", re.I), "the word 'seed' for a source article"),
    (re.compile(r"\bfigure\s+\d", re.I), "a figure number"),
    (
        re.compile(r"\bevidence table\b|\brow \d+\b", re.I),
        "a reference to the developer evidence table",
    ),
    (_URL_IN_TEXT, "a web address (cite it in sources)"),
)


def _person_text(entry: Entry) -> Iterator[tuple[str, str]]:
    yield from prose(entry)
    for i, alias in enumerate(entry.aliases):
        yield f"aliases[{i}]", alias
    if isinstance(entry, Food):
        yield "serving", entry.serving


def check_person_text(kb: KnowledgeBase) -> list[Problem]:
    """No ids, commands, seed names, figure numbers or URLs in anything meant for a person."""
    ids = {i for i in kb.entries if "_" in i}
    problems = []
    for e in kb:
        for field, text in _person_text(e):
            for pattern, what in _INTERNAL:
                m = pattern.search(text)
                if m:
                    problems.append(Problem(e.id, f"{field} shows {what}: {m.group(0)!r}"))
            named = sorted(ids & set(re.findall(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b", text)))
            if named:
                problems.append(
                    Problem(e.id, f"{field} names entry ids {named}: use `related:` and words")
                )
    return problems


# --- grades against the entry's own words ------------------------------------------

#: The entry says nobody has tested it: "ineffective" (tested, does not work) cannot hold.
UNTESTED = re.compile(
    r"\bno (trial|study|test)s? (has|have) (ever )?(been )?(tested|studied|looked)\b"
    r"|\b(never|not) (been )?tested\b|\buntested\b|\bno trials? (has|have) tested\b",
    re.I,
)
#: The entry says the effect was not shown or found absent.
NO_EFFECT = re.compile(
    r"\b(effect|benefit)\b[^.;]{0,60}\b(has not|have not|was not|were not) been (shown|found)\b"
    r"|\bhas not been (shown|tested) (to|as|for)\b"
    r"|\bno (trial|study) of [^.;]{0,50}\bfor cramps\b|\bno study of cramps\b"
    r"|\bfound no (effect|benefit|difference)\b|\bno better than (a )?(dummy|placebo)\b"
    r"|\bdoes not (work|help)\b|\bdid not (work|help)\b",
    re.I,
)
#: What can still ground "may help" or "recommended" despite a negative finding.
SUPPORT = re.compile(
    r"\bguideline|\bconsensus\b|\b(trial|study|review)\b[^.;]{0,80}"
    r"\b(showed|found (fewer|less|benefit|that)|cut|reduced|may reduce|shorten)\b",
    re.I,
)
#: Harms a "harmless" grade cannot carry.
SERIOUS_HARM = re.compile(
    r"\bbotulism\b|\bpoison(ing|ed|ous)?\b|\bfatal\b|\bdeaths?\b|\bdied\b|\bkill"
    r"|\blife[- ]threatening\b|\bcardiac arrest\b",
    re.I,
)
_HARMLESS_GRADES = frozenset({Grade.RECOMMENDED, Grade.MAY_HELP, Grade.UNPROVEN})


def _claims(entry: Entry) -> str:
    return f"{entry.text}\n{entry.evidence or ''}"


def check_grade_claims(kb: KnowledgeBase) -> list[Problem]:
    """A grade its own text contradicts, and a harmless grade beside a serious-harm warning."""
    problems = []
    for e in kb:
        if e.grade is None:
            continue
        said = _claims(e)
        if e.grade is Grade.INEFFECTIVE and (m := UNTESTED.search(said)):
            problems.append(
                Problem(e.id, f"graded ineffective (tested, does not work) but says {m.group(0)!r}")
            )
        if e.grade in (Grade.RECOMMENDED, Grade.MAY_HELP):
            m = NO_EFFECT.search(said)
            if m and not SUPPORT.search(said):
                problems.append(
                    Problem(e.id, f"graded {e.grade.value} but says {m.group(0)!r} with no support")
                )
        if e.grade in _HARMLESS_GRADES:
            for field, text in (
                ("warning", e.warning or ""),
                *(("caution", c) for c in e.cautions),
            ):
                if m := SERIOUS_HARM.search(text):
                    problems.append(
                        Problem(
                            e.id,
                            f"graded {e.grade.value} (low harm) but its {field} warns of "
                            f"{m.group(0)!r}: grade it avoid or clinician_only",
                        )
                    )
                    break
    return problems


# --- foods ---------------------------------------------------------------------

_WHOLE_NUT_OR_SEED = re.compile(
    r"\b(almonds?|walnuts?|hazelnuts?|peanuts?|cashews?|pistachios?|nuts?|seeds?)\b", re.I
)


def check_foods(kb: KnowledgeBase) -> list[Problem]:
    """Foods carry what the kidney and small-child filters read, from a cited nutrient table."""
    problems = []
    for e in kb:
        if not isinstance(e, Food):
            continue
        whole = _WHOLE_NUT_OR_SEED.search(e.title) and not re.search(
            r"\b(butter|flour|ground|bran|germ|beans?|soy)", e.title, re.I
        )
        if whole and not e.choking_risk_under_5:
            problems.append(Problem(e.id, "whole nuts and seeds need choking_risk_under_5: true"))
        notes = [s.note or "" for s in e.sources if s.url and "fdc.nal.usda.gov" in s.url]
        if not any(len(n) > 10 for n in notes):
            problems.append(Problem(e.id, "cite USDA FoodData Central with the food's name"))
    return problems


#: Lexicon files whose entries cite sources (a class of medicines and why).
_CITING_LEXICON = ("medicines.yaml",)


def _lexicon_urls(data: Any, where: str) -> Iterator[tuple[str, str]]:
    """Every ``url`` under a ``sources`` list, with where it sits."""
    if isinstance(data, dict):
        where = f"{where}: {data['id']}" if "id" in data else where
        for key, value in data.items():
            if key == "sources" and isinstance(value, list):
                for i, src in enumerate(value):
                    if isinstance(src, dict) and isinstance(src.get("url"), str):
                        yield f"{where} sources[{i}]", src["url"]
            else:
                yield from _lexicon_urls(value, where)
    elif isinstance(data, list):
        for item in data:
            yield from _lexicon_urls(item, where)


def check_lexicon_sources() -> list[Problem]:
    """The lexicon's cited URLs meet the same bar as the entries' (primary publishers only)."""
    problems = []
    for name in _CITING_LEXICON:
        for where, url in _lexicon_urls(data_yaml("lexicon", name), f"lexicon/{name}"):
            why = url_problem(url)
            if why:
                problems.append(Problem(where, f"{url}: {why}"))
    return problems


def clinical_lint(kb: KnowledgeBase) -> list[Problem]:
    """Every clinical check; none needs the seed articles."""
    return (
        check_urls(kb)
        + check_lexicon_sources()
        + check_repeated_sources(kb)
        + check_primary_sources(kb)
        + check_person_text(kb)
        + check_grade_claims(kb)
        + check_foods(kb)
    )
