"""What a predicate's grammar gives a cue: its subject, its object or topic, its clause.

Read by every stage: the cue finder asks whether a verb has a content and how, the content
stage takes the words, the source stage the subject. "Smith tended to support Clinton":
``active_subject(support)`` is Smith (shared through "tended"), ``object_content(support)``
is Clinton.
"""
from __future__ import annotations

from typing import Callable, Optional

from quotes.engine.questions import asked_participle, question_put
from quotes.engine.tree import Node, Tree

# Entity types that are never a topic: "on Friday", "by 5 percent".
NOT_TOPICS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
MEDIUM = "medium"  # the media list's kind of a noun of place or channel of speech


def prepositional(tree: Tree, verb: Node, prep: str) -> bool:
    """Whether verb and preposition make one prepositional verb: "called for", "insisted on"."""
    return prep in tree.lang.prepositional_verbs.get(verb.lemma, ())


def medium_phrase(tree: Tree, verb: Node, phrase: Node) -> bool:
    """Whether a prepositional phrase names where the verb's words were said: "on Twitter", "in his
    column"; not the verb's own preposition ("blamed the fire on a video screen")."""
    case = tree.child(phrase, "case")
    return case is not None and case.lemma in tree.lang.words["medium_prepositions"] \
        and any(tree.lang.media.get(w.lemma.lower()) == MEDIUM for w in [phrase, *tree.children(phrase, "compound")]) \
        and not prepositional(tree, verb, case.lemma)


def trailing_channel(tree: Tree, verb: Node, noun: Node) -> list[Node]:
    """The object's last modifier when it names a channel of speech, which the parser hung on the noun
    rather than on the verb: "thanked the senator on Twitter" -> [Twitter]; else []."""
    mods = [k for k in tree.children(noun, "nmod") if k.i > noun.i]
    return mods[-1:] if mods and medium_phrase(tree, verb, mods[-1]) else []


def object_is_hearer(tree: Tree, verb: Node) -> bool:
    """Whether the verb's object is the one addressed or another sense ("told reporters", "added a clause"),
    never what was said."""
    return tree.lang.hearer_verbs.get(verb.lemma) == "object" \
        or verb.lemma in tree.lang.words["other_sense_object_verbs"]


def stray_that_clause(tree: Tree, verb: Node) -> Optional[Node]:
    """A that-clause the parser hung on the verb's object as a relative clause.

    "told the correspondent that talks failed": "failed" parsed as acl:relcl of
    "correspondent" with the conjunction "that" as its mark belongs to "told". A "that"
    tagged a relative pronoun but hung as the mark of a clause with its own subject is the
    conjunction too ("told the Knot that she does not want to stay"); so is a that-clause after
    a hearer parsed as an adverbial clause of the verb ("reassuring Putin that Beijing has no plans").
    """
    for obj in tree.children(verb, "obj", "iobj", "obl"):
        for clause in tree.children(obj, "acl:relcl", "acl"):
            mark = tree.child(clause, "mark")
            if mark is not None and mark.lemma in tree.lang.words["complementizers"] and (
                    mark.upos == "SCONJ" or tree.child(clause, "nsubj", "nsubj:pass") is not None):
                return clause
    # "reassuring his counterpart that Beijing has no plans ...": after the hearer, parsed as an adverbial
    hearer = tree.child(verb, "iobj", "obj") if tree.lang.hearer_verbs.get(verb.lemma) == "object" else None
    for clause in tree.children(verb, "advcl") if hearer is not None else ():
        mark = tree.child(clause, "mark")
        if clause.i > hearer.i and mark is not None and mark.lemma in tree.lang.words["complementizers"] \
                and mark.upos == "SCONJ":
            return clause
    return None


def for_clause(tree: Tree, verb: Node) -> Optional[Node]:
    """ "called for the United States to step up its efforts": the for-to clause a verb calls for."""
    words = tree.lang.words
    if not any(prepositional(tree, verb, f) for f in words["for_subordinators"]):
        return None
    for kid in tree.children(verb, "advcl"):
        mark = tree.child(kid, "mark")
        if mark is not None and mark.lemma in words["for_subordinators"] and infinitive(tree, kid):
            return kid
    return None


