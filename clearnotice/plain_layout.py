"""How one line of a letter typed without Markdown reads: as a heading, a salutation, a sign-off
or a signature line, or as running text.

Letters pasted from an e-mail, a web page or a PDF, and paragraphs imported from Word, show their
structure by layout alone: "What Happened" on a line of its own is a heading to every reader,
though no ``#`` marks it. ``clearnotice.text.blocks`` (the one segmentation) asks these questions
of each line that Markdown does not already answer; the judgement rests on the line and its
neighbours only, so it is the same wherever the letter is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path

from clearnotice import caches, datafiles
from clearnotice.translate.dates import MONTHS

# Words a title leaves in lower case ("What Information Was Involved", "Notice of a Data
# Security Incident"): articles, short prepositions and conjunctions, as title-case style guides
# (Chicago 8.159, AP) list them.
_MINOR_WORDS = frozenset(
    """a an the and or nor but of to in on at by for from with as via per vs into onto
    about over than up out off""".split()
)
# A line that ends on one of these stops mid-phrase: it wraps onto the next line.
# Prepositions a sentence may wrap after ("On or around" / "January 12, 2020 ..."), which no
# title ends on, are among them.
# Conjunctions, relative words and auxiliary verbs no heading ends on either ("We are contacting
# you because" / "Northwind Traders found..."): no labelled heading of the tune letters ends on
# one but a question (tests/corpus). Not "may", a month's name too ("Update – 3 May").
_OPEN_ENDINGS = _MINOR_WORDS | frozenset(
    """your our their its this that is are was were be around between during since until
    through within because whether although though unless which whom whose what if has have
    had been will would might can could should must""".split()
)
# A month's name, full or cut short: a line ending on one over a line starting with a day
# ("...was hacked on September" / "26, 2017. The attack...") splits a date over the break.
_MONTH_WORDS = frozenset(name for month in MONTHS["en"] for name in month)
_DAY_START = re.compile(r"\s*\d{1,2}(?:st|nd|rd|th)?\b(?![:/.-]\d)")
_WORD = re.compile(r"[^\W_][\w’'&.-]*")
# A list item's marker: a bullet sign, or a number or letter followed by ")" or "." ("1.", "2)",
# "a)"), or by both as some typists write it ("1.)", "a.)"); a letter takes no full stop alone,
# since "A. Smith" starts a name.
NUMBER_MARKER = r"\(?\d{1,3}(?:\.\)|[.)])"
# The signs no Markdown list uses: typed bullets, and Word's Symbol and Wingdings bullets as a
# PDF's text gives them, in the Private Use Area (a symbol font's character code plus U+F000,
# as Windows maps those fonts: Symbol's bullet U+F0B7, Wingdings' square U+F0A7, arrowhead
# U+F0D8, tick U+F0FC). Not the shapes, arrows and ticks themselves ("■", "✓"): a form's boxes
# and ticks are no list (tests/corpus/GUIDE.md, "Bullets", names the markers that are).
BULLET_SIGNS = "•·▪◦\uf0b7\uf0a7\uf0d8\uf0fc"
LIST_SIGNS = "-*+–" + BULLET_SIGNS
# Word pastes its second level's hollow bullet as the letter "o" and a tab; "o" and a space is
# a word ("o su dirección").
LIST_MARKER = rf"(?:[{LIST_SIGNS}]|{NUMBER_MARKER}|\(?[a-z]\.?\)|o(?=\t))"
# "1. What happened?", "Q: How do I reset my password?", "Subject: Notice of Data Breach"
_LEAD = re.compile(rf"^(?:{NUMBER_MARKER}|Q[.:]|(?:subject|re|title)\s*:)\s*", re.IGNORECASE)
# A row of a timeline ("Oct 21, 2019 20:15 (BST) Attack detected", "2019-10-21 ...") or of a
# table ("Equifax | 1-800-685-1111", as Word tables are imported): each row says one thing.
_ROW_START = re.compile(
    r"\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b"
    r"|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\d{1,2}/\d{1,2}/\d{2,4}\b|\d{4}-\d{2}-\d{2}\b|\d{1,2}:\d{2}\b)",
    re.IGNORECASE,
)
_TABLE_BAR = re.compile(r"\s\|\s")
# A table pasted from Word or a spreadsheet: its cells have a tab between them. A row has a few
# cells, one of them of words ("Payroll<tab>Your bank details"); a PDF's text may set a tab
# between every word of its lines instead (tests/corpus: peaceful-valley-ag-2018).
_TABLE_TAB = re.compile(r"\S\t+\S")
_MOST_CELLS = 4
# A field of an e-mail's header, as a letter copied from a mail program keeps it (RFC 5322 3.6:
# From, To, Cc, Bcc, Date; Outlook's "Sent:"): each says one thing. Not "Subject:", the title.
# Capitalised, as a mail program writes them: a sentence wrapped before "to:" goes on.
_MAIL_HEADER = re.compile(r"\s*(?:From|Sent|To|Cc|CC|Bcc|BCC|Date|FROM|SENT|TO|DATE):\s")
# A cookie banner's buttons, as the consent tools most sites use label them ("Accept all",
# "Reject all", "Cookie settings", "Manage preferences", "Necessary cookies only").
_COOKIE_BUTTON = (
    r"(?:accept|reject|allow|decline|deny)(?: all)?(?: cookies)?|(?:cookies?|privacy) "
    r"(?:settings|preferences|policy)|manage (?:cookies|preferences|settings)"
    r"|(?:only )?(?:strictly )?necessary cookies(?: only)?"
)
# A web page's links to share or print it, alone or in a row ("Share this page", "Facebook
# Twitter LinkedIn Email", "Share on Facebook | Share on X").
_SHARE_LINK = (
    r"(?:share (?:on |to |via )?)?(?:facebook|twitter|x|linkedin|whatsapp|reddit|e-?mail|print"
    r"|copy link)"
)
# A page's furniture pasted with its text: a PDF's page number ("Page 2 of 3", "Page 2", and
# Word's page number styles "- 2 -", "Page | 2", "2 | P a g e"), a web page's links to skip its
# menu, go back up, share or print it ("Skip to main content", "Back to top", "Share this
# page"), the trail of pages above it ("Home > News > Notice", "You are here: Home / ..."), a
# mail program's line under a message sent from a phone ("Sent from my iPhone", "Get Outlook
# for iOS"), a PDF's note that the text goes on over the page ("Continued on next page"). It
# stands alone and heads nothing, so the title under it is read.
# A PDF's protective marking on every page ("Confidential", "Private & Confidential": the UK
# Government Security Classifications' and a letter's envelope line) and a cookie banner's
# buttons, alone on their line, head nothing either.
_PAGE_FURNITURE = re.compile(
    r"\s*(?:page \d+(?: of \d+)?|[-–—] ?\d{1,4} ?[-–—]|page ?\| ?\d{1,4}|\d{1,4} ?\| ?p ?a ?g ?e"
    r"|skip to (?:the )?(?:main )?(?:content|navigation)|back to top"
    r"|(?:share|print)(?: this (?:page|article|story|post))?"
    rf"|{_SHARE_LINK}(?:[ \t|·•,]+{_SHARE_LINK})+"
    r"|(?:you are here:? ?)?home ?[>/›»|] ?\S.*"
    r"|sent from my [\w ]{1,30}|get outlook for (?:ios|android)"
    # a PDF's note that a page goes on ("(continued on next page)", "Please turn over", "PTO")
    r"|\(?(?:continued|cont'd|cont\.)(?: (?:on|from) (?:the )?(?:next|previous|following) page"
    r"| overleaf)?(?:\.\.\.|…)?\)?|(?:please )?turn over|p\.?t\.?o\.?"
    r"|(?:(?:private|personal) (?:and|&) |strictly )?confidential"
    rf"|(?:{_COOKIE_BUTTON})(?: (?:{_COOKIE_BUTTON}))*)\s*$",
    re.IGNORECASE,
)
# A web page's cookie banner, copied with the page: its first words tell it ("We use cookies",
# "This website uses cookies", "By continuing to use this site you agree to our use of
# cookies"), and it says one thing, so it runs into no paragraph of the letter under it.
_COOKIE_BANNER = re.compile(
    r"\s*(?:(?:we|this (?:web)?site|our (?:web)?site)(?: \w+)? uses? cookies\b"
    r"|by (?:continuing|using|clicking|browsing)\b[^.]{0,80}\bcookies\b)",
    re.IGNORECASE,
)


def is_row(line: str) -> bool:
    """Whether ``line`` is a row of a timeline or a table, a field of an e-mail's header or a
    page's furniture (its number, a protective marking, a web page's "Skip to content" or its
    cookie banner).
    Asked of every line of running text, so the bar and the tab are looked for only in a line
    that has one: a search for it costs a regex step at every character of a long paragraph."""
    return bool(
        _ROW_START.match(line)
        or _MAIL_HEADER.match(line)
        or _PAGE_FURNITURE.match(line)
        or _COOKIE_BANNER.match(line)
    ) or is_table_row(line)


def is_table_row(line: str) -> bool:
    """Whether ``line`` is a table's row: cells parted by a bar, as Word tables are imported
    ("Equifax | 1-800-685-1111"), or by tabs, as a table pasted from Word or a spreadsheet."""
    return ("|" in line and bool(_TABLE_BAR.search(line))) or ("\t" in line and _tabbed_row(line))


def _tabbed_row(line: str) -> bool:
    """Whether a line with a tab is a table's row pasted with tabs between its cells: two to
    _MOST_CELLS cells, one with a space inside, not words each set apart by a tab."""
    cells = line.strip().split("\t")
    return (
        bool(_TABLE_TAB.search(line))
        and len([cell for cell in cells if cell.strip()]) <= _MOST_CELLS
        and any(" " in cell.strip() for cell in cells)
    )


# Lines that are a placeholder, an address, a web or e-mail address, a time, a field ("Date:
# ..."), Markdown that did not make a heading ("#hashtag") or a row are no heading.
# In two patterns: what must stand at the start, and what may stand anywhere, whose every
# alternative starts with one of a few characters, so that ``re`` skips to those (one pattern
# with both kinds tried every alternative at every character of the line).
# A name in an address block starts with its honorific ("The Honorable Jane Doe, Attorney
# General", "Ms. Jane Doe"): it heads nothing, however capitalised.
_NOT_TITLE_START = re.compile(
    r"[\[<{(«].*[\]>})»]$|\d|[#*]|(?:the )?hon(?:ou?rable\b|\.)|(?:mr|mrs|ms|dr)\.? [A-Z]",
    re.IGNORECASE,
)
_FIELD = re.compile(r"[\w ]{1,20}:\s")
# how a web address starts: no title holds one, and a line that ends in one ends there
_WEB_ADDRESS_START = r"https?://|www\."
# an e-mail or web address, by its signs: what no title holds and contact details do
_ADDRESS_MARK = r"@|" + _WEB_ADDRESS_START + r"|\.(?:com|org|net|gov)\b"
_NOT_TITLE_ANYWHERE = re.compile(
    _ADDRESS_MARK + r"|\d{5}|\d{3}[-. )]\d{3}|\d:\d\d|\||\{\{", re.IGNORECASE
)


# What contact details hold: an e-mail or web address, a phone number's groups of digits
# ("0800 123 4567", "(555) 123-4567"), a placeholder
_CONTACT_DETAIL = re.compile(_ADDRESS_MARK + r"|\d{3}[-. )] ?\d{3}|\d{4} \d{3}|\{\{", re.IGNORECASE)


def _holds_an_address(line: str | None) -> bool:
    """Whether ``line`` gives contact details, as a line under "Questions" does, and is no row
    of a timeline or table (a label over rows heads no section)."""
    return line is not None and bool(_CONTACT_DETAIL.search(line)) and not is_row(line)


def _not_title(line: str, next_line: str | None = None) -> bool:
    """Whether ``line`` holds what no title holds. A label and its colon ("Blackbaud: Database")
    may lead a title that wraps onto the line below ("Security Incident"): the two are read
    together."""
    if _NOT_TITLE_START.match(line) or (
        _NOT_TITLE_ANYWHERE.search(line) and not _barred_title(line)
    ):
        return True
    if not _FIELD.match(line):
        return False
    wrapped = f"{line} {next_line.strip()}" if _title_continues(next_line) else line
    return not _colon_title(wrapped)


def _title_continues(next_line: str | None) -> bool:
    """Whether ``next_line`` may be the second line of a wrapped title: a few Title Case words
    with no closing punctuation."""
    if next_line is None or not at_most_words(next_line, 6):
        return False
    stripped = next_line.strip()
    return stripped[-1:] not in ".,;:!?" and _is_title_case(words(stripped))


# A bar sets a title's parts side by side ("Update | 12 May 2024", "FAQ | What happened?",
# "Cyber Incident | Customer Update"); a table row's cell holds what no title does (a number,
# an address), and the bar opens or closes a Markdown table's row ("| file | what it is |").
_BAR = re.compile(r"\s\|\s")


def _barred_title(line: str) -> bool:
    """Whether a line with bars is a title: one or two bars between its parts, each part a
    title, a date or a question, and no other mark that no title holds."""
    parts = _BAR.split(line)
    if not 2 <= len(parts) <= 3 or "|" in "".join(parts):
        return False
    rest = _BAR.sub(" ", line)
    if _NOT_TITLE_ANYWHERE.search(rest):
        return False
    return all(
        DATELINE.match(part.strip()) or _is_title_case(words(part)) or part.strip().endswith("?")
        for part in parts
    )


def _colon_title(line: str) -> bool:
    """Whether a line led by a label and a colon is the notice's title, not a field ("Phone:
    ...", "Enrollment code: ..."): it names the notice, and a title of two words or more, or an
    acronym, follows the colon ("Data breach: Questions and Answers", "Outage: FAQ")."""
    rest = line.partition(":")[2].strip()
    return (
        bool(_NOTICE_WORD.search(line))
        and rest[:1].isupper()
        and (len(words(rest)) >= 2 or rest[:2].isupper())  # "FAQs", not a field's "Ransomware"
        and not any(c.isdigit() for c in rest)
    )


# A street ("12 High Street"), a post box, a US town and ZIP code or a UK postcode.
_ADDRESS = re.compile(
    r"^\s*\d+[A-Za-z]? [A-Za-z]|P\.? ?O\.? Box|, [A-Z]{2} \d{5}\b"
    r"|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"
)
# The notice's title over the address block ("NOTICE OF DATA BREACH" / [date] / name / street):
# words no address holds, so the title stays a heading.
_NOTICE_TITLE = re.compile(r"\b(?:notice|notification|breach|incident|important)\b", re.IGNORECASE)
# A dateline: the letter's date alone on its line, perhaps after a weekday or a place ("Thursday,
# September 3, 2020", "Oak Ridge, TN, July 1, 2024", "3 October 2019"). It dates the letter,
# heads nothing and stands alone, so a title under it is still a heading.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# A web page's stamp of when it was put up ("Updated May 17, 2024", "Published on 4 June 2024")
# and a month with its year alone ("February, 2010") date the page or the letter just as well.
# A date in figures ("1/31/2020", "31.01.2020") dates it as well.
_DATE = (
    rf"(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? \d{{4}}|{_MONTH},? \d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4})"
)
# It starts where its run of separators does: tried after each one, it read the rest of the run
# and back from every separator (a line of 3,000 bars took seconds), and a date found from
# inside the run is found from its start.
_TRAILING_DATE = re.compile(rf"(?<![\s,–—|-])[\s,–—|-]+{_DATE}\.?$", re.IGNORECASE)
# A label that names a date, before a colon ("Date of incident:", "Incident date(s):")
_DATE_FIELD = re.compile(r"[\w ()]{0,40}\bdates?\b[\w ()]{0,40}:$", re.IGNORECASE)
DATELINE = re.compile(
    r"^(?:[A-Z][\w.’' -]*, (?:[A-Z]{2}|[A-Z][a-z]+)\.?,? )?"
    r"(?:(?:last )?(?:updated|published|posted|issued|revised|released)(?: on)?:? "
    # who a message went to and when, as a web copy of an e-mail stamps it ("Sent to all staff
    # on 2 October 2019"): it dates the message, as a dateline does
    r"|(?:sent|e-?mailed|distributed|circulated) to [^.!?:]{1,60} on )?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
    rf"{_DATE}\.?$",
    re.IGNORECASE,
)
_QUESTION_WORD = re.compile(r"^(?:what|how|why|when|where|who|which)\b", re.IGNORECASE)
_LIST_ITEM = re.compile(rf"^\s*{LIST_MARKER}\s")
# A heading is short: the longest of the US model notice's is five words ("What Information Was
# Involved", Cal. Civ. Code 1798.82(d)(1)); a question heading of an FAQ runs longer.
MAX_HEADING_WORDS = 12
MAX_QUESTION_WORDS = 20

# "Dear valued customers,": a line ending in the group it greets, at most 50 characters in
_GROUPS = (
    "customers? members? patients? clients? colleagues? residents? parents? families staff "
    "employees? students? community team friends"
).split()
# the longest line that greeting can be (with a final line break): a longer one is not tried
# at each of its first 50 characters, which most lines of running text would be
_GROUP_LINE_MAX = 50 + max(len(group.rstrip("?")) for group in _GROUPS) + 2
# and ends in a comma or a colon, looked at first: a short line that does not (a heading) is
# then not tried for each group at each of its characters, which took as long as a paragraph's
# whole count (the greeting's own "[,:]$" says the same, so nothing else matches or fails)
_ENDS_GREETING = r"(?=[\s\S]*[,:]$)"

SALUTATION = re.compile(
    r"^(?:dear|hello|hi|greetings|to whom it may concern|attention"
    # Spanish, Catalan, Galician, Portuguese, French, German, Italian: a translation's
    # salutation is courtesy too, or its structure would differ from the English it translates
    r"|estimad[oa]s?|estimats?|benvolgud[ae]s?|benvolguts|querid[oa]s?|prezad[oa]s?|car[oa]s?"
    r"|cher|chère|chers|sehr geehrte[rs]?|liebe[rs]?|gentile|egregi[oa])"
    # a name's initial or title keeps its full stop ("Dear John Q. Public", "Dear Mr. Smith"),
    # each stop one character of the 60, looked back on, so the longest line is unchanged
    r"\b(?:[^.!?]|(?:(?<=\b\w)|(?<=\bmr)|(?<=\bmrs)|(?<=\bms)|(?<=\bdr))\.){0,60}[,:!]?$"
    # "To all our patients", "To our valued customers": addressed to the group, with or
    # without a comma (a line led by a verb, "To protect our patients", names no addressee)
    r"|^to (?:(?:all|every|each)(?: of)?(?: (?:our|my|the))?|our|my|the) (?:[\w-]{1,15} ){0,3}?"
    rf"(?:{'|'.join(_GROUPS)})[,:]?$"
    # French, German and Spanish greetings that open with a title or the time of day
    # ("Madame, Monsieur,", https://fr.wikipedia.org/wiki/Formule_de_politesse; "Guten Tag
    # Frau Müller,", DIN 5008; "Buenos días:"), which also lead sentences ("Monsieur Dupont a
    # déclaré..."): only a line ending as a greeting does
    r"|^(?:madame|monsieur|mesdames|messieurs|bonjour|bonsoir|guten (?:tag|morgen|abend)"
    r"|hallo|buen[oa]s (?:días|dias|tardes|noches))\b[^.!?]{0,60}[,:!]$"
    rf"|^(?![\s\S]{{{_GROUP_LINE_MAX + 1}}}){_ENDS_GREETING}"
    rf"[^.!?]{{0,50}}\b(?:{'|'.join(_GROUPS)})[,:]$",
    re.IGNORECASE,
)
# A letter's closings by language, the one list fixes, personal data and SIGN_OFF read
CLOSINGS_FILE = Path(__file__).resolve().parent / "rules" / "closings.yml"
# an entry ending in it is how a closing line starts ("On behalf of…"), a space or a comma then
# up to LINE_REST_MAX characters of the rest of the line: room for the closing sentence of a
# French letter ("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations
# les plus distinguées.", 73 after its first words: https://fr.wikipedia.org/wiki/Formule_de_politesse),
# not for an "On behalf of Adobe Systems, I am writing to inform you..." opening a letter (the
# corpus's tune letters: 230 characters and more after "On behalf of")
LINE_START = "…"
LINE_REST_MAX = 80


@lru_cache(maxsize=1)
def closings() -> dict[str, tuple[str, ...]]:
    """The closings of a letter by language, from ``CLOSINGS_FILE``: data, so that a closing is
    added once and known to all that read a letter's end (three lists disagreed: the signer's
    name under "Cordialement," was not found, "Hochachtungsvoll" was graded as a sentence)."""
    return datafiles.load(CLOSINGS_FILE, dict[str, datafiles.TextList])


def closing_alternatives(space: str, line_end: str) -> str:
    """Every closing of every language as a regular expression's alternatives, longest first:
    the words of each joined by ``space``; after a line start's words, "[ ,]" and up to
    LINE_REST_MAX characters that are not ``line_end``. No language is needed: no closing of one
    language is a line of a letter in another."""
    phrases = sorted({c for found in closings().values() for c in found}, key=len, reverse=True)
    rest = f"[ ,][^{line_end}]{{1,{LINE_REST_MAX}}}"
    return "|".join(
        space.join(map(re.escape, phrase.removesuffix(LINE_START).split()))
        + (rest if phrase.endswith(LINE_START) else "")
        for phrase in phrases
    )


def _sign_off_line_max() -> int:
    """The longest line SIGN_OFF matches, from the data: a closing, the rest of a line start's
    line ("[ ,]" and up to LINE_REST_MAX characters), a comma or a full stop."""
    return 1 + max(
        len(phrase.removesuffix(LINE_START)) + (1 + LINE_REST_MAX) * phrase.endswith(LINE_START)
        for found in closings().values()
        for phrase in found
    )


_CLOSINGS = closing_alternatives(" ", r"\n")
SIGN_OFF = re.compile(
    rf"^(?:{_CLOSINGS}"
    # an e-mail's signature separator, "-- " on its own line (RFC 3676 4.3), over the name
    r"|--)"
    r"[,.!]?$",
    re.IGNORECASE,
)
# The longest line SALUTATION or SIGN_OFF can match: 83 characters and what the closings
# allow (tests/core/test_fast_paths.py works both out from the patterns), and the line break
# their ``$`` leaves after it. A longer line, as most of a letter's are, is not tried.
FRAME_LINE_MAX = max(83, _sign_off_line_max()) + 1


def is_salutation(line: str) -> bool:
    """Whether ``line`` (stripped) is a salutation as SALUTATION reads it, tried only on a line
    short enough to be one: each case-blind try costs a microsecond or two, on every line."""
    return len(line) <= FRAME_LINE_MAX and SALUTATION.match(line) is not None


def is_sign_off(line: str) -> bool:
    """Whether ``line`` (stripped) is a sign-off as SIGN_OFF reads it; see ``is_salutation``."""
    return len(line) <= FRAME_LINE_MAX and SIGN_OFF.match(line) is not None


def is_dateline(line: str) -> bool:
    """Whether ``line`` (stripped) is a dateline as DATELINE reads it, tried only on a line that
    ends as every dateline does: a space and a four-digit year, perhaps a full stop (and the
    line break ``$`` leaves)."""
    tail = line[:-1] if line.endswith("\n") else line
    return ends_in_a_year(tail) and DATELINE.match(line) is not None


def ends_in_a_year(line: str) -> bool:
    """Whether ``line`` ends as a date does in datelines and dated titles: a space (or the
    slash or dot of a date in figures) and a four-digit year, perhaps a full stop."""
    year = line[:-1] if line.endswith(".") else line
    return year[-5:-4] in (" ", "/", ".") and year[-4:].isdecimal()


def is_frame_line(line: str) -> bool:
    """Whether ``line`` (stripped) is a salutation, a sign-off or a dateline: the letter's
    frame, not running text."""
    return is_sign_off(line) or is_salutation(line) or is_dateline(line)


# A signature line: a name, a role, an organisation ("Jane Doe", "Chief Executive Officer").
_MAX_SIGNATURE_WORDS = 8
# A longer line is still a signature when it reads as names (most words capitalised): a title
# and an organisation on one line, as a translation makes it ("Oficial Executiu, Exemple Inc.").
_MAX_NAMES_LINE_WORDS = 12


def words(line: str) -> list[str]:
    return _WORD.findall(line)


def at_most_words(line: str, limit: int) -> bool:
    """Whether ``line`` has at most ``limit`` words, reading no further than the word after
    them: a long paragraph is not counted to its end to learn that it is no heading."""
    return next(islice(_WORD.finditer(line), limit, None), None) is None


def _is_title_case(found: list[str]) -> bool:
    """Every word but the minor ones starts with a capital, and the first word does."""
    major = [w for w in found if w.lower() not in _MINOR_WORDS or w is found[0]]
    return bool(major) and all(w[0].isupper() or w[0].isdigit() for w in major)


def _is_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def reads_as_heading(
    line: str,
    next_line: str | None,
    *,
    numbered: bool = False,
    past_gap: str | None = None,
    above: str = "",
    third_line: str | None = None,
) -> bool:
    """Whether ``line``, standing on its own after a finished sentence (or a blank line), reads
    as a heading. ``next_line`` is the line right below it (None after a blank line or at the
    end); a line that runs on into it ("...of your\\nstatements") is wrapped running text.
    ``past_gap`` is the first line after the blank lines under it, when ``next_line`` is None: a
    label ("Summary:", "Background") heads the running text there as it heads the line right
    below it. ``numbered`` lines ("1. What happened?") are headings only as questions or titles.
    ``above`` is the line right above it ("" after a blank line): a line with bars under or over
    another is a table's row, not a title set in parts ("Update | 12 May 2024").
    ``third_line`` is the line under ``next_line`` (None when blank or none): with it, the lines
    show the width a paragraph is wrapped at (``wraps_onto``).
    """
    stripped = line.strip()
    if _leaves_a_bracket_open(stripped) or _is_byline(stripped):
        return False
    content = _LEAD.sub("", stripped)
    dated = _TRAILING_DATE.search(content)
    if dated and _DATE_FIELD.match(content, 0, dated.start()):
        return False  # "Date of incident: 3 May 2024" is a field and its value, not a title
    if dated and _NOTICE_WORD.search(content, 0, dated.start()):
        # a title that ends with its date ("Notice of a Privacy Incident – January 17, 2020")
        # is read without it, as a dateline is
        content = content[: dated.start()]
    # no heading runs past a question's length, nor past a heading's unless it asks (as the
    # tests below say in the end): said before them, as they cost more
    if not at_most_words(
        content, MAX_QUESTION_WORDS if stripped.endswith("?") else MAX_HEADING_WORDS
    ):
        return False
    found = words(content)
    if not found:
        return False
    below = next_line if next_line is not None else past_gap
    if "|" in content and _PAGE_FURNITURE.match(content):
        return False  # "Page | 2", "Share on Facebook | Email": set in parts as a title is
    if "|" in content and _barred_title(content):
        if "|" in above or below is not None and "|" in below:
            return False  # a table's rows stand over one another; a title stands alone
    elif (_not_title(content, next_line) or is_row(content)) and not _dated_title(
        content, next_line
    ):
        return False
    if is_frame_line(stripped) or _is_letterhead(content, found, below):
        return False
    # a quotation's closing mark stands after its full stop ("We are sorry.”"): the sentence
    # ends there all the same
    last = stripped.rstrip(_CLOSING_MARKS)[-1:] or stripped[-1]
    if last in ",;-–—" or (
        last != "?"
        and found[-1].lower() in _OPEN_ENDINGS
        and not _wrapped_title(found, next_line)
        and not _asks_about_this(content, found)
    ):
        return False  # "Am I affected by this?" is whole: the question mark closes it
    if next_line is not None and starts_mid_sentence(next_line.strip()):
        return False  # the sentence wraps onto the next line
    if next_line is not None and _splits_a_date(found[-1], next_line):
        return False  # "...hacked on September" over "26, 2017. The attack...": one sentence
    if last == "?":
        return len(found) <= MAX_QUESTION_WORDS
    if len(found) > MAX_HEADING_WORDS:
        return False
    capitals = _is_capitals(content)
    titled = _is_title_case(found) and not capitals
    if len(found) < 2 and not capitals:
        # one word heads a section ("Background", "Background:") only over running text, or
        # a section's name over the number or address it offers ("Questions" over "0800 123
        # 4567"); alone ("FAQ") or over a line like itself (a name) it does not
        return (
            titled
            and last != "."
            and (_running_text(below) or names_a_section(content) and _holds_an_address(below))
        )
    if last in ".:":
        # "What We Are Doing." ends like a sentence, but only a title is written so; in
        # capitals a full stop makes a shouted sentence ("WE FOUND THE PROBLEM."), unless the
        # line names a section as the model notice's headings do ("WHAT WE ARE DOING.").
        # "What happened:" or "Next steps:" over running text heads it; "You can do the
        # following:" leads into a list.
        labels = last == ":" and (_QUESTION_WORD.match(content) or _is_label(found))
        shouted_title = capitals and (last == ":" or names_a_section(content.rstrip(".")))
        return titled or shouted_title or bool(labels and _running_text(below))
    if last == "!":
        # a banner in capitals over running text ("IMPORTANT!") heads it; a sentence that
        # exclaims ("Thank you for your patience!") does not
        return capitals and len(found) <= 3 and (next_line is None or _running_text(next_line))
    if numbered:
        # "1. What happened" names a section as a question does; "1. Change your password" is
        # a step
        return titled or capitals or bool(_QUESTION_WORD.match(content))
    # A short line of running text without a full stop ("Our responsibility to you") is a
    # heading too, as the reader sees it ("Customer update"), when running text follows it.
    if titled or capitals:
        return True
    if _QUESTION_WORD.match(content) and next_line is not None and _LIST_ITEM.match(next_line):
        return True  # it names what the list under it holds: "What information was involved"
    if next_line is not None and wraps_onto(stripped, next_line, third_line):
        return False  # a sentence's first line, hard-wrapped before a name or a date
    return next_line is None or ends_sentence(next_line) or len(words(next_line)) > len(found)


def _asks_about_this(content: str, found: list[str]) -> bool:
    """Whether a line led by a question word ends on "this" as its object ("What we are doing
    to fix this", "Why we are telling you this"): a question's heading, whole on its line, as
    no sentence led by "what" or "why" stops mid-phrase there. "That" is not taken: it may lead
    a clause ("What we ask is that" / "you ...")."""
    return found[-1].lower() == "this" and bool(_QUESTION_WORD.match(content))


def _wrapped_title(found: list[str], next_line: str | None) -> bool:
    """Whether a Title Case line that ends on a minor word (its ``found`` words) is a title
    wrapped onto the line below, as a PDF sets a long one ("Notice of Potential Data Breach of"
    / "Wellington Online Water Billing Payment System"): long enough to wrap, and the line below
    goes on the title, a few Title Case words with no closing punctuation (``_title_continues``)
    that are no person's name (a byline's "Written by" / "Jane A. Smith")."""
    return (
        len(found) >= _MIN_WRAPPED_TITLE_WORDS
        and found[-1].lower() in _MINOR_WORDS
        and _is_title_case(found)
        and _title_continues(next_line)
        and not is_person_name(next_line.strip())
    )


# The fewest words of a title's line that wraps: a short line ending on a minor word ("Written
# by", "Notes for") leads into what follows it.
_MIN_WRAPPED_TITLE_WORDS = 4


def _leaves_a_bracket_open(line: str) -> bool:
    """Whether ``line`` opens a bracket it does not close ("... our older websites
    (specifically"): a sentence cut by a hard line break, whose bracket closes on the line
    below; a heading is whole on its line."""
    return line.count("(") > line.count(")")


def _is_byline(line: str) -> bool:
    """Whether ``line`` (stripped) says who wrote the message ("By Jane Smith", "By Dr. Jane
    Smith, Chief Executive"): its author, as a signature names them, heads no part of it."""
    if line[:3].lower() != "by ":
        return False
    name, comma, role = line[3:].strip().partition(", ")
    return is_person_name(name) and (not comma or is_role_line(role))


# A company's legal form closing its name ("Acme Health Partners LLC", "Neff Pharmacy
# Management, Inc.", "Smith & Jones, P.C.", "Beispiel GmbH"): the line names the sender.
_COMPANY_SUFFIX = re.compile(
    r"[\s,](?:Inc|Ltd|Limited|LLC|L\.L\.C|LLP|L\.L\.P|[Pp]lc|PLC|P\.C|P\.A|PLLC|GmbH|AG|Corp"
    r"|Co|S\.A|N\.V|B\.V|Pty\.? Ltd)\.?$"
)


# Words that name a body, in a letterhead and in a speaker's organisation line (_ROLE_OR_BODY)
_BODY_WORDS = (
    "Association|Council|University|College|School|Hospital|Trust|Foundation|Society|Group"
    "|Department|Agency|Authority|Bank|Institute|Company|Corporation"
)
# The word that closes an organisation's name ("Mercy Hospital", "Heritage High School",
# "Riverside Dental Group"); a title names what happened to it ("Heritage High School Closure").
_ORGANISATION_END = re.compile(
    rf"\b(?:{_BODY_WORDS}|Academy|Clinic|Pharmacy|Practice|Surgery|Partners|Associates|Centre"
    r"|Center|Network|District)$"
)


def _is_letterhead(content: str, found: list[str], below: str | None) -> bool:
    """Whether a line is the sender's name at the head of the letter, not a title: a name that
    ends in a company's legal form, or an organisation's name (closed by ``_ORGANISATION_END``)
    of a few words none of which a heading is made of (``_HEADING_VOCABULARY``) over the
    letter's date, its salutation or an address."""
    if _COMPANY_SUFFIX.search(content):
        return True
    if below is None or len(found) > MAX_LABEL_WORDS or _NOTICE_WORD.search(content):
        return False
    if not _ORGANISATION_END.search(content.rstrip(" ,.:")) or not _is_title_case(found):
        return False
    if any(w.lower() in _HEADING_VOCABULARY for w in found):
        return False
    below = below.strip()
    return is_dateline(below) or is_salutation(below) or bool(_ADDRESS.search(below))


# How a clause or a lead-in starts and ends, as a label does not: "You can do the following:",
# "Here is what we know:", "The information included:", "For example:", "From what we know so
# far:" (a minor word, as a preposition, leads into the sentence).
_CLAUSE_STARTS = _MINOR_WORDS | frozenset(
    "i we you they he she it please here there this these that those such if".split()
)
_LEAD_IN_ENDS = frozenset(
    """following below follows include includes included including example instance addition
    said says stated states""".split()
)
MAX_LABEL_WORDS = 6


def _is_label(found: list[str]) -> bool:
    """Whether the words of a line ending in a colon name a part of the letter ("Next steps:",
    "Our response:", "Steps we have taken:") rather than lead into the sentence or list after
    it: two to MAX_LABEL_WORDS words, started and ended as no clause or lead-in is."""
    return (
        2 <= len(found) <= MAX_LABEL_WORDS
        and found[0].lower() not in _CLAUSE_STARTS
        and found[-1].lower() not in _LEAD_IN_ENDS
    )


def _opens_a_clause(line: str) -> bool:
    """Whether ``line`` (stripped) starts as a clause or a sentence does ("We are sorry", "If
    you", "The"), not with the next word of a name that a wrap cut ("Office", "Corporation")."""
    first = _WORD.match(line)
    return first is not None and first.group().lower() in _CLAUSE_STARTS


def is_bulleted_question(
    item: str, next_line: str | None, past_gap: str | None, above: str
) -> bool:
    """Whether a list item (its words, after the marker) is a question an FAQ sets as a heading
    ("• What happened?"): on its own line, with its answer in running text under it, right
    below or past blank lines (tests/corpus/GUIDE.md, headings: FAQ questions, each on its own
    line). Questions listed one under another (``above`` is the line right above it, "" after
    a blank line), or over a list, are items of a list."""
    stripped = item.strip()
    return (
        stripped.endswith("?")
        and stripped[:1].isupper()
        and not _LIST_ITEM.match(above)
        and at_most_words(stripped, MAX_QUESTION_WORDS)
        and _running_text(past_gap if next_line is None else next_line)
    )


def stacked(lines: list[str]) -> list[bool]:
    """For each line, whether it stands in an address block: three or more short lines without
    closing punctuation, one of them a street, a post box or a town with its postal code
    ("Jane Doe / 12 High Street / Springfield, IL 62701"). Such lines head nothing; the
    notice's title on the block's first line ("NOTICE OF DATA BREACH") is no part of it."""
    unfinished = [bool(line.strip()) and line.rstrip()[-1:] not in ".?!:;," for line in lines]
    bare = [False] * len(lines)
    for start, end in _runs(unfinished):
        if end - start >= 3:  # fewer lines make no block: their words need no counting
            bare[start:end] = [at_most_words(line, MAX_HEADING_WORDS) for line in lines[start:end]]
    if not any(bare):
        return bare  # no short unfinished line: no block, as most letters (all false)
    result = [False] * len(lines)
    for start, end in _runs(bare):
        if end - start >= 4 and _NOTICE_TITLE.search(lines[start]):
            start += 1
        if end - start >= 3 and any(_ADDRESS.search(x) for x in lines[start:end]):
            result[start:end] = [True] * (end - start)
    return result


# The least text between two copies of a page's running header: a page of a letter holds some
# 3,000 characters (500 words of 12-point type on a Letter or A4 page, at about 6 characters a
# word with its space), a short page or one with a table a third of it. A line said again
# closer than that is no page's furniture: a web page's title over its own heading ("Notice of
# Data Security Incident" twice), a placeholder's two lines.
_PAGE_CHARACTERS = 1_000


def echoes(lines: list[str]) -> list[bool]:
    """For each line, whether it repeats a line a page or more above it word for word: a PDF's
    running header or footer, printed on every page ("Acme Bank – Notice of Data Incident"),
    pasted with the pages' text. It heads nothing there: the first of them is read as it
    stands (the title), the others stand alone. A line of one word ("Yes", "None") may well be
    said twice, and a line longer than a heading is running text."""
    last_seen: dict[str, int] = {}
    result = []
    position = 0
    for line in lines:
        stripped = line.strip()
        header = _may_be_page_furniture(stripped)
        seen = last_seen.get(stripped) if header else None
        result.append(seen is not None and position - seen >= _PAGE_CHARACTERS)
        if header:
            last_seen[stripped] = position
        position += len(line)
    return result


@caches.of_text(4096)
def _may_be_page_furniture(stripped: str) -> bool:
    """Whether a line (stripped) may be a page's running header or footer (``echoes``): more
    than one word, and no more than a heading's. Kept by the line's text: an edit's layout
    reading asks ``echoes`` of every line of the letter before the edit and after it, and
    counting a line's words was a fifth of building the edited letter's scan."""
    return " " in stripped and at_most_words(stripped, MAX_HEADING_WORDS)


def _runs(flags: list[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of consecutive true ``flags``."""
    start = None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            yield start, index
            start = None


def heading_words(heading: str) -> str:
    """A heading's own words: without its number ("1. "), "Q:" or "Subject:", and without the
    colon, full stop or question mark after it, so "1. What Happened?" is California's "What
    Happened"."""
    content = _LEAD.sub("", " ".join(heading.split()))
    return content.rstrip(":.?").strip()


# What a notice calls itself ("incident", "update"): a line that starts with a date and names the
# notice so ("November 3 data security incident") is its title (tests/corpus/GUIDE.md, headings)
_NOTICE_WORD = re.compile(
    r"\b(?:incident|breach|update|notice|notification|attack|cyber-?attack|event|outage)\b",
    re.IGNORECASE,
)
# A clock time marks a timeline's row, unless a colon sets the title after it, as a status
# page heads each update ("2024-05-02 09:30 UTC: Security incident")
_NOT_DATED_TITLE = re.compile(r"@|" + _WEB_ADDRESS_START + r"|\||\d:\d\d(?!(?: ?[A-Z]{2,5})?:\s)")


def _dated_title(content: str, next_line: str | None) -> bool:
    """Whether a line that starts with a date is the notice's title, not a timeline row: it names
    the notice, holds no clock time but before a colon, and running text, not another row,
    follows it."""
    return (
        bool(_ROW_START.match(content))
        and bool(_NOTICE_WORD.search(content))
        and not _NOT_DATED_TITLE.search(content)
        and next_line is not None
        and not is_row(next_line)
        and _running_text(next_line)
    )


def _running_text(line: str | None) -> bool:
    """Whether ``line`` (the one below a candidate heading) is running text: not a list item,
    and a finished sentence or a long line."""
    if line is None or _LIST_ITEM.match(line):
        return False
    return ends_sentence(line) or len(words(line)) > MAX_HEADING_WORDS


# What may close a sentence after its full stop: a quotation mark or a bracket.
_CLOSING_MARKS = "\"'”’)"
# And what closes a quotation after a sentence's end in French ("fini. »", a space or a no-break
# space before the guillemet) and German ("vorbei.“", "vorbei.«"), as text.py's sentence end
# reads it: the line ends its sentence all the same.
_QUOTATION_CLOSES = _CLOSING_MARKS + "“‘«»› \u00a0\u202f"


def _splits_a_date(last_word: str, next_line: str) -> bool:
    """Whether a line ending on ``last_word`` goes on into ``next_line`` in the middle of a date:
    a month's name over the day's number."""
    return last_word.lower().rstrip(".") in _MONTH_WORDS and bool(_DAY_START.match(next_line))


_DASHES = "-–—"


def ends_open(line: str) -> bool:
    """Whether a line of running text stops mid-phrase, on a comma, a dash ("...between the
    dates of January 13, 2023 –" / "February 12, 2023, that...", not a rule of dashes such as
    "-----Original Message-----") or a word no sentence ends on ("...was hacked on"), so that
    its sentence goes on into the next line."""
    stripped = line.rstrip()
    if stripped[-1:] in ",;" or stripped[-1:] in _DASHES and stripped[-2:-1] not in _DASHES:
        return True
    found = words(stripped)
    return bool(found) and found[-1].lower() in _OPEN_ENDINGS


# A bracketed aside that goes on in lower case: the short name a wrapped line's name is given
# ("...of the Public Health Institute" / "(PHI) became aware on August 4, 2016...")
_ASIDE_GOING_ON = re.compile(r"\([^()]{1,40}\)\s+[a-z]")


def starts_mid_sentence(line: str) -> bool:
    """Whether ``line`` (stripped) goes on a sentence from the line above it: it starts
    lower-case, as no sentence, heading or list item does, or with a bracketed aside that goes
    on in lower case."""
    return line[:1].islower() or line[:1] == "(" and _ASIDE_GOING_ON.match(line) is not None


def goes_on(line: str, next_line: str) -> bool:
    """Whether ``next_line`` (stripped) goes on the sentence of ``line``, the line above it, as a
    hard line break inside a sentence leaves it: ``line`` stops mid-phrase (``ends_open``), the
    next line starts mid-sentence (``starts_mid_sentence``), or the break splits a date
    ("...started on September" / "26, 2017 and ...")."""
    if starts_mid_sentence(next_line) or ends_open(line):
        return True
    found = words(line)
    return bool(found) and _splits_a_date(found[-1], next_line)


# A footnote's mark glued to a sentence's end, as a PDF's text is pasted ("...the request.1"):
# one to three digits, superscript digits or a number in brackets, right after a word's full
# stop, perhaps closed by a quote, so that no number with a full stop inside it ("3.5",
# "1798.82", "v2.1") ends a sentence. The one pattern of it: a line's end here, a sentence's end
# inside a block in clearnotice.text (and its port in components/live_editor/grade.js).
FOOTNOTE_AFTER_STOP = (
    rf"(?:(?<=[^\W\d_][.!?…])|(?<=[^\W\d_][.!?…][{_CLOSING_MARKS}]))"
    r"(?:\d{1,3}|[¹²³⁰⁴-⁹]{1,3}|\[\d{1,3}\])"
)
_FOOTNOTE_AT_END = re.compile(FOOTNOTE_AFTER_STOP + "$")  # read on a line's last characters


# The shortest line a hard wrap is told from. An e-mail's lines SHOULD hold at most 78
# characters (RFC 5322 2.1.1) and mail programs wrap near that, a PDF's lines as long or longer;
# a shorter line over a capitalised word (a name, a contact block's line) is read as it stands.
MIN_WRAPPED_LINE = 30


def wraps_onto(line: str, next_line: str, third_line: str | None) -> bool:
    """Whether a hard wrap put ``next_line``'s first word under ``line``, as a PDF or an e-mail
    breaks a sentence before a name or a date ("...we were notified by Contoso Payroll" /
    "Corporation in a letter..."): ``line`` is as long as wrapped lines are, and the word would
    not have fit at its end within the width the paragraph is set at, the longest of the three
    lines. Without a ``third_line`` (None when blank or none) under them, ``next_line`` may be a
    short line of its own and shows no width: nothing is told. Nor when ``next_line`` ends a
    sentence: a title and its subtitle look the same ("... - Frequently Asked Questions" /
    "Frequently asked questions about the incident."). Unless the break cuts an organisation's
    name (``_cuts_a_name``), which shows the wrap on two lines as well."""
    line = line.rstrip()
    below = next_line.strip()
    if len(line) < MIN_WRAPPED_LINE or ends_sentence(line):
        return False  # a short line, or a finished sentence ("...fixed it." / "Page 2 of 3")
    if (third_line is None or ends_sentence(next_line)) and not _cuts_a_name(line, below):
        return False
    third_line = third_line or ""
    width = max(len(line), len(below), len(third_line.rstrip()))
    return len(line) + 1 + len(below.split(None, 1)[0]) > width


def _cuts_a_name(line: str, below: str) -> bool:
    """Whether a line break cuts an organisation's name: ``line`` ends on a capitalised word and
    ``below`` starts with the word that closes such a name ("...by Contoso Payroll" /
    "Corporation that...", "...of the Mercy" / "Hospital and..."), which starts no sentence or
    heading."""
    found = words(line)
    first = _WORD.match(below)
    return (
        len(found) > 1
        and found[-1][:1].isupper()
        and first is not None
        and _ORGANISATION_END.fullmatch(first.group()) is not None
    )


def wraps_item_onto(item: str, next_line: str, third_line: str | None) -> bool:
    """Whether a list item's lines ``item`` (its marker's line from its start) go on in
    ``next_line`` (stripped), a hard wrap having put a name's next word under them ("• We
    reported it to the Information" / "Commissioner's Office"): the item ends no sentence, the
    word would not have fit on its last line within the width its lines and the two below show
    (set at MIN_WRAPPED_LINE or more; an item on one line shows it only with ``third_line``),
    and ``next_line`` names no section ("What You Can Do", a heading under the list) nor opens
    a clause as a sentence set under the list does ("We are sorry ..."). Unlike a paragraph's
    first line (``wraps_onto``), an item heads no subtitle, so a ``next_line`` that ends a
    sentence ("Commissioner's Office.") may go on it."""
    lines = item.rstrip().splitlines()
    below = next_line.strip()
    if ends_sentence(item) or names_a_section(below) or _opens_a_clause(below):
        return False
    if third_line is None and len(lines) < 2:
        return False
    width = max(len(below), len((third_line or "").rstrip()), *(len(x.rstrip()) for x in lines))
    first_word = len(below.split(None, 1)[0])
    return width >= MIN_WRAPPED_LINE and len(lines[-1].rstrip()) + 1 + first_word > width


# Characters a web page or a PDF leaves unseen in copied text: a zero-width space, a word
# joiner, a byte order mark. No str.strip takes them, as they are no white space to Python.
_ZERO_WIDTH = "\u200b\u2060\ufeff"


def ends_sentence(line: str) -> bool:
    """Whether a line of running text ends a sentence, perhaps with a footnote's mark after its
    full stop, so a heading may follow it."""
    stripped = line.rstrip().rstrip(_ZERO_WIDTH)
    if stripped.rstrip(_QUOTATION_CLOSES).endswith((".", "!", "?", ":", "…")):
        return True
    marked = stripped[-1:].isdigit() or stripped.endswith("]")  # "¹".isdigit() too
    return marked and _FOOTNOTE_AT_END.search(stripped[-10:]) is not None


def is_detail_lines(paragraph: str) -> bool:
    """Whether a paragraph is short lines that finish no sentence: a name, a role, a number or
    an address, each on a line of its own ("Privacy Office" / "1-800-555-0100"), as the items a
    lead-in ending with a colon leads into are typed without a marker ("If you have questions,
    please contact:"). Such lines are read with that lead-in, as a list's bullets are."""
    return not ends_sentence(paragraph) and all(
        at_most_words(line, MAX_HEADING_WORDS) for line in paragraph.splitlines()
    )


# A web or e-mail address closing a line ("For advice visit: https://www.cyber.gov.au/guide"):
# nothing of the sentence can follow it on that line, so the line ends there.
_ADDRESS_AT_END = re.compile(r"(?:" + _WEB_ADDRESS_START + r"|\S@)\S*$", re.IGNORECASE)


def ends_in_an_address(line: str) -> bool:
    """Whether a line ends with a web or e-mail address, so a line that reads as a heading may
    follow it ("...first-steps-guide" over "Q: Do I need to change my passwords?")."""
    return bool(_ADDRESS_AT_END.search(line.rstrip()))


def is_signature_line(line: str) -> bool:
    """A name, a role or an organisation under a sign-off: a short line, no sentence."""
    stripped = line.strip()
    if stripped.endswith(("?", "!", ":")):
        return False
    found = words(stripped)
    if len(found) <= _MAX_SIGNATURE_WORDS:
        return True
    capitalised = sum(w[:1].isupper() for w in found)
    return len(found) <= _MAX_NAMES_LINE_WORDS and capitalised * 2 > len(found)


# A speaker's name over a quotation or a role, as a press statement sets it ("Jane Smith" /
# "Chief Executive, Acme Ltd" / "“We are sorry ...”"): two to four capitalised words, perhaps a
# middle initial ("Jane A. Smith"), a surname's particle ("Maria de la Cruz") or an honorific
# ("Dr Jane Smith"; "Mr." and "Ms." are never titles, see _NOT_TITLE_START).
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_NAME_PART = (
    rf"[{_UPPER}](?:[{_LOWER}]+|[’'][{_UPPER}][{_LOWER}]+)(?:-[{_UPPER}][{_LOWER}]+)?"
    rf"|Ma?c[{_UPPER}][{_LOWER}]+"
)
_PERSON_NAME = re.compile(
    rf"(?:(?:Dr|Prof|Professor|Sir|Dame|Rev|Cllr)\.? )?(?:{_NAME_PART})"
    rf"(?: [A-Z]\.)*(?: (?:(?:de|da|del|la|van|von|der|den|di|le) )*(?:{_NAME_PART})){{1,2}}"
)
# Words a short Title Case heading is made of and no person's name is: the US model notice's
# headings (Cal. Civ. Code 1798.82(d)(1): "What Happened", "What Information Was Involved",
# "What We Are Doing", "What You Can Do", "For More Information") and the other parts of a
# notice, its FAQ and its press page (tests/corpus/GUIDE.md, headings). Two capitalised words
# beside a quotation ("Our Response" / "“We acted at once.”") are a heading when one of them is
# one of these.
_HEADING_VOCABULARY = frozenset(
    """what how why when where who which happened happening information involved doing can do
    more next steps step our your we you us my their response responses summary background
    overview impact impacts update updates latest notice notification notifications incident
    incidents breach breaches security cyber cybersecurity privacy data event announcement
    statement statements press release media news important urgent key facts frequently asked
    questions question answers answer faq faqs contact contacts help support resources resource
    advice guidance timeline investigation actions action protection protecting protect safety
    safe staying stay customer customers patient patients member members staff community public
    general further additional other useful root cause access status report account accounts
    password passwords service services system systems risk risks potential learned next
    message letter letters notes note details detail recommendations recommended measures
    enhanced improvements changes prevention preventing monitoring credit identity fraud theft
    operational health legal regulatory reporting affected impacted involved find out final
    thoughts closing conclusion introduction apology apologies commitment promise editors
    enquiries inquiries comment comments quote quotes reaction contents appendix annex
    glossary""".split()
)
# A line that gives a speaker's role or organisation ("Chief Executive, Acme Ltd", "Head of
# Patient Services", "National Crime Officers Association"): a role's or an organisation's word.
_ROLE = (
    r"\b(?:Chief|Executive|Officer|Director|President|Vice|Chair(?:man|woman|person)?|Manager"
    r"|Head|Secretary|Minister|Spokes(?:person|man|woman)|Commissioner|(?:Co-)?[Ff]ounder"
    r"|Principal|Superintendent|Dean|Provost|(?:Vice-)?Chancellor|Mayor|Governor|Partner"
    r"|Counsel|Treasurer|Trustee|Clerk|Registrar|Councillor|Administrator|Coordinator|Owner"
    r"|Leader|CEO|CFO|COO|CIO|CTO|CISO|DPO)\b"
)
_ROLE_WORD = re.compile(_ROLE)
_ROLE_OR_BODY = re.compile(rf"{_ROLE}|\b(?:Ltd|Limited|Inc|LLC|LLP|[Pp]lc|Corp|{_BODY_WORDS})\b")
_OPENING_MARKS = "\"'“‘"


def names_a_section(line: str) -> bool:
    """Whether a short line (stripped) names a section whatever stands above it: a question, a
    line led by a question word ("What We Are Doing"), or one made only of the words headings
    are made of ("For More Information", "Next Steps"). Under running text that leads in with a
    colon, other short lines ("Full name", "Date of Birth") are the items it leads into."""
    if _asks(line):
        return True
    found = [w.lower() for w in words(line.rstrip(":"))]
    return bool(found) and all(w in _HEADING_VOCABULARY or w in _MINOR_WORDS for w in found)


# The most words a section's name has that is no question ("Contact Us", "For More
# Information", "Help and Support"): the longest of the US model notice's headings but the
# question-led ones (Cal. Civ. Code 1798.82(d)(1)).
_MAX_SECTION_NAME_WORDS = 3


def heads_a_section(line: str) -> bool:
    """Whether a line that opens the letter as a heading names a section of it ("Questions?",
    "Contact us", "Need help?", "How to reach us"), which heads the lines under it, rather
    than the notice (its title: "Notice of Data Breach", "Important Information About Your
    Account"), which heads nothing: a question or a line led by a question word, or a few of
    the words headings are made of, none of them a notice's name for itself."""
    stripped = line.strip()
    if _NOTICE_WORD.search(stripped):
        return False
    return _asks(stripped) or (
        at_most_words(stripped, _MAX_SECTION_NAME_WORDS) and names_a_section(stripped)
    )


def _asks(line: str) -> bool:
    """Whether a line (stripped) asks a question or is led by a question word ("What We Are
    Doing"), as a section's name may."""
    return line.endswith("?") or bool(_QUESTION_WORD.match(line))


def is_person_name(line: str) -> bool:
    """Whether ``line`` (stripped) is only a person's name: two to four capitalised words, none
    of them a word headings are made of (``_HEADING_VOCABULARY``), a minor word ("In Brief"),
    a role's, and the first no verb's -ing ("Looking Ahead", "Moving Forward")."""
    if not _PERSON_NAME.fullmatch(line):
        return False
    found = [w.lower() for w in words(line)]
    return (
        not found[0].endswith("ing")
        and not any(w in _HEADING_VOCABULARY or w in _MINOR_WORDS for w in found)
        and not _ROLE_OR_BODY.search(line)
    )


def is_role_line(line: str) -> bool:
    """Whether ``line`` (stripped) gives a role or an organisation under a name: a short line
    with a role's or an organisation's word that is no sentence ("Chief Executive, Acme Ltd"),
    though it may end on an abbreviation's full stop ("Acme Inc.")."""
    if not line or not at_most_words(line, MAX_HEADING_WORDS) or line.endswith(("?", "!", ":")):
        return False
    if line.endswith(".") and not re.search(r"\b(?:Inc|Ltd|Co|Corp|Jr|Sr)\.$", line):
        return False
    return bool(_ROLE_OR_BODY.search(line))


# A quotation's close: its mark after the sentence's end ("... at once.”", "... sorry,’"), or a
# double mark ending the line ("... “a serious breach”.")
_QUOTATION_CLOSE = re.compile(r"[.!?,…][\"”’']$|[\"”]\.?$")


def _is_quotation(line: str) -> bool:
    """Whether ``line`` (stripped) opens or closes a quotation: a speaker's words."""
    return line[:1] in _OPENING_MARKS or bool(_QUOTATION_CLOSE.search(line))


def is_speaker(lines: list[str], number: int) -> bool:
    """Whether line ``number`` of ``lines`` is a speaker's name, not a heading: a person's name
    (``is_person_name``) followed on its line by a role ("Jane Smith, Chief Executive:"), or
    with a role or organisation line (``is_role_line``) or a quotation (``_is_quotation``) as
    the nearest line above or below it, blank lines apart. A short Title
    Case line beside them that is made of headings' words ("Our Response") stays a heading."""
    line = lines[number].strip()
    name, comma, role = line.partition(", ")
    if name.count(" ") > 5 or not is_person_name(name):  # most lines are longer than a name
        return False
    if comma:
        # "Jane Smith, Chief Executive of Acme Ltd:" says who speaks on its own, in Title Case;
        # "Jane Smith, our chief executive, said:" is a sentence
        role = role.removesuffix(":")
        return is_role_line(role) and bool(_ROLE_WORD.search(role)) and _is_title_case(words(role))
    for neighbour in (nearest_line(lines, number, -1), nearest_line(lines, number, 1)):
        if neighbour and (is_role_line(neighbour) or _is_quotation(neighbour)):
            return True
    return False


def nearest_line(lines: list[str], number: int, step: int) -> str:
    """The nearest line above (``step`` -1) or below (1) line ``number`` that is not blank,
    stripped, or "" when there is none."""
    index = number + step
    while 0 <= index < len(lines):
        if lines[index].strip():
            return lines[index].strip()
        index += step
    return ""
