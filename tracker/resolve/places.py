"""Countries and the world's regions by name.

A country standing as a speaker ("Germany said", "the Netherlands warned") means its
government; it is never "the company" of a later sentence. The names come from pycountry's
ISO 3166 list (common, short and official forms), plus the everyday forms it leaves out.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

# everyday names ISO 3166 does not use as any of its forms
_EVERYDAY = {
    "Russia", "Turkey", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "America",
    "U.S.", "US", "USA", "U.S.A.", "U.K.", "UK", "Ivory Coast", "Palestine", "Kosovo", "Vatican", "Brunei",
    "Micronesia", "Cape Verde", "Swaziland", "Burma", "East Timor", "Macedonia", "Holland", "South Sudan",
}
REGIONS = {
    "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Central America", "Middle East",
    "Oceania", "Antarctica", "Americas", "Caribbean", "Scandinavia", "Balkans", "Gulf", "Sahel", "Arctic",
    "Eurasia", "Asia-Pacific", "Southeast Asia", "East Asia", "South Asia", "Central Asia", "West Africa",
    "East Africa", "North Africa", "Southern Africa", "Eastern Europe", "Western Europe", "Central Europe",
}


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    names = set(_EVERYDAY)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.add(value)
    return frozenset(names)


def is_country(name: str) -> bool:
    """'Germany', 'the Netherlands', 'South Korea', 'Russia' (a leading 'the' ignored)."""
    name = name[4:] if name[:4].lower() == "the " else name
    return name in country_names()


def is_region(name: str) -> bool:
    name = name[4:] if name[:4].lower() == "the " else name
    return name in REGIONS


@lru_cache(maxsize=1)
def subdivision_names() -> frozenset[str]:
    """States, provinces and regions of every country (ISO 3166-2 names): 'Wyoming', 'Bavaria'."""
    return frozenset(s.name for s in pycountry.subdivisions)


def is_subdivision(name: str) -> bool:
    return name in subdivision_names()