def proform_content(tree: Tree, verb: Node) -> Optional[Node]:
    """The word that stands for a whole content: "55 percent said so", "he said no", "said that";
    or the clause the parser hung on it: "сказал так: денег нет" -> "денег нет"."""
    if verb.lemma not in tree.lang.words["proform_verbs"]:
        return None
    for kid in tree.children(verb, "obj", "advmod", "discourse", "ccomp"):
        if kid.i > verb.i and kid.lemma.lower() in tree.lang.words["proforms"]:
            said = [k for k in tree.children(kid, "parataxis") if k.i > kid.i]
            if not tree.children(kid) or said:
                return said[0] if said else kid
    return None


def passive_content(tree: Tree, verb: Node) -> list[Node]:
    """ "this decision is assessed by organizers as a manifestation of ...": subject and as-phrase.

    With no agent too: in "Smith is widely seen as a moderate" someone unnamed sees her so.
    """
    if not tree.children(verb, "aux:pass"):
        return []
    subject = tree.child(verb, "nsubj:pass")
    agents = [k for k in tree.children(verb, "obl") if k.deprel == "obl:agent"]
    # "as a manifestation" may hang on the agent: "assessed by organizers as a manifestation".
    candidates = tree.children(verb, "obl", "xcomp", "advcl") + [k for a in agents for k in tree.children(a, "nmod")]
    pred = [k for k in candidates if k.rel == "xcomp" or predicative(tree, tree.child(k, "case", "mark"))]
    if subject is None or not pred:
        return []
    return sorted(tree.subtree(subject) + tree.subtree(pred[0]), key=lambda n: n.i)


def agent(tree: Tree, verb: Node) -> Optional[Node]:
    """The by-phrase of a passive: "is assessed by organizers" -> organizers; in a language with
    an instrumental case, a passive's bare instrumental person: "главой МЧС было заявлено"."""
    passive = bool(tree.children(verb, "aux:pass")) or verb.feat("Voice") == "Pass"
    for kid in tree.children(verb, "obl"):
        case = tree.child(kid, "case")
        if kid.deprel == "obl:agent" or passive and (
                case is not None and case.lemma in tree.lang.words["agent_prepositions"] and tree.children(verb, "aux:pass")
                or case is None and kid.feat("Case") == "Ins" and (kid.feat("Animacy") == "Anim" or kid.entity in ("PERSON", "ORG"))):
            return kid
    return None


def agented_participle(tree: Tree, verb: Node) -> Optional[Node]:
    """The noun a past participle with an agent modifies, which the agent spoke of or took a stand on:
    "The immigration bill, opposed by House Republicans, never became law" -> bill; "a plan backed
    by the governor" -> plan. None without an agent ("the plan proposed last year": no one named)."""
    head = tree.head_of(verb)
    if verb.deprel != "acl" or verb.feat("VerbForm") != "Part" or verb.feat("Tense") != "Past" \
            or verb.lemma not in tree.lang.words["stance_participles"] or head is None or head.i > verb.i \
            or tree.children(verb, "ccomp", "xcomp", "obj", "aux", "aux:pass", "nsubj:pass"):
        return None  # a relative clause ("who was backed by") is a passive of its own
    # the by-phrase names who holds the stance; the noun before is its object, set off or not
    return head if agent(tree, verb) is not None and topic_noun(head) else None


