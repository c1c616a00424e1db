"""A letter's text against its incident facts sheet (clearnotice.facts): a phone, e-mail, web
address, date or enrolment code written out where the sheet has that fact, but not as its value.

A letter names its facts by placeholder (``{{ phone }}``), so a change reaches every language.
A value written out instead is an error, naming the fact, when

- it is a value the fact had before it changed (the facts sheet's audit log says which): the
  text was written for the old fact, such as a translation that kept the old phone; or
- in a translation, it stands in a segment whose English has the fact's placeholder, which the
  translation dropped, and it is not the fact's value.

The names the facts sheet holds (the organisation, the credit monitoring provider, the signer,
the data protection officer) are never translated: an English segment that writes one out must
have it as it is in its translation ("Acme Health" as "Salud Acme" names another organisation).

Other values of the same kind (a credit bureau's phone, the date a law took effect) are no fact
of the incident and are left alone. The finding changes what the letter says, so approval
refuses the text until it is corrected (clearnotice.translate.qa.CHANGES_FACTS).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clearnotice import facts
from clearnotice.model import Finding, Severity
from clearnotice.text import Block
from clearnotice.translate import entities as ent
from clearnotice.translate import names
from clearnotice.translate.languages import SOURCE_LANGUAGE

if TYPE_CHECKING:
    from clearnotice.letters import Store

RULE = "facts.wrong-value"
SOURCE = "incident facts sheet: each fact is typed once, on the Facts tab, and every text uses it"
# The facts sheet's kinds that a letter may write out, as the one recogniser names them.
_ENTITY_KIND = {
    "phone": ent.PHONE,
    "email": ent.EMAIL,
    "web": ent.URL,
    "date": ent.DATE,
    "code": ent.CODE,
}
# The facts that are names, which a translation keeps as they are: a name identifies, and
# translated it names another organisation or person to the reader. The supervisory authority
# is left out, as an authority's name has official translations ("Federal Trade Commission" is
# "Comisión Federal de Comercio" on the FTC's own Spanish pages).
NAME = "name"
_NAME_FIELDS = frozenset({"company_name", "monitoring_provider", "signer_name", "dpo_name"})
_NOUN = {
    ent.PHONE: "phone",
    ent.EMAIL: "e-mail address",
    ent.URL: "web address",
    ent.DATE: "date",
    ent.CODE: "code",
}


@dataclass(frozen=True)
class KnownFact:
    """One kept fact as the check compares it: the recogniser's keys of its value now, and of
    the values it had before. Frozen and hashable, so QA can stay cached by its arguments."""

    name: str
    label: str
    kind: str  # the entity kind (clearnotice.translate.entities)
    value: str
    keys: frozenset[str]
    former: frozenset[str]


def known_facts(
    kept: Mapping[str, str], former: Mapping[str, Iterable[str]] | None = None
) -> tuple[KnownFact, ...]:
    """The kept facts of the kinds a letter writes out, with the values they had ``former``ly."""
    former = former or {}
    known = []
    for field in facts.fields():
        kind = NAME if field.name in _NAME_FIELDS else _ENTITY_KIND.get(field.kind)
        if kind is None or field.name not in kept:
            continue
        value = kept[field.name]
        if kind == NAME:
            known.append(KnownFact(field.name, field.label, kind, value, frozenset(), frozenset()))
            continue
        keys = _keys(value, kind)
        before = frozenset().union(*(_keys(v, kind) for v in former.get(field.name, ())))
        known.append(KnownFact(field.name, field.label, kind, value, keys, before - keys))
    return tuple(known)


def known_for(store: Store, letter_id: int) -> tuple[KnownFact, ...]:
    """The known facts of letter ``letter_id`` (a variant's are its master's), read afresh."""
    return known_facts(*facts.facts_and_former(store, letter_id))


def text_findings(text: str, language: str, known: tuple[KnownFact, ...]) -> tuple[Finding, ...]:
    """Values in ``text`` (the English, or any text read on its own) that a fact had before.

    Read on its own, a text can only be wrong by a former value, so while no fact has changed
    (most letters, most edits) the text is not scanned at all: the findings report runs this
    on every edit, and recognising every entity of a whole letter is its cost."""
    if not any(k.former for k in known):
        return ()
    return tuple(_check(text, Block("", 0, len(text), text), language, known, (), frozenset()))


def segment_findings(
    source: Block, target: Block, language: str, known: tuple[KnownFact, ...], target_text: str
) -> list[Finding]:
    """Values in one translated segment that are not the facts they stand for: a former value
    of a fact, or a value written where the English names a fact the translation dropped."""
    english = ent.find_entities(source.text, SOURCE_LANGUAGE)
    names = {next(iter(e.keys)) for e in english if e.kind == ent.PLACEHOLDER_KIND}
    kept = {
        next(iter(e.keys))
        for e in ent.find_entities(target.text, language)
        if e.kind == ent.PLACEHOLDER_KIND
    }
    dropped = tuple(k for k in known if k.name in names - kept)
    written = frozenset().union(*(e.keys for e in english))
    return [
        *_check(target_text, target, language, known, dropped, written),
        *_names_translated(source, target, language, known, target_text),
    ]


def _names_translated(
    source: Block, target: Block, language: str, known: tuple[KnownFact, ...], target_text: str
) -> Iterator[Finding]:
    """The names of the facts sheet the English segment writes out and its translation does
    not keep as they are (_NAME_FIELDS; a name kept is names.kept's: "Acmes" in German)."""
    for k in known:
        if k.kind != NAME or not names.written(k.value, source.text):
            continue
        if names.kept(k.value, target.text, language):
            continue
        yield Finding(
            RULE,
            Severity.ERROR,
            f"The English names {k.value} (“{k.label}”, Facts tab) here; the translation does "
            f"not write it as it is. A name is not translated: write {{{{ {k.name} }}}}.",
            target.start,
            target.end,
            target_text[target.start : target.end],
            (f"{{{{ {k.name} }}}}",),
            SOURCE,
        )


def _check(
    text: str,
    block: Block,
    language: str,
    known: tuple[KnownFact, ...],
    dropped: tuple[KnownFact, ...],
    english: frozenset[str],
) -> Iterator[Finding]:
    """``dropped`` are the facts whose placeholder the English of this block has and the
    translation lost; ``english`` the keys of everything the English writes out itself."""
    for e in ent.find_entities(block.text, language):
        same = [k for k in known if k.kind == e.kind]
        if not same or any(e.keys & k.keys for k in same):
            continue
        fact = next((k for k in same if e.keys & k.former), None)
        why = "it is what that fact said before it changed"
        if fact is None and not e.keys & english:
            fact = next((k for k in dropped if k.kind == e.kind), None)
            why = f"the English has {{{{ {fact.name} }}}} here" if fact else ""
        if fact is None:
            continue
        noun = _NOUN[e.kind]
        start, end = block.start + e.start, block.start + e.end
        yield Finding(
            RULE,
            Severity.ERROR,
            f"The {noun} here, {e.text}, is not the incident's {noun} {fact.value} "
            f"(“{fact.label}”, Facts tab): {why}. Write {{{{ {fact.name} }}}} instead.",
            start,
            end,
            text[start:end],
            (f"{{{{ {fact.name} }}}}",),
            SOURCE,
        )


def _keys(value: str, kind: str) -> frozenset[str]:
    """What the one recogniser reads ``value`` as, when read as a ``kind``."""
    found = [e.keys for e in ent.find_entities(value, SOURCE_LANGUAGE) if e.kind == kind]
    return frozenset().union(*found)
