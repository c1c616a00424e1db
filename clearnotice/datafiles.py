"""Reading ClearNotice's data files: one YAML reader, one schema library (pydantic) and one
error format for rules, profiles, tone signals, vocabularies, glossaries, stopword lists and
templates' front matter.

Every problem reads ``<file>: key '<where>': <what is wrong>``, with ``where`` a dotted path
into the file (``signals[3].dimension``), so whoever edits a data file is sent to the line.
A model here only says the file's shape; what a value must refer to (a rule id that exists, a
pack that exists) is checked by the module that knows, through :func:`problem`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    StringConstraints,
    TypeAdapter,
    ValidationError,
)

Shaped = TypeVar("Shaped")

# Text that must say something: surrounding white space is dropped, and nothing left is refused.
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def _listed(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


# One item or a list of them: ``approved: alerta de fraude`` reads as a list of one.
TextList = Annotated[tuple[Text, ...], BeforeValidator(_listed)]

# pydantic's words for the common problems, in the words of someone editing a YAML file
_PLAIN = {
    "extra_forbidden": "unknown key",
    "missing": "is required",
    "string_type": "expected text",
    "list_type": "expected a list",
    "dict_type": "expected a mapping",
    "model_type": "expected a mapping of 'key: value' lines",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "string_too_short": "must not be empty",
    "tuple_type": "expected a list",
}


class DataFileError(ValueError):
    """A data file that cannot be used; the message names the file and the key."""


class Shape(BaseModel):
    """A data file's shape: unknown keys are refused, and what is read is never changed."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def problem(
    where: str | Path, key: str, message: str, error: type[DataFileError] = DataFileError
) -> DataFileError:
    """The one error format: ``<file>: key '<key>': <message>``."""
    return error(f"{where}: key '{key}': {message}")


def read_yaml(path: Path, error: type[DataFileError] = DataFileError) -> Any:
    """The parsed YAML of ``path``; an unreadable file or bad YAML raises ``error`` naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise error(f"{path}: cannot read the file ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise error(f"{path}: not UTF-8 text; save it as UTF-8") from None
    return parse_yaml(text, path, error)


def parse_yaml(
    text: str, where: str | Path, error: type[DataFileError] = DataFileError, first_line: int = 1
) -> Any:
    """``text`` parsed as YAML; bad YAML raises ``error`` naming ``where`` and the line (counted
    from ``first_line``, for YAML that starts further down a file, as a front matter does)."""
    try:
        return yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" on line {mark.line + first_line}" if mark else ""
        raise error(f"{where}: not valid YAML{line}: {getattr(exc, 'problem', exc)}") from None


def _key(location: tuple[int | str, ...]) -> str:
    out = ""
    for part in location:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validate(
    shape: type[Shaped], data: Any, where: str | Path, error: type[DataFileError] = DataFileError
) -> Shaped:
    """``data`` read as ``shape`` (a model or a type such as ``dict[str, list[str]]``); the
    first problem raises ``error`` in the one format. An unknown key is reported before the
    missing one it was probably meant to be."""
    try:
        return TypeAdapter(shape).validate_python(data if data is not None else {})
    except ValidationError as exc:
        errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        first = errors[0]
        message = _PLAIN.get(first["type"], first["msg"])
        if not first["loc"]:
            raise error(f"{where}: {message}") from None
        raise problem(where, _key(first["loc"]), message, error) from None


def load(path: Path, shape: type[Shaped], error: type[DataFileError] = DataFileError) -> Shaped:
    """Read and validate one data file."""
    return validate(shape, read_yaml(path, error), path, error)