def object_content(tree: Tree, verb: Node) -> Optional[Node]:
    """The noun phrase a verb of speech or stance is about: "praised the plan" -> plan.

    Pronoun objects ("said it") and verbs with no subject are left out.
    """
    words = tree.lang.words
    if active_subject(tree, verb) is None:
        if asked_participle(tree, verb):
            return question_put(tree, verb)  # "Asked about the polls, Smith said ...": what was asked
        if (modified := agented_participle(tree, verb)) is not None:
            return modified  # "the bill, opposed by Democrats": what they opposed
        # "the plan was criticized by Democrats": a passive's subject is what was spoken of
        passive = tree.child(verb, "nsubj:pass") if not object_is_hearer(tree, verb) else None
        # ... and "This was reported by X" stands for the sentence before (engine/announced.py)
        if passive is not None and agent(tree, verb) is not None \
                and (topic_noun(passive) or passive.feat("PronType") == "Dem") \
                and not tree.children(verb, "ccomp", "xcomp"):
            return passive
        # "Smith was criticized for her vote": someone unnamed spoke of her, and of what she did
        if passive is not None and passive_topics(tree, verb) and not tree.children(verb, "ccomp", "xcomp") \
                and (topic_noun(passive) or passive.feat("PronType") in ("Dem", "Prs")):
            return passive
        return None  # "was asked about the polls": the one asked is no topic
    obj = tree.child(verb, "obj")
    if obj is not None and object_is_hearer(tree, verb) and not _bid_after(tree, verb, obj) \
            and not (verb.lemma in words["bid_object_verbs"] and not can_speak(tree, obj)):
        obj = None  # "told reporters": the one addressed; but "convince a court to throw out X" is a bid
    if obj is not None and (topic_noun(obj) or obj.upos == "ADJ"):  # "called out his rival(ADJ) Trump"
        return obj
    if obj is not None and obj.upos == "PRON" and as_predicate(tree, verb):
        return obj  # "described himself as a socialist": what is said is the predicate on him
    if obj is not None and person_object(tree, obj):
        return obj  # "endorsed her": a person is what a stance is about ("said it" says nothing)
    for kid in tree.children(verb, "obl", "advcl"):
        prep = topic_preposition(tree, kid)
        if prep is None and kid.rel == "obl" and demonstrative(tree, kid) \
                and (_opens_sentence(tree, kid) or bare_demonstrative(tree, kid)):
            prep = tree.child(kid, "case")  # "Об этом сообщила X": the sentence before (engine/announced.py)
        cases = words["adjective_topic_prepositions" if verb.upos == "ADJ" else "topic_prepositions"]
        if prep is not None and (prep.lemma in cases or prepositional(tree, verb, prep.lemma)) \
                and not _to_hearer_or_growth(tree, verb, prep):  # "disagrees with the decision"
            return kid
    return None


def passive_topics(tree: Tree, verb: Node) -> list[Node]:
    """What a passive verb of speech says its subject was spoken of for: "was criticized for her vote",
    "is accused of lying", "was challenged over hiring foreign workers" -> the phrases after the verb."""
    if not tree.children(verb, "aux:pass"):
        return []
    cases = tree.lang.words["topic_prepositions"] | tree.lang.words["noun_topic_prepositions"]
    return [k for k in tree.children(verb, "obl", "advcl") if k.i > verb.i and k.deprel != "obl:agent"
            and (prep := topic_preposition(tree, k)) is not None and prep.lemma in cases
            and prep.lemma not in tree.lang.words["agent_prepositions"]
            and not any(w.entity in NOT_TOPICS for w in tree.children(k))]  # "for the second time"


def climb_subject(tree: Tree, verb: Node, own: Callable[[Tree, Node], Optional[Node]],
                  passive_stops: bool = False) -> Optional[Node]:
    """The subject ``own`` finds on ``verb``, or on the verb it borrows its subject from, climbing
    ("Smith tended to support Clinton": support -> tended -> Smith). ``passive_stops``: a passive
    verb lends no subject ("was asked to comment").
    """
    shared = False  # climbed from a conjunct or an xcomp: they share the head's subject, even a passive's
    for _ in range(4):
        # "officials were angered by the deal and predicted ...": officials predicted, not the deal
        passive = tree.child(verb, "nsubj:pass") if shared and not passive_stops else None
        subject = passive or own(tree, verb)
        if subject is not None:
            return subject
        head = tree.head_of(verb)
        if (controller := object_controller(tree, verb)) is not None:
            return controller
        if head is None or (passive_stops and tree.child(verb, "nsubj:pass") is not None) \
                or not borrows_subject(tree, verb):
            return None
        shared = verb.rel in ("conj", "xcomp")
        verb = head
    return None


