"""``clearnotice qa SOURCE TARGET --language es``: translation QA on the command line, so a
translation vendor can run the same checks as the legal reviewer's desk before delivering.

SOURCE is the English letter and TARGET its translation (.md or .txt, read as an import reads
them, so a bad file gets the same message). Prints each finding as
``file:line:column: severity rule: message`` with the English sentence where one is meant, or
all of it as JSON. Exits 0 when no error-level finding remains, 1 when one does, and 2 when a
file or an option cannot be used.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from clearnotice.importing import (
    MAX_TEXT_BYTES,
    TEXT_EXTENSIONS,
    ImportProblem,
    import_draft_in_worker,
)
from clearnotice.languages import language_name, normalise_language
from clearnotice.translate.languages import SOURCE_LANGUAGE
from clearnotice.translate.qa import QAReport, changes_facts, check_translation
from clearnotice.wording import plural

EXIT_PASS, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", help="the English letter (.md or .txt)")
    parser.add_argument("target", help="its translation (.md or .txt)")
    parser.add_argument(
        "--language",
        "-l",
        required=True,
        metavar="CODE",
        help="the translation's language: an ISO 639 code or an English name (es, zh, vi, Tagalog)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")


def _read(name: str) -> str:
    """The text of a .md or .txt letter; ImportProblem or ValueError says why it cannot be."""
    path = Path(name)
    if path.suffix.lower() not in TEXT_EXTENSIONS:
        raise ValueError(f"“{name}”: qa reads {', '.join(TEXT_EXTENSIONS)} files")
    if not path.is_file():
        raise ValueError(f"“{name}”: no such file")
    with path.open("rb") as handle:  # never read more than an import would accept
        data = handle.read(MAX_TEXT_BYTES + 1)
    return import_draft_in_worker(data, path.name).text


def run(args: argparse.Namespace) -> int:
    language = normalise_language(args.language)
    if language is None or language == SOURCE_LANGUAGE:
        what = "the letters' own language" if language else "no language ClearNotice knows"
        print(
            f"clearnotice qa: --language {args.language}: {what}; give the translation's, as an "
            "ISO 639 code or an English name (es, zh, vi, Tagalog)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        source, target = _read(args.source), _read(args.target)
    except (ImportProblem, ValueError, OSError) as exc:
        print(f"clearnotice qa: {exc}", file=sys.stderr)
        return EXIT_USAGE
    report = check_translation(source, target, language)
    if args.format == "json":
        print(json.dumps(as_dict(report, target), indent=2, ensure_ascii=False))
    else:
        print(render_text(report, target, args.target))
    return EXIT_FAIL if report.errors else EXIT_PASS


def as_dict(report: QAReport, target: str) -> dict:
    findings = []
    for item in report.findings:
        f = item.finding
        line, column = _line_col(target, f.start)
        findings.append(
            {
                **f.as_dict(),
                **dict(f.extra),
                "segment": item.segment,
                "line": line,
                "column": column,
                "changes_facts": changes_facts(f),
            }
        )
    return {
        "language": report.language,
        "segments": len(report.segments),
        "errors": report.errors,
        "passes": not report.errors,
        "findings": findings,
    }


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def render_text(report: QAReport, target: str, name: str) -> str:
    out = []
    name = os.path.basename(name)
    for item in report.findings:
        f = item.finding
        line, column = _line_col(target, f.start)
        fix = f" (try: {' / '.join(f.suggestions)})" if f.suggestions else ""
        out.append(f"{name}:{line}:{column}: {f.severity.value} {f.rule_id}: {f.message}{fix}")
        english = dict(f.extra).get("source_sentence")
        if english:
            out.append(f"    English: {english}")
    verdict = "FAIL" if report.errors else "PASS"
    out.append(
        f"{verdict}: {plural(report.errors, 'error')} in {plural(len(report.segments), 'segment')} "
        "of the "
        f"{language_name(report.language)} translation"
    )
    return "\n".join(out)
