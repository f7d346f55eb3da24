"""The emergency, crisis and poison numbers the notices name, per country: reviewed fixed texts, like `texts.py`.

`ASSISTANT_COUNTRY` picks a row (a site's widget may pick another with `data-country`); `ASSISTANT_EMERGENCY_NUMBER`,
`ASSISTANT_CRISIS_LINE` and `ASSISTANT_POISON_LINE` still override the configured country's numbers. Each number
was checked against the service's own public page (reviewed 2026-12); a change here is an editorial decision:
have it reviewed, and check the number is free to call and open day and night.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Numbers:
    """What the notices' placeholders are filled with."""

    emergency_number: str
    crisis_line: str
    poison_line: str


COUNTRIES: Final[dict[str, Numbers]] = {
    "US": Numbers("911", "988 (the Suicide & Crisis Lifeline)", "1-800-222-1222 (Poison Help)"),
    "CA": Numbers("911", "988 (Suicide Crisis Helpline)", "1-844-764-7669 (1-844-POISON-X)"),
    "GB": Numbers("999", "Samaritans on 116 123 (or NHS 111, option 2)", "NHS 111"),
    "IE": Numbers("112 or 999", "Samaritans on 116 123", "01 809 2166 (National Poisons Information Centre)"),
    "AU": Numbers("000", "Lifeline on 13 11 14", "13 11 26 (Poisons Information Centre)"),
    "NZ": Numbers("111", "1737 (Need to talk?)", "0800 764 766 (National Poisons Centre)"),
    "IN": Numbers("112", "Tele-MANAS on 14416", "1800 116 117 (National Poisons Information Centre)"),
    "DE": Numbers(
        "112", "TelefonSeelsorge on 0800 111 0 111", "the Giftnotruf of your region (Berlin: 030 19240)"
    ),
    "FR": Numbers("15 or 112", "3114", "a centre antipoison (Paris: 01 40 05 48 48) or 15"),
    "ES": Numbers("112", "024", "91 562 04 20 (Servicio de Información Toxicológica)"),
    "MX": Numbers("911", "Línea de la Vida on 800 911 2000", "800 009 2800 (SINTOX)"),
    "BR": Numbers("192 (SAMU)", "CVV on 188", "0800 722 6001 (Disque-Intoxicação)"),
}

DEFAULT_COUNTRY: Final = "US"


def numbers_for(country: str) -> Numbers:
    """The row of a country code (any case); KeyError for a country without one."""
    return COUNTRIES[country.strip().upper()]
