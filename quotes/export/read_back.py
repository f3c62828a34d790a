"""Claims files back into pandas, with proper dtypes."""
from __future__ import annotations

import json
from pathlib import Path

from quotes.dates import as_date
from quotes.export.rows import OUTPUT_COLUMNS, SPAN_COLUMNS
from quotes.export.safe import csv_unescaped

CATEGORIES = ("speaker", "speaker_type", "speaker_kind", "quote_type")
NUMBERS = ("confidence",)
# Text stays as written: an article id "1" is not a number, a speaker "NA" not a missing value.
TEXT_DTYPES = {c: str for c in OUTPUT_COLUMNS if c not in NUMBERS}
AS_WRITTEN = {"dtype": TEXT_DTYPES, "keep_default_na": False, "na_values": [""]}


def _spans(value):
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, str):
        return json.loads(value) if value.strip() else None
    if hasattr(value, "tolist"):
        value = value.tolist()
    return [list(v) if hasattr(v, "__iter__") else v for v in value]


def read_claims(path) -> "pandas.DataFrame":
    """A claims file (.xlsx sheet Claims, .csv, .jsonl, .parquet file or dataset folder, .sqlite) as a DataFrame.

    Spans come back as lists, ``confidence`` as float, ``date`` as datetime where it parses,
    and speaker, speaker_type, speaker_kind and quote_type as categoricals; the apostrophe
    that the CSV writer puts before a formula start is taken off again.

    >>> read_claims("out/claims.csv").claim[0]
    '=1+1 is two'
    """
    import pandas as pd

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        df = pd.read_excel(path, sheet_name="Claims", **AS_WRITTEN)
    elif suffix == ".csv":
        df = pd.read_csv(path, encoding="utf-8-sig", **AS_WRITTEN)
        for col in df.columns.intersection(list(TEXT_DTYPES)):
            df[col] = df[col].map(csv_unescaped)
    elif suffix == ".jsonl":
        df = pd.read_json(path, lines=True, dtype=False)
    elif suffix == ".parquet":
        df = pd.read_parquet(path)
    elif suffix == ".sqlite":
        from quotes.export.sqlite import read_claims_table

        df = read_claims_table(path)
    else:
        raise ValueError(f"cannot read claims from {path.suffix!r} files")
    return typed_frame(df)


def typed_frame(df: "pandas.DataFrame") -> "pandas.DataFrame":
    """``df`` with the claims' dtypes: spans as lists, confidence float, date datetime64, categoricals."""
    import pandas as pd

    for col in SPAN_COLUMNS:
        if col in df:
            df[col] = df[col].map(_spans).astype(object)
    if "confidence" in df:
        df["confidence"] = df["confidence"].astype(float)
    if "date" in df:
        df["date"] = pd.to_datetime(df["date"].map(as_date), errors="coerce")
    for col in CATEGORIES:
        if col in df:
            df[col] = df[col].astype("category")
    return df
