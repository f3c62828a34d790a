"""Speakers that add up across a corpus: one speaker, one row, one id.

Within an article the engine already names a speaker by their fullest form. Across
articles, ``SpeakerRegistry`` merges the names that stand for one person:

- identical full names merge ("Elkhan Velizade" in two articles), honorifics aside
  ("Mr. Velizade" is "Velizade");
- a surname alone, or an initial and surname ("Velizade", "E. Velizade"), joins the one
  full name of the corpus it fits; where several fit ("Clinton": Hillary and Bill), it
  joins the one named in the same article, else the one whose role it shares, else it
  stays a speaker of its own in that article (with a low ``merge_confidence``): "Smith"
  in fifty articles that also name John, Anne and Paul Smith is fifty rows, not one;
- different first names or initials never merge ("Hillary Clinton", "Bill Clinton");
- organizations merge on their name without case, punctuation and the article before it
  (the pack's ``name_articles``: "The Anadolu Agency" is "Anadolu Agency").

``merge_confidence``: 1.0 for identical names; 0.9 for an initial, 0.8 for a surname that
fits one person only; 0.6 for one chosen by co-occurrence or role; 0.3 for one left alone.

``speaker_type`` comes from the roles (see ``speaker_type``).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Optional, Sequence

from quotes.dates import date_key
from quotes.lang import Language, load_language
from quotes.names import fits as name_fits
from quotes.names import fold
from quotes.names import name_tokens as _name_tokens
from quotes.types import Article, Claim

SPEAKER_TYPES = ("expert", "official", "journalist", "organization", "citizen", "unnamed", "unknown")
TYPE_ORDER = {t: k for k, t in enumerate(SPEAKER_TYPES)}


def speaker_type(roles: Sequence[str], kind: str, lang: Optional[Language] = None) -> str:
    """The type of a speaker from their kind and roles, read with the article's language pack
    (``lang``, English by default).

    Rule: an unnamed source is ``unnamed``; an organization ``organization``; else each
    role is lowercased, and its two- or three-word entries of the pack's speaker_types.tsv, then
    the words where its head may stand (the pack's grammar: "head of the council" -> head;
    "министр здравоохранения" -> министр), give its type; the type of most roles wins, ties by
    the order expert, official, journalist, organization, citizen. No role that says: ``unknown``.

    >>> speaker_type(["the Turkish Minister for Industries"], "person")
    'official'
    >>> speaker_type(["социолог из Махачкалы"], "person", load_language("ru"))
    'expert'
    """
    return _type_of(kind, role_votes(roles, lang or load_language("en")))


def role_votes(roles: Iterable[str], lang: Language) -> Counter:
    """How many of ``roles`` say each speaker type, by ``lang``'s table and grammar."""
    votes: Counter = Counter()
    for role in roles:
        found = _role_type(role, lang)
        if found:
            votes[found] += 1
    return votes


def _type_of(kind: str, votes: Counter) -> str:
    """The speaker type of ``kind`` with these votes of its roles."""
    if kind in ("group", "unnamed") or kind is None:
        return "unnamed"
    if kind == "organization":
        return "organization"
    if not votes:
        return "unknown"
    return min(votes, key=lambda t: (-votes[t], TYPE_ORDER.get(t, 99)))


def _role_type(role: str, lang: Language) -> Optional[str]:
    table = lang.speaker_types
    words = _words(role)
    for k in range(len(words) - 1):  # two-word entries first: "press secretary", "secretary of state"
        for n in (3, 2):
            if " ".join(words[k:k + n]) in table:
                return table[" ".join(words[k:k + n])]
    for w in lang.grammar.role_head_words(words, lang.words["role_prepositions"]):
        for form in lang.grammar.role_forms(w):
            if form in table:
                return table[form]
    return None


