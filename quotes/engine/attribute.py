"""The attribution engine: one annotated document in, its attributions out.

For each sentence that is not page furniture: find the cues; for each cue, its content
(a clause or the quotation beside it) and its source (subject, agent, "according to"
object, owner of a noun of speech); resolve the source to a speaker. Then quotations
that no cue claimed are given to the speaker of the quotation just before them (a
speaker introduced before a run of quoted sentences).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Optional, Sequence

from quotes.engine.constructions import ADJECTIVE_OBJECT, OBJECT, REGISTRY
from quotes.engine.announced import attributed_back
from quotes.engine.contents import find_content
from quotes.engine.coordinated import co_speakers
from quotes.engine.cues import find_cues
from quotes.engine.furniture import furniture_sentences
from quotes.engine.signoff import sign_offs
from quotes.engine.floating import floating_quotes
from quotes.engine.split import with_first_parts
from quotes.engine.headlines import PLACE_TYPES, without_headline_echoes
from quotes.engine.media import medium, relayed_speaker, relays
from quotes.engine.questions import is_question
from quotes.engine.quotemarks import OPENERS, Quotes, find_quotes, is_speech, quotes_beside
from quotes.engine.resolve import PERSON, ArticleContext, Entity, clean_name, name_in, resolve
from quotes.engine.scoring import confidence
from quotes.engine.sources import adjacent_source, mention_nodes, recipient_head, source_head, with_asides
from quotes.engine.spans import GrowingSpans, SpanIndex
from quotes.engine.tree import Tree
from quotes.lang import Language
from quotes.types import Attribution, Content, Cue, Source

TOPICS = (OBJECT, ADJECTIVE_OBJECT)  # constructions whose content is a topic, not a clause
CONTINUATION_GAP = 2  # sentences between a quotation and the speaker it continues
OPENING_EDGE = " \t\n" + OPENERS  # what lies between a content and the next utterance's words


@dataclass(frozen=True)
class _Run:
    """What the passes over one article read: its context, sentences, quotations and furniture."""

    ctx: ArticleContext
    trees: Sequence[Tree]
    quotes: Quotes
    skipped: frozenset


def find_attributions(doc, lang: Language) -> list[Attribution]:
    """Every attribution of a stanza Document, in text order.

    "Elkhan Velizade, a political analyst, told the Knot that cooperation differs." ->
    [Attribution(cue=told, content="that cooperation differs", source=Elkhan Velizade)]
    """
    text = doc.text or ""
    trees = [Tree.from_sentence(s, k, text, lang) for k, s in enumerate(doc.sentences)]
    quotes = Quotes(q for q in find_quotes(text) if is_speech(text, q))
    ctx = ArticleContext(text, trees, _entities(doc, trees, lang), lang, _coref(doc, trees, lang),
                         [(q.start, q.end) for q in quotes])
    run = _Run(ctx, trees, quotes, frozenset(furniture_sentences(trees, text, quotes)))
    found: list[Attribution] = []
    for tree in trees:
        if tree.index in run.skipped or not tree.nodes:
            continue
        found.extend(_sentence_attributions(run, tree))
    for step in ARTICLE_PASSES:
        found = step(run, found)
    return sorted(found, key=lambda a: (a.content.spans[0], a.cue.spans[0] if a.cue else (0, 0)))


def _sentence_attributions(run: _Run, tree: Tree) -> list[Attribution]:
    """The attributions whose cue lies in ``tree``: each construction's cue, content and source,
    then the sentence's passes."""
    ctx, quotes = run.ctx, run.quotes
    out = []
    beside = quotes_beside(ctx.text, tree.span, quotes)
    for cue in find_cues(tree, tuple((q.start, q.end) for q in beside)):
        start = cue.spans[0][0]
        if any(q.start < start for q in quotes.covering(start)):
            continue  # speech reported inside someone's quotation is part of that quotation
        near = [q for q in beside if not (q.start <= start < q.end)]
        content = find_content(tree, cue, quotes, near)
        if content is None or not content.spans:
            continue
        cue_class = ctx.lang.class_of(cue.lemma)
        source = _source(ctx, tree, cue, content.spans)
        recipient = _recipient(ctx, tree, cue)
        score = confidence(cue.kind, cue_class, source, content)
        out.append(Attribution(cue, content, source, cue.kind, cue_class, score, tree.span, recipient,
                               medium(ctx, tree, cue, recipient), co_speakers(ctx, tree, cue, source, content.spans),
                               REGISTRY[cue.kind].reports_as))
    for step in SENTENCE_PASSES:
        out = step(ctx.text, tree, out)
    return out


