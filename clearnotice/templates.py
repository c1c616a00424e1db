"""Letter templates: Markdown files in ``templates/`` with a YAML front matter.

The front matter says what a template is for and gives a sample value for every placeholder,
so each template can be previewed filled in and checked against its jurisdiction's rules, and a
new letter can start with the samples that are incident facts (clearnotice.facts)::

    ---
    name: General US notice
    description: Follows the guidance: what happened, what was involved, what to do.
    jurisdictions: []
    placeholders:
      customer_name: Maria Gonzalez
    ---
    # Notice of Data Breach
    Dear {{ customer_name }}, ...
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from clearnotice.datafiles import Shape, Text, TextList, parse_yaml, validate
from clearnotice.guidance import jurisdictions, normalise_jurisdictions

TEMPLATES_DIR_ENV = "CLEARNOTICE_TEMPLATES_DIR"
_FRONT_MATTER = re.compile(r"\A---\r?\n(.*?)\r?\n---\r?\n", re.S)


@dataclass(frozen=True)
class Template:
    slug: str
    name: str
    description: str
    jurisdictions: tuple[str, ...]
    sample_values: tuple[tuple[str, str], ...]
    body: str


@dataclass(frozen=True)
class Shelf:
    """The templates that could be read, and why each other file could not."""

    templates: tuple[Template, ...]
    problems: tuple[str, ...]


def templates_dir() -> Path:
    configured = os.environ.get(TEMPLATES_DIR_ENV)
    return Path(configured) if configured else Path(__file__).resolve().parents[1] / "templates"


class _FrontMatter(Shape):
    name: Text
    description: str = ""
    jurisdictions: TextList = ()
    placeholders: dict[str, str | int | float] = {}


def parse(slug: str, raw: str) -> Template:
    """A template from its file text; a malformed front matter names the file and the key."""
    where = f"template {slug}"
    match = _FRONT_MATTER.match(raw)
    if not match:
        raise ValueError(f"{where}: missing the '---' front matter")
    # line 1 of the front matter is line 2 of the file, after the opening '---'
    meta = validate(_FrontMatter, parse_yaml(match.group(1), where, first_line=2), where)
    return Template(
        slug=slug,
        name=meta.name,
        description=meta.description,
        jurisdictions=_jurisdictions(slug, meta.jurisdictions),
        sample_values=tuple((k, str(v)) for k, v in meta.placeholders.items()),
        body=raw[match.end() :].lstrip("\n"),
    )


def _jurisdictions(slug: str, codes) -> tuple[str, ...]:
    """A template's jurisdictions, checked now: a letter made from it with an unknown one could
    not be reviewed."""
    try:
        return normalise_jurisdictions(codes)
    except ValueError as unknown:
        raise ValueError(f"template {slug}: {unknown}") from None


def jurisdiction_names(template: Template) -> tuple[str, ...]:
    """The template's jurisdictions by name and code ("California (CA)"), for its card."""
    names = {profile.code: profile.name for profile in jurisdictions()}
    return tuple(
        names[code] if code in names[code] else f"{names[code]} ({code})"
        for code in template.jurisdictions
    )


def read_templates(folder: Path | None = None) -> Shelf:
    """Every ``*.md`` template in ``folder``, sorted by name; a file that is no valid template
    is left out with its problem, so one broken file never hides the others."""
    folder = folder or templates_dir()
    found, problems = [], []
    for path in sorted(folder.glob("*.md")):
        try:
            raw = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            problems.append(f"template {path.stem}: not UTF-8 text; save it as UTF-8")
            continue
        try:
            found.append(parse(path.stem, raw))
        except ValueError as problem:  # its message names the template and what is wrong
            problems.append(str(problem))
    return Shelf(tuple(sorted(found, key=lambda t: t.name)), tuple(problems))


def load_templates(folder: Path | None = None) -> list[Template]:
    """Every template in ``folder``; any invalid file is an error (for tests and scripts)."""
    shelf = read_templates(folder)
    if shelf.problems:
        raise ValueError("; ".join(shelf.problems))
    return list(shelf.templates)
