"""The plan of a mail merge: which column fills each placeholder, and the text each language
of the letter, and of each of its per-state letters, may go out in.

Only approved text is planned (drafts, marked DRAFT, for a proof run); text approved with
exceptions only when the merge accepts them. A plan that cannot work (no approved source text, a
placeholder nothing fills, a sender not set up for posted letters or e-mails) is refused with a
message that says what to change, before any row is read.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from clearnotice import facts, placeholders
from clearnotice.approval_policy import Override
from clearnotice.chinese_script import chinese_script
from clearnotice.export import fonts, posting
from clearnotice.export.approved import ExceptionsNotAccepted, choose_version
from clearnotice.export.batch import Setup
from clearnotice.export.document import Document
from clearnotice.export.layouts import STANDARD, style_for
from clearnotice.export.registry import FORMATS, merge_formats
from clearnotice.languages import language_name, normalise_language
from clearnotice.letters import Letter, Store
from clearnotice.permissions import logs_refusal, record_refusal
from clearnotice.settings import get_sender
from clearnotice.translate.entities import EMAIL_ADDRESS
from clearnotice.variant_letters import MASTER, Router, name_of, router

EMAIL = "eml"  # the merge format of e-mail notices
# Beside the English names, the word for "language" and "e-mail" in the letters' other
# languages, as lists exported there name their columns: Spanish "idioma", "lengua", "correo
# electrónico", French "langue", "courriel", German "Sprache", Portuguese "idioma", Italian
# "lingua" (each the word the dictionary gives, e.g. https://dle.rae.es/idioma)
LANGUAGE_COLUMNS = (
    "language",
    "lang",
    "locale",
    "preferred_language",
    "preferred_lang",
    "language_preference",
    "language_code",
    "idioma",
    "lengua",
    "langue",
    "sprache",
    "lingua",
)
EMAIL_COLUMNS = (
    "email",
    "e_mail",
    "email_address",
    "e_mail_address",
    "emailaddress",
    "mail",
    "correo",
    "correo_electronico",
    "courriel",
)
ID_COLUMNS = ("customer_id", "id", "customer", "account", "account_id", "customer_number")


class MergeError(ValueError):
    """A merge that cannot start; the message says what to change."""


class UnmappedPlaceholders(MergeError):
    """Placeholders no column and no value fills; ``names`` lets a caller that knows the list
    name the columns that could."""

    def __init__(self, names: list[str]):
        self.names = names
        super().__init__(
            "these placeholders have no column and no value: "
            + ", ".join(f"{{{{ {n} }}}}" for n in names)
        )


# mapping columns to placeholders --------------------------------------------------------------
@dataclass(frozen=True)
class Mapping:
    """Which column fills each placeholder, fixed values for the rest, and the special columns."""

    columns: dict[str, str] = field(default_factory=dict)  # placeholder -> column
    values: dict[str, str] = field(default_factory=dict)  # placeholder -> the same for everyone
    language_column: str | None = None
    email_column: str | None = None
    id_column: str | None = None
    # the recipient's postal address: "street", "city", ... (posting.ADDRESS_PARTS) -> column
    address_columns: dict[str, str] = field(default_factory=dict)


def _key(name: str) -> str:
    """A name to compare by: "Correo electrónico" reads "correo_electronico"."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", "_", bare.casefold()).strip("_")


def suggest_mapping(placeholders: Iterable[str], columns: Iterable[str]) -> Mapping:
    """Columns named like a placeholder fill it; language, e-mail and id columns by their name.
    A name matches as written ("First Name" for first_name), else run together ("FIRSTNAME",
    as CRM exports write it); a name two columns share matches neither (which is meant is for
    a person to say: the last one took it)."""
    column_for = _column_finder(columns)

    def first(candidates: Iterable[str]) -> str | None:
        return next((found for k in candidates if (found := column_for(k)) is not None), None)

    return Mapping(
        columns={p: found for p in placeholders if (found := column_for(p)) is not None},
        language_column=first(LANGUAGE_COLUMNS),
        email_column=first(EMAIL_COLUMNS),
        id_column=first(ID_COLUMNS),
        address_columns={
            part: column
            for part, names in posting.ADDRESS_PARTS.items()
            if (column := first(names)) is not None
        },
    )


