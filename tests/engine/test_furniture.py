"""Page furniture: lines that hold no claims, and prose that is not furniture."""
import pytest

from quotes.engine.furniture import is_furniture_line
from tests.engine.claims import claims_of

FURNITURE = [
    "Photo by Aziz Karimov for the Caucasian Knot",
    "All news",
    "SEPTEMBER 23, 2016",
    "Editor’s note: The candidate has repeatedly said he would ban all visitors.",
    "Editors' note: An earlier version of this story was published on Monday.",
    "Correction: An earlier version of this article misstated the date of the vote.",
    "This article was originally published on the Russian page of the agency on May 3, 2021. Click here.",
    "This story has been updated to include the mayor's comments.",
    "ÉTÉ À GENÈVE",  # capitals only, letters beyond ASCII too
    "12:30",  # no letter at all
]
PROSE = [
    "Velizade told the Knot that talks failed.",
    "The editor noted that the date was wrong, officials said.",
    "A correction to the budget is expected, the mayor said.",
    "Correction of the budget is expected, the mayor said.",
    "The article was published in 2019, the mayor said.",
    "ÉLODIE Müller said the café would reopen.",  # one lowercase letter makes it prose
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture(line, lang):
    assert is_furniture_line(line, lang)


@pytest.mark.parametrize("line", PROSE)
def test_prose(line, lang):
    assert not is_furniture_line(line, lang)


# fixture -> the (cue, claim) pairs its prose holds: a footnote, and the leads a page lists below
# "All news" after its article, hold none; a rubric page that opens with "All news" is its leads
PAGES = [
    ("footnote_line", [("said", "The rally will be held on Sunday")]),
    ("star_bullet_prose", [("said", "that the bridge will reopen in May")]),  # no word above carries "*"
    ("page_end_other_leads", [("said", "The bridge will reopen in May")]),
    ("rubric_page_leads", [("said", "that the harvest was poor")]),
    ("page_end_en", [("said", "Prices will rise by autumn")]),
    ("page_end_first_en", [("said", "that the harvest had failed in the north")]),  # a menu's "All news" above
]


@pytest.mark.parametrize("name,expected", PAGES, ids=[p[0] for p in PAGES])
def test_page_claims(name, expected, lang):
    assert [(c.cue, c.claim) for c in claims_of(name, lang)] == expected
