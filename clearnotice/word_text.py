"""A Word paragraph's text as Word shows it, read from its WordprocessingML, and what was left out
on the way: the import (clearnotice/importing.py) turns it into Markdown and names in its notes
what it left out, so nothing the writer typed is lost without a word.

python-docx reads only a paragraph's own runs, and only their w:t, w:tab and w:br: text inside a
hyperlink's tracked insertion or a right-to-left span was lost, a page break glued two sentences
("End.Next"), a merge field's name vanished with an empty result, a list's numbers became
bullets, hidden notes were read as letter text and symbol-font bullets were lost or read as the
letter they are typed with ("Ø" for Wingdings' arrowhead).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# Elements whose content Word shows as the text around them, so their runs are the paragraph's
# (ECMA-376 Part 1: a tracked insertion w:ins 17.13.5.18 and move w:moveTo 17.13.5.25, a content
# control 17.5.2, a simple field's result 17.16.19, a smart tag 17.5.1.9, custom XML 17.5.1, a
# bidirectional override w:bdo and embedding w:dir 17.3.2, a hyperlink 17.16.22, the
# base text of a phonetic guide w:ruby, 17.3.3). A tracked deletion (w:del, w:moveFrom) is
# text taken out, and a phonetic guide's reading (w:rt) a pronunciation of the base text shown
# above it: neither is read.
WRAPPERS = frozenset(
    f"{W}{tag}"
    for tag in (
        *("ins", "moveTo", "sdt", "sdtContent", "fldSimple", "smartTag", "customXml"),
        *("dir", "bdo", "hyperlink", "ruby", "rubyBase"),
    )
)
# A run's content and the text Word shows for it (17.3.3): a break of any kind (a line, a page,
# a column) ends the line, so a page break between two sentences is no glue; a soft
# hyphen is shown only where the word breaks at a line's end, never here.
_RUN_TEXT = {
    f"{W}tab": "\t",
    f"{W}ptab": "\t",
    f"{W}br": "\n",
    f"{W}cr": "\n",
    f"{W}noBreakHyphen": "-",
    f"{W}softHyphen": "",
}
# What the symbol fonts Word uses for bullets, signs and ticks show at a character code (a
# w:sym's w:char, or a character typed in that font, 0xF000 added or not): Symbol's bullet and
# the signs a letter uses (Adobe's Symbol font metrics, its encoding: 163 lessequal, 174
# arrowright, 176 degree, 177 plusminus, 179 greaterequal, 180 multiply, 183 bullet, 184
# divide, 188 ellipsis, 210-212 and 226-228 registered, copyright and trademark), and
# Wingdings' bullets, arrows, boxes and ticks (Alan Wood's Wingdings table,
# https://www.alanwood.net/demos/wingdings.html). Symbol's Greek letters as Adobe's encoding
# maps them (the Unicode Consortium's MAPPINGS/VENDORS/ADOBE/symbol.txt: "a" alpha, "f" phi,
# "j" the phi symbol, "J" the theta symbol, "V" final sigma, "v" the pi symbol...). Wingdings 2's
# ticks, crosses, boxes and bullets and Wingdings 3's triangles as the Unicode Consortium maps
# them (its Wingdings and Webdings mapping, UTC document L2/12-368, WG2 N4384, p. 68: the index
# 2080, Wingdings 2 at 80, "P", is U+1F5F8 light check mark).
_GREEK = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
        "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖαβχδεφγηιϕκλμνοπθρστυϖωξψζ",
        strict=True,
    )
)
_SYMBOL_FONTS = {
    "symbol": {
        **{ord(letter): greek for letter, greek in _GREEK.items()},
        **{0xA3: "≤", 0xAE: "→", 0xB0: "°", 0xB1: "±", 0xB3: "≥", 0xB4: "×", 0xB7: "•"},
        **{0xB8: "÷", 0xBC: "…", 0xD2: "®", 0xD3: "©", 0xD4: "™", 0xE2: "®", 0xE3: "©"},
        0xE4: "™",
        0x2D: "−",  # 45 minus
        # its digits and the punctuation it shares with ASCII (33 exclam, 40 parenleft...)
        **{ord(c): c for c in " !#%&()+,./0123456789:;<=>?[]_{|}"},
    },
    "wingdings": {
        0x20: " ",
        **{0x6C: "●", 0x6E: "■", 0x6F: "□", 0x71: "❑", 0x75: "◆", 0x76: "❖", 0x9F: "•"},
        **{0xA7: "▪", 0xA8: "◻", 0xD8: "➢", 0xE8: "➔", 0xF0: "⇨"},
        **{0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑"},
    },
    "wingdings 2": {
        0x20: " ",
        **{0x4F: "🗴", 0x50: "🗸", 0x51: "🗵", 0x52: "☑", 0x53: "⮽", 0x54: "☒"},
        **{0x95: "⋅", 0x97: "⦁", 0x98: "●", 0x99: "○", 0x9C: "🞉", 0x9D: "⊙"},
        **{0xA2: "■", 0xA3: "□", 0xAE: "⬥", 0xAF: "◇", 0xB8: "◊"},
    },
    "wingdings 3": {
        0x20: " ",
        **{0x70: "▲", 0x71: "▼", 0x72: "△", 0x73: "▽", 0x74: "◀", 0x75: "▶", 0x76: "◁"},
        **{0x77: "▷", 0x7C: "🞀", 0x7D: "🞂", 0x7E: "🞁", 0x80: "🞃"},
    },
}
# The signs above that Word's bullet library puts before a list item ("•", "▪", "❖", "➢",
# Wingdings 2's "⊙", Wingdings 3's "▶"...):
# typed before a tab at a paragraph's start, they make it a list item. Not the ticks and the
# empty boxes, which a form's lines begin with and which say something ("☐ Your name" is a
# box left unticked).
LIST_SIGNS = "•●■❑◆❖▪➢➔⇨⊙🞉⬥▶▷🞂"
# A merge field's instruction (ECMA-376 Part 1, 17.16.5, MERGEFIELD): its name bare or in
# quotes; or the address block and greeting line Word's mail merge builds from several fields,
# shown as «AddressBlock» and «GreetingLine» (17.16.5, ADDRESSBLOCK and GREETINGLINE). Saved
# while previewing, each shows the first customer's values ("Dear Ana,").
_MERGEFIELD = re.compile(
    r'^\s*(?:MERGEFIELD\s+(?:"([^"]+)"|(\S+))|(ADDRESSBLOCK|GREETINGLINE)\b)', re.IGNORECASE
)
_BUILT_FIELDS = {"ADDRESSBLOCK": "AddressBlock", "GREETINGLINE": "GreetingLine"}
# A conditional field's instruction (17.16.5, IF): Word shows one of two texts, chosen by
# comparing values (often a merge field's, customer by customer).
_CONDITION = re.compile(r"^\s*IF\b", re.IGNORECASE)
# A hyperlink field's instruction (17.16.5, HYPERLINK): its address in quotes or bare.
_HYPERLINK = re.compile(r'^\s*HYPERLINK\s+(?:"([^"]*)"|([^\s\\]+))', re.IGNORECASE)


@dataclass
class Gathered:
    """What reading the paragraphs left out or changed, for the import's notes."""

    hidden: list[str] = field(default_factory=list)
    struck: list[str] = field(default_factory=list)
    merge_fields: dict[str, str] = field(default_factory=dict)  # Word's name: placeholder's
    symbols: dict[str, int] = field(default_factory=dict)  # font: how many left out
    unended: list[str] = field(default_factory=list)  # instructions of fields never ended
    conditions: list[tuple[list[str], str]] = field(default_factory=list)  # merge names, result


