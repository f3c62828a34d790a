"""The made-up language's grammar: nothing to mend, names have no article or possessive."""


def mend_lemma(lemma, text, verbs):
    return lemma


def strip_name(text):
    return text


def cue_takes(part):
    return part == "adverb"


def role_head_words(words, prepositions):
    return list(reversed(words))


def role_forms(word):
    return (word,)
