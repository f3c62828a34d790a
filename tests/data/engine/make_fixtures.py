"""Make the engine's CoNLL-U fixtures: each text of cases.tsv, parsed by the offline annotator.

Run (``.venv/bin/python tests/data/engine/make_fixtures.py``) after changing cases.tsv: it parses
only the cases whose fixture is missing or whose sentence changed, so the fixtures checked by hand
stay as they are; the engine tests need no parser.
"""
from pathlib import Path

from quotes.annotate.spacy_ud import SpacyAnnotator

HERE = Path(__file__).parent


def cases():
    for line in (HERE / "cases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, text = line.split("\t", 1)
            yield name, text.replace("\\n", "\n")


def stale(name: str, text: str) -> bool:
    """Whether the fixture of ``name`` is missing or was parsed from another sentence."""
    txt, conllu = HERE / f"{name}.txt", HERE / f"{name}.conllu"
    return not (txt.exists() and conllu.exists()) or txt.read_text(encoding="utf-8") != text


def main():
    items = [(name, text) for name, text in cases() if stale(name, text)]
    if not items:
        return
    annotator = SpacyAnnotator()
    for (name, text), doc in zip(items, annotator.annotate(t for _, t in items)):
        print("parsed", name)
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        (HERE / f"{name}.conllu").write_text("{:C}\n".format(doc), encoding="utf-8")


if __name__ == "__main__":
    main()
