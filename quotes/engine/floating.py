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
from quotes.engine.spans import GrowingSpans
from quotes.engine.tree import Node, SentenceIndex, Tree
from quotes.types import Attribution, Content, Cue, WordRef

CONSTRUCTION = "floating"
CONFIDENCE = 0.6


def floating_quotes(ctx: ArticleContext, trees: Sequence[Tree], quotes: Sequence[Quote],
                    found: Sequence[Attribution], skipped: frozenset) -> list[Attribution]:
    """``found`` and a claim for each unclaimed quotation that opens the sentence after a speaker's
    contentless verb of speech."""
    out = list(found)
    claimed = GrowingSpans(span for x in found for span in x.content.spans)
    sentences = SentenceIndex(trees)  # looked up per quotation: a long article has thousands
    held = {t.index for x in found if (t := sentences.at(_anchor(x))) is not None}
    groups: dict = {}
    for p in quotes:
        groups.setdefault(p.group, []).append(p.inner)
    for q in quotes:
        if claimed.overlaps(*q.inner):
            continue  # claimed already
        before = _sentence_ending_at(ctx.text, sentences, q.start)
        if before is None or before.index in skipped or before.index in held:
            continue  # a sentence that holds a claim has said what it reports
        verb = _contentless_speech_verb(before)
        if verb is None:
            continue
        subject = speaker_subject(before, verb)
        cue = Cue(((verb.start, verb.end),), verb.lemma, QUOTE_ONLY, WordRef(before.index, verb.i))
        source = resolve(ctx, before, subject, mention_nodes(before, subject, cue))  # as a quote tag's
        spans = tuple(groups[q.group])
        out.append(Attribution(cue, Content(spans, "direct"), source, CONSTRUCTION, "speech", CONFIDENCE, before.span))
        for span in spans:
            claimed.add(span)
    return out


def _anchor(found: Attribution) -> int:
    """Where a claim stands: its cue, else its content."""
    return found.cue.spans[0][0] if found.cue else found.content.spans[0][0]


def _sentence_ending_at(text: str, sentences: SentenceIndex, start: int) -> Optional[Tree]:
    """The sentence that ends right before ``start`` with only white space between, if any."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    tree = sentences.at(end - 1) if end > 0 else None
    return tree if tree is not None and tree.span[1] <= start else None


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
