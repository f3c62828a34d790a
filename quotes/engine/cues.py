"""Cues: the words that signal reported speech, opinion or intention.

A cue is a reporting predicate in any tense, aspect and voice ("said", "has noted",
"is assessed by", "expects"), "according to X", a parenthetical "as he has clarified",
or a noun of speech with its source ("the statement by X", "in X's opinion").
A verb is a cue only when something can be its content: a clause, a quotation, or
a clause it comments on; "the letter that Smith wrote" has no cue.
"""
from __future__ import annotations

from typing import Optional

from quotes.engine.constructions import (according_to, colon, introducer, light_verb, noun_of_speech, postposed,
                                         question_put, quote_tag, stance_adjective)
from quotes.engine.constructions.base import INTRODUCER, OBJECT, PARENTHETICAL, POSTPOSED, QUESTION, QUOTE_ONLY, VERB
from quotes.engine.predicates import (
    can_speak, cue_lemma, prepositional, stray_that_clause, for_clause, proform_content, passive_content,
    object_content, topic_preposition, as_predicate, predicative, infinitive, agent, misread_auxiliary,
    active_subject, speaker_subject, passive_topics, conjuncts, verb_read_as_noun, said_predicate, document_owner)
from quotes.engine.questions import embedded_question
from quotes.engine.tree import Node, Tree, contiguous_spans
from quotes.types import Cue, WordRef

# The constructions a verb can be (see quotes/engine/constructions/): verb_cue_kind picks one.
VERB_AUX = frozenset({"aux", "aux:pass"})
CONTENT_RELS = frozenset({"ccomp", "xcomp"})
# Cue classes whose verbs take a noun phrase as content ("praised the plan", "backs Clinton").
OBJECT_CLASSES = frozenset({"speech", "intention", "evidence"})


def _verb_spans(tree: Tree, verb: Node, kind: str = VERB) -> tuple:
    """The cue's words: the verb with its auxiliaries, negation and particle ("has not noted").

    A nominal content's preposition belongs to the cue: "called for", "warned of".
    """
    words = tree.lang.words
    adverbs = tree.lang.grammar.cue_takes("adverb")  # "also said" (English) or "заявил" alone (Russian)
    cue = [verb]
    called_for = for_clause(tree, verb)
    passive_topic = bool(passive_topics(tree, verb))  # "was criticized for her vote": "for" is the content's
    for phrase in tree.children(verb, "obl", "advcl"):
        prep = topic_preposition(tree, phrase)
        if called_for is not None and phrase.i == called_for.i:
            prep = tree.child(phrase, "mark")  # "is calling for the US to act": "for" is the cue's
        if prep is not None and _next_to_verb(tree, verb, prep) and prep.lemma not in words["agent_prepositions"] and (
                kind == OBJECT or prepositional(tree, verb, prep.lemma)) and not passive_topic:
            cue.append(prep)  # "called on", "called for", "talked about", "cautioned against"
    for kid in tree.children(verb):
        if (kid.deprel in VERB_AUX or kid.deprel == "cop") and kid.i < verb.i and not misread_auxiliary(tree, kid):
            cue.append(kid)
        elif kid.rel == "advmod" and kid.i < verb.i and (kid.lemma in words["negation"] or adverbs and kid.i + 1 == verb.i) \
                and kid.lemma.lower() not in words["clause_adverbs"]:  # "when asked": the cue is "asked"
            cue.append(kid)
        elif kid.deprel == "compound:prt":
            cue.append(kid)
        elif kid.rel == "obl" and kid.lemma in words["speech_events"] and kid.i > verb.i:
            owner = document_owner(tree, verb)
            if owner is not None:  # "говорится в обращении X": the document's words, X its source
                cue.extend(n for n in tree.subtree(kid, exclude=[owner]) if n.i > verb.i)
            elif tree.lang.grammar.cue_takes("speech_event"):  # "said in an interview"
                cue.extend(n for n in tree.subtree(kid) if n.i > verb.i)
    cue += _governor(tree, verb)
    if adverbs:
        cue += _trailing_modifiers(tree, verb)
        first = min(n.i for n in cue)
        # Words between the first auxiliary and the verb belong to the cue: "is also expected".
        cue += [n for n in tree.nodes[first:verb.i] if n.rel == "advmod" and tree.head_of(n) == verb]
        # Adverbs just before the verb group ("also has criticized"); in "Later, he said" the subject stands between.
        cue += tree.modifiers_before(verb, first, lambda n: n.rel == "advmod" and n.lemma not in words["clause_adverbs"])
    span = _bridge(tree, sorted({n.i: n for n in cue}.values(), key=lambda n: n.i), verb)
    return contiguous_spans(_fill_adverb_gaps(tree, span) if adverbs else span)


