"""Hostile letters, made from a seed: what users type and paste into ClearNotice.

Each letter is a handful of blocks (headings of every form, lists, tables, code fences, HTML,
links, merge fields, plain sentences) whose words are sprinkled with the characters that break
text handling: zero-width and bidi controls, combining marks, emoji with skin tones, CJK,
right-to-left script. ``letter(seed)`` is the same letter on every run, so a failure names a
seed that reproduces it; ``import_files(seed)`` gives the same letter as the bytes of the files
a user imports (.md, .txt and .docx, with byte-order marks and legacy encodings).
"""

from __future__ import annotations

import codecs
import io
import random

from docx import Document

WORDS = (
    "we", "lost", "your", "data", "on", "March", "3", "call", "us", "at", "1-800-555-0100",
    "criminal", "copied", "files", "Social", "Security", "number", "sorry", "credit",
    "monitoring", "free", "months", "help@example.com", "https://example.com/faq", "SSN",
    "notice", "breach", "what", "happened", "Acme", "customers", "password", "reset",
)  # fmt: skip
# Characters that show nothing or change direction (The Unicode Standard 15.0, 23.2 "Layout
# Controls" and Unicode Standard Annex #9 "Bidirectional Algorithm", 2.1-2.6), combining marks
# (3.6 "Combination"), and emoji modifiers (Unicode Technical Standard #51, 2.4 "Diversity").
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
BIDI = ("\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069")
# Line and paragraph separators Python's str.splitlines breaks at but "\n" does not (vertical
# tab, file and record separators, NEL, U+2028, U+2029: the Python Library Reference,
# str.splitlines), and DEL: pasted from other programs. NUL is left out: a letter refuses it
# (clearnotice.letters._check_text), an import says so.
SEPARATING = ("\x0b", "\x1c", "\x1e", "\x85", "\u2028", "\u2029", "\x7f")
COMBINING = ("\u0301", "\u0308", "\u0327", "\u20dd", "\u0301\u0301\u0301")
OTHER_SCRIPTS = ("数据泄露", "お客様", "개인정보", "שלום", "مرحبا", "Привет", "Ωμέγα", "नमस्ते")
EMOJI = ("😀", "👍🏽", "👩🏿‍💻", "🇺🇸", "❤️", "🎉", "1️⃣")
ODD_TARGETS = (
    "javascript:alert(1)", "", " ", "<>", "data:text/html,<script>x</script>",
    "../../etc/passwd", "http://a b", "{{ link }}", "mailto:", "#",
)  # fmt: skip


def _word(rng: random.Random) -> str:
    """A word, now and then with a hostile character glued to it or in its place."""
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(WORDS)
    if roll < 0.65:
        return rng.choice(OTHER_SCRIPTS)
    if roll < 0.72:
        return rng.choice(EMOJI)
    word = rng.choice(WORDS)
    at = rng.randint(0, len(word))
    glued = rng.choice((*INVISIBLE, *BIDI, *COMBINING, *SEPARATING))
    return word[:at] + glued + word[at:]


def _words(rng: random.Random, low: int = 1, high: int = 12) -> str:
    return " ".join(_word(rng) for _ in range(rng.randint(low, high)))


def _sentence(rng: random.Random) -> str:
    text = _words(rng, 3, 14)
    return text[:1].upper() + text[1:] + rng.choice((".", "!", "?", "", "...", ":", " —"))


def _heading(rng: random.Random) -> str:
    forms = (
        lambda: "#",
        lambda: "#" * rng.randint(1, 9) + " " + _words(rng, 1, 5),
        lambda: "######## x",
        lambda: "# " + rng.choice((" " * rng.randint(1, 5), rng.choice(EMOJI), "\u200f\u200e")),
        lambda: _words(rng, 1, 5) + "\n" + rng.choice(("===", "---", "=", "- - -")),
        lambda: "**",
        lambda: "**" + _words(rng, 1, 4) + "**",
        lambda: " ".join(w.title() for w in _words(rng, 2, 5).split(" ")),
        lambda: rng.choice(("1. What happened", "2) What we are doing", "A. Next steps")),
        lambda: "# " + _words(rng, 1, 3) + " #####",
        lambda: "## **" + _words(rng, 1, 3),
    )
    return rng.choice(forms)()


def _list(rng: random.Random) -> str:
    marker = rng.choice(("- ", "* ", "+ ", "• ", "1. ", "1) ", "a) ", "i. ", "-", "10. "))
    lines = []
    for _ in range(rng.randint(1, 5)):
        indent = rng.choice(("", "", "  ", "    ", "\t", "        "))
        item = rng.choice(("", " ", _words(rng, 1, 8), "[ ] " + _words(rng), "**"))
        lines.append(indent + marker + item)
    return "\n".join(lines)


def _table(rng: random.Random) -> str:
    width = rng.randint(1, 4)
    rows = [
        "| " + " | ".join(_words(rng, 0, 3) for _ in range(rng.randint(0, width + 1))) + " |"
        for _ in range(rng.randint(1, 4))
    ]
    if rng.random() < 0.7:
        rows.insert(1, "|" + "---|" * width)
    return "\n".join(rows)