@dataclass
class _Field:
    """A complex field being read (17.16.18): its instruction, then its shown result."""

    begin: object = None  # its w:fldChar "begin"
    instruction: str = ""
    merged: list[str] = field(default_factory=list)  # merge fields inside its instruction
    drawn: str = ""  # what Word draws for a legacy form field, which has no result runs
    shown: bool = False  # past its w:fldChar "separate"
    replaced: bool = False  # a merge field, written as its placeholder instead of its result
    result: str = ""


class ParagraphText:
    """The text pieces of paragraphs, each ``(text, bold)``, as Word shows them; bold and
    hidden are asked of ``styles`` (clearnotice.word_styles.Styles) and what is left out is
    added to ``gathered``. Paragraphs are read in the document's order, one reading each: a
    field's instruction and result may go on over several paragraphs (an IF field's text of a
    few lines), so the fields still open are carried from one paragraph to the next. The
    field begins (w:fldChar) in ``unended``, which a first reading left open to the end
    (``unended()``), start no field: what follows them is read as text."""

    def __init__(self, styles, gathered: Gathered, unended: tuple = ()):
        self._styles, self.gathered = styles, gathered
        self._unended = list(unended)
        self._fields: list[_Field] = []
        self._carried: list[tuple[str, bool]] = []

    def pieces(self, paragraph) -> list[tuple[str, bool]]:
        out, self._carried = self._carried, []
        for open_field in self._fields:  # its result goes on in a new paragraph
            open_field.result += "\n" if open_field.result else ""
        self._read(paragraph._p, paragraph, self._fields, out)
        return out

    def carry(self, paragraph) -> None:
        """Read a paragraph whose mark is deleted into the next paragraph read (``pieces``)."""
        self._carried = self.pieces(paragraph)

    def carried(self) -> list[tuple[str, bool]]:
        """The pieces carried past the last paragraph (a deleted mark Word would not allow)."""
        out, self._carried = self._carried, []
        return out

    def unended(self) -> list[_Field]:
        """The fields begun and never ended once every paragraph is read: a file cut short or
        damaged. Each hid what follows it, as if it were the field's instruction."""
        return list(self._fields)

    def _read(self, parent, paragraph, fields: list[_Field], out: list) -> None:
        for child in parent.iterchildren():
            if child.tag == f"{W}r":
                self._run(child, paragraph, fields, out)
            elif child.tag == f"{W}fldSimple":
                self._simple_field(child, paragraph, fields, out)
            elif child.tag == f"{W}hyperlink":
                self._hyperlink(child, paragraph, fields, out)
            elif child.tag in WRAPPERS:
                self._read(child, paragraph, fields, out)
            elif child.tag == f"{MC}AlternateContent":
                for chosen in _one_alternative(child):
                    self._read(chosen, paragraph, fields, out)

    def _simple_field(self, simple, paragraph, fields: list[_Field], out: list) -> None:
        """A simple field (17.16.19): its instruction in w:instr, its result the runs inside
        it, read as a complex field's are."""
        instruction = simple.get(f"{W}instr") or ""
        if _merge_name(instruction):
            self._merge_field(instruction, fields, out)
            return
        fields.append(_Field(instruction=instruction, shown=True))
        self._read(simple, paragraph, fields, out)
        self._field_ends(fields, out)

    def _hyperlink(self, link, paragraph, fields: list[_Field], out: list) -> None:
        """A hyperlink's text, then its address in brackets unless the text shows it. The
        address is its relationship's target (17.16.22): a link to a relationship the file
        lacks has none (python-docx's Hyperlink.address stopped the import with a KeyError)."""
        start = len(out)
        self._read(link, paragraph, fields, out)
        relation = paragraph.part.rels.get(link.get(_RELATIONSHIP_ID) or "")
        address = relation.target_ref if relation is not None else ""
        if address and address not in "".join(text for text, _ in out[start:]):
            self._emit(f" ({address})", False, fields, out)

    def _run(self, run, paragraph, fields: list[_Field], out: list) -> None:
        if self._styles.is_hidden(run, paragraph._p):
            self.gathered.hidden.append("".join(_plain_run_text(run)))
            return
        bold, font = self._styles.is_bold(run, paragraph._p), _symbol_font(run)
        if self._styles.is_struck(run, paragraph._p):
            self.gathered.struck.append("".join(_plain_run_text(run)))
        for child in run.iterchildren():
            if child.tag == f"{W}t":
                self._emit(self._in_font(child.text or "", font), bold, fields, out)
            elif child.tag in _RUN_TEXT:
                self._emit(_RUN_TEXT[child.tag], bold, fields, out)
            elif child.tag == f"{W}sym":
                symbol_font = (child.get(f"{W}font") or "").lower()
                self._emit(self._symbol(symbol_font, _code(child)), bold, fields, out)
            elif child.tag in (f"{W}fldChar", f"{W}instrText"):
                self._field(child, fields, out)

    def _field(self, element, fields: list[_Field], out: list) -> None:
        """A complex field's begin, instruction, separator or end: only its result is shown,
        a merge field's as its placeholder, and a hyperlink's with its address."""
        kind = element.get(f"{W}fldCharType")
        if kind == "begin":
            if element not in self._unended:
                fields.append(_Field(begin=element, drawn=_form_field_shows(element)))
        elif not fields:
            return  # an end or instruction without a begin: nothing to show
        elif element.tag == f"{W}instrText":
            if not fields[-1].shown:
                fields[-1].instruction += element.text or ""
        elif kind in ("separate", "end"):
            if not fields[-1].shown:  # a field never updated ends without a result
                self._field_result_starts(fields, out)
            if kind == "end":
                self._field_ends(fields, out)

    def _field_result_starts(self, fields: list[_Field], out: list) -> None:
        top = fields[-1]
        top.shown = True
        self._emit(top.drawn, False, fields, out)
        if _merge_name(top.instruction):
            self._merge_field(top.instruction, fields[:-1], out)
            top.replaced = True

    def _merge_field(self, instruction: str, fields: list[_Field], out: list) -> None:
        """A merge field shown as its placeholder, or, inside another field's instruction (an
        IF field's condition), named as a field that instruction depends on."""
        name, placeholder = _placeholder(instruction)
        if self._emit(f"{{{{ {placeholder} }}}}", False, fields, out):
            self.gathered.merge_fields[name] = placeholder
        elif fields and not fields[-1].shown:
            fields[-1].merged.append(name)

    def _field_ends(self, fields: list[_Field], out: list) -> None:
        top = fields.pop()
        if _CONDITION.match(top.instruction) and top.result.strip():
            self.gathered.conditions.append((top.merged, top.result))
        link = _HYPERLINK.match(top.instruction)
        address = link and (link.group(1) or link.group(2))
        if address and address not in top.result:
            self._emit(f" ({address})", False, fields, out)

    def _emit(self, text: str, bold: bool, fields: list[_Field], out: list) -> bool:
        """Add ``text`` unless it is a field's instruction or a replaced field's result; say
        whether it was added."""
        if not (text and all(f.shown and not f.replaced for f in fields)):
            return False
        out.append((text, bold))
        for open_field in fields:
            open_field.result += text
        return True

    def _in_font(self, text: str, font: str | None) -> str:
        """``text`` as shown in ``font``: a symbol font's characters as the signs they show."""
        if font is None:
            return text
        return "".join(self._symbol(font, ord(character)) for character in text)

    def _symbol(self, font: str, code: int) -> str:
        """The sign ``font`` shows at ``code``, or "" (and counted as left out)."""
        code = code - 0xF000 if 0xF000 <= code <= 0xF0FF else code
        if 0xFF < code <= 0x10FFFF or (code >= 0 and not _is_symbol_font(font)):
            return chr(code)  # a font of letters, or a character the font's 256 codes lack
        shown = _SYMBOL_FONTS.get(font, {}).get(code)
        if shown is None:
            self.gathered.symbols[font] = self.gathered.symbols.get(font, 0) + 1
            return ""
        return shown