def _next_to_verb(tree: Tree, verb: Node, prep: Node) -> bool:
    """Whether only the verb's particle and manner adverbs lie between it and ``prep``: "spoke
    about", "spoke briefly about", "pushed back on", "spoke out against" (not "spoke to CNN about")."""
    if prep.i <= verb.i:
        return False
    words = tree.lang.words
    return all(tree.head_of(n) == verb and (n.deprel == "compound:prt" or n.rel == "advmod" and tree.lang.grammar.cue_takes(
        "adverb") and n.lemma.lower() not in words["proforms"] and n.lemma.lower() not in words["clause_adverbs"])
               for n in tree.nodes[verb.i + 1:prep.i])


def _fill_adverb_gaps(tree: Tree, words: list[Node]) -> list[Node]:
    """The cue's words with the adverbs between them: "has, however, revealed", "were slightly
    more likely to say" are one stretch of text (the subject in "Would voters prefer" is not)."""
    inside = {n.i for n in words}
    out = list(words)
    for a, b in zip(words, words[1:]):
        gap = tree.nodes[a.i + 1:b.i]
        if gap and all(n.upos == "PUNCT" or _in_adverb(tree, n, inside) for n in gap):
            out += gap
    return sorted(out, key=lambda n: n.i)


def _in_adverb(tree: Tree, node: Node, cue: set) -> bool:
    """Whether ``node`` lies in an adverbial modifier of a cue word ("all but", "slightly more")."""
    while node is not None and node.i not in cue:
        if node.rel == "advmod":
            return True
        node = tree.head_of(node)
    return False


def _trailing_modifiers(tree: Tree, verb: Node) -> list[Node]:
    """How, right after the verb: "said flatly", "said again" (not when: "said Tuesday" is not the cue)."""
    out: list[Node] = []
    k = verb.i + 1
    while k < len(tree):
        kid = tree.nodes[k]
        if tree.head_of(kid) != verb:
            break
        if kid.rel != "advmod" or kid.lemma.lower() in tree.lang.words["proforms"]:
            break  # "said so": "so" is the content, not the manner
        phrase = tree.subtree(kid)
        if phrase[0].i != k:
            break
        out.extend(phrase)
        k = phrase[-1].i + 1
    return out


def _governor(tree: Tree, verb: Node) -> list[Node]:
    """The verb an xcomp cue hangs on ("seemed to indicate", "declined to name", "was quick to add"),
    or the verb a "by"-gerund cue says how it was done ("began by saying")."""
    head = tree.head_of(verb)
    if head is None or head.i > verb.i or head.upos not in ("VERB", "ADJ"):
        return []
    words = [head] + [k for k in tree.children(head) if k.deprel in VERB_AUX | {"cop"} and k.i < head.i]
    between = tree.nodes[head.i + 1:verb.i]
    if _by_gerund(tree, verb):  # "began by saying", "explained the headline by saying"
        return [] if any(n.upos == "PUNCT" for n in between) else words + list(between)
    if verb.rel != "xcomp" or len(between) > 3 or any(n.upos in ("PUNCT", "NOUN", "PROPN", "PRON") for n in between):
        return []
    return words + list(between)


