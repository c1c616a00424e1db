"""Reading the rule files: one YAML file per rule, its id taken from its path.

``rules/tone/minimising.yml`` is the rule ``tone.minimising``. Every file names its ``kind``
(one of the modules in clearnotice.checks, see registry.py), a ``level``, a ``message``, the
``source`` it rests on and ``examples`` that must and must not fire it; the kind adds its own keys.
The loader rejects an unknown key, a missing key, a bad pattern or a reference to a rule that
does not exist, with a message naming the file and the key, and returns frozen rule objects with
their patterns compiled once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from clearnotice.checks.matcher import Group, Matcher
from clearnotice.checks.outcome import Outcome, RuleInfo
from clearnotice.checks.patterns import PatternError, check_bounded, compile_pattern, remember
from clearnotice.checks.scan import LetterScan, PatternTable
from clearnotice.datafiles import DataFileError, load, problem, read_yaml
from clearnotice.model import Severity
from clearnotice.regex.words import bounded
from clearnotice.translate.entities import EMAIL_ADDRESS, WEB_ADDRESS

RULES_DIR = Path(__file__).resolve().parents[1] / "rules"
MACROS_FILE = "patterns.yml"
# What the one recogniser of things that are not prose (clearnotice.translate.entities) reads
# as an e-mail or web address, offered to rule files as shared patterns, so that "the letter
# gives an e-mail address" means the same to the checklist as to translation QA and grammar.
RECOGNISED = {
    "email_address": EMAIL_ADDRESS.pattern,
    "web_address": WEB_ADDRESS.pattern,
}
COMMON_KEYS = frozenset({"kind", "level", "message", "source", "examples", "tone", "note"})
TONE_DIMENSIONS = ("plainness", "warmth", "directness", "calm")
_REQUIRED = object()


class RuleError(DataFileError):
    """A rule file that cannot be used. The message names the file and the key."""


class Rule(Protocol):
    info: RuleInfo

    def patterns(self) -> tuple[re.Pattern[str], ...]: ...

    def run(self, scan: LetterScan, level: Severity) -> Outcome: ...


class Spec:
    """A rule file being read: typed access to its keys, errors that name the file and key."""

    def __init__(
        self,
        path: str,
        data: Mapping[str, Any],
        macros: Mapping[str, str],
        resolve: Callable[[str, str], Rule],
        matchers: dict[Matcher, Matcher] | None = None,
    ):
        self.path = path
        self.data = data
        self._macros = macros
        self._resolve = resolve
        # The rules each matcher key borrows with 'like', by key: a required rule asks them too
        # when its wordings find nothing (clearnotice.checks.required), so a state's copy of a
        # general item never reports missing what the general item finds in the same letter.
        self.borrowed: dict[str, tuple[Rule, ...]] = {}
        # The matchers already made, each kept once: many rules borrow another's with 'like'
        # (every jurisdiction's notice date, the first screen's essentials), and a review works
        # out each matcher object's sentences once, so equal ones are one object.
        self._matchers = {} if matchers is None else matchers

    def error(self, key: str, message: str) -> RuleError:
        return problem(self.path, key, message, RuleError)

    def get(self, key: str, kind: type | tuple[type, ...] = str, default: Any = _REQUIRED) -> Any:
        if key not in self.data:
            if default is _REQUIRED:
                raise self.error(key, "is required")
            return default
        value = self.data[key]
        if not isinstance(value, kind) or isinstance(value, bool) and kind in (int, float):
            names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            raise self.error(key, f"expected {names}, got {type(value).__name__}")
        if isinstance(value, str) and not value.strip():
            raise self.error(key, "must not be empty")
        return value

    def choice(self, key: str, options: tuple[str, ...], default: str) -> str:
        value = self.get(key, str, default)
        if value not in options:
            raise self.error(key, f"{value!r} is not one of {', '.join(options)}")
        return value

    def pattern(
        self,
        source: Any,
        key: str,
        *,
        ignorecase: bool = True,
        whole_words: bool = False,
        bounded_later: bool = False,
    ) -> re.Pattern[str]:
        """``source`` compiled; ``whole_words``: bounded so it never matches inside a word.
        ``bounded_later``: the caller bounds it (an existence rule's tokens, a substitution's keys).
        A pattern to be bounded is refused when a branch of it must start or end in white
        space (``check_bounded``): it would never match next to a word."""
        try:
            compiled = compile_pattern(source, self._macros, ignorecase=ignorecase)
            if (whole_words or bounded_later) and isinstance(source, str):
                check_bounded(compiled)
            if whole_words and isinstance(source, str):
                compiled = compile_pattern(bounded(source), self._macros, ignorecase=ignorecase)
            return compiled
        except PatternError as exc:
            raise self.error(key, str(exc)) from None

    def patterns(self, key: str, *, ignorecase: bool = True, required: bool = True) -> tuple:
        values = self.get(key, list, _REQUIRED if required else [])
        if required and not values:
            raise self.error(key, "needs at least one pattern")
        return tuple(
            self.pattern(v, f"{key}[{i}]", ignorecase=ignorecase) for i, v in enumerate(values)
        )

    def strings(self, key: str) -> tuple[str, ...]:
        values = self.get(key, list, [])
        for i, v in enumerate(values):
            if not isinstance(v, str) or not v.strip():
                raise self.error(f"{key}[{i}]", "expected a non-empty string")
        return tuple(values)

    def matcher(self, key: str, value: Any = _REQUIRED) -> Matcher:
        """A content matcher: a list of groups, or ``{any: [...], not: [...], like: rule}``."""
        value = self.data.get(key) if value is _REQUIRED else value
        if value is None:
            raise self.error(key, "is required")
        if isinstance(value, list):
            value = {"any": value}
        if not isinstance(value, dict):
            raise self.error(key, "expected a list of groups or a mapping with 'any'/'like'")
        unknown = set(value) - {"any", "not", "like"}
        if unknown:
            raise self.error(f"{key}.{sorted(unknown)[0]}", "unknown key (allowed: any, not, like)")
        groups: list[Group] = []
        exclude: list[re.Pattern[str]] = []
        likes = value.get("like", [])
        rules = tuple(
            self._resolve(other, f"{key}.like")
            for other in ([likes] if isinstance(likes, str) else likes)
        )
        for rule in rules:
            groups.extend(rule.evidence.groups)
            exclude.extend(rule.evidence.exclude)
        self.borrowed[key] = rules
        for i, group in enumerate(value.get("any") or []):
            groups.append(self._group(group, f"{key}.any[{i}]"))
        if not groups:
            raise self.error(key, "needs at least one group under 'any' (or a 'like')")
        for i, source in enumerate(value.get("not") or []):
            exclude.append(self.pattern(source, f"{key}.not[{i}]", whole_words=True))
        made = Matcher(tuple(groups), tuple(dict.fromkeys(exclude)))
        return self._matchers.setdefault(made, made)

    def _group(self, group: Any, key: str) -> Group:
        if isinstance(group, str):
            return Group((self.pattern(group, key, whole_words=True),))
        if not isinstance(group, dict):
            raise self.error(key, "a group is a pattern or a mapping with 'all' (and 'near')")
        unknown = set(group) - {"all", "near", "none"}
        if unknown:
            raise self.error(
                f"{key}.{sorted(unknown)[0]}", "unknown key (allowed: all, near, none)"
            )

        def listed(name: str) -> list:
            raw = group.get(name) or []
            return [raw] if isinstance(raw, str) else raw

        if not listed("all"):
            raise self.error(f"{key}.all", "a group needs at least one pattern in 'all'")
        return Group(
            tuple(
                self.pattern(p, f"{key}.all[{i}]", whole_words=True)
                for i, p in enumerate(listed("all"))
            ),
            tuple(
                self.pattern(p, f"{key}.near[{i}]", whole_words=True)
                for i, p in enumerate(listed("near"))
            ),
            tuple(
                self.pattern(p, f"{key}.none[{i}]", whole_words=True)
                for i, p in enumerate(listed("none"))
            ),
        )


@dataclass(frozen=True)
class Catalogue:
    """Every rule, by id, and the one pattern table that covers them all."""

    rules: Mapping[str, Rule]
    table: PatternTable
    macros: Mapping[str, str]

    def pack(self, name: str) -> list[Rule]:
        return [r for r in self.rules.values() if r.info.pack == name]

    @property
    def packs(self) -> list[str]:
        return sorted({r.info.pack for r in self.rules.values()})


def rule_id_for(path: Path, root: Path) -> str:
    relative = path.relative_to(root).with_suffix("")
    return ".".join(relative.parts)


class _Loader:
    def __init__(self, root: Path):
        from clearnotice.checks.registry import KINDS

        self.kinds = KINDS
        self.root = root
        macros_file = root / MACROS_FILE
        self.macros: dict[str, str] = {
            **RECOGNISED,
            **(load(macros_file, dict[str, str], RuleError) if macros_file.exists() else {}),
        }
        self.files = {rule_id_for(p, root): p for p in sorted(root.glob("*/*.yml"))}
        self.built: dict[str, Rule] = {}
        self.building: list[str] = []
        self.matchers: dict[Matcher, Matcher] = {}  # shared by every rule file: see Spec

    def load(self) -> Catalogue:
        for rule_id in self.files:
            self.build(rule_id)
        rules = dict(sorted(self.built.items()))
        table = PatternTable.of(p for r in rules.values() for p in r.patterns())
        remember()  # the next process need not compile these before it matches them
        return Catalogue(rules, table, self.macros)

    def resolve(self, rule_id: str, wanted_by: str) -> Rule:
        """The rule ``rule_id``, built, which a rule being built borrows with ``like``: it must
        have a single ``evidence`` matcher."""
        if rule_id not in self.files:
            raise RuleError(
                f"{self.files[self.building[-1]]}: key '{wanted_by}': no rule {rule_id}"
            )
        if rule_id in self.building:
            cycle = " -> ".join([*self.building, rule_id])
            raise RuleError(f"{self.files[rule_id]}: rules refer to each other in a loop: {cycle}")
        rule = self.build(rule_id)
        if not isinstance(getattr(rule, "evidence", None), Matcher):
            raise RuleError(
                f"{self.files[self.building[-1]]}: key '{wanted_by}': rule {rule_id} has no "
                "single 'evidence' matcher to borrow"
            )
        return rule

    def build(self, rule_id: str) -> Rule:
        if rule_id in self.built:
            return self.built[rule_id]
        path = self.files[rule_id]
        data = read_yaml(path, RuleError)
        where = str(path)
        if not isinstance(data, dict):
            raise RuleError(f"{where}: expected a mapping of keys")
        self.building.append(rule_id)
        try:
            spec = Spec(where, data, self.macros, self.resolve, self.matchers)
            kind_name = spec.get("kind")
            kind = self.kinds.get(kind_name)
            if kind is None:
                raise spec.error(
                    "kind", f"unknown kind {kind_name!r} (known: {', '.join(self.kinds)})"
                )
            unknown = set(data) - COMMON_KEYS - kind.KEYS
            if unknown:
                allowed = ", ".join(sorted(COMMON_KEYS | kind.KEYS))
                raise spec.error(sorted(unknown)[0], f"unknown key (allowed: {allowed})")
            rule = kind.build(_info(rule_id, spec, where), spec)
        finally:
            self.building.pop()
        self.built[rule_id] = rule
        return rule


def _info(rule_id: str, spec: Spec, where: str) -> RuleInfo:
    try:
        level = Severity(spec.get("level"))
    except ValueError:
        raise spec.error("level", "must be error, warning or suggestion") from None
    examples = spec.get("examples", dict)
    unknown = set(examples) - {"flag", "pass"}
    if unknown:
        raise spec.error(f"examples.{sorted(unknown)[0]}", "unknown key (allowed: flag, pass)")
    for side in ("flag", "pass"):
        values = examples.get(side)
        if not isinstance(values, list) or not values:
            raise spec.error(f"examples.{side}", "needs a list of at least one example text")
        if not all(isinstance(v, str) and v.strip() for v in values):
            raise spec.error(f"examples.{side}", "every example must be a non-empty string")
    tone = spec.get("tone", dict, {})
    for dimension, points in tone.items():
        if dimension not in TONE_DIMENSIONS:
            raise spec.error(f"tone.{dimension}", f"not one of {', '.join(TONE_DIMENSIONS)}")
        if not isinstance(points, int) or isinstance(points, bool):
            raise spec.error(f"tone.{dimension}", "points per hit must be a whole number")
    return RuleInfo(
        id=rule_id,
        kind=spec.get("kind"),
        level=level,
        message=spec.get("message"),
        source=spec.get("source"),
        flag_examples=tuple(examples["flag"]),
        pass_examples=tuple(examples["pass"]),
        tone=tuple(sorted(tone.items())),
        note=spec.get("note", str, ""),
        path=where,
    )


@lru_cache(maxsize=4)
def load_catalogue(root: Path = RULES_DIR) -> Catalogue:
    """Every rule under ``root`` (cached: rule files are read once per process)."""
    return _Loader(root).load()
