"""The guidance review of a letter: every rule of the packs its jurisdictions call for, the
checklist of required content with evidence, tone scores, conflicts between jurisdictions, the
skim preview and an overall score.

``review(text, jurisdictions=("CA",))`` is the one entry point the app, the command line and the
benchmark use. Rules are data (``rules/<pack>/*.yml``); which packs apply is data too
(``profiles/*.yml``: the guidance always, plus one profile per jurisdiction). The expensive part,
matching every pattern against the letter, is cached per block, and what each block gives the
rules is kept with its heading and list lead-in (``checks/block_parts.py``), so after an edit to
one paragraph only that paragraph is matched and judged again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from clearnotice import datafiles
from clearnotice.caches import Recent
from clearnotice.checks import readability as readability_check
from clearnotice.checks.block_parts import BlockwiseScan
from clearnotice.checks.loader import Catalogue, Rule, RuleError, load_catalogue
from clearnotice.checks.must_not_say import MustNotSay
from clearnotice.checks.outcome import MISSING, NOT_APPLICABLE, PARTIAL, ChecklistItem
from clearnotice.checks.required import Required
from clearnotice.checks.scan import LetterScan, PatternTable
from clearnotice.datafiles import Text, problem
from clearnotice.model import Finding, Severity, sort_findings
from clearnotice.profile_facts import ProfileFacts
from clearnotice.skim import SkimPreview, preview
from clearnotice.tone import Signals, ToneScore, load_signals, scores
from clearnotice.vocabulary import Vocabulary, load

PROFILES_DIR = Path(__file__).resolve().parent / "profiles"
BASE_PROFILE = "guidance"
OFF = "off"
FIRST_SCREEN_RULE = "structure.first-screen"
UNKNOWN_JURISDICTION_RULE = "guidance.unknown-jurisdiction"
# Points a finding costs the language score, and how many hits of one rule count at most (a
# letter full of one jargon word has one problem, not twenty). Our own weighting.
_PENALTY = {Severity.ERROR: 10, Severity.WARNING: 3, Severity.SUGGESTION: 1}
_HITS_COUNTED = 3


@dataclass(frozen=True)
class Profile:
    """Which packs apply for a jurisdiction, and any rule it switches off or re-levels."""

    code: str
    name: str
    source: str
    packs: tuple[str, ...]
    levels: tuple[tuple[str, str], ...] = ()
    order: tuple[str, ...] = ()  # rule ids in the order the checklist lists them
    facts: ProfileFacts = ProfileFacts()  # sources, last checked, deadlines, regulator


@dataclass(frozen=True)
class Conflict:
    """What one jurisdiction requires and another forbids: one letter cannot satisfy both."""

    requires: str
    required_rule: str
    required_item: str
    forbids: str
    forbidding_rule: str
    message: str
    suggestion: str

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Score:
    """The overall guidance score and what it is made of, each 0-100."""

    overall: int
    content: int
    language: int
    tone: int


@dataclass(frozen=True)
class GuidanceReport:
    text: str
    jurisdictions: tuple[str, ...]
    findings: tuple[Finding, ...]
    checklist: tuple[ChecklistItem, ...]
    tone: tuple[ToneScore, ...]
    score: Score
    conflicts: tuple[Conflict, ...]
    skim: SkimPreview
    grade: float

    @property
    def overall(self) -> int:
        return self.score.overall

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == Severity.ERROR)

    @property
    def missing_required(self) -> tuple[ChecklistItem, ...]:
        return tuple(i for i in self.checklist if i.required and not i.satisfied)

    @property
    def passes(self) -> bool:
        """No error-level finding and no required item missing: what the command line exits 0 on."""
        return not self.errors and not self.missing_required

    def items_for(self, jurisdiction: str) -> tuple[ChecklistItem, ...]:
        return tuple(i for i in self.checklist if i.jurisdiction == jurisdiction)

    def as_dict(self) -> dict:
        return {
            "jurisdictions": list(self.jurisdictions),
            "passes": self.passes,
            "score": dataclasses.asdict(self.score),
            "grade": self.grade,
            "findings": [f.as_dict() for f in self.findings],
            "checklist": [i.as_dict() for i in self.checklist],
            "tone": [t.as_dict() for t in self.tone],
            "conflicts": [c.as_dict() for c in self.conflicts],
            "skim": self.skim.as_dict(),
        }


# --- profiles -----------------------------------------------------------------------------


class _ProfileFile(ProfileFacts):
    """A profile file's shape; what its names refer to is checked against the catalogue."""

    code: Text
    name: Text
    source: str = ""
    packs: tuple[Text, ...]
    rules: dict[str, str | bool] = {}
    checklist: tuple[Text, ...] = ()


