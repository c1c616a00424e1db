"""A value of a sentence kept in its translation but playing another role there, as the
words beside it tell: another part of a legal reference, another unit of time, the other end,
the other bound."""

from __future__ import annotations

from collections.abc import Callable

from clearnotice import caches
from clearnotice.model import Finding
from clearnotice.translate import entities as ent
from clearnotice.translate.alignment import SentencePair
from clearnotice.translate.languages import SOURCE_LANGUAGE
from clearnotice.translate.qa.matching import by_key, only
from clearnotice.translate.qa.pairs import joined, span
from clearnotice.translate.qa.rules import KIND_LABEL, finding

# What a number does in its sentence, as the words beside it tell (entities.cited_part,
# unit_of, bound): a reading of ``text`` around an entity in a language, or None.
Role = Callable[[str, ent.Entity, str], str | None]
# How a changed role is told: from the English entity and its translation, and their roles.
Told = Callable[[ent.Entity, ent.Entity, str, str], str]


# The kinds of value a role is read for (each role check asks for some of them).
_ROLE_KINDS = (ent.NUMBER, ent.AMOUNT, ent.PERCENT, ent.DATE, ent.TIME)


def _values(text: str, language: str, kinds: tuple[str, ...], *, clear: bool) -> list[ent.Entity]:
    """The entities of ``kinds`` in ``text`` and its numbers in words (only the words that are
    nothing else, when ``clear``); with dates, the dates it names by words ("that date"), and
    with times, unless ``clear``, the hours it writes as bare numbers ("las 5 de la tarde")."""
    found, spelled = _read(text, language, clear=clear)
    return [*(e for e in found if e.kind in kinds), *spelled]


@caches.of_text(256)
def _read(
    text: str, language: str, *, clear: bool
) -> tuple[tuple[ent.Entity, ...], tuple[ent.Entity, ...]]:
    """_values of every role's kinds, the numbers in words apart: read once per sentence for
    the four role checks, each of which keeps its own kinds."""
    found = [e for e in ent.find_entities(text, language) if e.kind in _ROLE_KINDS]
    named = ent.dates_named(text, language)
    hours = () if clear else ent.bare_hours(text, language)
    return (*found, *named, *hours), ent.number_words(text, language, ambiguous=not clear)


@caches.of_text(256)
def _twins(
    english: str, translated: str, language: str, kinds: tuple[str, ...]
) -> tuple[tuple[ent.Entity, ent.Entity], ...]:
    """Each value of ``english`` with the one value of ``translated`` that answers it; a value
    standing twice on either side is left alone, as which is which cannot be told. Kept per
    sentence pair and kinds: the part and the end checks ask for the same."""
    said = _values(english, SOURCE_LANGUAGE, kinds, clear=True)
    heard = _values(translated, language, kinds, clear=False)
    said_by, heard_by = by_key(said), by_key(heard)
    pairs = []
    for s in said:
        twin = only(heard_by, s.keys)
        if twin is not None and only(said_by, s.keys) is not None:
            pairs.append((s, heard[twin]))
    return tuple(pairs)


def _at(pair: SentencePair, entity: ent.Entity) -> tuple[int, int]:
    """Where ``entity``, found in the pair's translated sentences joined by one space, stands in
    the letter: exactly in a single sentence, else the sentences' whole span."""
    if len(pair.target) != 1:
        return span(pair.target)
    start = pair.target[0].start + entity.start
    return start, start + len(entity.text)


def _role_findings(
    pair: SentencePair,
    language: str,
    target_text: str,
    kinds: tuple[str, ...],
    role: Role,
    told: Told,
) -> list[Finding]:
    """Values of the English whose translation plays another ``role`` in its sentence. A role
    the translation leaves unsaid is not told: it may be in words QA does not read."""
    english, translated = joined(pair.source), joined(pair.target)
    found = []
    for s, t in _twins(english, translated, language, kinds):
        said, heard = role(english, s, SOURCE_LANGUAGE), role(translated, t, language)
        if said is not None and heard is not None and said != heard:
            rule = KIND_LABEL[s.kind if s.kind in KIND_LABEL else ent.NUMBER][1]
            found.append(
                finding(
                    rule,
                    told(s, t, said, heard),
                    *_at(pair, t),
                    target_text,
                    source_sentence=english,
                )
            )
    return found


def part_findings(pair: SentencePair, language: str, target_text: str) -> list[Finding]:
    """A number of a legal reference that names another part in the translation ("Article
    33(3)" as "artículo 3, apartado 33": 33 is an article in the English, a paragraph in the
    translation), told by the words before each number (entities.cited_part)."""
    return _role_findings(
        pair,
        language,
        target_text,
        (ent.NUMBER,),
        ent.cited_part,
        lambda s, t, part, other: (
            f"{s.text} numbers the {part} in the English and the {other} in the translation: "
            "the reference points elsewhere."
        ),
    )


def unit_findings(pair: SentencePair, language: str, target_text: str) -> list[Finding]:
    """A number whose unit of time changed ("24 months" as "24 años", "$25 per month" as "25 $
    al año"): the number is kept, what it counts is not (entities.unit_of)."""
    return _role_findings(
        pair,
        language,
        target_text,
        (ent.NUMBER, ent.AMOUNT),
        ent.unit_of,
        lambda s, t, unit, other: (
            f"The English counts {s.text} in {unit}s here; the translation counts {t.text} in "
            f"{other}s."
        ),
    )


def end_findings(pair: SentencePair, language: str, target_text: str) -> list[Finding]:
    """A count from the other end in the translation ("the last 4 digits" as "les 4 premiers
    chiffres"): the number is kept, the part of the thing it names is not (entities.end_of)."""
    return _role_findings(
        pair,
        language,
        target_text,
        (ent.NUMBER,),
        ent.end_of,
        lambda s, t, end, other: (
            f"The English says the {end} {s.text} here; the translation says the {other} "
            f"{t.text}: another part is named."
        ),
    )


def _bound_words(side: str, entity: ent.Entity) -> str:
    """How a bound of ``entity`` is told: "at least"/"at most", "from"/"by" for a date."""
    if entity.kind in (ent.DATE, ent.TIME):
        return "from" if side == ent.AT_LEAST else "by"
    return side


def bound_findings(pair: SentencePair, language: str, target_text: str) -> list[Finding]:
    """A number, date or time the English bounds one way and the translation the other ("at
    least 18" as "menos de 18", "by June 30" as "après le 30 juin"): the value is the same, the
    limit it sets is turned round (entities.bound)."""
    return _role_findings(
        pair,
        language,
        target_text,
        (ent.NUMBER, ent.AMOUNT, ent.PERCENT, ent.DATE, ent.TIME),
        ent.bound,
        lambda s, t, side, other: (
            f"The English says {_bound_words(side, s)} {s.text} here; the translation says "
            f"{_bound_words(other, t)} {t.text}: the limit is turned round."
        ),
    )