def _cut_at_next_utterances(text: str, tree: Tree, found: list[Attribution]) -> list[Attribution]:
    """Each content cut where another speaker's utterance begins inside it (``_before_next_utterance``)."""
    # a topic reported inside a relative clause ("X, whose detention was reported by Y, is free")
    # describes someone the content names: it begins no utterance of its own
    cutting = [a for a in found if a.cue is None or a.construction not in TOPICS or not _in_relative_clause(tree, a.cue)]
    return [_before_next_utterance(text, a, cutting) for a in found]


def _in_relative_clause(tree: Tree, cue: Cue) -> bool:
    """Whether the cue's word lies in a relative clause of its sentence."""
    if cue.head.sent != tree.index:
        return False
    node = tree.nodes[cue.head.word]
    return any(n.deprel == "acl:relcl" for n in [node, *tree.ancestors(node)])


def _without_speaker_descriptions(text: str, tree: Tree, found: list[Attribution]) -> list[Attribution]:
    """``found`` less the topics reported on a common noun of another claim's speaker phrase: in
    "said X, a scholar, who commented on the videos" and "X, a member of the group supporting Y"
    the clause describes the speaker's role; no one reports the videos or Y ("said Smith, who
    backed the governor", on the name, is her stance)."""
    def hangs_in(a: Attribution, mention) -> bool:
        node = tree.nodes[a.cue.head.word]
        host = next((n for n in tree.ancestors(node) if mention[0] <= n.start < mention[1]), None)
        return host is not None and host.upos == "NOUN"
    mentions = [(o, o.source.mention) for o in found if o.source and o.source.mention and o.cue]
    return [a for a in found if not (a.construction in TOPICS and a.cue and a.cue.head.sent == tree.index
                                     and any(o is not a and hangs_in(a, m) for o, m in mentions))]


def _run_over_semicolons(text: str, tree: Tree, found: list[Attribution]) -> list[Attribution]:
    """Each verb's content run on over a semicolon (``_over_semicolon``)."""
    return [_over_semicolon(text, tree, a, found) for a in found]


def _before_next_utterance(text: str, found: Attribution, others: Sequence[Attribution]) -> Attribution:
    """Cut a content where another speaker's utterance begins inside it.

    'X said that A. "B," Y said.' parsed as one sentence: X's content stops before "B".
    Only a content that precedes its own cue (a quotation, an "..., Y said") cuts, so that
    "X said that Y told him B" keeps its nested report.
    """
    start = found.content.spans[0][0]
    cuts = [o.content.spans[0][0] for o in others if o is not found and o.cue
            and start < o.content.spans[0][0] < o.cue.spans[0][0]
            and _covers(found.content.spans, o.cue.spans[0][0])]
    if not cuts:
        return found
    cut = min(cuts)
    while cut > start and text[cut - 1] in OPENING_EDGE:
        cut -= 1  # the next utterance's opening quotation mark and the space before it
    spans = tuple((a, min(b, cut)) for a, b in found.content.spans if a < cut)
    return replace(found, content=Content(spans, found.content.quote_type)) if spans else found


def _over_semicolon(text: str, tree: Tree, found: Attribution, others: Sequence[Attribution]) -> Attribution:
    """ "X expects that A; in particular, B." — what follows the semicolon is still X's claim.

    The content runs on to the sentence end unless another cue of the sentence lies there.
    """
    end = found.content.spans[-1][1]
    rest = text[end:tree.span[1]]
    if found.cue is None or not REGISTRY[found.construction].clause or not rest.lstrip().startswith(";"):
        return found
    stop = tree.span[1]
    foreign = [o.cue.spans[0][0] for o in others if o is not found and o.cue and end < o.cue.spans[0][0] < stop
               and not (o.source and found.source and o.source.speaker == found.source.speaker)]
    if foreign:
        return found
    while stop > end and text[stop - 1] in ".!? \n":
        stop -= 1
    spans = found.content.spans[:-1] + ((found.content.spans[-1][0], stop),)
    return replace(found, content=Content(spans, found.content.quote_type))


