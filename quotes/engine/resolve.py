"""From a source mention to a speaker: a name, a kind, a role, an organization.

Within one article: "Velizade", "Elkhan Velizade" and "he" are one speaker, named by
the fullest form. A pronoun takes stanza's coreference chain where the annotator gave
one, else the nearest compatible person before it (a subject first: news sentences
put the speaker there). A description ("the expert") takes the last person whose role
holds that noun. A group ("analysts", "organizers") or an unresolvable mention keeps
no name: a speaker is never invented.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import islice
from typing import Iterator, Optional, Sequence

from quotes.annotate.clean import visible
from quotes.engine.quotemarks import DOUBLE_MARKS
from quotes.engine.predicates import misread_auxiliary
from quotes.engine.spans import SpanIndex
from quotes.engine.tree import Node, Tree, outer_span
from quotes.lang import Language
from quotes.names import as_written, fits
from quotes.types import Source, Span

PERSON, ORG_TYPES = "PERSON", ("ORG", "GPE", "NORP", "FAC")
MEMBERS = "NORP"  # the entity type of a party's or a nation's members ("Republicans", "a Democrat")
GENDERS = ("Masc", "Fem")  # UD Gender values a person's pronoun and title can carry
EDGE_CHARS = " \t\n" + DOUBLE_MARKS + "'‘’" + ",.;:()" + "-–—"  # a dash at a name's edge is a sign-off's
LOOKBACK_SENTENCES = 4
# clean_name's patterns, compiled once: every entity and source of every article passes there
SPACES = re.compile(r"\s+")
ABBREVIATION_END = re.compile(r"(?<=\w)\s*\([^()]*\)?$")
QUOTE_MARKS = re.compile(f"[{DOUBLE_MARKS}]")


def clean_name(text: str, lang: Language) -> str:
    """An entity's text as a name: no quotes, leading article, possessive or line breaks.

    ``'the "Caucasian Knot'`` -> ``'Caucasian Knot'``; ``"Varank's"`` -> ``'Varank'``
    """
    text = SPACES.sub(" ", visible(text))
    text = ABBREVIATION_END.sub("", text)  # "Ministry for Emergencies (MfE)": the abbreviation is a variant
    text = QUOTE_MARKS.sub("", text).strip(EDGE_CHARS)
    text = lang.grammar.strip_name(text)
    first, _, rest = text.partition(" ")
    if rest and first.lower().rstrip(".") in lang.courtesy_titles:
        text = rest  # "Ms Kroll" is Kroll
    return text.strip(EDGE_CHARS)


def strip_determiner(text: str, lang: Language) -> str:
    """ "a political analyst," -> "political analyst"; quotation marks go: roles are labels."""
    text = QUOTE_MARKS.sub("", SPACES.sub(" ", visible(text))).strip(EDGE_CHARS)
    first, _, rest = text.partition(" ")
    return rest.strip(EDGE_CHARS) if first.lower() in lang.words["articles"] and rest else text


def pronoun_gender(lang: Language, word: str) -> Optional[str]:
    """The gender of a he/she pronoun ("his" -> "Masc"), None for any other word."""
    found = lang.pronouns.get(word.lower())
    if found is None or found.person != "3" or found.number != "Sing" or found.gender not in GENDERS:
        return None
    return found.gender


def plural_pronoun(lang: Language, word: str) -> bool:
    """ "they", "we", "our": a pronoun that stands for a group."""
    found = lang.pronouns.get(word.lower())
    return found is not None and found.number == "Plur"


@dataclass(frozen=True)
class Entity:
    """A named entity of the article: its span, type, clean name and sentence index."""

    start: int
    end: int
    type: str
    name: str
    sent: int


@dataclass(frozen=True)
class PersonMention:
    """One place a person is named, for pronoun resolution: position, name, subject or not."""

    start: int
    sent: int
    name: str
    subject: bool
    quoted: bool = False


def _vote_types(entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """Each name takes the type it has most often in the article ("Azerbaijan" tagged PERSON once, GPE five times)."""
    votes: dict[str, Counter] = {}
    for e in entities:
        votes.setdefault(e.name.lower(), Counter())[e.type] += 1
    surnames = {e.name.split()[-1].lower() for e in entities if e.type == PERSON and len(e.name.split()) > 1}
    out = []
    for e in entities:
        best, n = votes[e.name.lower()].most_common(1)[0]
        if e.type != PERSON and e.name.lower() in surnames:
            best, n = PERSON, 2  # "Caddell" tagged ORG where "Pat Caddell" is a person
        out.append(Entity(e.start, e.end, best, e.name, e.sent) if best != e.type and n > 1 else e)
    return tuple(out)


class ArticleContext:
    """What the resolver knows of one article: its entities, names, roles and genders.

    Built once per document; ``resolve`` is then called for each source mention.
    """

    def __init__(self, text: str, trees: Sequence[Tree], entities: Sequence[Entity],
                 lang: Language, coref: Optional[dict] = None, quoted: Sequence[Span] = ()):
        self.text = text
        self.trees = trees
        self.lang = lang
        self.coref = coref or {}
        self.quoted = tuple(quoted)
        self.entities = _vote_types(with_pronoun_marked_persons(trees, with_role_marked_persons(trees, entities)))
        self._entity_index = SpanIndex([(e.start, e.end) for e in self.entities])
        self._entity_starts = [e.start for e in self.entities]  # in text order (with_role_marked_persons)
        # fullest first; of two full names a surname fits ("Ted Cruz", "Heidi Cruz"), the one named more often
        counts = Counter(e.name for e in self.entities if e.type == PERSON and e.name)
        names = sorted(counts, key=lambda n: (-len(n.split()), -counts[n], n))
        self.full_names = names
        # The full names by their last word as written, fullest first: only those can take a short form.
        self._by_surname: dict[str, list[tuple[str, list[str]]]] = {}
        self._by_first: dict[str, list[str]] = {}
        for full in names:
            tokens = as_written(full)
            if tokens:
                self._by_surname.setdefault(tokens[-1], []).append((full, tokens))
            if len(full.split()) > 1:
                self._by_first.setdefault(full.split()[0].lower(), []).append(full)
        self._quoted = SpanIndex(self.quoted)
        self.genders: dict[str, str] = {}
        self.roles: dict[str, tuple[str, Optional[str]]] = {}
        self.mentions = self._person_mentions()
        # Mentions are in text order; their sentences too, unless a parse was odd (then read from the first).
        self._mention_starts = [m.start for m in self.mentions]
        sents = [m.sent for m in self.mentions]
        self._mention_sents = sents if all(a <= b for a, b in zip(sents, sents[1:])) else None
        self._index_roles()

    # -- names -------------------------------------------------------------------------
    def canonical(self, name: str) -> str:
        """The fullest name of the article that ``name`` can stand for ("Velizade" -> "Elkhan Velizade")."""
        short = as_written(name)
        for full, tokens in self._by_surname.get(short[-1], ()) if short else ():
            if fits(short, tokens) and full != name:
                return full
        if len(name.split()) == 1:  # "Chris said" after "Chris Anderson went": the one Chris of the article
            firsts = self._by_first.get(name.lower(), ())
            if len(firsts) == 1:
                return firsts[0]
        return name

    def entities_after(self, offset: int) -> Iterator[Entity]:
        """The entities that start after ``offset``, in text order."""
        return islice(self.entities, bisect_right(self._entity_starts, offset), None)

    def entities_in(self, span: Span, types: Sequence[str]) -> list[Entity]:
        a, b = span
        found = (self.entities[k] for k in self._entity_index.overlapping(a, b))
        return [e for e in found if e.type in types]

    def _person_mentions(self) -> list[PersonMention]:
        out = []
        for e in self.entities:
            if e.type != PERSON or e.sent >= len(self.trees):
                continue
            tree = self.trees[e.sent]
            subject = any(n.rel == "nsubj" for n in tree.words_in((e.start, e.end)))
            name = self.canonical(e.name)
            inside = bool(self._quoted.covering(e.start))
            out.append(PersonMention(e.start, e.sent, name, subject, inside))
            before = self.text[max(0, e.start - 5):e.start].strip().lower()
            word = before.split()[-1] if before.split() else ""
            gender = self.lang.honorific_gender(word)
            if gender in GENDERS:
                self.genders.setdefault(name, gender)
        return out

    def _index_roles(self) -> None:
        """Roles stated anywhere in the article: "Elkhan Velizade, a political analyst," -> political analyst."""
        for e in self.entities:
            if e.type != PERSON or e.sent >= len(self.trees):
                continue
            tree = self.trees[e.sent]
            words = tree.words_in((e.start, e.end))
            head = next((n for n in words if not (e.start <= tree.nodes[n.head].start < e.end)
                         or n.head < 0), None) if words else None
            if head is None:
                continue
            phrase = [n for n in tree.subtree(head, exclude=tree.children(head, "acl:relcl", "acl", "conj"))]
            outer = tree.head_of(head)
            if head.rel == "appos" and outer is not None and outer.upos == "NOUN":
                phrase = tree.subtree(outer, exclude=tree.children(outer, "acl:relcl", "acl", "conj", "punct"))
            role = role_of(self, tree, phrase, (e.start, e.end))
            if role:
                orgs = [o for o in self.entities_in((phrase[0].start, phrase[-1].end), ("ORG",))
                        if not (e.start <= o.start < e.end)]
                self.note_role(self.canonical(e.name), role, clean_name(orgs[0].name, self.lang) if orgs else None)

    def note_role(self, name: str, role: Optional[str], organization: Optional[str]) -> None:
        """Remember the first role seen for ``name`` (so a later bare mention inherits it)."""
        if role and name not in self.roles:
            self.roles[name] = (role, organization)

    def _mentions_before(self, offset: int, first_sent: int = 0) -> list[PersonMention]:
        """The mentions that start before ``offset``, from the first in sentence ``first_sent`` on (or from
        the first mention, when their sentences are out of order): a slice, not a read of every mention."""
        lo = bisect_left(self._mention_sents, first_sent) if self._mention_sents is not None else 0
        return self.mentions[lo:bisect_left(self._mention_starts, offset)]

    # -- pronouns ----------------------------------------------------------------------
    def antecedent(self, pronoun: Node, sent: int) -> Optional[str]:
        """The person a he/she pronoun refers to, or None when no compatible one is near."""
        gender = pronoun_gender(self.lang, pronoun.text)
        chained = self.coref.get((sent, pronoun.i))
        if chained:
            return chained
        before = [m for m in self._mentions_before(pronoun.start, sent - LOOKBACK_SENTENCES)
                  if sent - m.sent <= LOOKBACK_SENTENCES]
        # A name inside someone's quotation is seldom the next speaker, and never inside the one the
        # pronoun's own sentence holds ("'I heard Trump say it,' he said").
        before = [m for m in before if not m.quoted] or [m for m in before if m.sent != sent]
        fits = [m for m in before if self.genders.get(m.name, gender) == gender]
        if not fits:
            return None
        last_sent = fits[-1].sent
        recent = [m for m in fits if m.sent == last_sent]
        subjects = [m for m in recent if m.subject]
        chosen = (subjects or recent)[-1].name
        if gender:
            self.genders.setdefault(chosen, gender)
        return chosen

    def person_with_role(self, noun: str, before: int) -> Optional[str]:
        """The last person named before ``before`` whose role holds ``noun`` ("the expert")."""
        for m in reversed(self._mentions_before(before)):
            role = self.roles.get(m.name, ("", None))[0].lower()
            if noun and noun in role.split():
                return m.name
        return None


    def sole_recent_person(self, before: int, sent: int) -> Optional[str]:
        """The one person named (outside quotations) in the two sentences up to ``before``, if only one."""
        names = {m.name for m in self._mentions_before(before, sent - 2) if sent - m.sent <= 2 and not m.quoted}
        return names.pop() if len(names) == 1 else None


def role_of(ctx: ArticleContext, tree: Tree, nodes: Sequence[Node], name_span: Span) -> Optional[str]:
    """The role in a mention, outside the name: apposition, or words before the name.

    "Elkhan Velizade, a political analyst" -> "political analyst";
    "military expert Elkhan Shikhaliev" -> "military expert"
    """
    a, b = name_span
    after = [n for n in nodes if n.start >= b]
    before = [n for n in nodes if n.end <= a and n.text.lower().rstrip(".") not in ctx.lang.courtesy_titles]
    if before and "," in ctx.text[before[-1].end:a]:
        before = []  # "to destroy the statehood, Tigran Avetisyan": another clause, no premodifier
    if len(before) == 1 and before[0].upos == "PROPN" and not ctx.text[before[0].end:a].strip() \
            and before[0].lemma.lower() not in ctx.lang.role_nouns and not before[0].entity \
            and not ctx.lang.is_office_title(before[0].text):
        before = []  # "Vasily Orlovsky" with only the surname tagged: a first name, no role
    others = [e.start for e in ctx.entities_in((b, nodes[-1].end if nodes else b), (PERSON,)) if e.start >= b]
    if others:  # "X, a deputy secretary, and Y, the president": Y's words are not X's role
        after = [n for n in after if n.start < others[0]]
    pieces = []
    for part in (before, after):
        words = _role_words([n for n in part if n.upos != "PUNCT" or n.text in "-&()"])
        while words and words[0].lemma.lower() in ctx.lang.words["definite_determiners"]:
            words = words[1:]  # "Сам Тамаев", "этот эксперт": a determiner is no role
        if any(n.upos in ("NOUN", "PROPN", "ADJ") for n in words):
            piece = strip_determiner(_nominative_head(ctx.text, words), ctx.lang)
            abbreviated = len(words[-1].text) > 1 and words[-1].text.endswith(".")  # "Texas Gov.": the period is the word's
            pieces.append(piece + "." if abbreviated and piece and not piece.endswith(".") else piece)
    role = "; ".join(p for p in pieces if p and p.lower() not in ctx.lang.words["articles"])
    return role or None


def _nominative_head(text: str, words: Sequence[Node]) -> str:
    """The text of a role, its first word in the nominative where the text inflects it.

    "по мнению экономиста Марины Садыковой" -> "экономист"; "главы администрации района"
    -> "глава администрации района" (the dependents keep their case). Words with no case
    feature (English) stay as written.
    """
    first = words[0]
    span = text[first.start:words[-1].end]
    if first.upos != "NOUN" or first.feat("Case") in (None, "Nom") or not first.lemma:
        return span
    return first.lemma + span[first.end - first.start:]


def _role_words(words: list[Node]) -> list[Node]:
    """A role's words, or none: a caption's "(on the left) and" or a bracketed aside is no role."""
    if any(n.text in "()" for n in words) or (words and words[0].upos in ("ADP", "CCONJ")):
        return []
    while words and (words[-1].upos in ("CCONJ", "ADP") or words[-1].text in "-&"):
        words = words[:-1]
    return words


def name_in(ctx: "ArticleContext", span: Span, types: Sequence[str]) -> Optional[str]:
    """The name a phrase gives: its one entity whole (as the entity names it, in the nominative),
    else the stretch its entities cover, else the phrase: "the Anadolu Agency" -> "Anadolu Agency",
    "корреспонденту «Кавказского узла»" (the phrase "Кавказского узла") -> "Кавказский узел"."""
    named = ctx.entities_in(span, types)
    if len(named) == 1 and span[0] <= named[0].start and named[0].end <= span[1]:
        return named[0].name
    if named:
        return clean_name(ctx.text[max(named[0].start, span[0]):min(named[-1].end, span[1])], ctx.lang)
    return clean_name(ctx.text[span[0]:span[1]], ctx.lang) or None


def _kind_of_noun(ctx: ArticleContext, head: Node) -> str:
    """An unnamed noun source: a group/unnamed role ("analysts", "a senior official") or unknown."""
    if head.lemma in ctx.lang.group_nouns or head.lemma in ctx.lang.role_nouns:
        return "group"
    if head.feat("Number") == "Plur":
        return "group"
    return "unknown"


def resolve(ctx: ArticleContext, tree: Tree, head: Node, nodes: Sequence[Node]) -> Source:
    """The speaker behind a source mention (its head word and its words).

    "Elkhan Velizade, a political analyst" -> Source(speaker="Elkhan Velizade", kind="person",
    role="political analyst"); "he" -> the person it refers to; "analysts" -> group, no name.
    """
    if nodes and all(n.i != head.i for n in nodes):
        head = _root_of(tree, nodes)  # "NEW YORK (AP) — About two-thirds of voters": the dateline went
    span = outer_span(nodes) or (head.start, head.end)
    named_after = _name_right_after(ctx, tree, head, span)
    if named_after:  # "The blogger Anna Berg" parsed as two subjects: the role and its name
        nodes = list(nodes) + tree.words_in((span[1], named_after.end))
        span = (span[0], named_after.end)
    text = ctx.text[span[0]:span[1]]
    persons = [e for e in ctx.entities_in(span, (PERSON,)) if not _in_modifier(tree, head, e)]
    if persons:
        # "Georgian Dream MP Levan Kirtadze": the name the phrase's head is part of
        persons = [e for e in persons if e.start <= head.start < e.end] + persons
        return _named_person(ctx, tree, nodes, span, text, persons)
    if head.upos == "PRON" or head.lemma in ctx.lang.words["relative_pronouns"] or \
            (head.upos == "DET" and head.text.lower() in ctx.lang.pronouns):  # "по его словам": его as a determiner
        return _pronoun(ctx, tree, head, span, text)
    known = ctx.canonical(clean_name(text, ctx.lang))
    if known in ctx.full_names:  # "Sanders:" in a headline, untagged, of the article's Bernie Sanders
        role, org = ctx.roles.get(known, (None, None))
        return Source(span, text, known, "person", role, org)
    described = _described_person(ctx, tree, head, span)
    if described:
        role, org = ctx.roles.get(described, (None, None))
        return Source(span, text, described, "person", role, org)
    if any(e.start <= head.start < e.end for e in ctx.entities_in(span, (MEMBERS,))):
        # "a Georgia Republican", "two Democrats": members of a party or nation, no name of anyone
        words = [n for n in nodes if n.upos != "PUNCT"]
        while words and words[0].upos == "DET":
            words = words[1:]  # "another Ohio Republican": the determiner is no role
        role = strip_determiner(ctx.text[words[0].start:words[-1].end], ctx.lang) \
            if words and head.feat("Number") != "Plur" else None
        return Source(span, text, None, "group", role)
    orgs = ctx.entities_in(span, ORG_TYPES)
    unnamed_person = _untagged_person(ctx, tree, head)
    if unnamed_person:
        role = role_of(ctx, tree, nodes, unnamed_person[1])
        return Source(span, text, unnamed_person[0], "person", role, _org_in(ctx, span, unnamed_person[1]))
    proper = head.upos == "PROPN" or misread_auxiliary(tree, head)  # '"...," DeBoer said': a name tagged AUX
    # "the press service of the Investigating Committee": a body's unit speaks for the body
    if orgs and (proper or head.lemma in ctx.lang.words["organization_units"]):
        return Source(span, text, clean_name(orgs[0].name, ctx.lang), "organization")
    if proper and not persons:
        return Source(span, text, clean_name(text, ctx.lang), "organization")
    return Source(span, text, None, _kind_of_noun(ctx, head), _unnamed_role(ctx, tree, head, text))


def _in_modifier(tree: Tree, head: Node, e: Entity) -> bool:
    """Whether a name lies in a modifier of a common noun: "residents of the village of X",
    "supporters of X" speak, X does not."""
    if head.upos != "NOUN" or e.start <= head.start < e.end:
        return False
    inside = {n.i for kid in tree.children(head, "nmod", "acl", "acl:relcl") for n in tree.subtree(kid)}
    words = tree.words_in((e.start, e.end))
    # a name in apposition names the phrase's person, wherever the parser hung it ("жительница села Зарина")
    return any(n.i in inside for n in words) and not any(n.rel == "appos" for n in words)


def _unnamed_role(ctx: ArticleContext, tree: Tree, head: Node, text: str) -> Optional[str]:
    """The role of an unnamed source: "a source in the prosecutor's office" -> that phrase;
    "one of the villagers" -> "villager"."""
    if head.upos == "NOUN" and head.lemma in ctx.lang.role_nouns:
        return strip_determiner(text, ctx.lang) if head.feat("Number") != "Plur" else None
    nouns = ctx.lang.role_nouns | ctx.lang.group_nouns
    member = next((k for k in tree.children(head, "nmod") if k.lemma in nouns and k.feat("Number") == "Plur"), None)
    return member.lemma if member is not None and head.upos in ("NUM", "PRON") else None


def _name_right_after(ctx: ArticleContext, tree: Tree, head: Node, span: Span) -> Optional[Entity]:
    """The person named right after a role noun that ends the mention ("The blogger | Anna Berg")."""
    if head.lemma.lower() not in ctx.lang.role_nouns or head.end != span[1]:
        return None
    for e in ctx.entities_after(span[1]):
        if ctx.text[span[1]:e.start].strip():
            return None  # words lie between: this entity and every later one are not right after
        if e.type == PERSON:
            return e
    return None


def _described_person(ctx: ArticleContext, tree: Tree, head: Node, span: Span) -> Optional[str]:
    """The person a definite description stands for: "the expert", "The Ombudsman", "the man".

    The last person named before whose role holds the noun; else, for a noun that describes
    rather than names an office, where the two sentences before name one person only, that
    person ("..., Karl Brandt stated. The oppositionist added ..."). "The minister" after a
    political analyst stays unnamed.
    """
    noun = head.lemma.lower()
    if head.upos not in ("NOUN", "PROPN") or head.feat("Number") == "Plur" or not _definite(tree, head):
        return None
    if noun in ctx.lang.role_nouns and (named := ctx.person_with_role(noun, span[0])):
        return named
    return ctx.sole_recent_person(span[0], tree.index) if noun in ctx.lang.description_nouns else None


def _root_of(tree: Tree, nodes: Sequence[Node]) -> Node:
    """The word of ``nodes`` whose head lies outside them (the first, if several)."""
    inside = {n.i for n in nodes}
    return next((n for n in nodes if (h := tree.head_of(n)) is None or h.i not in inside), nodes[0])


def _org_in(ctx: ArticleContext, span: Span, name_span: Span) -> Optional[str]:
    """The first organization named in ``span`` outside the person's name."""
    orgs = [e for e in ctx.entities_in(span, ("ORG",)) if not (name_span[0] <= e.start < name_span[1])]
    return clean_name(orgs[0].name, ctx.lang) if orgs else None