def _by_gerund(tree: Tree, verb: Node) -> bool:
    """ "by saying": the verb is an -ing clause with "by" that says how its head was done."""
    mark = tree.child(verb, "mark")
    return verb.rel == "advcl" and verb.ing_form and mark is not None \
        and mark.lemma in tree.lang.words["means_subordinators"]


def _bridge(tree: Tree, words: list[Node], verb: Node) -> list[Node]:
    """The cue's words, with the gap to "in a statement" filled when only the verb's obl words lie between;
    else the words up to the verb and its topic's preposition right after it: "called for more investment
    in a statement" -> "called for"."""
    after = [n for n in words if n.i > verb.i]
    if not after:
        return words
    last = max(n.i for n in after)
    between = tree.nodes[verb.i + 1:last + 1]
    # what was said lies between: "praised the budget in an interview", "called for more investment in a statement"
    said = {n.i for k in tree.children(verb, "obj", "ccomp", "xcomp") for n in tree.subtree(k)}
    topic = object_content(tree, verb)
    prep = topic_preposition(tree, topic) if topic is not None and topic.i > verb.i else None
    if prep is not None:
        said |= {n.i for n in tree.subtree(topic)} - {prep.i}
    if all(tree.dominates(verb, n) and n.upos != "PUNCT" and n.i not in said for n in between):
        return sorted({n.i: n for n in list(words) + list(between)}.values(), key=lambda n: n.i)
    return [n for n in words if n.i <= verb.i or (prep is not None and n.i <= prep.i and _next_to_verb(tree, verb, prep))]


def _has_particle(tree: Tree, verb: Node) -> bool:
    wanted = tree.lang.particle_verbs.get(verb.lemma)
    if wanted is None:
        return True
    words = tree.children(verb, "compound") + [c for k in tree.children(verb, "obl") for c in tree.children(k, "case")]
    return any(w.lemma in wanted for w in words)


def verb_cue_kind(tree: Tree, verb: Node, in_quote: bool, before_colon: bool) -> Optional[str]:
    """How a reporting verb takes its content, or None when it has none.

    "He said that it rained" -> VERB; "It rained, he said" -> PARENTHETICAL;
    "He said:" -> INTRODUCER; "He said" beside a quotation -> QUOTE_ONLY;
    "A, X, the ombudsman, has stated" with X hung inside A -> POSTPOSED.
    """
    rels = ("ccomp",) if verb.lemma in tree.lang.words["aspectual_verbs"] else CONTENT_RELS
    if tree.children(verb, *rels) or stray_that_clause(tree, verb) or passive_content(tree, verb) \
            or for_clause(tree, verb):
        return VERB
    if proform_content(tree, verb) is not None or said_predicate(tree, verb) is not None:
        return VERB
    if postposed.speaker_phrase(tree, verb):
        return POSTPOSED  # "A, X, the ombudsman, has stated": the parser left the verb bare
    mark = tree.child(verb, "mark")
    head = tree.head_of(verb)
    if predicative(tree, mark) and verb.feat("VerbForm") == "Fin" and speaker_subject(tree, verb) is None:
        return None  # "как говорили", "как говорится": hearsay in a fixed phrase, no one who said it
    has_object = object_content(tree, verb) is not None
    # "as he said", "as reported by X"; not "described them as seeming shocked", "as voters responded to X"
    if verb.deprel == "parataxis" or (verb.rel == "advcl" and predicative(tree, mark)
                                      and not verb.ing_form and not tree.children(verb, "obj") and not has_object):
        return PARENTHETICAL
    if has_object and not before_colon:
        return OBJECT  # "..., and has spoken about the border": its own topic, no comment on another clause
    if verb.rel in ("ccomp", "conj") and head is not None and head.i < verb.i and tree.children(verb, "nsubj"):
        # "It will rain, he said" parsed with the comment as a ccomp/conj of the content.
        if any(n.text == "," for n in tree.nodes[head.i:verb.i]):
            return PARENTHETICAL
    if tree.children(verb, "parataxis"):
        return VERB
    if before_colon:
        return INTRODUCER
    if in_quote:
        return QUOTE_ONLY
    return OBJECT if has_object else None


