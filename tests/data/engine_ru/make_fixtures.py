"""Make the Russian engine fixtures: each text of cases.tsv, parsed by natasha (the offline annotator).

Run (``.venv/bin/python tests/data/engine_ru/make_fixtures.py``) after changing cases.tsv: the
English script's ``main`` on this folder, so only new or changed sentences are parsed and the
.conllu files checked by hand are kept; the engine tests need no parser.
"""
import runpy
from pathlib import Path

HERE = Path(__file__).parent


def natasha_annotator():
    from quotes.annotate.natasha_ud import NatashaAnnotator

    return NatashaAnnotator()


if __name__ == "__main__":
    fixtures = runpy.run_path(str(HERE.parent / "engine" / "make_fixtures.py"))
    fixtures["main"](HERE, natasha_annotator)
