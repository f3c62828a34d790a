"""The constructions of reported speech, one module each, and their registry.

    reported_clause   "Velizade told the Knot that talks failed."            (verb)
    parenthetical     "..., he has noted." / "as he has clarified, ..."      (parenthetical)
    stance_object     "Haley praised the senator", "called for a ban"       (object)
    introducer        'Caddell continued: "..."'                             (introducer)
    quote_tag         '"We will win," Senator Smith said.'                   (quote)
    according_to      "According to the minister, ..."                       (according_to)
    noun_of_speech    "the statement by X about ...", "made a call for"      (nominal)
    opinion_frame     "In Jane Smith's view, ..."                            (opinion_phrase)
    colon             "Lynch: No outside influence on the probe"             (colon)
    postposed         "A, X, the ombudsman, has stated." (verb left bare)   (postposed)
    stance_adjective  "Smith is confident that ...", "critical of the plan"  (adjective, adjective_object)
    question_put      "Asked about the polls, Smith said ..."                (question)
    light_verb        "took aim at the mayor", "made it clear that ..."      (light_verb)

Each module makes one ``Construction`` (``stance_adjective`` two; see ``base``): how its cue is found, its content, its
source and recipient, its rank and confidence. The verb constructions share one cue finder
(``quotes.engine.cues``), which decides for each verb (and adjective of stance) which of them it is.
An adjective of stance and the asker's question report as the verb construction they stand for
(``reports_as``).
"""
from __future__ import annotations

from quotes.engine.constructions import (according_to, colon, introducer, light_verb, noun_of_speech,
                                         opinion_frame, parenthetical, postposed, question_put, quote_tag,
                                         reported_clause, stance_adjective, stance_object)
from quotes.engine.constructions.base import (ACCORDING_TO, ADJECTIVE, ADJECTIVE_OBJECT, COLON, INTRODUCER,
                                              LIGHT_VERB, NOMINAL, OBJECT, OPINION_PHRASE, PARENTHETICAL, POSTPOSED,
                                              QUESTION, QUOTE_ONLY, VERB, Construction, Kind)

REGISTRY: dict[str, Construction] = {c.kind: c for c in (
    reported_clause.CONSTRUCTION, parenthetical.CONSTRUCTION, stance_object.CONSTRUCTION, introducer.CONSTRUCTION,
    quote_tag.CONSTRUCTION, according_to.CONSTRUCTION, noun_of_speech.CONSTRUCTION, opinion_frame.CONSTRUCTION,
    colon.CONSTRUCTION, stance_adjective.CONSTRUCTION, stance_adjective.OBJECT_CONSTRUCTION, question_put.CONSTRUCTION,
    postposed.CONSTRUCTION, light_verb.CONSTRUCTION)}

__all__ = ["REGISTRY", "Construction", "Kind", "VERB", "PARENTHETICAL", "ACCORDING_TO", "NOMINAL",
           "OPINION_PHRASE", "INTRODUCER", "QUOTE_ONLY", "OBJECT", "COLON", "ADJECTIVE", "ADJECTIVE_OBJECT", "QUESTION",
           "POSTPOSED", "LIGHT_VERB"]