def _placeholder(instruction: str) -> tuple[str, str]:
    """A merge field's name and the placeholder it becomes: its name in the letters and digits
    a placeholder may hold (clearnotice.placeholders.PLACEHOLDER), accents taken off, so
    "Prénom" is {{ Prenom }}, not a placeholder typed wrong that the merge refuses."""
    name = _merge_name(instruction)
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    placeholder = re.sub(r"[^A-Za-z0-9]+", "_", plain).strip("_") or "field"
    if placeholder[0].isdigit():
        placeholder = "field_" + placeholder
    return name, placeholder


def mark_deleted(paragraph) -> bool:
    """Whether a paragraph's mark (a w:p's) is deleted or moved away as a tracked change
    (w:del or w:moveFrom in its w:pPr/w:rPr, ECMA-376 Part 1, 17.13.5):
    accepted, as the import reads every tracked change, the paragraph and the next are one."""
    marks = paragraph.find(f"{W}pPr/{W}rPr")
    return marks is not None and (
        marks.find(f"{W}del") is not None or marks.find(f"{W}moveFrom") is not None
    )


def _form_field_shows(begin) -> str:
    """What Word draws for the legacy form field a w:fldChar begins, from its w:ffData (ECMA-376
    Part 1, 17.16): a check box as ☒ or ☐ (w:checked, else w:default), a drop-down as its
    chosen entry (w:result, else w:default, else the first); "" for any other field, whose
    result runs show it. Read as nothing, an unticked "☐ Social Security number" read as if
    the number were involved."""
    data = begin.find(f"{W}ffData")
    if data is None:
        return ""
    box = data.find(f"{W}checkBox")
    if box is not None:
        state = box.find(f"{W}checked")
        if state is None:
            state = box.find(f"{W}default")
        return "☒" if state is not None and _on(state) else "☐"
    choices = data.find(f"{W}ddList")
    if choices is None:
        return ""
    entries = [entry.get(f"{W}val") or "" for entry in choices.iterchildren(f"{W}listEntry")]
    chosen = choices.find(f"{W}result")
    if chosen is None:
        chosen = choices.find(f"{W}default")
    index = read_number(chosen.get(f"{W}val")) if chosen is not None else 0
    return entries[index] if 0 <= index < len(entries) else ""


