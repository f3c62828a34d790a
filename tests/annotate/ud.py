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


def differences(a, b, path="doc", seen=None):
    """Where two stanza object graphs differ, field by field (``[]`` when they are the same).

    Objects are compared by type and every field of their ``__dict__`` (``__slots__`` for
    comments), lists and tuples item by item; a back-reference (a word's sentence) must point
    to the object at the same place in the other graph.
    """
    seen = {} if seen is None else seen
    if type(a) is not type(b):
        return [f"{path}: {type(a).__name__} != {type(b).__name__}"]
    if isinstance(a, (list, tuple)):
        if len(a) != len(b):
            return [f"{path}: {len(a)} items != {len(b)}"]
        return [d for k, (x, y) in enumerate(zip(a, b)) for d in differences(x, y, f"{path}[{k}]", seen)]
    fields = getattr(a, "__dict__", None)
    if fields is None and hasattr(type(a), "__slots__"):
        fields = {s: getattr(a, s) for s in type(a).__slots__}
        other = {s: getattr(b, s) for s in type(b).__slots__}
    elif fields is not None:
        other = vars(b)
    else:
        return [] if a == b else [f"{path}: {a!r} != {b!r}"]
    if id(a) in seen:
        return [] if seen[id(a)] is b else [f"{path}: points elsewhere"]
    seen[id(a)] = b
    if set(fields) != set(other):
        return [f"{path}: fields {sorted(set(fields) ^ set(other))}"]
    return [d for key in fields for d in differences(fields[key], other[key], f"{path}.{key}", seen)]