# Which cue a quotation belongs to when several verbs of its sentence could take it: the
# construction's rank (constructions/), then the cue's class, then the plainest verb of speech.
CLASS_RANK = {"speech": 0, "cognition": 1, "evidence": 2, "intention": 3}


def _one_cue_per_content(run: _Run, found: list[Attribution]) -> list[Attribution]:
    """One claim per content: '"...," Trump said, praising X' is said's claim, not praising's."""
    best: dict = {}
    plain = run.ctx.lang.words["plain_speech_verbs"]
    for a in found:
        rank = (REGISTRY[a.construction].rank, CLASS_RANK.get(a.cue_class, 4), a.cue.lemma not in plain)
        key = a.content.spans
        if key not in best or rank < best[key][0]:
            best[key] = (rank, a)
    keep = {id(a) for _, a in best.values()}
    return [a for a in found if id(a) in keep]


def _outermost(run: _Run, found: list[Attribution]) -> list[Attribution]:
    """Drop a report made inside another claim's content: the reporter's claim holds it.

    'Smith said he believes taxes will rise' is Smith's claim that he believes ...; a
    separate claim of 'he' for 'taxes will rise' would count one utterance twice. A second
    report of the same subject joined on ('X said that A, claiming B', '... and said B')
    is a claim of its own: the first content stops where it starts.
    """
    def inside(inner: Attribution, outer: Attribution) -> bool:
        return (inner is not outer and inner.cue is not None and outer.cue is not None
                and _covers(outer.content.spans, inner.cue.spans[0][0])
                and not _covers(inner.content.spans, outer.cue.spans[0][0]))
    trees = run.trees
    out, cuts = [], {}
    covering = _covering(found)
    for a in found:
        candidates = covering(a.cue.spans[0][0]) if a.cue is not None else ()
        outer = next((found[k] for k in candidates if inside(a, found[k])), None)
        if outer is None:
            out.append(a)
        elif _joined_report(trees, a, outer):
            out.append(replace(a, source=outer.source))  # the parser hung it low: it is the reporter's
            cuts[id(outer)] = min(cuts.get(id(outer), a.cue.spans[0][0]), a.cue.spans[0][0])
    return [_cut_before(trees, a, cuts[id(a)]) if id(a) in cuts else a for a in out]


def _joined_report(trees: Sequence[Tree], found: Attribution, outer: Attribution) -> bool:
    """Whether a cue is a verb joined on with no subject of its own: "..., claiming", "and said".

    A verb of thought, wish or evidence joined to one inside the outer content is part of what
    was reported: "She said she was tired of X and wanted Y" is one claim ("... and called Y",
    a speech act, is the reporter's own, unless it is joined inside a subordinate clause of the content).
    """
    tree = trees[found.cue.head.sent]
    verb = tree.nodes[found.cue.head.word]
    participle = verb.rel == "advcl" and verb.ing_form and tree.child(verb, "mark") is None
    head = tree.head_of(verb)
    if verb.rel == "conj" and head is not None and _covers(outer.content.spans, head.start) \
            and (not found.rule.endswith(":speech") or _subordinate(tree, head, outer)):
        return False  # "... after they were fingerprinted and explained why": the activists explained
    return (verb.rel == "conj" or participle) and tree.child(verb, "nsubj") is None


def _subordinate(tree: Tree, verb, outer: Attribution) -> bool:
    """Whether a verb of another claim's content heads a subordinate clause there ("after they were
    fingerprinted"), or lies inside one, below that claim's cue, or is a passive with its own subject
    (whoever it was done to does what is joined to it)."""
    path = []
    for n in [verb, *tree.ancestors(verb)]:
        if outer.cue is not None and outer.cue.head.sent == tree.index and n.i == outer.cue.head.word:
            break
        path.append(n)
    if any(k.deprel == "nsubj:pass" for k in tree.children(verb)):
        return True  # "the activists were released ... and explained why": the released explained
    return any(n.rel in ("advcl", "acl") for n in path if n.upos in ("VERB", "AUX", "ADJ"))


