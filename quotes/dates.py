"""Dates as the input states them: "2022-05-28", "28 May 2022, 15:19", "May 28, 2022", "28 мая 2022 г."."""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Optional

# "28 мая 2022 г., 15:19": a day, a month word of a language pack, a year, then perhaps a time
DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4})\b(?:\D{0,8}?(\d{1,2}):(\d{2}))?")


@lru_cache(maxsize=4096)
def as_date(value) -> Optional[datetime]:
    """The date (and time) ``value`` states, naive as written; None when it states no day.

    A bare number ("2022", "12") and text that is no date ("yesterday") give None.

    >>> as_date("2022-05-28T15:19:00+04:00")
    datetime.datetime(2022, 5, 28, 15, 19)
    """
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if not isinstance(value, str) or len(value) > 64 or not any(c.isalpha() or c in "-/." for c in value.strip()):
        return None
    import pandas as pd

    try:
        stamp = pd.to_datetime(value.strip(), format="mixed")
    except (ValueError, TypeError, OverflowError):
        return _in_pack_words(value)
    if stamp is pd.NaT or not 1900 <= stamp.year <= 9999:
        return None
    return (stamp.tz_localize(None) if stamp.tzinfo else stamp).to_pydatetime()


def _in_pack_words(value: str) -> Optional[datetime]:
    """The date a month word of any language pack states, where pandas reads only English ones.

    >>> _in_pack_words("28 мая 2022 г., 15:19")
    datetime.datetime(2022, 5, 28, 15, 19)
    """
    m = DAY_MONTH_YEAR.match(value)
    month = m and _month_numbers().get(m.group(2).lower())
    if not month:
        return None
    try:
        return datetime(int(m.group(3)), month, int(m.group(1)), int(m.group(4) or 0), int(m.group(5) or 0))
    except ValueError:  # "31 февраля", "25:70"
        return None


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    """Every pack's month words (quotes/lang/*/months.tsv), lowercased, with their number."""
    from quotes.lang import LANGUAGES, load_language

    return {word.lower(): n for code in LANGUAGES for word, n in load_language(code).months.items()}


def date_key(value) -> tuple:
    """A sort key that puts dates in time order and text that states none after them."""
    parsed = as_date(value)
    return (parsed is None, parsed or datetime.min, str(value))