def _column_finder(columns: Iterable[str]):
    """A function from a name to the one column named like it, as written or run together."""
    by_key: dict[str, list[str]] = {}
    run_together: dict[str, list[str]] = {}
    for column in columns:
        by_key.setdefault(_key(column), []).append(column)
        run_together.setdefault(_key(column).replace("_", ""), []).append(column)

    def column_for(name: str) -> str | None:
        found = by_key.get(_key(name)) or run_together.get(_key(name).replace("_", ""), [])
        return found[0] if len(found) == 1 else None

    return column_for


# the plan: which text each language gets -------------------------------------------------------
@dataclass(frozen=True)
class LanguageText:
    document: Document
    version_number: int
    needs_fallback_font: bool = False  # e.g. Chinese: its letters are rendered in their own batch
    exceptions: tuple[Override, ...] = ()  # what its approval overrode, accepted for this merge
    # a Chinese text's script as its characters show it ("Hans", "Hant"), whatever its tag says
    written_script: str | None = None


@dataclass(frozen=True)
class LetterTexts:
    """One letter a customer can get (the master or one of its per-state variants): the text of
    each language it may go out in, and why its other languages cannot."""

    letter_id: int
    name: str  # "the master letter", "the letter for MA"
    source_language: str
    texts: dict[str, LanguageText]
    unavailable: dict[str, str]


@dataclass(frozen=True)
class MergePlan:
    letter_id: int
    title: str
    source_language: str
    texts: dict[str, LanguageText]  # language -> approved (or, for a proof, draft) text
    unavailable: dict[str, str]  # language the letter has -> why it cannot be used
    mapping: Mapping
    fmt: str = "pdf"
    layout: str = STANDARD
    unaccepted: tuple[str, ...] = ()  # languages left out: approved with exceptions not accepted
    # letters ready to post: the window envelope, the sender (from the settings), the date
    envelope: str | None = None
    sender: posting.Sender | None = None
    letter_date: dt.date | None = None
    # the master's per-state letters (clearnotice.variant_letters): which one each row gets,
    # and their texts by letter id
    router: Router | None = None
    variants: dict[int, LetterTexts] = field(default_factory=dict)

    @property
    def master(self) -> LetterTexts:
        return LetterTexts(
            self.letter_id, MASTER, self.source_language, self.texts, self.unavailable
        )

    def letters(self) -> list[LetterTexts]:
        """The master, then each per-state letter."""
        return [self.master, *self.variants.values()]

    def text_key(self, letter_id: int, language: str) -> str:
        """The name the renderers know a text by: its language, and for a per-state letter
        its letter id too ("en@12")."""
        return language if letter_id == self.letter_id else f"{language}@{letter_id}"

    @property
    def placeholders(self) -> list[str]:
        names: dict[str, None] = {}
        for letter in self.letters():
            for text in letter.texts.values():
                names.update(dict.fromkeys(text.document.placeholders()))
        return list(names)


def plan_merge(
    store: Store,
    letter_id: int,
    mapping: Mapping,
    *,
    fmt: str = "pdf",
    layout: str = STANDARD,
    allow_drafts: bool = False,
    accept_exceptions: bool = False,
    envelope: str | None = None,
    letter_date: dt.date | None = None,
) -> MergePlan:
    """Find the approved text of every language of the letter and check the mapping covers
    every placeholder, the incident's facts (clearnotice.facts) filling those no column maps.
    ``allow_drafts`` merges unapproved text marked DRAFT, for a proof run;
    text approved with exceptions is left out (its customers get the source language) unless
    ``accept_exceptions``. ``envelope`` lays the letters out ready to post in that window
    envelope, dated ``letter_date`` (today when not given), from the sender the Settings page
    holds."""
    letter = store.get_letter(letter_id)
    if letter is None:
        raise MergeError(f"there is no letter {letter_id}")
    if letter.deleted_at is not None:  # set aside: nothing of it goes out until restored
        raise MergeError(
            f"“{letter.title}” was deleted, so it is not merged. An admin can restore it from "
            "the Deleted list on the first screen."
        )
    try:  # the incident's facts fill what no column does; a customer's own values come per row
        kept = facts.facts_of(store, letter_id)
        values = facts.merge_values(kept, mapping.columns, mapping.values)
    except facts.FactError as clash:
        raise MergeError(str(clash)) from None
    mapping = replace(mapping, values=values)
    if fmt not in merge_formats():
        raise MergeError(f"mail merge writes {' or '.join(merge_formats())}, not {fmt!r}")
    style_for(layout)
    sender = _sender_for(store, mapping, fmt, envelope)
    texts, unavailable, unaccepted = _approved_texts(
        store, letter, fmt, allow_drafts, accept_exceptions
    )
    if letter.source_language in unaccepted:
        raise ExceptionsNotAccepted(unavailable[letter.source_language])  # nothing to fall back to
    if letter.source_language not in texts:
        raise MergeError(
            f"{unavailable[letter.source_language]} Approve the {letter.source_language} text "
            "on the Review page first, or merge drafts (marked DRAFT) for a proof."
        )
    plan = MergePlan(
        letter_id,
        letter.title,
        letter.source_language,
        texts,
        unavailable,
        mapping,
        fmt,
        layout,
        tuple(unaccepted),
        envelope,
        sender,
        (letter_date or dt.date.today()) if sender else None,
        *_variants(store, letter_id, fmt, allow_drafts, accept_exceptions),
    )
    unmapped = [
        name
        for name in plan.placeholders
        if name not in mapping.columns and name not in mapping.values
    ]
    if unmapped:
        raise UnmappedPlaceholders(unmapped)
    return plan