def _cut_before(trees: Sequence[Tree], found: Attribution, cut: int) -> Attribution:
    """``found`` with its content ending before ``cut``, less the ", and" that joined what follows."""
    text = trees[0].text
    spans = tuple((a, min(b, cut)) for a, b in found.content.spans if a < cut)
    if not spans:
        return found
    a, b = spans[-1]
    joiners = "|".join(re.escape(w) for w in sorted(trees[0].lang.words["coordinators"]))
    tail = re.search(rf"(?:[\s,;—–-]|\b(?:{joiners})\b)*$", text[a:b])
    spans = spans[:-1] + ((a, b - len(tail.group(0))),) if tail.start() > 0 else spans[:-1]
    return replace(found, content=Content(spans, found.content.quote_type)) if spans else found


def _merge_asides(text: str, tree: Tree, found: list[Attribution]) -> list[Attribution]:
    """Fold an aside ("according to his version", "as he said") into the claim of the same speaker.

    "X expects that A; in particular, according to his version, B." is one claim of X: A to B.
    """
    out = list(found)
    for aside in [a for a in found if a.cue and REGISTRY[a.construction].aside]:
        speaker = aside.source.speaker if aside.source else None
        cue_at = aside.cue.spans[0][0]
        for main in out:
            if main is aside or not (main.cue and REGISTRY[main.construction].clause and main.source and speaker
                                     and main.source.speaker == speaker):
                continue
            if _covers(main.content.spans, cue_at):
                out.remove(aside)  # the aside already lies inside the claim it belongs to
                break
            if main.content.spans[-1][1] <= cue_at and _covers(aside.content.spans, main.cue.spans[0][0]):
                merged = Content(((main.content.spans[0][0], aside.content.spans[-1][1]),), main.content.quote_type)
                out[out.index(main)] = replace(main, content=merged)
                out.remove(aside)
                break
    return out


def _covering(found: Sequence[Attribution]):
    """A lookup: offset -> indexes (in order) of the cued attributions whose content covers it."""
    spans = [(k, span) for k, o in enumerate(found) if o.cue is not None for span in o.content.spans]
    return SpanIndex([span for _, span in spans], [k for k, _ in spans]).covering


def _covers(spans, offset: int) -> bool:
    return any(a <= offset < b for a, b in spans)


def _source(ctx: ArticleContext, tree: Tree, cue: Cue, content_spans) -> Optional[Source]:
    if cue.lemma in ctx.lang.words["raising_verbs"]:
        return None  # "it appears that ...": the writer's inference, no one's words
    head = relayed_speaker(ctx, tree, cue) if relays(ctx, tree, cue) else source_head(tree, cue)
    if head is None and REGISTRY[cue.kind].near_source:
        found = adjacent_source(tree, cue, content_spans)
        if found is not None:
            return resolve(ctx, tree, *found)
    if head is None:
        return None
    return with_asides(tree, resolve(ctx, tree, head, mention_nodes(tree, head, cue)), head, cue)


def _recipient(ctx: ArticleContext, tree: Tree, cue: Cue) -> Optional[str]:
    """Whom the source spoke to, by name where the text gives one ("the Anadolu Agency")."""
    head = recipient_head(tree, cue)
    if head is None:
        return None
    nodes = [n for n in tree.subtree(head, exclude=tree.children(head, "acl:relcl", "acl"))
             if n.upos != "PUNCT" or n.text in "-&"]
    # "the Caucasian Knot correspondent" -> the outlet, not the person who took the call
    while len(nodes) > 1 and nodes[-1].lemma in ctx.lang.role_nouns and nodes[-2].upos == "PROPN":
        nodes = nodes[:-1]
    if not nodes:
        return None
    return name_in(ctx, (nodes[0].start, nodes[-1].end), ("ORG", "PERSON", "GPE", "NORP", "WORK_OF_ART", "FAC"))