def _on(element) -> bool:
    """A w:checked or w:default: on when it has no w:val or an on value (ST_OnOff;
    w:default's 1 for ticked)."""
    return (element.get(f"{W}val") or "true").lower() in ("true", "1", "on")


def _code(symbol) -> int:
    """A w:sym's character code (hexadecimal, 17.3.3), or -1 when it is none."""
    code = symbol.get(f"{W}char") or ""
    return int(code, 16) if re.fullmatch(r"[0-9A-Fa-f]{1,6}", code) else -1


def _one_alternative(content) -> list:
    """The one alternative of an mc:AlternateContent to read (ECMA-376 Part 3, 10.2), in a
    list (empty when it has none): the fallback, written for readers that know no extension,
    as one reading text does; else the first choice. None was read, and every one would read
    the text twice."""
    chosen = content.find(f"{MC}Fallback")
    if chosen is None:
        chosen = content.find(f"{MC}Choice")
    return [chosen] if chosen is not None else []


def _merge_name(instruction: str) -> str:
    """The name of the merge field ``instruction`` fills in ("FirstName"), or ""."""
    found = _MERGEFIELD.match(instruction)
    if not found:
        return ""
    if found.group(3):
        return _BUILT_FIELDS[found.group(3).upper()]
    return (found.group(1) or found.group(2)).strip()