def _reported_words(tree: Tree) -> dict[int, set[int]]:
    """For each reporting verb with a clause, the words of that clause: what it already reports."""
    out = {}
    for verb in tree.nodes:
        if verb.upos == "VERB" and cue_lemma(tree, verb) in tree.lang.verbs:
            out[verb.i] = {n.i for k in tree.children(verb, "ccomp", "xcomp", "parataxis") for n in tree.subtree(k)}
    return out


def _claimed(words: set[int], reported: dict[int, set[int]], verb: Node) -> bool:
    """Whether a quotation's words lie in the clause of another verb: '... criticized X and said allies "..."'."""
    return bool(words) and any(words & cover for i, cover in reported.items() if i != verb.i)


def find_cues(tree: Tree, quote_spans: tuple = ()) -> list[Cue]:
    """Every cue of one sentence, in word order.

    ``quote_spans`` are the (start, end) spans of quotations that touch this sentence: a
    reporting verb outside them with no clause of its own takes them as content.

    "Elkhan Velizade, a political analyst, told the Caucasian Knot that ..." -> [told]
    """
    cues: list[Cue] = []
    colon_after = {n.i - 1 for n in tree.nodes[1:] if n.text == ":"}
    # The quotations no other verb's clause holds: only those can be this verb's content.
    reported = _reported_words(tree) if quote_spans else {}
    quote_words = [{n.i for n in tree.words_in(q)} for q in quote_spans]
    mend, verbs = tree.lang.grammar.mend_lemma, tree.lang.verbs  # cue_lemma's look-ups, once a sentence
    cue_words = tree.lang.non_verb_cue_words
    for node in tree.nodes:
        if node.upos != "VERB" and node.lemma not in cue_words:
            continue  # no construction opens a cue on this word: most words of a sentence
        # Only a verb's lemma is read before a construction matches: the others' only when one does.
        lemma = mend(node.lemma.lower(), node.text, verbs) if node.upos == "VERB" else None  # as cue_lemma
        reporting = lemma is not None and lemma in verbs and _has_particle(tree, node) \
            and not _naming_participle(tree, node) and not embedded_question(tree, node) \
            and not _extraposed_infinitive(tree, node) and not _supposed(tree, node)
        if reporting or stance_adjective.find(tree, node):
            inside = any(a <= node.start < b for a, b in quote_spans)
            near_quote = not inside and any(not _claimed(words, reported, node) for words in quote_words)
            before_colon = node.i in colon_after or _ends_with_colon(tree, node) \
                or _phrase_before_colon(tree, node, quote_spans)
            found = (_verb_cue if reporting else _adjective_cue)(tree, node, lemma or cue_lemma(tree, node),
                                                                near_quote, before_colon)
            if found is not None:
                cues.append(found)
            continue
        if node.upos == "VERB" and introducer.find(tree, node, quote_spans):
            kind = verb_cue_kind(tree, node, False, True)  # any verb: 'Kelly gloated: "..."'
            cues.append(Cue(_verb_spans(tree, node, kind), lemma, kind, WordRef(tree.index, node.i)))
            continue
        if node.upos == "VERB" and quote_tag.find(tree, node, quote_spans):
            # any verb: '"This is fantastic!" she beamed.'
            cues.append(Cue(_verb_spans(tree, node, QUOTE_ONLY), lemma, QUOTE_ONLY, WordRef(tree.index, node.i)))
            continue
        if verb_read_as_noun(tree, node):
            # "..., @JoshButler reports.": a verb of speech the tagger read as a noun
            kind = VERB if tree.children(node, "ccomp") else PARENTHETICAL
            cues.append(Cue(((node.start, node.end),), cue_lemma(tree, node), kind, WordRef(tree.index, node.i)))
            continue
        found = according_to.find(tree, node) or noun_of_speech.find(tree, node) or light_verb.find(tree, node)
        if found is not None:
            cues.append(found)
    headline = colon.find(tree)
    if headline is not None and not cues:
        cues.append(headline)
    reports = {c.head.word for c in cues if c.kind != OBJECT}
    return [c for c in _unsubsumed(tree, cues) if not _kept_silent_about(tree, tree.nodes[c.head.word])
            and not _frames_report(tree, c, reports)]


