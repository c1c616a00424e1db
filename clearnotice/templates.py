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


def templates_dir() -> Path:
    configured = os.environ.get(TEMPLATES_DIR_ENV)
    return Path(configured) if configured else Path(__file__).resolve().parents[1] / "templates"


def parse(slug: str, raw: str) -> Template:
    """A template from its file text; a malformed front matter names the file and the key."""
    match = _FRONT_MATTER.match(raw)
    if not match:
        raise ValueError(f"template {slug}: missing the '---' front matter")
    meta = yaml.safe_load(match.group(1)) or {}
    unknown = set(meta) - _KEYS
    if unknown:
        raise ValueError(f"template {slug}: unknown key(s) {', '.join(sorted(unknown))}")
    if "name" not in meta:
        raise ValueError(f"template {slug}: the key 'name' is required")
    values = meta.get("placeholders") or {}
    return Template(
        slug=slug,
        name=str(meta["name"]),
        description=str(meta.get("description", "")),
        jurisdictions=tuple(str(j) for j in meta.get("jurisdictions") or ()),
        sample_values=tuple((str(k), str(v)) for k, v in values.items()),
        body=raw[match.end() :].lstrip("\n"),
    )


def load_templates(folder: Path | None = None) -> list[Template]:
    """Every ``*.md`` template in ``folder``, sorted by name."""
    folder = folder or templates_dir()
    found = [parse(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.md"))]
    return sorted(found, key=lambda t: t.name)
