"""A quotation introduced by a colon: 'Caddell continued: "The health issue ..."'.

Cue: a reporting verb whose clause ends in a colon before a quotation, or any verb of a speaker
right before the colon ('Kelly gloated: "..."', ``cues.find_cues``). Content: the quotation after
the colon (over as many paragraphs as it runs). Source: the verb's subject.
"""
from __future__ import annotations

from quotes.engine.constructions.base import INTRODUCER, VERB_NEEDS, Construction, no_content, subject_source

CONSTRUCTION = Construction(
    INTRODUCER, "quotes.engine.cues.find_cues", VERB_NEEDS + ("quotes",), no_content, subject_source,
    confidence=0.95, rank=1, quote_beside=True, near_source=True, recipient=True)