def _approved_texts(
    store: Store, letter: Letter, fmt: str, allow_drafts: bool, accept_exceptions: bool
) -> tuple[dict[str, LanguageText], dict[str, str], list[str]]:
    """The text each language of ``letter`` may go out in, why the others cannot, and the
    languages left out for their unaccepted exceptions."""
    texts: dict[str, LanguageText] = {}
    unavailable: dict[str, str] = {}
    unaccepted: list[str] = []
    languages = dict.fromkeys(
        [letter.source_language, *(v.language for v in store.versions(letter.id))]
    )
    for language in languages:
        choice = choose_version(store, letter.id, language)
        if choice.draft_reason is not None and not allow_drafts:
            unavailable[language] = choice.draft_reason
            continue
        try:
            choice.refuse_unaccepted(accept_exceptions)
        except ExceptionsNotAccepted as refused:
            unavailable[language] = str(refused)
            unaccepted.append(language)
            continue
        document = Document.from_markdown(
            choice.version.text, language, title=letter.title, draft_reason=choice.draft_reason
        )
        _refuse_broken_placeholders(document, f"{language} v{choice.version.number}")
        unusable = unprintable(document.plain) if FORMATS[fmt].embeds_fonts else None
        if unusable:
            unavailable[language] = unusable
            continue
        texts[language] = LanguageText(
            document,
            choice.version.number,
            fonts.needs_fallback(document.plain),
            choice.exceptions,
            chinese_script(document.plain) if normalise_language(language) == "zh" else None,
        )
    return texts, unavailable, unaccepted


def _refuse_broken_placeholders(document: Document, name: str) -> None:
    """Every customer would read a placeholder typed wrong as it stands: no value fills it."""
    broken = placeholders.broken_placeholders(document.plain)
    if broken:
        lines = "; ".join(f"“{line[:80]}”" for line in broken[:3])
        raise MergeError(
            f"{name} has a placeholder typed wrong or another program's merge field, which no "
            f"value would fill: {lines}. Write it as {{{{ name }}}} (letters, digits and _ "
            "between double braces), then approve the text again."
        )


def _variants(
    store: Store, master_id: int, fmt: str, allow_drafts: bool, accept_exceptions: bool
) -> tuple[Router, dict[int, LetterTexts]]:
    """Who gets which per-state letter, and the text each may go out in, by letter id."""
    routes = router(store, master_id)
    variants = {}
    for letter in routes.variants:
        texts, unavailable, _ = _approved_texts(store, letter, fmt, allow_drafts, accept_exceptions)
        variants[letter.id] = LetterTexts(
            letter.id, name_of(letter), letter.source_language, texts, unavailable
        )
    return routes, variants


