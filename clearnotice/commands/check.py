"""``clearnotice check FILE``: the guidance review on the command line, for scripts and CI.

Reads a Markdown or plain-text file, or a Word .docx (read as the app imports it: headings,
lists and bold kept). Prints every finding (``file:line:column: severity rule message``), each
jurisdiction's checklist with the sentence taken as evidence for each item (and its line) or
"missing", conflicts, tone and the score; or all of it as JSON.
Exits 0 when no error-level finding and no required item is missing, 1 when one is, and 2 when
the file or the options cannot be used.
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from pathlib import Path

from clearnotice.checks.outcome import NOT_APPLICABLE
from clearnotice.commands.jurisdiction_option import add_jurisdiction_option, jurisdiction_codes
from clearnotice.guidance import BASE_PROFILE, GuidanceReport, jurisdictions, review
from clearnotice.importing import MAX_DOCX_BYTES, WORD_EXTENSIONS, decode_text, import_draft
from clearnotice.vocabulary import VocabularyError, load
from clearnotice.wording import plural

EXIT_PASS, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
MAX_BYTES = 2_000_000  # a breach letter is a few kilobytes; anything near this is not one


def add_arguments(parser: argparse.ArgumentParser) -> None:
    codes = ", ".join(p.code for p in jurisdictions())
    parser.add_argument(
        "file", help="the letter: a Markdown, plain-text or .docx file ('-' reads stdin)"
    )
    add_jurisdiction_option(
        parser, f"check the law of this jurisdiction too ({codes}); repeat it or separate by commas"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--vocabulary",
        metavar="FILE",
        help="your organisation's vocabulary file (default: $CLEARNOTICE_VOCABULARY)",
    )


def _read(name: str) -> str:
    """The letter's text; ValueError when there is none to review (a score for an empty or
    binary file would be a number about nothing)."""
    text = sys.stdin.read() if name == "-" else _read_file(name)
    if "\x00" in text:
        raise ValueError(f"{name}: holds NUL bytes, so it is not a text file")
    if not text.strip():
        raise ValueError(f"{name}: the letter is empty")
    return text


def _read_file(name: str) -> str:
    """The file's text. A device or a pipe (/dev/null, a shell's ``<(pandoc ...)``) is read as
    it streams, up to the size limit, as ``-`` reads stdin; "no such file" is said of a missing
    file only (it was said of /dev/null and of a pipe)."""
    path = Path(name)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise ValueError(f"{name}: no such file") from None
    except OSError as exc:
        raise ValueError(f"{name}: cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise ValueError(f"{name}: is a folder; give the letter's file")
    if stat.S_ISSOCK(mode):
        raise ValueError(f"{name}: is a socket, not a file; give the letter's file")
    # a .docx carries styles and pictures too, so it may be as large as the app's import allows
    docx = path.suffix.lower() in WORD_EXTENSIONS
    limit = MAX_DOCX_BYTES if docx else MAX_BYTES
    too_large = ValueError(f"{name}: larger than {limit // 1_000_000} MB; is it a letter?")
    if stat.S_ISREG(mode) and path.stat().st_size > limit:
        raise too_large
    try:
        data = _read_bytes(path, limit, too_large)
    except OSError as exc:
        raise ValueError(f"{name}: cannot be read ({exc.strerror})") from None
    if docx:  # ImportProblem is a ValueError
        draft = import_draft(data, path.name)
        text, warnings = draft.text, draft.warnings
    else:  # as the app imports it: UTF-16 with its mark, Windows-1252 said so
        text, warnings = decode_text(data, path.name)
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # lines as an editor counts them
    for warning in warnings:
        print(f"clearnotice check: note: {warning}", file=sys.stderr)
    return text


def _read_bytes(path: Path, limit: int, too_large: ValueError) -> bytes:
    with path.open("rb") as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large
    return data


def run(args: argparse.Namespace) -> int:
    codes = jurisdiction_codes(args)
    try:
        text = _read(args.file)
        vocabulary = load(args.vocabulary)
        report = review(text, codes, vocabulary)
    except (ValueError, VocabularyError, OSError) as exc:
        print(f"clearnotice check: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        print(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        print(render_text(report, args.file))
    return EXIT_PASS if report.passes else EXIT_FAIL


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def render_text(report: GuidanceReport, name: str) -> str:
    out = []
    name = os.path.basename(name) if name != "-" else "<stdin>"
    for f in report.findings:
        line, col = _line_col(report.text, f.start)
        fix = f" (try: {' / '.join(f.suggestions)})" if f.suggestions else ""
        out.append(f"{name}:{line}:{col}: {f.severity.value} {f.rule_id}: {f.message}{fix}")
    names = {p.code: p.name for p in jurisdictions()}
    for code in (BASE_PROFILE, *report.jurisdictions):
        items = report.items_for(code)
        if not items:
            continue
        out.append("")
        out.append(f"Checklist: {names.get(code, 'Guidance')}")
        for item in items:
            out.append(_item_line(report, item))
    for c in report.conflicts:
        out.append("")
        out.append(f"Conflict {c.requires} / {c.forbids}: {c.message}")
        out.append(f"  {c.suggestion}")
    out.append("")
    out.append("Tone: " + ", ".join(f"{t.name} {t.score}" for t in report.tone))
    s = report.score
    out.append(
        f"Score: {s.overall}/100 (content {s.content}, language {s.language}, tone {s.tone}); "
        f"skim conveys {report.skim.got} of {len(report.skim.essentials)} essentials"
    )
    errors, missing = len(report.errors), len(report.missing_required)
    verdict = "PASS" if report.passes else "FAIL"
    out.append(f"{verdict}: {plural(errors, 'error')}, {plural(missing, 'required item')} missing")
    return "\n".join(out)


def _item_line(report: GuidanceReport, item) -> str:
    """The item's status and, for each part found, the sentence taken as evidence and its line,
    so a reader can check the engine's reading of the letter."""
    if item.status == NOT_APPLICABLE:
        return f"  [-] {item.label}: not applicable"
    if item.satisfied and len(item.evidence) == 1:
        where = item.evidence[0]
        line, _ = _line_col(report.text, where.start)
        return f'  [x] {item.label}: line {line}: "{_short(where.text)}"'
    lines = []
    if item.satisfied:
        lines.append(f"  [x] {item.label}")
    else:
        gap = f" (missing: {', '.join(item.missing_parts)})" if item.missing_parts else ""
        lines.append(f"  [ ] {item.label}: {item.status.upper()}{gap}. {item.message}")
    for where in item.evidence:
        line, _ = _line_col(report.text, where.start)
        part = f"{where.part}: " if where.part else ""
        lines.append(f'      {part}line {line}: "{_short(where.text)}"')
    if not item.satisfied:
        lines.append(f"      suggested: {_short(item.suggestion, 160)}")
    return "\n".join(lines)


def _short(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