@lru_cache(maxsize=4)
def load_profiles(folder: Path = PROFILES_DIR) -> dict[str, Profile]:
    """Every profile by code; a bad profile names its file and key."""
    catalogue = load_catalogue()
    profiles = {}
    for path in sorted(folder.glob("*.yml")):
        data = datafiles.load(path, _ProfileFile, RuleError)
        for i, pack in enumerate(data.packs):
            if pack not in catalogue.packs:
                raise problem(path, f"packs[{i}]", f"no rule pack named {pack!r}", RuleError)
        levels = {}
        for rule_id, level in data.rules.items():
            if rule_id not in catalogue.rules:
                raise problem(path, f"rules.{rule_id}", "no such rule", RuleError)
            level = OFF if level is False else level  # YAML reads a bare off as false
            if level not in (OFF, *(s.value for s in Severity)):
                raise problem(
                    path, f"rules.{rule_id}", "use off, error, warning or suggestion", RuleError
                )
            levels[rule_id] = level
        for i, rule_id in enumerate(data.checklist):
            if rule_id not in catalogue.rules:
                raise problem(path, f"checklist[{i}]", f"no rule {rule_id}", RuleError)
        facts = ProfileFacts(**{name: getattr(data, name) for name in ProfileFacts.model_fields})
        profiles[data.code] = Profile(
            data.code,
            data.name,
            data.source or "; ".join(s.cite for s in data.sources),
            data.packs,
            tuple(sorted(levels.items())),
            data.checklist,
            facts,
        )
    if BASE_PROFILE not in profiles:
        raise RuleError(f"{folder}: no {BASE_PROFILE}.yml profile")
    return profiles


def jurisdictions() -> list[Profile]:
    """The jurisdictions a letter can target (every profile but the always-on guidance)."""
    return _targets(load_profiles())


def _targets(profiles: dict[str, Profile]) -> list[Profile]:
    """The jurisdictions among ``profiles``: every one but the always-on guidance."""
    return [p for code, p in profiles.items() if code != BASE_PROFILE]


def normalise_jurisdictions(codes: Iterable[str]) -> tuple[str, ...]:
    """Known codes, upper-cased, each once, in a stable order; an unknown one is an error.

    Every review asks this of the same few selections (all 60 codes in the app's "select all"),
    so each selection's answer is kept, with the profiles it was read against: profiles read
    again (another folder, a cleared cache) are other profiles, and read the codes again."""
    given = tuple(codes)
    profiles = load_profiles()
    # all the answer depends on besides errors; the profiles are kept with it, so their id is
    # never another's while it is kept (as ``_opposed`` keeps the rules it was worked out for)
    key = (id(profiles), tuple(map(str, given)))
    return _normalised.get_or_make(key, lambda: (profiles, _normalise(given, profiles)))[1]


def _normalise(codes: tuple[str, ...], profiles: dict[str, Profile]) -> tuple[str, ...]:
    """``normalise_jurisdictions`` worked out against ``profiles``."""
    known = {p.code.upper(): p.code for p in _targets(profiles)}
    result = []
    for code in codes:
        key = str(code).strip().upper()
        if key not in known:
            raise ValueError(
                f"unknown jurisdiction {code!r}; known: {', '.join(sorted(known.values()))}"
            )
        result.append(known[key])
    return tuple(sorted(set(result)))


_normalised: Recent[tuple[int, tuple[str, ...]], tuple[object, tuple[str, ...]]] = Recent(
    "jurisdiction codes as given -> as known", 64, of_text=False
)


