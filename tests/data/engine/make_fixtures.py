"""Make the engine's CoNLL-U fixtures: each text of cases.tsv, parsed by the offline annotator.

Run (``.venv/bin/python tests/data/engine/make_fixtures.py``) after changing cases.tsv: it parses
only the cases whose fixture is missing or whose sentence changed, so the fixtures checked by hand
stay as they are; the engine tests need no parser. ``tests/data/engine_ru/make_fixtures.py`` runs
the same ``main`` on its own folder with natasha.
"""
from pathlib import Path

HERE = Path(__file__).parent


def cases(folder: Path = HERE):
    for line in (folder / "cases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, text = line.split("\t", 1)
            yield name, text.replace("\\n", "\n")


def stale(name: str, text: str, folder: Path = HERE) -> bool:
    """Whether the fixture of ``name`` is missing or was parsed from another sentence."""
    txt, conllu = folder / f"{name}.txt", folder / f"{name}.conllu"
    return not (txt.exists() and conllu.exists()) or txt.read_text(encoding="utf-8") != text


def spacy_annotator():
    from quotes.annotate.spacy_ud import SpacyAnnotator

    return SpacyAnnotator()


def main(folder: Path = HERE, make_annotator=spacy_annotator):
    items = [(name, text) for name, text in cases(folder) if stale(name, text, folder)]
    if not items:
        return
    annotator = make_annotator()  # loaded only when something is to be parsed
    for (name, text), doc in zip(items, annotator.annotate(t for _, t in items)):
        print("parsed", name)
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.conllu").write_text("{:C}\n".format(doc), encoding="utf-8")


if __name__ == "__main__":
    main()