def object_controller(tree: Tree, verb: Node) -> Optional[Node]:
    """The object that does what a non-finite ``verb`` says, for a head of object control: "The delay
    led some voters to say ...", "The report left officials wondering ..." -> voters, officials."""
    head = tree.head_of(verb)
    if head is None or verb.rel not in ("xcomp", "advcl") or head.lemma not in tree.lang.words["control_object_verbs"] \
            or verb.feat("VerbForm") == "Fin" or tree.child(verb, "nsubj", "nsubj:pass") is not None:
        return None
    if verb.rel == "advcl" and _set_off(tree, verb):
        return None  # "prompted cheers, highlighting the mistrust": a clause set off is the subject's
    obj = tree.child(head, "obj")
    if obj is None or obj.i > verb.i or obj.upos not in ("NOUN", "PROPN", "PRON"):
        return None
    pronoun = tree.lang.pronouns.get(obj.text.lower())
    return None if pronoun is not None and pronoun.gender == "Neut" else obj  # "left it to others to defend"


def _set_off(tree: Tree, verb: Node) -> bool:
    """Whether ``verb``'s clause is set off by punctuation: it opens with a mark or comes right after one
    (any mark, where ``sources._after_comma`` asks for a comma, dash or parenthesis)."""
    before = tree.word_before(verb)
    return tree.subtree(verb)[0].upos == "PUNCT" or (before is not None and before.upos == "PUNCT")


def active_subject(tree: Tree, verb: Node) -> Optional[Node]:
    """The active subject of ``verb``, its own or one it shares ("Smith tended to support Clinton" -> Smith)."""
    return climb_subject(tree, verb, _own_active_subject, passive_stops=True)


def _own_active_subject(tree: Tree, verb: Node) -> Optional[Node]:
    return next((k for k in tree.children(verb) if k.deprel == "nsubj"), None) or acting_noun(tree, verb)


def nearest_subject(tree: Tree, verb: Node, subjects: list[Node]) -> Node:
    """Of the subjects a parse gives one verb, the one nearest before it: "DENVER, July 5 (UPI) — A
    spokesman for the mayor called ..." (a dateline parsed as a second subject) -> spokesman; not the
    last of a list the parser split ("voters in Alabama, Georgia and Virginia said" -> voters)."""
    before = [k for k in subjects if k.i < verb.i]
    if len(before) < 2:
        return subjects[0]
    last = max(before, key=lambda k: k.i)
    prev = tree.word_before(last)
    listed = prev is not None and (prev.text == "," or prev.upos in ("NOUN", "PROPN", "NUM"))
    return subjects[0] if listed else last


def speaker_subject(tree: Tree, verb: Node) -> Optional[Node]:
    """Who speaks through ``verb``: its subject, a passive's agent, the noun an -ing participle
    modifies, the person its head gives the occasion ("gave grounds to X to assume"), or the one
    its head's subject lends ("declined to say")."""
    return _own_speaker(tree, verb) or given_to(tree, verb) or climb_subject(tree, verb, _own_speaker)


def given_to(tree: Tree, verb: Node) -> Optional[Node]:
    """The person an infinitive's head addresses, who is the one to do it: "This gave grounds to
    Levan Chkheidze to assume that ...", "gave him reason to believe" -> Levan, him."""
    head = tree.head_of(verb)
    if head is None or verb.rel not in ("advcl", "xcomp") or not infinitive(tree, verb) or head.i > verb.i:
        return None
    # a to-phrase only beside what is given ("gave grounds to X"; "took to Twitter to say" gives nothing)
    given = tree.child(head, "obj") is not None
    hearers = tree.children(head, "iobj") + [k for k in tree.children(head, "obl") if given and (
        case := tree.child(k, "case")) is not None and case.lemma in tree.lang.words["hearer_prepositions"]]
    return next((k for k in hearers if k.i < verb.i and _a_person(tree, k)), None)


