"""The names an English letter gives, and whether a translation writes each as it is written.

A name identifies: "Jane Smith" signs the letter, "Green Bank, N.A." is the bank a reader calls.
Translated ("Mark Baker" as "Marca Panadero", "Green Bank" as "Banco Verde"), reordered
(Apertium's "Smith de Jane"), or with its middle initial dropped, it names someone else, and no
other check sees it: the words around it read well. So a translated row must write each name its
English writes, as the English writes it, allowing only what translations do with a name:

- a case ending where the language declines names, foreign ones too (German "Acmes", Polish
  "Smitha", "Anny" for "Anna", Finnish "Smithille", Turkish "Smith'e": names.yml, ``declined``);
- the organisation's own name in the language, when the glossary lists it as the approved
  translation of the name (glossary/<language>.yml, a term that is the name);
- a legal form kept or left out ("Acme Inc." or "Acme"): the name is the words before it;
- a script other than Latin: a row written mostly in another script may transliterate a name
  ("Джейн Смит", "简·史密斯"), which QA cannot check, so such a row is not judged.

Which names, and how much a change matters:

- a person (the greeting's, a title's, the signature's: clearnotice.personal_data.names_in) and
  an organisation named with its legal form ("Example Outfitters Inc.", "Green Bank, N.A.") are
  errors when not kept: who writes, signs or is to be called is a fact of the letter, as a phone
  number is, and these are names by their place or their form, whatever their words mean;
- any other run of capitalised words, or capitalised word alone inside a sentence, is a name
  only when one of its words is in no English dictionary ("Northway Credit Watch", "Equifax"):
  a coined word is a brand's or a place's. Lost,
  it is a warning, as the reviewer judges it: an organisation may have an official name in the
  language ("Federal Trade Commission" is "Comisión Federal de Comercio" on the FTC's own pages)
  and a capitalised run of ordinary words is as often a title or a heading's words as a name
  ("Rose Hill Clinic" may be "Clínica Rose Hill"), so runs of dictionary words are not judged.

A person found by their place is then looked for in every row ("Mark Baker" who signs is
"Mark Baker" in "call Mark Baker"); one named only inside a sentence, in dictionary words and
with no title, is not found, nor is a coined name when no English dictionary is installed. The
names of the incident's facts sheet are judged by clearnotice.translate.fact_check, by ``kept``
here: a name is one finding, not two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from clearnotice import caches
from clearnotice.datafiles import Shape, TextList, load
from clearnotice.disjoint_spans import DisjointSpans
from clearnotice.grammar import spelling
from clearnotice.model import Finding, Severity
from clearnotice.personal_data import names_in
from clearnotice.text import HEADING, Block, blocks, split_sentences
from clearnotice.translate.glossary import Glossary

RULE = "translation.name"
SOURCE = "translation QA: a name is written as it is, never translated"
NAMES = Path(__file__).with_name("names.yml")

PERSON = "person"
ORGANISATION = "organisation"
COINED = "coined"  # a run of capitalised words holding a word no English dictionary has

# A run of capitalised words in the English, with the small words names hold ("Bank of America",
# "Johnson & Johnson"): a name or a title, kept as it is in any language. It starts at the first
# capital of a word (what comes before it in the word is passed over once, not kept): tried from
# every capital, a word of 6,000 capitals was read to its end from each; a run from a later
# capital of a word ends where the one from its first does.
_SMALL = r"(?:of|and|&|the|for|de|del|la)"
NAME_RUN = re.compile(
    r"(?<![\w'’.-])(?:[^\WA-Z]|['’.-])*+"
    rf"([A-Z][\w'’.-]*(?:(?:[ \t]+{_SMALL})*[ \t]+[A-Z][\w'’.-]*)+)"
)
_CAPITALISED = r"[A-Z](?:\.(?=[ \t])|[\w'’&-]*)"  # a capitalised word, or an initial
_TOKEN = re.compile(r"\S+")
# A capitalised word alone, inside a sentence ("Equifax", "TransUnion"), not one of a run.
_ONE_WORD = re.compile(r"(?<![\w'’&.-])[A-Z][a-z]+(?:[A-Z][a-z]+)*(?![\w'’&-])")
_LEADING_SMALL = re.compile(rf"^(?:{_SMALL}[ \t]+)+")
# What a run of capitalised words takes from the sentence after its last word ("Watch."), but
# for an initial's full stop ("Jane Q.").
_TRAILING = re.compile(r"(?<=\w{2})[.'’-]+$")
# Letters of the Latin script: a row with fewer of them than of others is in another script.
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# a letter of any script (and the few numerals that are no digit, "½", "Ⅻ": a word's all the same)
_LETTER = re.compile(r"[^\W\d_]")


class _NamesFile(Shape):
    legal_forms: TextList
    declined: TextList
    ending: int


@cache
def _data() -> _NamesFile:
    return load(NAMES, _NamesFile)


@cache
def _legal_form() -> re.Pattern[str]:
    """An organisation's name ending in a legal form: the name is group ``name``."""
    forms = "|".join(re.escape(f) for f in sorted(_data().legal_forms, key=len, reverse=True))
    small = r"(?:[ \t]+(?:of|&))?"
    return re.compile(
        rf"(?<![\w'’.-])(?P<name>{_CAPITALISED}(?:{small}[ \t]+{_CAPITALISED}){{0,3}})"
        rf",?[ \t]+(?:{forms})(?![\w])"
    )


