"""Make the Russian engine fixtures: each text of cases.tsv, parsed by natasha (the offline annotator).

Run once (``.venv/bin/python tests/data/engine_ru/make_fixtures.py``) after changing cases.tsv;
the .conllu files are checked by hand and kept, so the engine tests need no parser.
"""
from pathlib import Path

from quotes.annotate.natasha_ud import NatashaAnnotator

HERE = Path(__file__).parent


def cases():
    for line in (HERE / "cases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, text = line.split("\t", 1)
            yield name, text.replace("\\n", "\n")


def main():
    annotator = NatashaAnnotator()
    items = [(n, t) for n, t in cases() if not (HERE / f"{n}.txt").exists()
             or (HERE / f"{n}.txt").read_text(encoding="utf-8") != t]  # only new or changed sentences
    for (name, text), doc in zip(items, annotator.annotate(t for _, t in items)):
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        (HERE / f"{name}.conllu").write_text("{:C}\n".format(doc), encoding="utf-8")


if __name__ == "__main__":
    main()