@dataclass(frozen=True)
class _Active:
    rule: Rule
    level: Severity
    jurisdiction: str


@lru_cache(maxsize=64)
def _active_rules(codes: tuple[str, ...]) -> tuple[_Active, ...]:
    profiles = load_profiles()
    catalogue = load_catalogue()
    chosen = [profiles[BASE_PROFILE], *(profiles[c] for c in codes)]
    overrides: dict[str, list[str]] = {}
    for profile in chosen:
        for rule_id, level in profile.levels:
            overrides.setdefault(rule_id, []).append(level)
    active = []
    for profile in chosen:
        rank = {rule_id: i for i, rule_id in enumerate(profile.order)}
        rules = [r for pack in profile.packs for r in catalogue.pack(pack)]
        for rule in sorted(rules, key=lambda r: (rank.get(r.info.id, len(rank)), r.info.id)):
            levels = overrides.get(rule.info.id, [])
            if OFF in levels:
                continue
            level = min(
                (Severity(v) for v in levels), key=lambda s: s.rank, default=rule.info.level
            )
            active.append(_Active(rule, level, profile.code))
    return tuple(active)


# --- the review ---------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _Setup:
    """What a review needs besides the text, built once per vocabulary."""

    catalogue: Catalogue
    signals: Signals
    vocabulary: Vocabulary
    table: PatternTable


_setups: Recent[str, _Setup] = Recent("guidance setup per vocabulary", 8, of_text=False)


def _setup(vocabulary: Vocabulary) -> _Setup:
    return _setups.get_or_make(vocabulary.fingerprint, lambda: _make_setup(vocabulary))


def _make_setup(vocabulary: Vocabulary) -> _Setup:
    catalogue = load_catalogue()
    signals = load_signals()
    extra = [vocabulary.keep_pattern, vocabulary.protected_pattern]
    extra += [p for _, p in vocabulary.reject_patterns]
    table = PatternTable.of(
        [*catalogue.table.patterns, *signals.patterns(), *(p for p in extra if p is not None)]
    )
    return _Setup(catalogue, signals, vocabulary, table)


def review(
    text: str, jurisdictions: Iterable[str] = (), vocabulary: Vocabulary | None = None
) -> GuidanceReport:
    """Review ``text`` against the guidance and the laws of ``jurisdictions`` (codes: CA, HIPAA,
    GDPR, NY, MA, IL)."""
    codes = normalise_jurisdictions(jurisdictions)
    vocabulary = vocabulary or load()
    # The app reruns a page on every click: the same text is reviewed again and again.
    key = (text, codes, vocabulary.fingerprint)
    return _recent.get_or_make(key, lambda: _review(text, codes, vocabulary))


def review_letter(text: str, stored: Iterable[str]) -> GuidanceReport:
    """The review of a stored letter, whose jurisdictions may include one no profile knows (set
    before a profile was removed, or by hand in the database).

    That law cannot be checked, so instead of failing the whole review it is an error finding
    naming the code: the letter cannot pass, nor be approved without a reason, until someone
    chooses its jurisdictions again. The known ones are reviewed as usual.
    """
    known = {p.code.upper() for p in jurisdictions()}
    unknown = [c for c in stored if str(c).strip().upper() not in known]
    report = review(text, [c for c in stored if c not in unknown])
    if not unknown:
        return report
    missing = tuple(
        Finding(
            UNKNOWN_JURISDICTION_RULE,
            Severity.ERROR,
            f"This letter names the jurisdiction {c!r}, for which ClearNotice has no rules, so "
            "its law was not checked. Choose the letter's jurisdictions again on the Edit page.",
            0,
            0,
            "",
            source="ClearNotice: the jurisdictions are the files in clearnotice/profiles/",
        )
        for c in unknown
    )
    return dataclasses.replace(report, findings=missing + report.findings)


_recent: Recent[tuple[str, tuple[str, ...], str], GuidanceReport] = Recent("guidance reports", 32)


