"""The engine's claims on a fixture, and the check every construction's table runs."""
from quotes.claims import build_claims
from quotes.engine.attribute import find_attributions
from quotes.types import Article
from tests.conftest import read_fixture


def claims_of(name, lang):
    """The claims of the fixture ``name`` (tests/data/engine/<name>.conllu)."""
    doc = read_fixture(name)
    return build_claims(Article(name, doc.text), find_attributions(doc, lang))


def check(row, lang):
    """One table row: the fixture's claim with that cue is found once and is exactly this claim.

    ``row``: (fixture, cue, claim text, speaker, speaker kind, role, quote type, recipient, rule);
    None for speaker, role or recipient asserts that there is none.
    """
    name, cue, text, speaker, kind, role, quote_type, recipient, rule = row
    found = [c for c in claims_of(name, lang) if c.cue == cue]
    assert len(found) == 1, [(c.cue, c.claim) for c in claims_of(name, lang)]
    c = found[0]
    assert (c.claim, c.speaker, c.speaker_kind, c.role, c.quote_type, c.recipient, c.rule) == \
        (text, speaker, kind, role, quote_type, recipient, rule)


def ids(rows):
    return [f"{r[0]}:{r[1]}" for r in rows]
