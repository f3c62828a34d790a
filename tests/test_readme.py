"""The README's pandas recipes, run as written (read from README.md) on the frames of both
``quotes.extract`` and ``quotes.read_claims`` over the sample article."""
import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import quotes

ROOT = Path(__file__).resolve().parents[1]


def python_blocks() -> list[str]:
    """The ```python blocks of the README's "For pandas" section, in order."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## For pandas\n(.*?)(?=^## )", readme, flags=re.S | re.M)
    assert section, "the README has no For pandas section"
    return re.findall(r"```python\n(.*?)```", section.group(1), flags=re.S)


@pytest.fixture(scope="module")
def frames(tmp_path_factory):
    """Each ``df = ...`` of the README's first block, run in a folder holding seeds/ and the
    out/claims.xlsx that ``make extract`` writes there (``quotes extract seeds -o out/claims.xlsx --nlp auto``)."""
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    made = subprocess.run([sys.executable, "-m", "quotes", "extract", "seeds", "-o", "out/claims.xlsx", "--nlp", "auto"],
                          cwd=folder, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert made.returncode == 0, made.stderr
    setup = python_blocks()[0]
    found = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(folder)
        namespace = {}
        for statement in ast.parse(setup).body:
            exec(compile(ast.Module([statement], []), "README.md", "exec"), namespace)
            if "df" in namespace:
                found[ast.unparse(statement.value)] = namespace.pop("df")
    assert len(found) == 2 and any("extract" in k for k in found) and any("read_claims" in k for k in found)
    return found


def test_the_readme_has_its_recipes():
    blocks = python_blocks()
    assert len(blocks) >= 2 and "df = quotes.extract(" in blocks[0] and "df = quotes.read_claims(" in blocks[0]


@pytest.mark.parametrize("source", ["extract", "read_claims"])
def test_every_recipe_runs_on_both_frames(frames, source):
    df = next(v for k, v in frames.items() if source in k)
    assert len(df) > 0 and str(df["date"].dtype).startswith("datetime64")
    recipes = [s for block in python_blocks()[1:] for s in ast.parse(block).body]
    assert len(recipes) >= 3
    for statement in recipes:
        value = eval(compile(ast.Expression(statement.value), "README.md", "eval"), {"df": df, "pd": pd, "quotes": quotes})
        assert len(value) > 0, ast.unparse(statement)


def test_both_frames_agree(frames):
    a, b = (next(v for k, v in frames.items() if s in k) for s in ("extract", "read_claims"))
    assert list(a.columns) == list(b.columns)
    assert a["claim"].tolist() == b["claim"].tolist() and a["speaker_label"].tolist() == b["speaker_label"].tolist()
    assert a["date"].tolist() == b["date"].tolist()