def _review(text: str, codes: tuple[str, ...], vocabulary: Vocabulary) -> GuidanceReport:
    setup = _setup(vocabulary)
    scan = BlockwiseScan(text, setup.table)
    findings: list[Finding] = []
    checklist: list[ChecklistItem] = []
    active = _active_rules(codes)
    for entry in active:
        if isinstance(entry.rule, Required):
            checklist.append(entry.rule.evaluate(scan, entry.level, entry.jurisdiction))
        elif getattr(entry.rule, "blockwise", False):
            findings.extend(scan.findings_per_block(entry.rule, entry.level))
        else:
            findings.extend(entry.rule.run(scan, entry.level).findings)
    findings = _respect_vocabulary(
        scan, findings + _rejected(scan, setup.vocabulary), setup.vocabulary
    )
    findings = sort_findings(findings)
    tone = scores(scan, findings, setup.catalogue.rules, setup.signals)
    first_screen = setup.catalogue.rules.get(FIRST_SCREEN_RULE)
    skim = preview(scan, getattr(first_screen, "essentials", ()))
    grade = readability_check.analysis(scan).grade
    return GuidanceReport(
        text=text,
        jurisdictions=codes,
        findings=tuple(findings),
        checklist=tuple(checklist),
        tone=tone,
        score=_score(findings, checklist, tone),
        conflicts=_conflicts(scan, active, checklist),
        skim=skim,
        grade=grade,
    )


def rule_fires(rule_id: str, text: str) -> bool:
    """Whether one rule, alone, fires on ``text``: a finding, or its checklist item missing or
    partial. The rule files' examples are checked with this."""
    setup = _setup(load())
    rule = setup.catalogue.rules[rule_id]
    scan = LetterScan(text, setup.table)
    outcome = rule.run(scan, rule.info.level)
    if outcome.item is not None:
        return outcome.item.status in (MISSING, PARTIAL)
    return bool(_respect_vocabulary(scan, list(outcome.findings), setup.vocabulary))


def _respect_vocabulary(
    scan: LetterScan, findings: list[Finding], vocabulary: Vocabulary
) -> list[Finding]:
    """Drop findings inside a protected or accepted term, and any that would rewrite a
    statutory term."""
    keep = vocabulary.keep_pattern
    protected = vocabulary.protected_pattern
    kept_spans = [(h.start, h.end) for h in scan.hits(keep)] if keep else []
    protected_spans = [(h.start, h.end) for h in scan.hits(protected)] if protected else []
    result = []
    for f in findings:
        if any(a <= f.start and f.end <= b for a, b in kept_spans) and f.end > f.start:
            continue
        if f.suggestions and any(f.start < b and a < f.end for a, b in protected_spans):
            continue
        result.append(f)
    return result


def _rejected(scan: LetterScan, vocabulary: Vocabulary) -> list[Finding]:
    found = []
    for term, pattern in vocabulary.reject_patterns:
        message = term.message or f"Your organisation's vocabulary says not to use '{term.term}'."
        for hit in scan.hits(pattern):
            found.append(
                Finding(
                    rule_id="vocabulary.reject",
                    severity=Severity.WARNING,
                    message=message,
                    start=hit.start,
                    end=hit.end,
                    match=scan.text[hit.start : hit.end],
                    suggestions=term.suggestions,
                    source=term.source or f"organisation vocabulary ({vocabulary.origin})",
                )
            )
    return found


def _score(
    findings: list[Finding], checklist: list[ChecklistItem], tone: tuple[ToneScore, ...]
) -> Score:
    weight = {Severity.ERROR: 2, Severity.WARNING: 1, Severity.SUGGESTION: 1}
    applicable = [i for i in checklist if i.status != NOT_APPLICABLE]
    possible = sum(weight[i.level] for i in applicable)
    earned = sum(
        weight[i.level] * (1.0 if i.satisfied else 0.5 if i.status == PARTIAL else 0.0)
        for i in applicable
    )
    content = round(100 * earned / possible) if possible else 100
    counted: dict[str, int] = {}
    penalty = 0
    for f in findings:
        counted[f.rule_id] = counted.get(f.rule_id, 0) + 1
        if counted[f.rule_id] <= _HITS_COUNTED:
            penalty += _PENALTY[f.severity]
    language = max(0, 100 - penalty)
    tone_mean = round(sum(t.score for t in tone) / len(tone)) if tone else 100
    overall = round(0.5 * content + 0.25 * language + 0.25 * tone_mean)
    return Score(overall, content, language, tone_mean)


