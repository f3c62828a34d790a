"""Make the engine's CoNLL-U fixtures: each text of cases.tsv, parsed by the offline annotator.

Run once (``.venv/bin/python tests/data/engine/make_fixtures.py``) after changing cases.tsv;
the .conllu files are checked by hand and kept, so the engine tests need no parser.
"""
from pathlib import Path

from quotes.annotate.spacy_ud import SpacyAnnotator

HERE = Path(__file__).parent


def cases():
    for line in (HERE / "cases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, text = line.split("\t", 1)
            yield name, text.replace("\\n", "\n")


def main():
    annotator = SpacyAnnotator()
    items = list(cases())
    for (name, text), doc in zip(items, annotator.annotate(t for _, t in items)):
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        (HERE / f"{name}.conllu").write_text("{:C}\n".format(doc), encoding="utf-8")


if __name__ == "__main__":
    main()