def _symbol_font(run) -> str | None:
    """The symbol font a run's text is typed in (w:rFonts, 17.3.2), lower case, or None."""
    fonts = run.find(f"{W}rPr/{W}rFonts")
    if fonts is None:
        return None
    for attribute in ("ascii", "hAnsi"):
        name = (fonts.get(f"{W}{attribute}") or "").lower()
        if _is_symbol_font(name):
            return name
    return None


def _is_symbol_font(name: str) -> bool:
    """Whether ``name`` (lower case) is a font of signs, not letters: Symbol, Webdings and the
    Wingdings fonts, whose characters show as pictures, not as the letters typed."""
    return name in ("symbol", "webdings") or name.startswith("wingdings")


def _plain_run_text(run):
    for child in run.iterchildren():
        if child.tag == f"{W}t":
            yield child.text or ""
        elif child.tag in _RUN_TEXT:
            yield _RUN_TEXT[child.tag]


# The number formats a list's level may use (ECMA-376 Part 1, 17.18.59 ST_NumberFormat) that a
# letter's lists use; any other is written in digits, its order kept.
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _roman(number: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out += letters * count
    return out


def _letters(number: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, then aaa (the letter repeated)."""
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1) if number > 0 else ""


# Past this a count is written in digits whatever its format: a crafted list starting at two
# billion in roman numerals or letters would write a number millions of letters long.
_MOST_SPELLED = 999
_FORMATS = {
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
    "decimalZero": lambda n: f"{n:02d}",
}


@dataclass(frozen=True)
class _Level:
    number_format: str  # "decimal", "bullet", "none"...
    text: str  # "%1.", "(%1)", "%1.%2."
    start: int
    legal: bool = False  # w:isLgl: every level's number in its text shown in digits ("1.1.")
    restart: int | None = None  # w:lvlRestart: restarted after level (1-based); 0 never


class Numbering:
    """The numbers Word shows before list items, counted in the order the items are read, from
    the document's numbering part (ECMA-376 Part 1, 17.9): a list (w:num) is an abstract
    numbering's levels, whose counts it shares with the other lists made from them, unless it
    restarts a level (w:lvlOverride and w:startOverride, 17.9) or defines a level its own way
    (a w:lvl in a w:lvlOverride). An abstract numbering that only links to a list style
    (w:numStyleLink) is the one that style's list is made from."""

    def __init__(self, numbering_element, styles_element):
        self._levels: dict[str, dict[int, _Level]] = {}
        self._lists: dict[str, tuple[str, dict[int, int]]] = {}
        self._own_levels: dict[str, dict[int, _Level]] = {}  # a list's overriding levels
        self._counts: dict[str, dict[int, int]] = {}
        self._restarted: set[str] = set()
        if numbering_element is not None:
            links = self._read(numbering_element)
            self._follow(links, styles_element)

    def _read(self, numbering) -> dict[str, str]:
        """Read the levels and the lists; return each abstract numbering's list style link."""
        links = {}
        for abstract in numbering.iterchildren(f"{W}abstractNum"):
            number = abstract.get(f"{W}abstractNumId")
            self._levels[number] = {
                read_number(level.get(f"{W}ilvl")): _level(level)
                for level in abstract.iterchildren(f"{W}lvl")
            }
            link = abstract.find(f"{W}numStyleLink")
            if link is not None:
                links[number] = link.get(f"{W}val")
        for listed in numbering.iterchildren(f"{W}num"):
            base = listed.find(f"{W}abstractNumId")
            starts = {
                read_number(override.get(f"{W}ilvl")): read_number(start.get(f"{W}val"), 1)
                for override in listed.iterchildren(f"{W}lvlOverride")
                for start in override.iterchildren(f"{W}startOverride")
            }
            if base is not None:
                self._lists[listed.get(f"{W}numId")] = (base.get(f"{W}val"), starts)
            self._own_levels[listed.get(f"{W}numId")] = {
                read_number(override.get(f"{W}ilvl")): _level(level)
                for override in listed.iterchildren(f"{W}lvlOverride")
                for level in override.iterchildren(f"{W}lvl")
            }
        return links

    def _follow(self, links: dict[str, str], styles) -> None:
        """Give each abstract numbering linked to a list style the levels of that style's list
        (the style's w:numPr names the list), sharing its counts as Word does."""
        for number, style_id in links.items():
            style = next(
                (s for s in styles.iterchildren(f"{W}style") if s.get(f"{W}styleId") == style_id),
                None,
            )
            list_id = style.find(f"{W}pPr/{W}numPr/{W}numId") if style is not None else None
            target = self._lists.get(list_id.get(f"{W}val") if list_id is not None else "")
            if target is not None and target[0] != number:
                self._levels[number] = self._levels.get(target[0], {})
                self._counts[number] = self._counts.setdefault(target[0], {})

    def marker(self, list_id: str, level: int) -> str:
        """The marker of the next item of list ``list_id`` at ``level``: its number as Word
        shows it ("3.", "(b)"), "-" for a bullet or a list the part does not define, or ""
        for a level that shows no number."""
        base, starts = self._lists.get(list_id, ("", {}))
        levels = {**self._levels.get(base, {}), **self._own_levels.get(list_id, {})}
        if level not in levels:
            return "-"
        counts = self._counts.setdefault(base, {})
        if list_id not in self._restarted:
            self._restarted.add(list_id)
            for restarted, start in starts.items():
                counts[restarted] = start - 1
                _forget_below(counts, levels, restarted)
        counts[level] = counts.get(level, levels[level].start - 1) + 1
        _forget_below(counts, levels, level)
        shown = levels[level]
        if shown.number_format == "bullet":
            return "-"
        return re.sub(
            r"%([1-9])",
            lambda m: self._number(levels, counts, int(m[1]) - 1, shown.legal),
            shown.text,
        )

    @staticmethod
    def _number(levels: dict[int, _Level], counts: dict[int, int], level: int, legal) -> str:
        """A level's count as its format writes it; in digits in a legal level's number
        (w:isLgl, ECMA-376 Part 1, 17.9: "I." and "1.1." in one list)."""
        defined = levels.get(level)
        if defined is None or defined.number_format == "none":
            return ""
        count = counts.get(level, defined.start)
        if legal or not 0 < count <= _MOST_SPELLED:
            return str(count)
        return _FORMATS.get(defined.number_format, str)(count)


def _forget_below(counts: dict[int, int], levels: dict[int, _Level], level: int) -> None:
    """A level's new item restarts the levels below it that restart after it (w:lvlRestart,
    ECMA-376 Part 1, 17.9: a 1-based level, or 0 for never; by default any level above)."""
    for deeper in [key for key in counts if key > level]:
        defined = levels.get(deeper)
        restart = defined.restart if defined is not None and defined.restart is not None else deeper
        if level < restart:
            del counts[deeper]


def _level(level) -> _Level:
    def value(tag: str) -> str | None:
        found = level.find(f"{W}{tag}")
        return found.get(f"{W}val") if found is not None else None

    legal = level.find(f"{W}isLgl")
    restart = value("lvlRestart")
    return _Level(
        value("numFmt") or "decimal",
        value("lvlText") or "",
        read_number(value("start"), 1),
        legal is not None and _on(legal),
        read_number(restart) if restart is not None else None,
    )


def read_number(value: str | None, default: int = 0) -> int:
    """``value`` as a number, or ``default`` when it is none or longer than Word's numbers
    (ST_DecimalNumber, 32 bits: ten digits); a file's 5,000-digit level stopped Python's int()
    with a ValueError."""
    return int(value) if value is not None and re.fullmatch(r"-?\d{1,10}", value) else default
