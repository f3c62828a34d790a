"""Annotators that tests wrap around a real one."""


class Counting:
    """The wrapped annotator, recording the texts it is asked to parse (in ``parsed``)."""

    def __init__(self, inner):
        self.inner, self.parsed = inner, []
        self.name, self.version_key, self.description, self.models = (
            inner.name, inner.version_key, inner.description, inner.models)

    def annotate(self, texts):
        texts = list(texts)
        self.parsed += texts
        return self.inner.annotate(texts)