def _continuations(run: _Run, found: list[Attribution]) -> list[Attribution]:
    """Give quotations no cue claimed to the speaker of the quotation shortly before them.

    '"A," he said. "B."', 'He said that A. "B."' and a next paragraph that goes on quoting:
    B joins A's claim as a further fragment, the one quotation of one speaker that it is.
    """
    ctx, trees, skipped = run.ctx, run.trees, run.skipped
    out = list(found)
    starts = [t.span[0] for t in trees]
    claimed = GrowingSpans(s for x in out for s in x.content.spans)
    # The claims a quotation may go on, by where their contents end: (end, position in out).
    # A reported question is answered by the quotation after it, not continued (questions.py); it stays
    # one when a continuation joins it (a continuation keeps a content's first span and its type).
    ends = sorted((a.content.spans[-1][1], k) for k, a in enumerate(out) if not is_question(ctx.text, ctx.lang, a))
    for q in run.quotes:
        if claimed.overlaps(*q.inner):
            continue  # a quoted fragment of a claim already found
        sent = _sentence_at(starts, q.start)
        if sent in skipped:
            continue
        before = bisect_right(ends, (q.start, len(out)))  # the claims ending at or before the quotation
        if not before:
            continue
        at = bisect_left(ends, (ends[before - 1][0], -1))  # the one ending last (the first of them in out)
        k = ends[at][1]
        last = out[k]
        if sent - _sentence_at(starts, last.content.spans[-1][1] - 1) > CONTINUATION_GAP:
            continue
        merged = Content(last.content.spans + (q.inner,), last.content.quote_type)
        out[k] = replace(last, content=merged)
        claimed.add(q.inner)
        del ends[at]
        ends.insert(bisect_left(ends, (q.inner[1], k)), (q.inner[1], k))
    return out


def _split_quotations(run: _Run, found: list[Attribution]) -> list[Attribution]:
    """ '"A," she said, "B."': A joins B's claim (engine/split.py)."""
    return with_first_parts(run.ctx.text, run.trees, run.quotes, found)


def _without_thoughts(run: _Run, found: list[Attribution]) -> list[Attribution]:
    """``found`` less the quotations tagged by a verb of cognition in a past or future tense: '"Why am
    I here?" she thought' is a thought in quotation marks, never said ("It will rain, she thinks" stays:
    an opinion; so does «…», — считает X: an opinion held now, the tag of words said)."""
    return [a for a in found if not (a.cue_class == "cognition" and a.content.quote_type == "direct"
                                     and not _held_now(run.trees, a.cue))]


def _held_now(trees: Sequence[Tree], cue: Optional[Cue]) -> bool:
    """Whether a cue's verb is in the present tense: «…», — считает эксперт (an opinion held, said)."""
    return cue is not None and trees[cue.head.sent].nodes[cue.head.word].feat("Tense") == "Pres"


def _attributed_back(run: _Run, found: list[Attribution]) -> list[Attribution]:
    """ "This was reported by X": X's claim is the sentence before (engine/announced.py)."""
    return attributed_back(run.ctx.text, run.trees, found, run.skipped)


def _sign_offs(run: _Run, found: list[Attribution]) -> list[Attribution]:
    """ '"..." -Commissioner X', '... — X (@handle) May 3, 2019', 'from Chairwoman X:' (engine/signoff.py)."""
    return sign_offs(run.ctx, run.trees, run.quotes, found)


def _floating_quotes(run: _Run, found: list[Attribution]) -> list[Attribution]:
    """ 'Alice began talking to Bob. "..."': the quotation is Alice's (engine/floating.py)."""
    return floating_quotes(run.ctx, run.trees, run.quotes, found, run.skipped)


def _without_headline_echoes(run: _Run, found: list[Attribution]) -> list[Attribution]:
    """``found`` less the claims of headlines whose lead holds a claim, and of place labels ("Tbilisi:")."""
    places = [(e.start, e.end) for e in run.ctx.entities if e.type in PLACE_TYPES]
    return without_headline_echoes(run.ctx.text, found, places)


def _sentence_at(starts: Sequence[int], offset: int) -> int:
    """Index of the sentence that holds ``offset`` (the last one starting at or before it)."""
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return max(lo - 1, 0)


def _entities(doc, trees: Sequence[Tree], lang: Language) -> list[Entity]:
    """The document's named entities with clean names and their sentence index."""
    starts = [t.span[0] for t in trees]
    out = []
    for ent in getattr(doc, "ents", None) or ():
        name = clean_name(_nominative(ent), lang)
        if name:
            out.append(Entity(ent.start_char, ent.end_char, ent.type, name, _sentence_at(starts, ent.start_char)))
    return out


