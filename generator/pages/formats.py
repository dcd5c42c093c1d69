"""Plain-text forms shared by pages, share cards and exports: Roman numerals,
money, dates and phone numbers, in the page's language."""

from __future__ import annotations

import datetime as dt
import re

_ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def roman(number: int) -> str:
    """A round number in Roman numerals, as Vietnamese decisions write it."""
    out = ""
    for value, letters in _ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out


def number(amount: int, lang: str) -> str:
    """A whole number with dots between thousands in Vietnamese (20.000), commas elsewhere (20,000)."""
    return f"{amount:,}".replace(",", ".") if lang == "vi" else f"{amount:,}"


def money(amount: int, lang: str) -> str:
    """VND with dots in Vietnamese (85.000 ₫), commas elsewhere (VND 85,000)."""
    if lang == "vi":
        return number(amount, lang) + " ₫"
    return f"VND {number(amount, lang)}"


def date_text(day: dt.date, lang: str) -> str:
    """dd/mm/yyyy in Vietnamese, '20 Nov 2023' elsewhere."""
    if lang == "vi":
        return day.strftime("%d/%m/%Y")
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def phone_digits(phone: str) -> str:
    """The digits of a phone number, national form (0…)."""
    digits = re.sub(r"\D", "", phone)
    return "0" + digits[2:] if digits.startswith("84") and len(digits) > 10 else digits


def tel_href(phone: str) -> str:
    """A ``tel:`` link in international form."""
    digits = phone_digits(phone)
    return f"tel:+84{digits[1:]}" if digits.startswith("0") else f"tel:{digits}"