def _a_person(tree: Tree, noun: Node) -> bool:
    """A person: a PERSON name, a personal pronoun of a person, or a role or group noun (not a place)."""
    return noun.entity == "PERSON" or person_object(tree, noun) or noun.lemma in tree.lang.role_nouns \
        or noun.lemma in tree.lang.group_nouns


def _own_speaker(tree: Tree, verb: Node) -> Optional[Node]:
    subjects = [k for k in tree.children(verb) if k.deprel in ("nsubj", "csubj")]
    if subjects:
        return nearest_subject(tree, verb, subjects)
    return agent(tree, verb) or acting_noun(tree, verb) or impersonal_body(tree, verb) or document_owner(tree, verb) \
        or noun_speaker(tree, verb)


def has_subject(tree: Tree, verb: Node) -> bool:
    """Whether a verb or clause has a subject of its own, a word, a clause or an expletive ("it is said")."""
    return any(k.rel in ("nsubj", "csubj", "expl") for k in tree.children(verb))


def document_owner(tree: Tree, verb: Node) -> Optional[Node]:
    """Whose document a subjectless verb cites: "В заявлении министерства говорится, что ..." ->
    министерства (the bare genitive on a noun of the pack's ``speech_events``)."""
    if has_subject(tree, verb):
        return None
    for kid in tree.children(verb, "obl"):
        if kid.lemma in tree.lang.words["speech_events"]:
            owner = next((n for n in tree.children(kid, "nmod") if tree.child(n, "case") is None), None)
            if owner is not None:
                return owner
    return None


def noun_speaker(tree: Tree, noun: Node) -> Optional[Node]:
    """The speaker of a verb the tagger read as a noun: the name it made the noun's modifier, right
    before it ("@JoshButler reports", "Reuters reports")."""
    if noun.upos != "NOUN":
        return None
    kids = [k for k in tree.children(noun, "compound", "nmod:poss", "nsubj") if k.i == noun.i - 1]
    return next((k for k in kids if k.upos == "PROPN" or k.entity in ("PERSON", "ORG") or _handle(k)), None)


def _handle(node: Node) -> bool:
    """A social network handle: "@JoshButler"."""
    return len(node.text) > 1 and node.text[0] == "@" and node.text[1:].replace("_", "").isalnum()


def verb_read_as_noun(tree: Tree, node: Node) -> bool:
    """A verb of speech that the tagger read as a noun with its speaker before it: with a clause of its
    own ("Senators crossed the floor, @JoshButler reports." as the noun's ccomp), or after a comma with
    nothing after it but the sentence end, wherever the parser hung it (an adverbial clause, an object)."""
    if node.upos != "NOUN" or tree.lang.verbs.get(node.lemma) != "speech" or noun_speaker(tree, node) is None:
        return False
    if tree.children(node, "ccomp"):
        return True
    before = tree.word_before(node)
    return before is not None and before.text == "," and all(n.upos == "PUNCT" for n in tree.nodes[node.i + 1:])


def impersonal_body(tree: Tree, verb: Node) -> Optional[Node]:
    """The body a subjectless plural verb speaks for: "В МЧС сообщили, что ..." -> МЧС.

    Only a body in a phrase with one of the pack's ``impersonal_source_prepositions``: a named
    one (an organization or place entity, or a proper noun) before the verb, or an organization
    or a noun of the pack's group nouns on either side ("сообщили в ГУ МВД", "сообщили журналистам
    в водоканале"; a place after the verb is where it was said).
    """
    if verb.feat("Number") != "Plur" or has_subject(tree, verb):
        return None
    for kid in tree.children(verb, "obl"):
        case = tree.child(kid, "case")
        if case is None or case.lemma not in tree.lang.words["impersonal_source_prepositions"]:
            continue
        if kid.entity == "ORG" or kid.lemma in tree.lang.group_nouns or \
                (kid.upos == "PROPN" or kid.entity == "GPE") and kid.i < verb.i:
            return kid
    return None


def acting_noun(tree: Tree, verb: Node) -> Optional[Node]:
    """The noun an -ing participle says something of: "candidates blasting Obama" -> candidates."""
    head = tree.head_of(verb)
    if verb.rel == "acl" and verb.ing_form and head is not None and head.upos in ("NOUN", "PROPN", "PRON"):
        return head
    return None


