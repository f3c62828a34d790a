"""Dates as the input states them, in any language of the packs; text that states no day is no date."""
from datetime import datetime

import pytest

from quotes.dates import as_date, date_key

STATED = [
    ("2022-05-28", datetime(2022, 5, 28)),
    ("2022-05-28T15:19:00+04:00", datetime(2022, 5, 28, 15, 19)),
    ("28 May 2022, 15:19", datetime(2022, 5, 28, 15, 19)),
    ("May 28, 2022", datetime(2022, 5, 28)),
    ("28 мая 2022", datetime(2022, 5, 28)),
    ("28 мая 2022 г., 15:19", datetime(2022, 5, 28, 15, 19)),
    ("5 нояб. 2021", datetime(2021, 11, 5)),
    ("1 Января 2020 года", datetime(2020, 1, 1)),
]
NO_DATE = ["2022", "12", "yesterday", "вчера", "31 февраля 2022", "12 шмая 2022", "28 мая", None, ""]


@pytest.mark.parametrize("text, stated", STATED)
def test_a_stated_date(text, stated):
    assert as_date(text) == stated


@pytest.mark.parametrize("text", NO_DATE)
def test_no_date(text):
    assert as_date(text) is None


def test_dates_sort_in_time_order_whatever_their_language():
    values = ["28 мая 2022", "no date", "1 May 2022", "2021-12-31"]
    assert sorted(values, key=date_key) == ["2021-12-31", "1 May 2022", "28 мая 2022", "no date"]
