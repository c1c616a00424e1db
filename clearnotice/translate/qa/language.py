"""Text of a translation that is not in its language: a segment left in English as it was
(prose, or a heading, not a name kept as it is), or sentences that read as another language."""

from __future__ import annotations

from clearnotice.languages import language_name
from clearnotice.model import Finding
from clearnotice.text import HEADING, Block, split_sentences, words
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


def _english_heading_kept(
    s_block: Block, t_block: Block, source_text: str, target_text: str
) -> bool:
    """Whether ``t_block``, the same as its English, is a heading left in English, in capitals
    ("HIPAA WEBSITE SUBSTITUTE NOTICE") or in title case ("Guard Your Personal Information"),
    rather than a name kept as it is ("MASS GENERAL BRIGHAM HEALTH PLAN", "Doctors' Center
    Hospital"). Capitals hide what _prose reads from case, so the rest of both texts tells: at
    least half of its words are words the English uses in lower case elsewhere (ordinary words,
    not a name's), and at least half appear nowhere else in the translation (a name it keeps
    recurs in its own text, an English heading does not); both, of a heading of two words. A
    heading by its markup ("# Notice of Data Breach") with an English function word is English
    syntax, whatever words the letter repeats, and needs only the second."""
    found = [w.text for w in words(t_block.text) if any(c.isalpha() for c in w.text)]
    if len(found) < HEADING_MIN_WORDS or not _capitalised(found):
        return False
    english_rest = source_text[: s_block.start] + "\n" + source_text[s_block.end :]
    lower_case = {w.text for w in words(english_rest) if w.text.islower()}
    translation_rest = target_text[: t_block.start] + "\n" + target_text[t_block.end :]
    elsewhere = {w.text.casefold() for w in words(translation_rest)}
    ordinary = sum(w.lower() in lower_case for w in found)
    absent = sum(w.casefold() not in elsewhere for w in found)
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


def _translated_elsewhere(seg: Segment, segments: tuple[Segment, ...]) -> bool:
    """Whether the English of ``seg`` stands again elsewhere in the letter and is translated
    there ("Step 1: Preliminary Assessment and Containment" as a heading and again in a list of
    the steps): then, left in English here, it is no name the translation keeps as it is."""
    line = _bare_line(seg.source.text)
    return any(
        other.paired
        and other.index != seg.index
        and _bare_line(other.source.text) == line
        and _bare_line(other.target.text) != line
        for other in segments
    )


def language_findings(
    seg: Segment, segments: tuple[Segment, ...], language: str, source_text: str, target_text: str
) -> list[Finding]:
    """English left as it was, or sentences that read as another language."""
    s_block, t_block = seg.source, seg.target
    if _normalised(s_block.text) == _normalised(t_block.text):
        if (
            reads_as(t_block.text, language)
            or left_in_latin(t_block.text, language, MIN_LATIN_WORDS_KEPT)
            or _prose(t_block.text, language)
            or _english_heading_kept(s_block, t_block, source_text, target_text)
            or _translated_elsewhere(seg, segments)
        ):
            return [
                finding(
                    UNTRANSLATED,
                    "This segment is still in English: it was not translated.",
                    t_block.start,
                    t_block.end,
                    target_text,
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
                    target_text,
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
                    target_text,
                    source=LANGUAGE_SOURCE,
                )
            )
    return findings