_forbidden_suggestions: Recent[tuple[str, str], bool] = Recent(
    "suggestions a jurisdiction forbids", 1024, of_text=False
)


def _suggestion_forbidden(required: Required, forbidding: MustNotSay, table: PatternTable) -> bool:
    """Whether writing what ``required`` suggests would break ``forbidding`` (rule files are
    read once per process, so this is worked out once per pair of rule files)."""
    return _forbidden_suggestions.get_or_make(
        (required.info.path, forbidding.info.path),
        lambda: bool(forbidding.sentences(LetterScan(required.suggestion, table))),
    )


def _conflicts(
    scan: LetterScan, active: tuple[_Active, ...], checklist: list[ChecklistItem]
) -> tuple[Conflict, ...]:
    """A jurisdiction's must-not-say rule against another's required item: in conflict when the
    plainest way to meet the requirement (the paragraph we suggest for it) breaks the rule. The
    letter's own sentences that break a rule are already findings of that rule."""
    items = {(i.rule_id, i.jurisdiction): i for i in checklist}
    found = []
    for requiring, conflict in _opposed(active, scan.table):
        item = items.get((requiring.rule.info.id, requiring.jurisdiction))
        if item is not None and item.status != NOT_APPLICABLE:
            found.append(conflict)
    return tuple(found)


def _conflict(forbidding: _Active, requiring: _Active, profiles: dict[str, Profile]) -> Conflict:
    """The conflict of ``requiring``'s item with ``forbidding``, as the user reads it."""
    rule = requiring.rule
    needs, bans = profiles[requiring.jurisdiction], profiles[forbidding.jurisdiction]
    return Conflict(
        requires=needs.code,
        required_rule=rule.info.id,
        required_item=rule.label,
        forbids=bans.code,
        forbidding_rule=forbidding.rule.info.id,
        message=(
            f"{needs.name} requires {_item_name(rule.label)} "
            f"({citation(rule.info.source)}); {bans.name} forbids it "
            f"({citation(forbidding.rule.info.source)}). "
            "One letter cannot satisfy both."
        ),
        suggestion=(
            f"Send per-state variants: a {bans.name} letter without it, and a "
            f"{needs.name} letter with it."
        ),
    )


_opposed_pairs: Recent[tuple[int, int, PatternTable], tuple[object, object, tuple]] = Recent(
    "must-not-say rules against required items, per set of rules", 64, of_text=False
)


def _opposed(
    active: tuple[_Active, ...], table: PatternTable
) -> tuple[tuple[_Active, Conflict], ...]:
    """Each required item of one jurisdiction's rules whose suggested paragraph another's
    forbids, with the conflict to show, in the order the rules are listed: the same for every
    letter reviewed with these rules and profiles, so worked out once (``active`` and the
    profiles kept with it, so their ids are never another's)."""
    profiles = load_profiles()

    def pairs() -> tuple[tuple[_Active, Conflict], ...]:
        found = []
        for forbidding in active:
            if not isinstance(forbidding.rule, MustNotSay):
                continue
            if forbidding.jurisdiction == BASE_PROFILE:
                continue
            for requiring in active:
                rule = requiring.rule
                if not isinstance(rule, Required) or requiring.jurisdiction in (
                    BASE_PROFILE,
                    forbidding.jurisdiction,
                ):
                    continue
                if _suggestion_forbidden(rule, forbidding.rule, table):
                    found.append((requiring, _conflict(forbidding, requiring, profiles)))
        return tuple(found)

    key = (id(active), id(profiles), table)
    return _opposed_pairs.get_or_make(key, lambda: (active, profiles, pairs()))[2]


def _item_name(label: str) -> str:
    """ "California: the date of the notice" -> "the date of the notice"."""
    return label.split(": ", 1)[-1]


def citation(source: str) -> str:
    """The citation of a rule's source, without its quoted words."""
    return source.split(" (", 1)[0].rstrip(".")
