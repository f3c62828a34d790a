"""How sure the engine is of an attribution: a number in [0, 1] from the rule that found it.

The figures order the rules by how often they are right (measured with ``quotes eval``
on the benchmark's train split); they let a user trade recall for precision with a
threshold.
"""
from __future__ import annotations

from typing import Optional

from quotes.engine.constructions import REGISTRY
from quotes.types import Content, Source

# The base confidence of each construction is declared by its module (quotes/engine/constructions/):
# each is near the share of that construction's speech claims matched at 0.3 on the 840 train
# articles (2026-11-26): verb 92.6%, introducer 95.6%, according to 88.6%, object 72.4%.
# Factor of the cue's class.
CUE_CLASS = {"speech": 1.0, "cognition": 0.8, "intention": 0.7, "evidence": 0.75, "quote": 1.0}


def confidence(construction: str, cue_class: str, source: Optional[Source], content: Content) -> float:
    """Confidence of an attribution found by ``construction`` (``"verb"``) with a cue of ``cue_class``
    (``"speech"``), this source and content."""
    score = REGISTRY[construction].confidence * CUE_CLASS.get(cue_class, 0.8)
    if source is None:
        score *= 0.7
    elif source.speaker is None and source.kind == "unknown":
        score *= 0.85
    if content.quote_type == "direct":
        score = min(1.0, score * 1.1)
    return round(score, 3)