def _frames_report(tree: Tree, cue: Cue, reports: set[int]) -> bool:
    """Whether a converb or gerund with a topic, before a colon or set off by commas, only frames the
    report of the verb it hangs on: "Говоря о бюджете, министр заявил, что ..." says what the statement is about, "заявил,
    повторяя Ленина: «…»" how it was made; the statement is the claim ("заявив о планах, он ушел" has
    no other report: its topic stays)."""
    verb = tree.nodes[cue.head.word]
    head = tree.head_of(verb)
    return cue.kind in (OBJECT, INTRODUCER, PARENTHETICAL) and verb.rel in ("advcl", "conj", "parataxis") \
        and verb.feat("VerbForm") in ("Conv", "Ger") and head is not None and head.i in reports


def _kept_silent_about(tree: Tree, node: Node) -> bool:
    """Whether the cue lies in what someone keeps silent about: "keep silent about their intention
    to disperse the rally" reports no intention (the pack's ``mute`` acts)."""
    return any(tree.lang.acts.get(a.lemma.lower()) == "mute" for a in tree.ancestors(node))


def _verb_cue(tree: Tree, verb: Node, lemma: str, near_quote: bool, before_colon: bool) -> Optional[Cue]:
    """The cue of a reporting verb, as the construction ``verb_cue_kind`` finds it, or None where
    it reports nothing here ("dismissed the appeal", "as she campaigns")."""
    kind = verb_cue_kind(tree, verb, near_quote, before_colon)
    cls = tree.lang.class_of(lemma)
    if kind == OBJECT and cls not in OBJECT_CLASSES and not as_predicate(tree, verb):
        kind = None
    if kind == OBJECT and near_quote and relayed_object(tree, verb) is not None:
        kind = QUOTE_ONLY  # '"...," the agency quotes the NAC's statement': whose words, not what
    if kind is not None and _act_not_speech(tree, verb, kind):
        kind = None
    if kind == VERB and cls == "cognition" and _state_only(tree, verb):
        kind = None
    if kind == PARENTHETICAL and cls == "intention":
        kind = None  # "as she campaigns": "as" is "while"; "..., he would support X" is his own clause
    if kind is not None and (_no_one_in_particular(tree, verb) or _said_by_a_thing(tree, verb)
                             or _event_of_report(tree, verb)):
        kind = None
    if kind == PARENTHETICAL and _negated(tree, verb):
        kind = None  # "..., но дома по-немецки не говорили, ...": no comment on the clause beside it
    if kind is not None and cls == "evidence" and _no_ones_evidence(tree, verb, lemma):
        kind = None
    if kind is None:
        return None
    # "Asked about the polls, ...": the asker's question, its words as a verb's with its object
    found = QUESTION if kind == OBJECT and question_put.find(tree, verb) else kind
    return Cue(_verb_spans(tree, verb, kind), lemma, found, WordRef(tree.index, verb.i))