NOMINATIVE_TYPES = frozenset({PERSON, "ORG", "GPE"})


def _nominative(ent) -> str:
    """A name in the nominative: the words' lemmas where the text inflects them.

    "по словам Руслана Кутаева" (Case=Gen) -> "Руслан Кутаев"; "корреспонденту «Кавказского
    узла»" -> "Кавказский узел"; a name with no case features (English) or already in the
    nominative stays as written.
    """
    words = ent.words  # a stanza Span: the words of the entity
    if ent.type not in NOMINATIVE_TYPES or not words or not _oblique(words[0]) and not any(
            _oblique(w) and w.upos == "PROPN" for w in words):
        return ent.text
    if not all(w.lemma and w.lemma[:1].isupper() == w.text[:1].isupper() for w in words):
        return ent.text  # a lemmatizer that lowercases names: keep the words as written
    parts, at = [], ent.start_char
    for w in words:  # each word's lemma in its place, what lies between the words kept
        parts.append(ent.text[at - ent.start_char:w.start_char - ent.start_char] + w.lemma)
        at = w.end_char
    return "".join(parts) + ent.text[at - ent.start_char:]


def _oblique(word) -> bool:
    feats = word.feats or ""
    return "Case=" in feats and "Case=Nom" not in feats


def _coref(doc, trees: Sequence[Tree], lang: Language) -> dict:
    """(sentence, word) of each pronoun in a stanza coref chain -> the chain's representative name."""
    table = {}
    for chain in getattr(doc, "coref", None) or ():
        name = clean_name(chain.representative_text or "", lang)
        if not name or not any(ch.isupper() for ch in name[:1]):
            continue
        for m in chain.mentions:
            if m.end_word - m.start_word == 1:
                table[(m.sentence, m.start_word)] = name
    return table


# The passes over one sentence's attributions, in order.
SENTENCE_PASSES = (
    # a content stops where another speaker's utterance begins inside it: first, while every
    # content still has the end its construction gave it
    _cut_at_next_utterances,
    # a topic reported inside a speaker's phrase describes the speaker: before the passes that
    # join or extend claims, so that none takes it for a claim
    _without_speaker_descriptions,
    # a verb's content runs on over a semicolon to the sentence end: after the cuts, so that a
    # cut content is not run on again past the utterance that cut it
    _run_over_semicolons,
    # an aside ("according to his version", "as he said") folds into the claim of the same
    # speaker: last, once contents have their final ends
    _merge_asides,
)

# The passes over the article's attributions, in order.
ARTICLE_PASSES = (
    # one cue per content: two cues that took one content keep the best ("said" over "praising");
    # first, so that the passes after it see each content once
    _one_cue_per_content,
    # nesting: a report inside another claim's content is part of that claim, unless it is a report
    # of the same subject joined on; after one cue per content, before continuations extend contents
    _outermost,
    # split quotations: the part before a tag joins the part after it; before continuations, so
    # that the first part is not taken for a continuation of the speaker before
    _split_quotations,
    # continuations: a quotation no cue claimed joins the claim of the quotation shortly before it,
    # unless that claim is a reported question, which the quotation answers (questions.is_question);
    # after nesting, because it needs every claim's final content to know what is still unclaimed
    _continuations,
    # thoughts: a quotation tagged "she thought" is nobody's words; after continuations, which must
    # see it claimed (the quotation is no going on of the claim before it)
    _without_thoughts,
    # announced claims: "This was reported by X" takes the sentence before as its content; after
    # continuations (a quotation before "This" is continued first), before headlines
    _attributed_back,
    # sign-offs: a name after a dash or on a line with a colon signs the words beside it; after
    # every cue's claim, since only words no claim holds are signed
    _sign_offs,
    # floating quotations: a quotation no claim holds, after a sentence in which someone starts to
    # speak, is theirs; after sign-offs, which sign such a quotation by name where there is one
    _floating_quotes,
    # headline echoes: a headline that restates its lead's claim, and a place before a headline
    # colon, claim nothing; last, since a headline's quotation may still be continued by no one
    _without_headline_echoes,
)
