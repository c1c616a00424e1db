"""Text of a translation that is not in its language: a segment left in English as it was
(prose, or a heading, not a name kept as it is), or sentences that read as another language."""

from __future__ import annotations

from collections import Counter
from functools import cached_property

from clearnotice.languages import language_name
from clearnotice.model import Finding
from clearnotice.text import HEADING, Block, split_sentences, word_texts, words
from clearnotice.translate import entities as ent
from clearnotice.translate.alignment import Segment
from clearnotice.translate.language_id import (
    MIN_LATIN_WORDS_KEPT,
    left_in_latin,
    own_function_words,
    reads_as,
)
from clearnotice.translate.languages import SOURCE_LANGUAGE
from clearnotice.translate.qa.rules import finding

LANGUAGE_SOURCE = "guidance: write to customers in their own language"

# Text left as it was: at least this many words, so names and signatures are not flagged.
# (A segment identical to its English is reported when it reads as English, or as prose: see
# _prose.)
UNTRANSLATED_MIN_WORDS = 3
# The rule of a row left in English (QAReport.untranslated lists those rows).
UNTRANSLATED = "translation.untranslated"


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def _prose(text: str, language: str) -> bool:
    """Whether ``text`` is prose rather than a name, title or address: at least
    UNTRANSLATED_MIN_WORDS words once its e-mails, web addresses, phones and codes are set
    aside, and at least half of them in lower case ("What is a privacy breach?" is prose;
    "Doctors' Center Hospital" or "Chief Privacy Officer" is not). A heading or a short line is
    prose too, though it has too few function words for reads_as to tell its language."""
    rest = list(text)
    for e in ent.find_entities(text, language):
        rest[e.start : e.end] = " " * (e.end - e.start)
    found = words("".join(rest))
    lower = sum(w.text[0].islower() for w in found)
    return len(found) >= UNTRANSLATED_MIN_WORDS and 2 * lower >= len(found)


# A title in title case keeps its short function words in lower case ("Step 1: Preliminary
# Assessment and Containment"; The Chicago Manual of Style, 8.159: articles, conjunctions and
# prepositions stay lower case); a longer word in lower case makes the line prose, which _prose
# judges.
TITLE_SMALL_WORD = 4
# A heading of two words may be left in English too ("What Happened"), but only when both are
# the English's ordinary words (_english_heading_kept), as a name of two is common.
HEADING_MIN_WORDS = 2


def _capitalised(found: list[str]) -> bool:
    """Whether ``found`` is written as a heading: all in capitals, or every word capitalised
    but the short function words."""
    if all(w.isupper() for w in found):
        return True
    return all(w[0].isupper() or len(w) <= TITLE_SMALL_WORD for w in found)


class WholeLetter:
    """What language_findings reads of the whole letter beyond a row, read once per letter:
    which rows translate each English line (_translated_elsewhere) and how often each word
    stands in either text (_english_heading_kept). Read again for each row, a pasted run of
    thousands of one-line rows grew as the square of the run."""

    def __init__(self, segments: tuple[Segment, ...], source_text: str, target_text: str):
        self.source_text = source_text
        self.target_text = target_text
        # the rows whose English line is translated (their translation says something else)
        self.translated: dict[str, list[int]] = {}
        for seg in segments:
            if seg.paired:
                line = _bare_line(seg.source.text)
                if _bare_line(seg.target.text) != line:
                    self.translated.setdefault(line, []).append(seg.index)

    @cached_property
    def english_lower_case(self) -> Counter[str]:
        """The words the English writes in lower case, with how often it does."""
        return _lower_case(self.source_text)

    @cached_property
    def translation_words(self) -> Counter[str]:
        """The translation's words, case folded, with how often it writes each."""
        return _folded(self.target_text)


def _lower_case(text: str) -> Counter[str]:
    return Counter(w for w in word_texts(text) if w.islower())


def _folded(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in word_texts(text))


