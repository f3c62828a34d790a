"""A quotation with its tag: '"We will win," Senator Smith said.', '"Go back," he barked.'

Cue: a reporting verb beside a quotation of its sentence that no other verb's clause holds, or
any verb of a speaker in a short clause right after a quotation that ends in a comma, "!" or "?"
(``cues.find_cues``). Content: the quotation. Source: the verb's subject, else the best noun
before the cue.
"""
from __future__ import annotations

from quotes.engine.constructions.base import QUOTE_ONLY, VERB_NEEDS, Construction, no_content, subject_source

CONSTRUCTION = Construction(
    QUOTE_ONLY, "quotes.engine.cues.find_cues", VERB_NEEDS + ("quotes",),
    no_content, subject_source, confidence=0.85, rank=2, quote_beside=True, near_source=True, recipient=True)
