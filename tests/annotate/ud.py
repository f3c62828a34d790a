"""What the annotator tests read off a parse: one text's Document, a word's relation."""


def parse(annotator, text):
    """The Document ``annotator`` makes of ``text``."""
    return next(annotator.annotate([text]))


def rel(doc, text):
    """(deprel, head word text) of the first word ``text``."""
    for s in doc.sentences:
        for w in s.words:
            if w.text == text:
                return w.deprel, (s.words[w.head - 1].text if w.head else None)
    raise KeyError(text)
