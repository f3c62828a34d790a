"""Annotators fill stanza's Document, the one document model of the project.

Every annotator yields, for each input text, a ``stanza.Document`` whose ``text`` is that
text exactly and whose words carry UD ``lemma``, ``upos``, ``feats``, ``head``, ``deprel``,
character offsets into the text, and entities (``doc.ents``, OntoNotes types such as
PERSON, ORG, GPE, NORP). Coreference chains (``doc.coref``) are filled where the
annotator has them (stanza with its coref model); the engine resolves pronouns itself
otherwise.

Which annotator: ``stanza`` (the neural pipeline, best quality, needs ``make models``),
``spacy`` (offline, en_core_web_sm converted to UD), or ``auto`` (stanza where its models
are installed, else spacy). ``load_annotator`` returns the chosen one; its ``name`` says
which ran.
"""
