"""Dates as the input states them: "2022-05-28", "28 May 2022, 15:19", "May 28, 2022"."""
from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Optional


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
        return None
    if stamp is pd.NaT or not 1900 <= stamp.year <= 9999:
        return None
    return (stamp.tz_localize(None) if stamp.tzinfo else stamp).to_pydatetime()


def date_key(value) -> tuple:
    """A sort key that puts dates in time order and text that states none after them."""
    parsed = as_date(value)
    return (parsed is None, parsed or datetime.min, str(value))
