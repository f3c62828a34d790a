"""Floating quotations: a quotation of its own right after a sentence in which someone starts to speak.

    'Alice began talking to Bob. "The ferry will not run tomorrow." Bob nodded.'   Alice's words

The sentence before names who speaks with a verb of speech that reports nothing there ("began
talking to Bob", "spoke up", "turned to the crowd and spoke"); the quotation that opens the next
sentence, claimed by no cue, is what they said. A pronoun or a description resolves as any source.
"""
from __future__ import annotations

from typing import Optional, Sequence

from quotes.engine.constructions import QUOTE_ONLY
from quotes.engine.predicates import can_speak, speaker_subject
from quotes.engine.quotemarks import Quote
from quotes.engine.resolve import ArticleContext, resolve
from quotes.engine.sources import mention_nodes
from quotes.engine.tree import Node, Tree
from quotes.types import Attribution, Content, Cue, WordRef

CONSTRUCTION = "floating"
CONFIDENCE = 0.6


def floating_quotes(ctx: ArticleContext, trees: Sequence[Tree], quotes: Sequence[Quote],
                    found: Sequence[Attribution], skipped: frozenset) -> list[Attribution]:
    """``found`` and a claim for each unclaimed quotation that opens the sentence after a speaker's
    contentless verb of speech."""
    out = list(found)
    for q in quotes:
        if any(a < q.inner[1] and q.inner[0] < b for x in out for a, b in x.content.spans):
            continue  # claimed already
        before = _sentence_ending_at(ctx.text, trees, q.start)
        if before is None or before.index in skipped or any(_in(x, before) for x in found):
            continue  # a sentence that holds a claim has said what it reports
        verb = _contentless_speech_verb(before)
        if verb is None:
            continue
        subject = speaker_subject(before, verb)
        cue = Cue(((verb.start, verb.end),), verb.lemma, QUOTE_ONLY, WordRef(before.index, verb.i))
        source = resolve(ctx, before, subject, mention_nodes(before, subject, cue))  # as a quote tag's
        spans = tuple(p.inner for p in quotes if p.group == q.group)
        out.append(Attribution(cue, Content(spans, "direct"), source, CONSTRUCTION, "speech", CONFIDENCE, before.span))
    return out


def _in(found: Attribution, tree: Tree) -> bool:
    anchor = found.cue.spans[0][0] if found.cue else found.content.spans[0][0]
    return tree.span[0] <= anchor < tree.span[1]


def _sentence_ending_at(text: str, trees: Sequence[Tree], start: int) -> Optional[Tree]:
    """The sentence that ends right before ``start`` with only white space between, if any."""
    for tree in trees:
        if tree.nodes and tree.span[1] <= start and not text[tree.span[1]:start].strip():
            return tree
    return None


def _contentless_speech_verb(tree: Tree) -> Optional[Node]:
    """The sentence's verb of speech with a speaker and no clause, quotation or object of its own."""
    for verb in tree.nodes:
        if verb.upos != "VERB" or tree.lang.verbs.get(verb.lemma) != "speech":
            continue
        if tree.children(verb, "ccomp", "xcomp", "obj", "parataxis"):
            continue
        subject = speaker_subject(tree, verb)
        if subject is not None and can_speak(tree, subject):
            return verb
    return None
