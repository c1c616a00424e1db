"""Letter templates: Markdown files in ``templates/`` with a YAML front matter.

The front matter says what a template is for and gives a sample value for every placeholder,
so each template can be previewed filled in and checked against its jurisdiction's rules::

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

import yaml

from clearnotice.guidance import normalise_jurisdictions
from clearnotice.placeholders import UnfilledPlaceholderError, fill

TEMPLATES_DIR_ENV = "CLEARNOTICE_TEMPLATES_DIR"
_FRONT_MATTER = re.compile(r"\A---\r?\n(.*?)\r?\n---\r?\n", re.S)
_KEYS = {"name", "description", "jurisdictions", "placeholders"}


@dataclass(frozen=True)
class Template:
    slug: str
    name: str
    description: str
    jurisdictions: tuple[str, ...]
    sample_values: tuple[tuple[str, str], ...]
    body: str

    def sample_letter(self) -> str:
        """The body filled with the template's sample values, or a ``ValueError`` that says
        which placeholder has none and how to go on."""
        try:
            return fill(self.body, dict(self.sample_values))
        except UnfilledPlaceholderError as unfilled:
            names = ", ".join(f"{{{{ {n} }}}}" for n in unfilled.missing)
            raise ValueError(
                f"The template “{self.name}” has no sample value for {names}. Create the letter "
                "without sample values (the placeholders stay for the mail merge), or add the "
                f"value under 'placeholders' in templates/{self.slug}.md."
            ) from None


@dataclass(frozen=True)
class Shelf:
    """The templates that could be read, and why each other file could not."""

    templates: tuple[Template, ...]
    problems: tuple[str, ...]


def templates_dir() -> Path:
    configured = os.environ.get(TEMPLATES_DIR_ENV)
    return Path(configured) if configured else Path(__file__).resolve().parents[1] / "templates"


def parse(slug: str, raw: str) -> Template:
    """A template from its file text; a malformed front matter names the file and the key."""
    match = _FRONT_MATTER.match(raw)
    if not match:
        raise ValueError(f"template {slug}: missing the '---' front matter")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as problem:
        where = getattr(problem, "problem_mark", None)
        line = f" on line {where.line + 2}" if where else ""  # +2: the '---' line, 1-based
        raise ValueError(f"template {slug}: the front matter is not valid YAML{line}") from None
    if not isinstance(meta, dict):
        raise ValueError(f"template {slug}: the front matter must be 'key: value' lines")
    unknown = set(meta) - _KEYS
    if unknown:
        raise ValueError(f"template {slug}: unknown key(s) {', '.join(sorted(unknown))}")
    if "name" not in meta:
        raise ValueError(f"template {slug}: the key 'name' is required")
    values = meta.get("placeholders") or {}
    if not isinstance(values, dict):
        raise ValueError(f"template {slug}: 'placeholders' must map each name to a sample value")
    return Template(
        slug=slug,
        name=str(meta["name"]),
        description=str(meta.get("description", "")),
        jurisdictions=_jurisdictions(slug, meta.get("jurisdictions") or ()),
        sample_values=tuple((str(k), str(v)) for k, v in values.items()),
        body=raw[match.end() :].lstrip("\n"),
    )


def _jurisdictions(slug: str, codes) -> tuple[str, ...]:
    """A template's jurisdictions, checked now: a letter made from it with an unknown one could
    not be reviewed."""
    try:
        return normalise_jurisdictions(codes if isinstance(codes, list | tuple) else [codes])
    except ValueError as unknown:
        raise ValueError(f"template {slug}: {unknown}") from None


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