def _sender_for(
    store: Store, mapping: Mapping, fmt: str, envelope: str | None
) -> posting.Sender | None:
    """The sender of posted letters and e-mails, once the merge can address them."""
    if fmt == EMAIL:
        if envelope is not None:
            raise MergeError("e-mails go in no envelope: choose pdf for posted letters")
        sender = _configured_sender(store)
        if not sender.email.strip():
            raise MergeError(
                "e-mail notices need the sender's e-mail address: an admin sets it on the "
                "Settings page."
            )
        if not EMAIL_ADDRESS.fullmatch(sender.email.strip()):
            # Two addresses, or a line break, would send each notice from (or copy it to)
            # someone else; the recipient's address is checked the same way (merge_rows).
            raise MergeError(
                f"the sender's e-mail address {sender.email.strip()!r} is not one address "
                "(name@example.com): an admin corrects it on the Settings page."
            )
        if not mapping.email_column:
            raise MergeError("e-mail notices need the customers' e-mail column")
        return sender
    if envelope is None:
        return None
    try:
        posting.envelope_for(envelope)
    except ValueError as exc:
        raise MergeError(str(exc)) from None
    if fmt != "pdf":
        raise MergeError("letters for window envelopes are laid out as PDF: choose pdf")
    sender = _configured_sender(store)
    if "street" not in mapping.address_columns:
        raise MergeError("posted letters need the recipient's address: choose its street column")
    return sender


def _configured_sender(store: Store) -> posting.Sender:
    sender = get_sender(store)
    problems = sender.problems()
    if problems:
        raise MergeError(
            "the sender of the letters is not set up (" + "; ".join(problems) + "): an admin "
            "sets it on the Settings page."
        )
    return sender


def unprintable(text: str) -> str | None:
    """Why the PDF renderer cannot print ``text``, or None when it can."""
    shaped = fonts.unshaped_in_pdf(text)
    if shaped:
        return (
            f"the PDF layout cannot yet set {', '.join(shaped)} script correctly; "
            "merge as DOCX instead."
        )
    missing = fonts.missing_characters(text)
    if missing:
        return f"no installed font can print {missing!r}: {fonts.font_advice(missing)}."
    return None


def texts_used(plan: MergePlan) -> dict[str, str]:
    """Which text each language of each letter of ``plan`` goes out in ("v2", "v3 (draft)",
    "v2 with exceptions"; "none": its customers get the source language), by a name a person
    reads: what a page shows before a merge, to compare with what the merge would use
    (``changed_since``)."""
    used: dict[str, str] = {}
    for letter in plan.letters():
        of = "" if letter.letter_id == plan.letter_id else f" of {letter.name}"
        for language in [*letter.texts, *letter.unavailable]:
            text = letter.texts.get(language)
            named = f"{language_name(language)} ({language}){of}"
            used[named] = "none" if text is None else _version_label(text)
    return used


def _version_label(text: LanguageText) -> str:
    draft = " (draft)" if text.document.draft_reason else ""
    return f"v{text.version_number}{draft}" + (" with exceptions" if text.exceptions else "")


def changed_since(shown: dict[str, str], now: dict[str, str]) -> list[str]:
    """What differs between the texts a page showed and those a merge would use now, one
    line each ("Spanish (es): v1 shown, v2 now"): legal approved, replaced or revoked a text
    in between, and a merge must use what was shown or nothing."""
    return [
        f"{name}: {shown.get(name, 'none')} shown, {now.get(name, 'none')} now"
        for name in sorted({*shown, *now})
        if shown.get(name, "none") != now.get(name, "none")
    ]


@logs_refusal("merge")
def plan_to_start(
    store: Store, letter_id: int, mapping: Mapping, *, actor: str, **options
) -> MergePlan:
    """``plan_merge`` for a merge ``actor`` starts now (the command line): a refusal (a deleted
    letter, no approved text, a placeholder no column fills) is an attempt refused, in the audit
    log once. The page plans a merge at every redraw to show it, and calls ``plan_merge``: a
    plan it only shows is no attempt, and its click is checked again (``refuse_if_changed``)."""
    return plan_merge(store, letter_id, mapping, **options)


def refuse_if_changed(
    store: Store, actor: str, letter_id: int, shown: dict[str, str], now: dict[str, str]
) -> list[str]:
    """``changed_since(shown, now)``, for a merge ``actor`` asked for on the texts ``shown``:
    when anything changed, nothing may be merged, and the refused attempt is in the audit log
    (how many texts changed, not which: a per-state letter's name is its title)."""
    changed = changed_since(shown, now)
    if changed:
        record_refusal(
            store, actor, letter_id,
            f"merge: refused, the approved texts changed since the page showed them "
            f"({len(changed)} changed)",
        )  # fmt: skip
    return changed


def plan_setup(plan: MergePlan) -> Setup:
    """What the renderers need of the plan."""
    texts = {
        plan.text_key(letter.letter_id, language): text.document
        for letter in plan.letters()
        for language, text in letter.texts.items()
    }
    return Setup(texts, plan.fmt, plan.layout, plan.envelope, plan.sender, plan.letter_date)
