"""Claims files back into pandas, with proper dtypes."""
from __future__ import annotations

import json
from pathlib import Path

from quotes.export.rows import SPAN_COLUMNS

CATEGORIES = ("speaker", "speaker_type", "speaker_kind", "quote_type")


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
    and speaker, speaker_type, speaker_kind and quote_type as categoricals.
    """
    import pandas as pd

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        df = pd.read_excel(path, sheet_name="Claims")
    elif suffix == ".csv":
        df = pd.read_csv(path, encoding="utf-8-sig")
    elif suffix == ".jsonl":
        df = pd.read_json(path, lines=True, dtype=False)
    elif suffix == ".parquet":
        df = pd.read_parquet(path)
    elif suffix == ".sqlite":
        from quotes.export.sqlite import read_claims_table

        df = read_claims_table(path)
    else:
        raise ValueError(f"cannot read claims from {path.suffix!r} files")
    for col in SPAN_COLUMNS:
        if col in df:
            df[col] = df[col].map(_spans).astype(object)
    if "confidence" in df:
        df["confidence"] = df["confidence"].astype(float)
    if "date" in df:
        df["date"] = pd.to_datetime(df["date"], errors="coerce", format="mixed")
    for col in CATEGORIES:
        if col in df:
            df[col] = df[col].astype("category")
    return df