def conjuncts(tree: Tree, noun: Node) -> list[Node]:
    """The nouns coordinated with ``noun``, nested ones too, also where the parser hung the next
    one on its apposition: "an advocate, Ibragim Tatrov, and an activist, Leila Kostoeva" -> [activist]."""
    found = []
    for kid in [k for n in [noun, *tree.children(noun, "appos")] for k in tree.children(n, "conj")]:
        found.append(kid)
        found.extend(conjuncts(tree, kid))
    return found


def borrows_subject(tree: Tree, verb: Node) -> bool:
    """Whether ``verb`` speaks with its head's subject: "declined to say", "answered and said",
    "came to talk about", "spoke, echoing comments by Obama"."""
    if verb.rel in ("xcomp", "conj"):
        return True
    to_infinitive = verb.rel == "advcl" and infinitive(tree, verb)
    return to_infinitive or participle_of_subject(tree, verb)


def infinitive(tree: Tree, verb: Node) -> bool:
    """Whether a verb has its infinitive marker: "to win" in "expects to win"."""
    return any(k.lemma in tree.lang.words["infinitive_markers"] for k in tree.children(verb, "aux", "mark"))


def predicative(tree: Tree, word: Optional[Node]) -> bool:
    """Whether ``word`` is the predicative "as" of "sees Cruz as a uniter", "as he said"."""
    return word is not None and word.lemma in tree.lang.words["predicative_as"]


def person_object(tree: Tree, obj: Node) -> bool:
    """An object pronoun that names a person: "endorsed her" ("said it" says nothing)."""
    found = tree.lang.pronouns.get(obj.text.lower())
    return found is not None and found.case == "Acc" and found.gender != "Neut"


def _bid_after(tree: Tree, verb: Node, obj: Node) -> bool:
    """ "convince a court to throw out the rules": a hearer with a to-infinitive after it, what they
    are asked to do (a parser's advcl for the xcomp of "urged voters to reject")."""
    return tree.lang.hearer_verbs.get(verb.lemma) == "object" and any(
        k.i > obj.i and infinitive(tree, k) for k in tree.children(verb, "advcl"))


def _to_hearer_or_growth(tree: Tree, verb: Node, prep: Node) -> bool:
    """ "spoke to reporters" (the hearer), "added to her lead" (what grew): a to-phrase that is no topic."""
    lang = tree.lang
    return prep.lemma in lang.words["hearer_prepositions"] and (
        lang.hearer_verbs.get(verb.lemma) == "oblique" or verb.lemma in lang.words["growth_verbs"])


def topic_preposition(tree: Tree, phrase: Node) -> Optional[Node]:
    """The preposition of a phrase that can be what was said: "about the plan", "against raising taxes"."""
    if phrase.rel == "obl":
        case = tree.child(phrase, "case")
        return case if case is not None and topic_noun(phrase) else None
    mark = tree.child(phrase, "mark")
    if phrase.rel == "advcl" and phrase.ing_form and mark is not None \
            and mark.lemma not in tree.lang.words["means_subordinators"]:
        return mark
    if phrase.rel == "advcl" and mark is not None and mark.upos == "ADP" and _asks(tree, phrase, mark):
        return mark  # "talked about how she pushed the mayor", "argued over who had the better plan"
    return None


def _asks(tree: Tree, clause: Node, mark: Node) -> bool:
    """Whether the clause after a preposition opens with a question word: "about how she won", "over who won"."""
    after = next((n for n in tree.subtree(clause) if n.i > mark.i), None)
    return after is not None and after.lemma.lower() in tree.lang.words["question_words"]


def participle_of_subject(tree: Tree, verb: Node) -> bool:
    """ "Earnest spoke, echoing comments by Obama", "Responding to X, Clinton wrote": an -ing
    clause (or a converb, UD VerbForm=Conv: "..., заявив о планах") whose speaker is its head's subject."""
    head = tree.head_of(verb)
    return (verb.rel == "advcl" and (verb.ing_form or verb.feat("VerbForm") == "Conv") and head is not None
            and any(k.deprel == "nsubj" for k in tree.children(head)))