@dataclass(frozen=True)
class Name:
    text: str
    kind: str

    @property
    def severity(self) -> Severity:
        return Severity.WARNING if self.kind == COINED else Severity.ERROR


@caches.of_text(64)
def names_given(english: str) -> tuple[Name, ...]:
    """The names ``english`` (a whole letter) gives, each once, the longest first."""
    found: dict[str, str] = {}
    for person in names_in(english):
        found.setdefault(person, PERSON)
    for m in _legal_form().finditer(english):
        named = _after_of(m.group("name"))
        name = _without_sentence_word(named, english, m.end("name") - len(named))
        if name:
            found.setdefault(name, ORGANISATION)
    known = {" ".join(name.split()) for name in found}
    for block in blocks(english):
        if block.kind != HEADING:
            for sentence in split_sentences(block.text, block.start):
                for name in _coined_names(sentence.text, sentence.start, english, known):
                    found.setdefault(name, COINED)
    return tuple(Name(t, k) for t, k in sorted(found.items(), key=lambda i: -len(i[0])))


def _coined_names(sentence: str, start: int, english: str, known: set[str]) -> Iterator[str]:
    """The names holding a coined word that ``sentence`` (at ``start`` in ``english``) writes:
    a capitalised word alone inside it ("Equifax"), or a run of them ("Northway Credit Watch")
    unless it holds a person's or an organisation's name of ``known`` ("Mr. Nowak", "Deutsche
    Bank GmbH"), which is judged as that name."""
    found = list(NAME_RUN.finditer(sentence))
    runs = DisjointSpans.covering(m.span(1) for m in found)
    for m in _ONE_WORD.finditer(sentence):
        if m.start() and not runs.overlaps(m.start(), m.end()) and _coined(m.group()):
            yield m.group()
    for m in found:
        run = _without_sentence_word(m.group(1), english, start + m.start(1))
        # "Equifax and TransUnion" are two names, whose "and" is translated
        for name in re.split(r"[ \t]+and[ \t]+", _TRAILING.sub("", run)):
            if _coined(name) and not _holds(name, known):
                yield name


# The most words a name of a person or an organisation holds, as _holds looks for one.
MAX_NAME_WORDS = 8


def _holds(run: str, known: set[str]) -> bool:
    """Whether the words of ``run`` hold one of ``known`` (names, their words one space apart)
    as words of their own, not inside one ("Acme" is in "Acme Health", not in "Acmeway")."""
    words = run.split()
    return any(
        " ".join(words[i:j]) in known
        for i in range(len(words))
        for j in range(i + 1, min(len(words), i + MAX_NAME_WORDS) + 1)
    )


def _after_of(name: str) -> str:
    """The organisation a legal form ends, of a run joined by "of": all of it when one word
    follows "of" ("Bank of America"), else what follows, a name itself ("Jane Smith of Rose Hill
    Clinic LLC" is "Rose Hill Clinic")."""
    _, of, after = name.rpartition(" of ")
    return after if of and len(after.split()) >= 2 else name


def _without_sentence_word(name: str, text: str, start: int) -> str:
    """``name`` without its first word when that word opens a sentence or line and is an
    ordinary English word ("Contact Acme Inc.", "Please"), and without the small words that
    then lead it ("Contact the Canadian Anti-Fraud Centre"): that capital is the sentence's."""
    first, _, rest = name.partition(" ")
    before = text[max(0, start - 8) : start].rstrip(' \t*_"“(')
    opens = not before or before[-1] in ".!?:\n"
    if opens and rest and _ordinary(first):
        return _LEADING_SMALL.sub("", rest.strip())
    return name