def _english_heading_kept(s_block: Block, t_block: Block, letter: WholeLetter) -> bool:
    """Whether ``t_block``, the same as its English, is a heading left in English, in capitals
    ("HIPAA WEBSITE SUBSTITUTE NOTICE") or in title case ("Guard Your Personal Information"),
    rather than a name kept as it is ("MASS GENERAL BRIGHAM HEALTH PLAN", "Doctors' Center
    Hospital"). Capitals hide what _prose reads from case, so the rest of both texts tells: at
    least half of its words are words the English uses in lower case elsewhere (ordinary words,
    not a name's), and at least half appear nowhere else in the translation (a name it keeps
    recurs in its own text, an English heading does not); both, of a heading of two words. A
    heading by its markup ("# Notice of Data Breach") with an English function word is English
    syntax, whatever words the letter repeats, and needs only the second. The rest of a text is
    its words less the block's own, counted once per letter (a block begins and ends at the
    edge of a word)."""
    found = [w.text for w in words(t_block.text) if any(c.isalpha() for c in w.text)]
    if len(found) < HEADING_MIN_WORDS or not _capitalised(found):
        return False
    english_own = _lower_case(letter.source_text[s_block.start : s_block.end])
    translation_own = _folded(letter.target_text[t_block.start : t_block.end])
    ordinary = sum(letter.english_lower_case[w.lower()] > english_own[w.lower()] for w in found)
    absent = sum(
        letter.translation_words[w.casefold()] == translation_own[w.casefold()] for w in found
    )
    # half of a heading's words, or all of a two-word one ("What Happened"; "Acme Health" has a
    # name's word the English never writes in lower case)
    needed = len(found) if len(found) < UNTRANSLATED_MIN_WORDS else (len(found) + 1) // 2
    if absent < needed:
        return False
    return ordinary >= needed or _english_syntax(s_block, found)


def _english_syntax(s_block: Block, found: list[str]) -> bool:
    """Whether ``s_block`` is a heading by its markup whose words join with an English function
    word ("Notice of Data Breach", "What You Can Do"): a title, where a name is only listed."""
    english = own_function_words(SOURCE_LANGUAGE)
    return s_block.kind == HEADING and any(w.casefold() in english for w in found)


def _bare_line(text: str) -> str:
    """``text`` compared as a line that may end a list item (";", ".") or stand as a title."""
    return _normalised(text).rstrip(".;,: ")


def _translated_elsewhere(seg: Segment, letter: WholeLetter) -> bool:
    """Whether the English of ``seg`` stands again elsewhere in the letter and is translated
    there ("Step 1: Preliminary Assessment and Containment" as a heading and again in a list of
    the steps): then, left in English here, it is no name the translation keeps as it is."""
    rows = letter.translated.get(_bare_line(seg.source.text), ())
    return any(index != seg.index for index in rows)


def language_findings(seg: Segment, letter: WholeLetter, language: str) -> list[Finding]:
    """English left as it was, or sentences that read as another language."""
    s_block, t_block = seg.source, seg.target
    if _normalised(s_block.text) == _normalised(t_block.text):
        if (
            reads_as(t_block.text, language)
            or left_in_latin(t_block.text, language, MIN_LATIN_WORDS_KEPT)
            or _prose(t_block.text, language)
            or _english_heading_kept(s_block, t_block, letter)
            or _translated_elsewhere(seg, letter)
        ):
            return [
                finding(
                    UNTRANSLATED,
                    "This segment is still in English: it was not translated.",
                    t_block.start,
                    t_block.end,
                    letter.target_text,
                    source=LANGUAGE_SOURCE,
                )
            ]
        return []
    findings = []
    for sentence in split_sentences(t_block.text, t_block.start):
        if left_in_latin(sentence.text, language):
            findings.append(
                finding(
                    "translation.wrong-language",
                    f"This sentence is in Latin letters and reads as English, not "
                    f"{language_name(language)}: it was left untranslated.",
                    sentence.start,
                    sentence.end,
                    letter.target_text,
                    source=LANGUAGE_SOURCE,
                )
            )
            continue
        found = reads_as(sentence.text, language)
        if found:
            findings.append(
                finding(
                    "translation.wrong-language",
                    f"This sentence reads as {language_name(found)}, not "
                    f"{language_name(language)}.",
                    sentence.start,
                    sentence.end,
                    letter.target_text,
                    source=LANGUAGE_SOURCE,
                )
            )
    return findings