def _markup(rng: random.Random) -> str:
    target = rng.choice(ODD_TARGETS)
    forms = (
        lambda: "```" + rng.choice(("", "python", " ")) + "\n" + _words(rng),  # left open
        lambda: "```\n" + _words(rng) + "\n```",
        lambda: "<script>alert('x')</script> " + _sentence(rng),
        lambda: "<b>" + _words(rng) + "</b> <img src=x onerror=alert(1)> <!-- " + _words(rng),
        lambda: f"[{_words(rng, 0, 3)}]({target}) and ![{_words(rng, 0, 2)}]({target})",
        lambda: f"<{target}> [ref][1]\n\n[1]: {target}",
        lambda: "Dear {{ first_name }}, " + _sentence(rng) + " {{ " + _words(rng, 1, 2),
        lambda: "{{" + rng.choice(("", " ", "}", "{{ x }}")) + " " + _sentence(rng),
        lambda: "> " + _sentence(rng) + "\n> > " + _words(rng),
        lambda: "---",
        lambda: "***" + _words(rng) + "***" + rng.choice(("", "*", "_")),
        lambda: "`" + _words(rng) + rng.choice(("`", "")),
        lambda: "\\" + _sentence(rng) + "\\",
        lambda: "&amp; &lt;script&gt; &#0; &#x110000; &nbsp;" + _words(rng),
    )
    return rng.choice(forms)()


def _oddity(rng: random.Random) -> str:
    forms = (
        lambda: " " * rng.randint(1, 40),
        lambda: "\t \u00a0\u3000 ",
        lambda: rng.choice(EMOJI) * rng.randint(1, 30),
        lambda: "".join(rng.choice(BIDI + INVISIBLE) for _ in range(rng.randint(1, 8))),
        lambda: "e" + "\u0301" * rng.randint(1, 30),
        lambda: "".join(rng.choice(OTHER_SCRIPTS) for _ in range(rng.randint(1, 20))),
        lambda: "Sincerely,\n\n" + _words(rng, 1, 3),
        lambda: "P.S. " + _sentence(rng),
        lambda: "\f",
    )
    return rng.choice(forms)()


BLOCKS = ((_sentence, 5), (_heading, 3), (_list, 2), (_table, 1), (_markup, 2), (_oddity, 2))
SEPARATORS = ("\n\n", "\n\n", "\n", "\n\n\n", "\r\n\r\n", "\r\n", "\f", "\n \n", "\r")


def letter(seed: int) -> str:
    """A hostile letter of a few blocks, the same for the same ``seed``."""
    rng = random.Random(seed)
    makers = [maker for maker, weight in BLOCKS for _ in range(weight)]
    blocks = []
    for _ in range(rng.randint(1, 12)):
        blocks.append(rng.choice(makers)(rng) if rng.random() > 0.05 else "")
        blocks.append(rng.choice(SEPARATORS))
    text = "".join(blocks[:-1])
    if rng.random() < 0.02:
        text += "\n\n" + "".join(rng.choice(WORDS) + " " for _ in range(3000))[:20_000]
    return text


def letters(count: int, first_seed: int = 0) -> list[tuple[int, str]]:
    """``count`` letters, each with the seed that makes it."""
    return [(seed, letter(seed)) for seed in range(first_seed, first_seed + count)]


def _docx(text: str, rng: random.Random) -> bytes:
    """A Word document with one paragraph per line of ``text``, each now and then in Word's own
    structure: the Title, a heading, a bulleted or numbered list's style, a bold run, or a
    table's cells."""
    document = Document()
    for line in text.split("\n"):
        roll = rng.random()
        if roll < 0.1:
            document.add_heading(line, level=rng.randint(0, 3))  # 0 is the Title
        elif roll < 0.2:
            document.add_paragraph(line, style=rng.choice(("List Bullet", "List Number")))
        elif roll < 0.25:
            cells = line.split(" ")
            table = document.add_table(rows=1, cols=len(cells))
            for cell, word in zip(table.rows[0].cells, cells, strict=True):
                cell.text = word
        elif roll < 0.3:
            document.add_paragraph().add_run(line).bold = True
        else:
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_text(text: str) -> str:
    """``text`` without what XML 1.0 cannot hold (Char, section 2.2): python-docx refuses it."""
    allowed = {"\t", "\n", "\r"}
    return "".join(c for c in text if c in allowed or (c >= " " and not 0xD800 <= ord(c) < 0xE000))


def import_files(seed: int) -> list[tuple[str, bytes]]:
    """The letter of ``seed`` as the files a user could import: its name and bytes, in the
    encodings and with the marks a text file may carry, one of them damaged."""
    rng = random.Random(seed)
    text = letter(seed)
    utf8 = text.encode("utf-8", "surrogatepass")
    files = [
        ("letter.md", utf8),
        ("letter.txt", codecs.BOM_UTF8 + utf8),
        ("letter.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass")),
        ("letter.txt", text.encode("cp1252", "replace")),
        ("letter.docx", _docx(docx_text(text), rng)),
    ]
    damage = rng.choice(
        (
            lambda b: b[: rng.randint(0, len(b))],
            lambda b: b + b"\x00",
            lambda b: b.replace(b" ", b"\xed\xa0\x80", 1),  # a lone surrogate in UTF-8 form
            lambda b: codecs.BOM_UTF16_BE + b,
            lambda b: b"\xff" + b,
        )
    )
    files.append(("letter.md", damage(utf8)))
    return files