def _no_one_in_particular(tree: Tree, verb: Node) -> bool:
    """Whether a subjectless plural verb tells a habit or a saying, not one act of speech: "В деревне
    эти пироги называли праздничными", "Говорят, что ...", "На это скажут: ...". No subject, no body
    it speaks for, and not a perfective past (whose one act someone did: "В МЧС сообщили", "Там добавили")."""
    if verb.feat("VerbForm") != "Fin" or verb.feat("Number") != "Plur" or verb.feat("Mood") == "Imp":
        return False
    if verb.feat("Aspect") == "Perf" and verb.feat("Tense") == "Past":
        return False
    return speaker_subject(tree, verb) is None


def _said_by_a_thing(tree: Tree, verb: Node) -> bool:
    """Whether a relative clause's verb has for subject a thing marked inanimate (UD Animacy=Inan)
    that cannot speak: "санкции, которые подтверждают сбой" (the sanctions show it; no one says it)."""
    head, subject = tree.head_of(verb), tree.child(verb, "nsubj")
    return verb.deprel == "acl:relcl" and head is not None and subject is not None and subject.upos == "PRON" \
        and head.feat("Animacy") == "Inan" and not can_speak(tree, head)


def _event_of_report(tree: Tree, verb: Node) -> bool:
    """Whether a participle's clause tells what the speech event of another report was for: '"...," she
    said at a news conference announcing that the state would sue' (the conference is no speaker; her
    report holds it)."""
    event = tree.head_of(verb)
    if verb.deprel != "acl" or event is None or event.lemma not in tree.lang.words["speech_events"] \
            or not tree.children(verb, "ccomp"):
        return False
    report = tree.head_of(event)
    return event.rel == "obl" and report is not None and cue_lemma(tree, report) in tree.lang.verbs


def _negated(tree: Tree, verb: Node) -> bool:
    """Whether the verb is negated: "не говорили", "did not say"."""
    return any(k.rel == "advmod" and k.lemma in tree.lang.words["negation"] for k in tree.children(verb))


def _no_ones_evidence(tree: Tree, verb: Node, lemma: str) -> bool:
    """Whether an inference is the writer's, reported from no one: "the claims do not seem to advance
    any agenda" (a raising verb on what cannot speak), "experience shows that ..." (a bare noun of
    general knowledge; "a new poll shows", "polls show" name their source). "Trump seemed to agree" and
    "it appears that" stay."""
    subject = active_subject(tree, verb)
    if subject is None or subject.upos != "NOUN" or can_speak(tree, subject) or subject.entity:
        return False
    if lemma in tree.lang.words["raising_verbs"]:
        return True
    return subject.feat("Number") != "Plur" and not tree.children(subject)


def _adjective_cue(tree: Tree, adjective: Node, lemma: str, near_quote: bool, before_colon: bool) -> Optional[Cue]:
    """The cue of an adjective of stance (constructions/stance_adjective.py): its content taken as a
    verb's would be, its words as a verb's ("was sharply critical of")."""
    verb_kind = verb_cue_kind(tree, adjective, near_quote, before_colon)
    if verb_kind is not None and _act_not_speech(tree, adjective, verb_kind):
        return None  # "Let us remind you that ...": the writer's aside to the reader
    if verb_kind == VERB and tree.lang.class_of(lemma) == "cognition" and _state_only(tree, adjective):
        return None
    kind = stance_adjective.kind_of(verb_kind)
    return Cue(_verb_spans(tree, adjective, verb_kind), lemma, kind, WordRef(tree.index, adjective.i)) if kind else None


def _supposed(tree: Tree, verb: Node) -> bool:
    """ "If my son wants a dog, he must walk it": a verb in a condition supposes; it reports nothing."""
    mark = tree.child(verb, "mark")
    return verb.rel == "advcl" and mark is not None and mark.lemma in tree.lang.words["conditional_subordinators"]


