"""A citation as a person reads it: title and publisher, never a file name.

DESIGN "What people read": sources read as title and publisher. A seed citation
names the translated article by its title; a web citation the page's title when
a source entry describes it, else its publisher.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from crampcare.knowledge.schema import SourceRef

#: Publishers by web host, for pages no source entry describes.
PUBLISHERS = (
    ("cks.nice.org.uk", "NICE Clinical Knowledge Summaries"),
    ("bnf.nice.org.uk", "British National Formulary"),
    ("nice.org.uk", "NICE"),
    ("nhs.uk", "NHS"),
    ("nidirect.gov.uk", "NI Direct"),
    ("hse.ie", "HSE (Ireland)"),
    ("doi.org", "Journal article"),
    ("cochranelibrary.com", "Cochrane Library"),
    ("pubmed.ncbi.nlm.nih.gov", "PubMed"),
    ("pmc.ncbi.nlm.nih.gov", "PubMed Central"),
    ("ncbi.nlm.nih.gov", "PubMed"),
    ("medlineplus.gov", "MedlinePlus (U.S. National Library of Medicine)"),
    ("nccih.nih.gov", "U.S. National Center for Complementary and Integrative Health"),
    ("cdc.gov", "U.S. Centers for Disease Control and Prevention"),
    ("fda.gov", "U.S. Food and Drug Administration"),
    ("who.int", "World Health Organization"),
    ("ema.europa.eu", "European Medicines Agency"),
    ("fdc.nal.usda.gov", "USDA FoodData Central"),
    ("merckmanuals.com", "Merck Manual, consumer version"),
    ("mayoclinic.org", "Mayo Clinic"),
    ("clevelandclinic.org", "Cleveland Clinic"),
)


@cache
def _by_seed_and_url() -> tuple[dict[str, str], dict[str, str]]:
    # The knowledge base (and pydantic) only when a citation is first labelled.
    from crampcare.knowledge.loader import load
    from crampcare.knowledge.schema import Source

    seeds: dict[str, str] = {}
    urls: dict[str, str] = {}
    for e in load().of_kind(Source):
        label = e.title + (f" ({e.publisher})" if e.publisher else "")
        if e.seed:
            seeds[e.seed] = f"{e.title} (a machine-translated web article)"
        if e.url:
            urls[e.url] = label
    return seeds, urls


def publisher(url: str) -> str:
    """The publisher of a web address, or its host when we do not know it."""
    host = (urlsplit(url).hostname or url).lower()
    for domain, name in PUBLISHERS:
        if host == domain or host.endswith("." + domain):
            return name
    return host


def source_label(ref: SourceRef) -> str:
    """'NHS: Leg cramps (NHS)', 'Relieving leg cramps ... (a machine-translated web article)'."""
    seeds, urls = _by_seed_and_url()
    if ref.seed is not None:
        return seeds.get(ref.seed, "A machine-translated web article")
    url = ref.url or ""
    if url in urls:
        return urls[url]
    return f"{publisher(url)}: {ref.note}" if ref.note else publisher(url)
