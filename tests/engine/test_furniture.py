"""Page furniture: lines that hold no claims, and prose that is not furniture."""
import pytest

from quotes.engine.furniture import is_furniture_line

FURNITURE = [
    "Photo by Aziz Karimov for the Caucasian Knot",
    "All news",
    "SEPTEMBER 23, 2016",
    "Editor’s note: The candidate has repeatedly said he would ban all visitors.",
    "Editors' note: An earlier version of this story was published on Monday.",
    "Correction: An earlier version of this article misstated the date of the vote.",
]
PROSE = [
    "Velizade told the Knot that talks failed.",
    "The editor noted that the date was wrong, officials said.",
    "A correction to the budget is expected, the mayor said.",
    "Correction of the budget is expected, the mayor said.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture(line, lang):
    assert is_furniture_line(line, lang)


@pytest.mark.parametrize("line", PROSE)
def test_prose(line, lang):
    assert not is_furniture_line(line, lang)