def _extraposed_infinitive(tree: Tree, verb: Node) -> bool:
    """ "It was easy to say 'Try harder'", "it is fair to say that ...": an infinitive on an adjective
    or noun whose subject is a dummy "it" says what anyone might say; no one says it here."""
    head = tree.head_of(verb)
    if verb.feat("VerbForm") != "Inf" or verb.rel not in ("xcomp", "csubj", "advcl") or head is None \
            or head.upos not in ("ADJ", "NOUN", "ADV", "AUX") or tree.child(verb, "nsubj") is not None:
        return False
    dummy = tree.child(head, "expl") or tree.child(head, "nsubj")
    return dummy is not None and (dummy.rel == "expl" or (dummy.upos == "PRON" and dummy.feat("Gender") == "Neut"
                                                           and dummy.feat("PronType") == "Prs"))


def _naming_participle(tree: Tree, verb: Node) -> bool:
    """ "a firm called Gavekal", "the so-called relationship", "the system, simply called 'loop',"
    however parsed, "is called 'loop'": a name given, not words said ("called it a disaster" is)."""
    if verb.lemma not in tree.lang.words["naming_verbs"]:
        return False
    # "a firm called Gavekal"; not a clause with its own subject or auxiliary: "who has called the deal a disaster"
    if verb.rel in ("acl", "amod") and verb.past_participle and not tree.children(verb, "nsubj", "aux"):
        return True
    # Where case marks the name given (an instrumental, parsed xcomp), an object in a case and nothing
    # else is the thing named: "назвал свою фамилию" (English nouns carry no case: "called X Y" parses many ways)
    objects = tree.children(verb, "obj")
    if objects and all(o.upos in ("NOUN", "PROPN") and o.feat("Case") for o in objects) \
            and not tree.children(verb, "xcomp", "ccomp", "obl"):
        return True
    named = tree.child(verb, "xcomp")  # the name; no one who names it, nothing named but the noun it is on
    return (named is not None and named.upos in ("NOUN", "PROPN", "ADJ") and not tree.children(verb, "obj")
            and not any(k.deprel == "nsubj" for k in tree.children(verb))
            and agent(tree, verb) is None and not _by_phrase(tree, named))


def _by_phrase(tree: Tree, noun: Node) -> bool:
    """ "called a liar by the governor", the agent parsed under the name: someone said it."""
    prepositions = tree.lang.words["agent_prepositions"]
    return any(k.lemma in prepositions for n in tree.children(noun, "nmod") for k in tree.children(n, "case"))


def _state_only(tree: Tree, verb: Node) -> bool:
    """Whether the verb's only complements are predicates without "to": "felt betrayed", "found him calm".

    With a verb of perception or thought such a small clause is a state, not a proposition
    held ("thinks that ..." and "expects to win" are).
    """
    comps = tree.children(verb, "ccomp", "xcomp")
    return bool(comps) and all(c.rel == "xcomp" and not infinitive(tree, c) for c in comps)


def _unsubsumed(tree: Tree, cues: list[Cue]) -> list[Cue]:
    """Drop a cue whose verb is part of another cue: "wanted" inside "wanted to know".

    Of two cues that hold each other ("seemed to endorse" twice), the governing verb stays.
    """
    def inside(cue: Cue, other: Cue) -> bool:
        head = tree.nodes[cue.head.word]
        return other is not cue and any(a <= head.start and head.end <= b for a, b in other.spans)

    def governs(cue: Cue, other: Cue) -> bool:
        return tree.dominates(tree.nodes[cue.head.word], tree.nodes[other.head.word])
    return [c for c in cues if not any(inside(c, o) and not (inside(o, c) and governs(c, o)) for o in cues)]