def _untagged_person(ctx: ArticleContext, tree: Tree, head: Node) -> Optional[tuple[str, Span]]:
    """A proper name the NER missed but a role noun marks as a person.

    "Selçuk Bayraktar, the technical director of ..." -> ("Selçuk Bayraktar", its span)
    """
    if any(e.start <= head.start < e.end for e in ctx.entities_in((head.start, head.end), ORG_TYPES)):
        return None
    span = _role_marked_name(tree, head)
    return (ctx.canonical(clean_name(ctx.text[span[0]:span[1]], ctx.lang)), span) if span else None


def _role_marked_name(tree: Tree, head: Node) -> Optional[Span]:
    """The span of a proper name that a role noun beside it marks as a person, or None."""
    roles = tree.lang.role_nouns
    if head.upos != "PROPN" or not any(k.lemma in roles for k in tree.children(head, "appos", "compound")):
        return None
    name = [n for n in tree.subtree(head, exclude=tree.children(head, "appos", "acl", "acl:relcl", "punct",
                                                                  "det", "amod", "nmod", "case"))
            if n.upos == "PROPN" and n.lemma not in tree.lang.role_nouns]
    return (name[0].start, name[-1].end) if name else None


def with_role_marked_persons(trees: Sequence[Tree], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the names a role marks as persons ("Selçuk Bayraktar, the technical director"):
    an untagged name becomes a PERSON, and so does one tagged ORG or GPE, so that a later "Bayraktar" or "he"
    finds them."""
    out = []
    for e in entities:
        if e.type == PERSON and e.sent < len(trees):
            e = _with_first_name(trees[e.sent], _without_role_word(trees[e.sent], e))
        # a name tagged an organization or a place ("Sergei Vorontsov" as GPE) that a role marks is a person
        tree = trees[e.sent] if e.type in ("ORG", "GPE") and e.sent < len(trees) else None
        heads = [n for n in tree.words_in((e.start, e.end)) if n.upos == "PROPN"
                 and not ((h := tree.head_of(n)) is not None and e.start <= h.start < e.end)] if tree else []
        marked = heads and _role_marked_name(tree, heads[0]) == (e.start, e.end)
        out.append(Entity(e.start, e.end, PERSON, e.name, e.sent) if marked else e)
    index = SpanIndex([(e.start, e.end) for e in entities])  # every word against every entity was quadratic
    for k, tree in enumerate(trees):
        for node in tree.nodes:
            if node.upos != "PROPN" or index.covering(node.start):  # only a proper name can be marked
                continue
            span = _role_marked_name(tree, node)
            if span and not index.overlapping(*span):
                out.append(Entity(span[0], span[1], PERSON, clean_name(tree.text[span[0]:span[1]], tree.lang), k))
    return sorted(out, key=lambda e: e.start)


def with_pronoun_marked_persons(trees: Sequence[Tree], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the names their own report marks as persons: a proper name that is the
    subject of a reporting verb whose clause opens with a he/she pronoun ("Laurin said she was
    fortunate", "Wojtaszek said she agreed") is a PERSON, untagged or tagged with one word as an
    organization, so that a later "she" finds it. "The ministry said she ..." names no one."""
    out = list(entities)
    for k, tree in enumerate(trees):
        for verb in tree.nodes:
            span = _pronoun_marked_name(tree, verb)
            if span is None:
                continue
            overlapping = [e for e in out if e.start < span[1] and span[0] < e.end]
            if any(e.type == PERSON or ((e.start, e.end) == span and len(e.name.split()) > 1) for e in overlapping):
                continue  # a person already, or a name of several words the tagger read as one body
            out = [e for e in out if e not in overlapping]
            out.append(Entity(span[0], span[1], PERSON, clean_name(tree.text[span[0]:span[1]], tree.lang), k))
    return sorted(out, key=lambda e: e.start)


def _pronoun_marked_name(tree: Tree, verb: Node) -> Optional[Span]:
    """The span of the proper name that speaks through ``verb`` when its clause's subject is he or she."""
    if verb.upos != "VERB" or verb.lemma not in tree.lang.verbs:
        return None
    subject = tree.child(verb, "nsubj")
    if subject is None or subject.upos != "PROPN":
        return None
    said = [tree.child(c, "nsubj") for c in tree.children(verb, "ccomp")]
    if not any(p is not None and p.upos == "PRON" and pronoun_gender(tree.lang, p.text) for p in said):
        return None
    name = [n for n in tree.subtree(subject) if n.upos == "PROPN" and (n is subject or n.rel in ("flat", "compound"))]
    if any(n.lemma.lower() in tree.lang.role_nouns for n in name) or not all(n.text[:1].isupper() for n in name):
        return None
    return (name[0].start, name[-1].end) if [n.i for n in name] == list(range(name[0].i, name[-1].i + 1)) else None


def _without_role_word(tree: Tree, e: Entity) -> Entity:
    """A person tagged with the role before the name ("Commissioner Karl Brandt", "Sen. Ted Cruz",
    "Gov. Abbott"): the name only; the role word is then read as the role."""
    words = [n for n in tree.words_in((e.start, e.end)) if n.upos != "PUNCT"]
    first = words[0].text.lower().strip("-–—") if words else ""
    if (len(words) > 2 and first in tree.lang.role_nouns) or \
            (len(words) > 1 and tree.lang.is_office_title(first) and words[1].text[:1].isupper()):
        return Entity(words[1].start, e.end, e.type, clean_name(tree.text[words[1].start:e.end], tree.lang), e.sent)
    return e


def _with_first_name(tree: Tree, e: Entity) -> Entity:
    """A person whose tag missed the first name ("Vasily [Orlovsky]"): the proper name before it joins."""
    first = next((n for n in tree.nodes if n.start == e.start), None)
    before = tree.nodes[first.i - 1] if first is not None and first.i > 0 else None
    if before is None or before.upos != "PROPN" or before.entity or tree.text[before.end:e.start] != " " \
            or before.lemma.lower() in tree.lang.role_nouns \
            or before.text.lower().rstrip(".") in tree.lang.honorifics \
            or not before.text[:1].isupper() or before.text.isupper() \
            or (h := tree.head_of(before)) is None or not e.start <= h.start < e.end:
        return e
    return Entity(before.start, e.end, e.type, clean_name(tree.text[before.start:e.end], tree.lang), e.sent)


def _definite(tree: Tree, noun: Node) -> bool:
    det = tree.child(noun, "det")
    if det is None:
        return not tree.lang.words["articles"]  # a language without articles: "адвокат пояснил" may point back
    return det.lemma.lower() in tree.lang.words["definite_determiners"]


def _named_person(ctx, tree, nodes, span, text, persons) -> Source:
    first = persons[0]
    name = ctx.canonical(first.name)
    role = role_of(ctx, tree, nodes, (first.start, first.end))
    org = _org_in(ctx, span, (first.start, first.end))
    ctx.note_role(name, role, org)
    if role is None and name in ctx.roles:
        role, org = ctx.roles[name]
    return Source(span, text, name, "person", role, org)


def _pronoun(ctx: ArticleContext, tree: Tree, head: Node, span: Span, text: str) -> Source:
    low = head.text.lower()
    if low in ctx.lang.words["relative_pronouns"]:
        return _relative(ctx, tree, head, span, text)
    if pronoun_gender(ctx.lang, low):
        name = ctx.antecedent(head, tree.index)
        if name:
            role, org = ctx.roles.get(name, (None, None))
            return Source(span, text, name, "person", role, org)
        return Source(span, text, None, "unknown")
    if plural_pronoun(ctx.lang, low):
        return Source(span, text, None, "group")
    return Source(span, text, None, "unknown")


def _relative(ctx: ArticleContext, tree: Tree, pronoun: Node, span: Span, text: str) -> Source:
    """ "Velizade, who said ...": the relative pronoun stands for the noun its clause modifies."""
    clause = next((a for a in tree.ancestors(pronoun) if a.deprel == "acl:relcl"), None)
    noun = tree.head_of(clause) if clause is not None else None
    if noun is None:
        return Source(span, text, None, "unknown")
    words = [n for n in tree.subtree(noun, exclude=[clause]) if n.upos != "PUNCT"]
    found = resolve(ctx, tree, noun, words)
    return Source(span, text, found.speaker, found.kind, found.role, found.organization)
