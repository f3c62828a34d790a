"""quotes: who said what in the news.

Reads articles, finds reported speech (direct quotes, paraphrase, opinion) and attributes
every claim to a named speaker with their role.

>>> import quotes
>>> df = quotes.extract(["Elkhan Velizade, a political analyst, said that talks failed."], nlp="spacy")
>>> df.loc[0, "speaker"]
'Elkhan Velizade'
"""
from quotes._version import __version__


def extract(paths_or_texts, nlp: str = "auto", **options):
    """Claims of articles (file or folder paths, or article texts) as a pandas DataFrame."""
    from quotes.api import extract as _extract

    return _extract(paths_or_texts, nlp=nlp, **options)


def read_claims(path):
    """Load a claims file written by ``quotes extract`` (.xlsx, .csv, .jsonl, .parquet, .sqlite) as a DataFrame."""
    from quotes.export.read_back import read_claims as _read

    return _read(path)


__all__ = ["extract", "read_claims", "__version__"]