def _ordinary(word: str) -> bool:
    english = spelling.speller_for("en")
    bare = word.strip(".'’-")
    return english is not None and bool(bare) and english.knows(bare.lower())


# British spellings the American dictionary installed lacks ("Centre", "Colour", "Organisation"),
# as their American forms: no coined words (New Oxford Style Manual, 2016, 3.1 and 3.2).
_BRITISH = ((re.compile(r"re$"), "er"), (re.compile(r"our$"), "or"), (re.compile(r"is"), "iz"))


def _coined(name: str) -> bool:
    """Whether a word of ``name`` is in no English dictionary, in any case nor in its American
    spelling ("Northway", not "Centre")."""
    english = spelling.speller_for("en")
    if english is None:
        return False
    for w in re.findall(r"[^\W\d_]+", name):
        if len(w) <= 2 or w.rstrip("s").isupper() or english.knows(w):
            continue
        if not any(english.knows(p.sub(r, w, count=1)) for p, r in _BRITISH if p.search(w)):
            return True
    return False


def _pattern(words: list[str], declined: bool) -> str:
    ending = _data().ending
    parts = []
    for w in words:
        if declined and w[-1:].isalpha():
            stem = re.escape(w[:-1]) if len(w) >= 4 else re.escape(w)
            parts.append(rf"(?:{re.escape(w)}|{stem})(?:['’]?[^\W\d_]{{0,{ending}}})")
        else:
            parts.append(re.escape(w))
    return r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)"


def kept(name: str, text: str, language: str, glossary: Glossary | None = None) -> bool:
    """Whether ``text``, in ``language``, writes ``name`` as it is written, or as the language
    declines it, or as the glossary's approved name for it."""
    words = name.split()
    if written(name, text):
        return True
    declined = language.split("-")[0] in _data().declined
    if declined and re.search(_pattern(words, True), text):
        return True
    terms = glossary.terms if glossary else ()
    return any(t.term.casefold() == name.casefold() and t.approved_in(text) for t in terms)


def written(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` exactly, as whole words."""
    return re.search(_pattern(name.split(), False), text) is not None


def _other_script(text: str) -> bool:
    return 2 * len(_LATIN.findall(text)) < len(_LETTER.findall(text))


def findings(
    source: Block,
    target: Block,
    language: str,
    given: tuple[Name, ...],
    target_text: str,
    glossary: Glossary | None = None,
    judged_elsewhere: frozenset[str] = frozenset(),
) -> list[Finding]:
    """A finding for each name of ``given`` that the English row ``source`` writes and its
    translation ``target`` does not keep; ``judged_elsewhere`` are names another check judges
    (the facts sheet's). A shorter name inside a longer one the row writes is the longer's."""
    if _other_script(target.text):
        return []
    found = []
    covered: list[str] = []
    for name in given:
        # a name's first word not in the row (most names, most rows) is looked for no further
        if name.text.split()[0] not in source.text or name.text in judged_elsewhere:
            continue
        if not written(name.text, source.text):
            continue
        if any(_holds(longer, {" ".join(name.text.split())}) for longer in covered):
            continue
        covered.append(name.text)
        if kept(name.text, target.text, language, glossary):
            continue
        found.append(
            Finding(
                RULE,
                name.severity,
                _message(name, target.text),
                target.start,
                target.end,
                target_text[target.start : target.end],
                (name.text,),
                SOURCE,
            )
        )
    return found


def _message(name: Name, translation: str) -> str:
    tokens = _TOKEN.findall(name.text)
    present = {t.strip(",.;:") for t in _TOKEN.findall(translation)}
    lost = [t for t in tokens if t.strip(",.;:") not in present]
    if not lost:
        how = "its words stand in another order"
    else:
        how = f"“{' '.join(lost)}” is not there (translated or dropped?)"
    what = {
        PERSON: "A person's name is never translated, reordered or shortened",
        ORGANISATION: "An organisation's name is not translated",
        COINED: (
            "A name is not translated, unless the organisation has an official name in this "
            "language"
        ),
    }[name.kind]
    return f"The English names {name.text} here; in the translation {how}. {what}."