def demonstrative(tree: Tree, node: Node) -> bool:
    """A demonstrative ("this", "этом"): UD PronType=Dem, or one of the pack's ``demonstratives``
    where the tagger gives no PronType (natasha)."""
    return node.feat("PronType") == "Dem" or (node.upos in ("PRON", "DET")
                                              and node.lemma.lower() in tree.lang.words["demonstratives"])


def bare_demonstrative(tree: Tree, node: Node) -> bool:
    """A demonstrative pronoun alone with its preposition, wherever it stands: "X сообщила об этом вчера"
    (this -> the sentence before), not "об этом решении" (a topic of its own)."""
    return demonstrative(tree, node) and node.upos == "PRON" \
        and all(n.i == node.i or n.rel == "case" for n in tree.subtree(node))


def _opens_sentence(tree: Tree, phrase: Node) -> bool:
    """Whether ``phrase`` is the first words of its sentence: "Об этом сообщила X"."""
    return tree.subtree(phrase)[0].i == 0


def topic_noun(node: Node) -> bool:
    """A noun that can be what was said about: not a date, time or number ("on Friday")."""
    return node.upos in ("NOUN", "PROPN") and node.entity not in NOT_TOPICS


def as_predicate(tree: Tree, verb: Node) -> bool:
    """ "sees Cruz as a uniter", "regards the deal as a mistake": a view of someone, any verb class."""
    return any(predicative(tree, first := tree.subtree(k)[0]) and first.rel in ("case", "mark", "advmod")
               for k in tree.children(verb, "obl", "advcl", "xcomp"))


def clause_of(tree: Tree, node: Node) -> Optional[Node]:
    """The clause a modifier belongs to: the head, climbing out of case/fixed words."""
    head = tree.head_of(node)
    while head is not None and head.rel in ("case", "fixed", "mark"):
        head = tree.head_of(head)
    return head


def cue_lemma(tree: Tree, node: Node) -> str:
    """The word's lemma, mended by the language's grammar where a lemmatizer cut it ("hop" -> "hope")."""
    return tree.lang.grammar.mend_lemma(node.lemma.lower(), node.text, tree.lang.verbs)


def can_speak(tree: Tree, noun: Node) -> bool:
    """A name, a pronoun, a person or organization, a role or group noun: words that can speak."""
    return noun.upos in ("PROPN", "PRON") or noun.entity in ("PERSON", "ORG") \
        or noun.lemma in tree.lang.role_nouns or noun.lemma in tree.lang.group_nouns


def misread_auxiliary(tree: Tree, node: Node) -> bool:
    """A capitalised word inside the sentence tagged AUX that is no auxiliary of the language: the
    tagger's mistake for a name, as in '"...," DeBoer said' with "DeBoer" an auxiliary of "said"
    ("Having said that" opens its sentence; "DON'T" is a shout, "’s" a contraction)."""
    if node.upos != "AUX" or node.lemma.lower() in tree.lang.words["auxiliaries"]:
        return False
    text = node.text
    first = next((n for n in tree.nodes if n.upos != "PUNCT"), None)
    return text[:1].isupper() and not text.isupper() and text.isalpha() and first is not None and first.i != node.i


def said_predicate(tree: Tree, verb: Node) -> Optional[Node]:
    """What a free relative says something is: "grappling with what it says is a $14.5 billion deficit"
    -> deficit (the verb's clause is the subject of "is a ... deficit", its object the question word).
    Only inside a larger clause: "What he says is not important." says nothing of what he said."""
    obj, head = tree.child(verb, "obj"), tree.head_of(verb)
    if verb.rel != "csubj" or obj is None or obj.i > verb.i or obj.lemma.lower() not in tree.lang.words["question_words"]:
        return None
    if head is None or head.i < verb.i or head.rel == "root" or tree.child(head, "cop") is None:
        return None
    return head