def _words(role: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'-]*", role.lower())


def role_head(role: str, lang: Optional[Language] = None) -> str:
    """What two roles share when they are one: the word where the head stands first, without case.

    >>> role_head("Political analyst") == role_head("a political analyst of the institute") == "analyst"
    True
    """
    lang = lang or load_language("en")
    words, prepositions = _words(role), lang.words["role_prepositions"]
    if not words or words[0] in prepositions:
        return ""  # "of the council": no head before the complement
    return lang.grammar.role_head_words(words, prepositions)[0]


def name_tokens(name: str, language: str = "en") -> list[str]:
    """A person's name as lowercase tokens without honorifics: "Mr. E. Velizade" -> ["e", "velizade"]."""
    return _name_tokens(name, load_language(language).honorifics)


def org_key(name: str, lang: Language) -> str:
    """ "The Anadolu Agency" -> "anadolu agency": no case, punctuation or article of the pack before it."""
    key = " ".join(re.sub(r"[^\w\s]", " ", fold(name)).split())
    return key.partition(" ")[2] if opens_with_article(key, lang) else key


def opens_with_article(name: str, lang: Language) -> bool:
    """Whether a name starts with an article of its pack: "the Anadolu Agency" (a name may drop it)."""
    first, space, _ = name.lower().partition(" ")
    return bool(space) and first in lang.words["name_articles"]


def slug(name: str) -> str:
    """A speaker id from a name, in its own script: "Elkhan Velizade" -> "elkhan-velizade",
    "Руслан Кутаев" -> "руслан-кутаев" (ASCII only would give every Cyrillic name "speaker")."""
    latin = "".join(f if (f := fold(c)).isascii() else c.lower() for c in name)  # "ç" -> "c", "й" stays
    return re.sub(r"[\W_]+", "-", latin).strip("-") or "speaker"


@dataclass
class _Record:
    """What is known of one name in one article (small: no claims kept)."""

    name: str
    kind: str
    lang: Language  # the article's pack: its roles are read in its language
    roles: Counter = field(default_factory=Counter)
    orgs: Counter = field(default_factory=Counter)
    claims: int = 0
    articles: set = field(default_factory=set)
    dates: set = field(default_factory=set)


@dataclass(frozen=True)
class SpeakerEntry:
    """A resolved speaker: stable id, canonical name, type and how sure the merge is."""

    speaker_id: str
    name: str
    speaker_type: str
    merge_confidence: float


class SpeakerRegistry:
    """Accumulates the named speakers of a run; ``resolve`` merges them across articles."""

    def __init__(self, lang: Optional[Language] = None):
        self.lang = lang or load_language("en")  # the pack of an article whose language is not known
        self.records: dict[tuple[str, str, str], _Record] = {}

    def add(self, article: Article, claims: Sequence[Claim]) -> None:
        """Count the claims of one article by speaker (unnamed sources are not speakers)."""
        for c in claims:
            if not c.speaker:
                continue
            key = (article.id, c.speaker, c.speaker_kind)
            rec = self.records.setdefault(key, _Record(c.speaker, c.speaker_kind, self.lang.for_language(article.language)))
            rec.claims += 1
            rec.articles.add(article.id)
            if c.role:
                rec.roles[c.role] += 1
            if c.organization:
                rec.orgs[c.organization] += 1
            if article.meta.get("date"):
                rec.dates.add(str(article.meta["date"]))

    def resolve(self) -> "SpeakerDirectory":
        """Merge the names into speakers (deterministic: independent of the order of ``add``)."""
        groups: dict[str, list[tuple]] = {}
        confidence: dict[tuple, float] = {}
        keys = sorted(self.records)
        names = _PersonNames({k: _name_tokens(k[1], self.records[k].lang.honorifics)  # titles of its own language
                              for k in keys if k[2] == "person"}, self.records)
        for k in keys:
            if k[2] == "person":
                target, conf = names.group(k)
            else:
                target, conf = "org:" + org_key(k[1], self.records[k].lang), 1.0
            groups.setdefault(target, []).append(k)
            confidence[k] = conf
        return SpeakerDirectory(self, groups, confidence)


class _PersonNames:
    """The person names of a run, indexed so that each short name finds its full names at once."""

    def __init__(self, tokens: Mapping[tuple, list[str]], records: Mapping[tuple, _Record]):
        self.tokens = tokens
        self.records = records
        self.by_surname: dict[str, list[str]] = {}  # surname -> full names ("elkhan velizade")
        self.in_article: dict[str, set] = {}
        self.roles_of: dict[str, set] = {}
        for key, t in tokens.items():
            joined = " ".join(t)
            self.in_article.setdefault(key[0], set()).add(joined)
            self.roles_of.setdefault(joined, set()).update(role_head(r, records[key].lang) for r in records[key].roles)
        for joined in sorted({" ".join(t) for t in tokens.values() if _is_full(t)}):
            self.by_surname.setdefault(joined.split()[-1], []).append(joined)

    def group(self, key: tuple) -> tuple[str, float]:
        """The group of a person's name and how sure that is: "Velizade" joins "Elkhan Velizade"."""
        tokens = self.tokens[key]
        joined = " ".join(tokens)
        if _is_full(tokens):
            return "person:" + joined, 1.0
        candidates = self.by_surname.get(tokens[-1], []) if tokens else []
        fits = [f for f in candidates if f != joined and name_fits(tokens, f.split())]
        if len(fits) == 1:
            return "person:" + fits[0], 0.9 if len(tokens) > 1 else 0.8
        if len(fits) > 1:
            here = [f for f in fits if f in self.in_article.get(key[0], set())]
            if len(here) == 1:
                return "person:" + here[0], 0.6
            roles = {role_head(r, self.records[key].lang) for r in self.records[key].roles} - {""}
            shared = [f for f in fits if roles & self.roles_of.get(f, set())]
            if len(shared) == 1:
                return "person:" + shared[0], 0.6
            # several people fit: the bare name stays alone in its article, never one row for them all
            return f"person:{joined}@{key[0]}", 0.3
        return "person:" + joined, 1.0


def _is_full(tokens: list[str]) -> bool:
    """A first name and a surname, no initials: ["elkhan", "velizade"]."""
    return len(tokens) > 1 and not any(len(t) == 1 for t in tokens[:-1])


class SpeakerDirectory:
    """The merged speakers of a run: look one up by (article, name), or list them all."""

    def __init__(self, registry: SpeakerRegistry, groups: dict, confidence: dict):
        self._entries: dict[tuple, SpeakerEntry] = {}
        self._rows: list[dict] = []
        used: Counter = Counter()
        types = _RoleTypes()
        for target in sorted(groups):
            members = groups[target]
            recs = [registry.records[k] for k in members]
            name = _canonical(recs)
            base = slug(name)
            used[base] += 1
            sid = base if used[base] == 1 else f"{base}-{used[base]}"
            roles = _added(r.roles for r in recs)
            kind = recs[0].kind
            stype = _type_of(kind, _added(types.votes(r.roles, r.lang) for r in recs))
            conf = min(confidence[k] for k in members)
            for k in members:
                self._entries[k[:2]] = SpeakerEntry(sid, name, stype, confidence[k])
            self._rows.append(_row(sid, name, stype, kind, recs, roles, conf))
        self._rows.sort(key=lambda r: (-r["claim_count"], r["speaker"]))

    def lookup(self, article_id: str, speaker: Optional[str], claim: Optional[Claim] = None) -> Optional[SpeakerEntry]:
        """The merged speaker of ``speaker`` as named in ``article_id``; None for unnamed sources."""
        if not speaker:
            return None
        return self._entries.get((article_id, speaker))

    def rows(self) -> list[dict]:
        """One dict per speaker, most quoted first (the Speakers sheet)."""
        return list(self._rows)


def _added(counters: Iterable[Counter]) -> Counter:
    """The counts of ``counters`` added up, in the order ``sum(counters, Counter())`` gives, in one Counter.

    (``sum`` builds a new Counter at each step: a speaker named in hundreds of articles made it quadratic.)

    >>> _added([Counter({"analyst": 2}), Counter({"expert": 1, "analyst": 1})])
    Counter({'analyst': 3, 'expert': 1})
    """
    total: Counter = Counter()
    for counter in counters:
        total.update(counter)  # every count is positive, so nothing that ``+`` would drop
    return total


class _RoleTypes:
    """The speaker type of each role, read once per role and pack (``role_votes`` reads every mention)."""

    def __init__(self):
        self.known: dict[tuple[str, int], Optional[str]] = {}

    def votes(self, roles: Counter, lang: Language) -> Counter:
        """``role_votes(roles.elements(), lang)``: each role votes as often as it was given.

        >>> _RoleTypes().votes(Counter({"political analyst": 2, "minister": 1}), load_language("en"))
        Counter({'expert': 2, 'official': 1})
        """
        votes: Counter = Counter()
        for role, n in roles.items():
            key = (role, id(lang))
            found = self.known[key] if key in self.known else self.known.setdefault(key, _role_type(role, lang))
            if found:
                votes[found] += n
        return votes


def _canonical(recs: Sequence[_Record]) -> str:
    """The name of a group: the longest form, the most frequent among equals, then alphabetical."""
    counts: Counter = Counter()
    langs: dict[str, Language] = {}
    for r in recs:
        counts[r.name] += r.claims
        langs.setdefault(r.name, r.lang)
    def rank(n: str) -> tuple:
        tokens = _name_tokens(n, langs[n].honorifics)
        initials = any(len(t) == 1 for t in tokens[:-1])
        return (initials, opens_with_article(n, langs[n]), -len(tokens), -counts[n], n)

    return min(counts, key=rank)


def _row(sid: str, name: str, stype: str, kind: str, recs, roles: Counter, conf: float) -> dict:
    orgs = _added(r.orgs for r in recs)
    articles = sorted(set().union(*(r.articles for r in recs)))
    dates = sorted(set().union(*(r.dates for r in recs)), key=date_key)
    return {
        "speaker_id": sid, "speaker": name, "speaker_type": stype, "speaker_kind": kind,
        "roles": "; ".join(r for r, _ in roles.most_common()),
        "organization": orgs.most_common(1)[0][0] if orgs else None,
        "claim_count": sum(r.claims for r in recs), "articles": len(articles),
        "article_ids": "; ".join(articles), "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None, "merge_confidence": conf,
        "variants": "; ".join(sorted({r.name for r in recs})),
    }