def _act_not_speech(tree: Tree, verb: Node, kind: str) -> bool:
    """Whether the verb tells of an act, not of words said: "dismissed the appeal", "declined to
    comment", "has not commented on the report", "would not say which", "Let us remind you that",
    "agreed to sign", "X and Y have discussed ways to ..."."""
    act, head = tree.lang.acts.get(verb.lemma), tree.head_of(verb)
    if kind == OBJECT and act == "object":
        return True
    if kind == OBJECT and act == "joint" and _coordinated_subject(tree, verb):
        return True  # "X and Y have discussed ways to ...": a meeting of two, not what either said
    if act == "addressed" and not any(can_speak(tree, k) and k.feat("Gender") != "Neut"
                                      for k in tree.children(verb, "obj", "iobj")):
        return True  # "must ensure that schools reopen": no hearer, no promise made to anyone
    if act == "deed" and any(infinitive(tree, x) for x in tree.children(verb, "xcomp")) \
            and not tree.children(verb, "ccomp"):
        return True  # "agreed to sign contracts": consent to a deed, not words
    if head is not None and verb.rel in ("ccomp", "xcomp") and tree.lang.acts.get(head.lemma) == "aside":
        return True  # "Let us remind you": the writer speaking to the reader
    if act == "refusal" and any(tree.lang.acts.get(x.lemma) == "silence" for x in tree.children(verb, "xcomp")):
        return True  # "declined to comment", the refusal read as the cue
    if act != "silence":
        return False
    if head is not None and verb.rel == "xcomp" and tree.lang.acts.get(head.lemma) == "refusal":
        return True  # "declined to comment on the verdict"
    if not _negated(tree, verb):
        return False
    asks = tree.lang.words["question_words"]
    # the clause's first word, past the comma natasha hangs on it ("не уточнил, кто ...")
    return kind == OBJECT or any(next((n.lemma.lower() for n in tree.subtree(c) if n.upos != "PUNCT"), "") in asks
                                 for c in tree.children(verb, "ccomp"))


def _coordinated_subject(tree: Tree, verb: Node) -> bool:
    """Whether the verb's subject joins two or more ("Smith, the mayor, and Jones have discussed")."""
    subject = active_subject(tree, verb)
    return subject is not None and bool(conjuncts(tree, subject))


def relayed_object(tree: Tree, verb: Node) -> Optional[Node]:
    """Whom a relay verb quotes: "quotes him as saying" -> him, "quotes the NAC's statement" -> NAC;
    None where its object is what was said ("cited the poll") or the verb relays nothing."""
    obj = tree.child(verb, "obj")
    if obj is None or tree.lang.media.get(verb.lemma) != "relay":
        return None
    if obj.upos == "NOUN" and obj.lemma in tree.lang.nominal_cues:
        obj = noun_of_speech.source_of_noun(tree, obj)
    return obj if obj is not None and can_speak(tree, obj) else None


def _phrase_before_colon(tree: Tree, verb: Node, quote_spans: tuple) -> bool:
    """ 'as Lambie blasts Hanson: "You can't ..."' — the verb's phrase, its object with it, ends in a
    colon right before a quotation (a verb right before the colon is ``colon_after``'s)."""
    if not quote_spans:
        return False  # no quotation for the colon to open (and no phrase to read)
    words = [n for n in tree.subtree(verb) if n.upos != "PUNCT" and not any(a <= n.start < b for a, b in quote_spans)]
    if not words:
        return False
    after = tree.nodes[words[-1].i + 1] if words[-1].i + 1 < len(tree) else None
    if any(n.upos == "VERB" for n in words if n.i > verb.i):
        return False  # a clause of another verb ends before the colon: that verb introduces
    return after is not None and after.text == ":" and words[-1].i > verb.i \
        and any(0 <= a - after.end <= 2 for a, _ in quote_spans)


def _ends_with_colon(tree: Tree, verb: Node) -> bool:
    """ "Caddell continued:" — the verb's clause ends the sentence with a colon."""
    last = tree.nodes[-1]
    return last.text == ":" and all(n.upos == "PUNCT" or tree.dominates(verb, n) or n.i < verb.i
                                    for n in tree.nodes[verb.i:])
