"""The Translations page's widgets: making a translation (offline, online by choice, or a human
translator's) and reviewing one side by side with QA, back-translation and per-segment marks.

Nothing the user has is lost when an engine fails: a translation is saved only when every
segment came back, and the segments that did are cached for the next try. Text pasted for a
human translation is kept in a session key of our own until it is saved.
"""

from __future__ import annotations

import html

import streamlit as st

from clearnotice.export.document import item_numbers
from clearnotice.findings import letter_findings
from clearnotice.importing import (
    ACCEPTED_NAMES,
    UPLOAD_TYPES,
    ImportProblem,
    import_draft_in_worker,
)
from clearnotice.language_readability import readability_for
from clearnotice.languages import language_name
from clearnotice.letters import Letter, SaveResult, Store, Version
from clearnotice.model import Severity, finding_marks
from clearnotice.outbound import OutboundGate, preview
from clearnotice.text import Block
from clearnotice.translate.apertium import INSTALL_HINT, Apertium
from clearnotice.translate.cache import SegmentCache
from clearnotice.translate.engine import (
    Engine,
    LetterOutcome,
    outgoing_calls,
    translate_letter,
    translate_segments,
)
from clearnotice.translate.languages import (
    SOURCE_LANGUAGE,
    target_languages,
    translation_language,
)
from clearnotice.translate.providers import PROVIDERS, OnlineProvider, setting
from clearnotice.translate.qa import UNTRANSLATED_BACK, QAReport
from clearnotice.translate.review import (
    MAX_COMMENT,
    OK,
    QUERIED,
    current_marks,
    mark_segment,
    pair_fingerprint,
)
from clearnotice.translate.stale import nothing_to_translate, staleness, typed_since
from clearnotice.wording import origin_label, plural
from components import readability_panel
from components.escaping import escape_markdown
from components.letter_html import STYLE, changes_html, letter_html, show, text_html
from components.outbound_preview import show_outbound
from components.session import LANGUAGE_PARAM, author_name, current_actor, typing_box

MACHINE_NOTE = (
    "Machine translation: a preview only. A human translator does the real one; use this to "
    "see the layout and to check facts."
)


def _secrets():
    try:
        return st.secrets
    except Exception:  # no secrets file: settings then come from the environment only
        return None


OTHER_LANGUAGE = "other"


def pick_language(store: Store, letter: Letter) -> str:
    """The translation language in view: from the URL (reload-proof), else the first one.
    Picked on the page it changes, not in the sidebar. Besides Apertium's languages and those
    the letter is translated into, "Another language…" takes any language by its code or name,
    for a human translator's text (Chinese, Vietnamese, Tagalog...)."""
    existing = {v.language for v in store.versions(letter.id)} - {letter.source_language}
    languages = [*target_languages(), *sorted(existing - set(target_languages()))]
    current = st.query_params.get(LANGUAGE_PARAM)
    if current and current not in languages and translation_language(current) == current:
        languages.append(current)  # typed earlier, kept across a reload
    ordered = sorted(languages, key=lambda c: (c not in existing, languages.index(c)))
    choices = [*ordered, OTHER_LANGUAGE]
    choice = st.selectbox(
        "Translation language",
        choices,
        index=ordered.index(current) if current in ordered else 0,
        format_func=lambda c: (
            "Another language…"
            if c == OTHER_LANGUAGE
            else language_name(c) + ("  (translated)" if c in existing else "")
        ),
    )
    if choice == OTHER_LANGUAGE:
        choice = _typed_language()
    if st.query_params.get(LANGUAGE_PARAM) != choice:
        st.query_params[LANGUAGE_PARAM] = choice
    return choice


def _typed_language() -> str:
    """The language typed in "Another language…"; the page waits until one is recognised."""
    typed = st.text_input("Language (a code or its English name: zh, Vietnamese, Tagalog)")
    code = translation_language(typed) if typed.strip() else None
    if code is None:
        if typed.strip():
            st.error(f"“{escape_markdown(typed)}” names no language ClearNotice knows, or English.")
        else:
            st.info("Type the translation's language to go on.")
        st.stop()
    return code


# --- making a translation -----------------------------------------------------------------


def _run_engine(
    store: Store, letter: Letter, language: str, engine: Engine, english: Version
) -> None:
    """Translate the newest English with ``engine``, showing progress; save it if complete."""
    bar = st.progress(0.0, text=f"Translating with {engine.label}…")

    def progress(done: int, total: int) -> None:
        bar.progress(done / total if total else 1.0, text=f"{done} of {total} segments")

    outcome: LetterOutcome = translate_letter(
        english.text,
        engine,
        SOURCE_LANGUAGE,
        language,
        cache=SegmentCache(store.session_factory),
        progress=progress,
    )
    bar.empty()
    if not outcome.complete:
        st.error(escape_markdown(outcome.segments.why_stopped()))  # it may quote a service
        return
    result = _save(store, letter, language, outcome.text, f"machine:{engine.name}", english.id)
    if result is None:
        return
    if outcome.segments.lost:
        st.warning(
            f"{engine.label} dropped {plural(len(outcome.segments.lost), 'protected item')}: "
            + escape_markdown(", ".join(outcome.segments.lost))  # as typed: "ana_b_c@", "<<name>>"
            + ". QA below flags where."
        )
    saved = "Saved" if result.created else "Unchanged:"
    st.success(
        f"{saved} {language_name(language)} v{result.version.number} from English "
        f"v{english.number} ({outcome.segments.from_cache} segments from the cache). "
        + MACHINE_NOTE
    )


def _offline_tab(store: Store, letter: Letter, language: str, english: Version) -> None:
    apertium = Apertium()
    if not apertium.available():
        st.warning(f"Apertium, the offline translator, is not installed here. {INSTALL_HINT}")
        return
    if not apertium.supports(SOURCE_LANGUAGE, language):
        st.info(
            f"Apertium has no English→{language_name(language)} pair here (it has Spanish, "
            "Catalan and Galician). Use a human translation, or an online service by choice."
        )
        return
    st.caption("Apertium runs on this machine: the letter's text never leaves it.")
    if st.button(f"Translate into {language_name(language)} with Apertium", type="primary"):
        _run_engine(store, letter, language, apertium, english)


def _online_tab(store: Store, letter: Letter, language: str, english: Version) -> None:
    name = st.selectbox(
        "Service", list(PROVIDERS), format_func=lambda n: PROVIDERS[n].label, key="provider"
    )
    provider = PROVIDERS[name]
    st.caption(provider.note)
    url = None
    if name == "libre":
        url = st.text_input(
            "Your LibreTranslate server",
            value=setting(provider.url_setting, _secrets()) or "",
            placeholder="https://translate.example.org",
        )
    if provider.key_setting:
        configured = setting(provider.key_setting, _secrets()) is not None
        st.caption(
            f"API key: {'set' if configured else 'not set'} ({provider.key_setting} in the "
            "environment or the app's secrets; it is never shown)."
        )
    already = name in (letter.consents or {})
    st.warning(
        f"**The confidential text of this letter will leave this machine** and go to "
        f"{provider.label}, with names, addresses, e-mails, phone and account numbers and "
        "codes replaced by placeholders. Choose this only if your organisation allows it."
        + (" This letter already has a recorded consent for it." if already else "")
    )
    gate = OutboundGate(
        store,
        actor=current_actor(),
        letter_id=letter.id,
        version_id=english.id,
        text=english.text,
        language=SOURCE_LANGUAGE,
    )
    engine = OnlineProvider.configured(name, gate=gate, secrets=_secrets(), url=url or None)
    calls = outgoing_calls(english.text, engine, SOURCE_LANGUAGE)
    show_outbound(preview(calls, english.text, SOURCE_LANGUAGE))
    agreed = st.checkbox(
        f"I understand, and I choose to send this letter's text to {provider.label}.",
        key=f"consent:{letter.id}:{name}",
    )
    if st.button(f"Translate with {provider.label}", disabled=not agreed):
        try:
            store.record_consent(letter.id, name, actor=current_actor())
        except ValueError as refused:  # PermissionRefused, or the letter was deleted meanwhile
            st.error(escape_markdown(str(refused)))
            return
        _run_engine(store, letter, language, engine, english)


def _save(
    store: Store, letter: Letter, language: str, text: str, origin: str, source_id: int
) -> SaveResult | None:
    """Save a translation as the newest version of ``language``: asking for one, or saving one,
    replaces an approved translation knowingly (a new draft). None, with the core's reason on
    screen, when refused (the account was deactivated since the page was drawn)."""
    latest = store.latest_version(letter.id, language)
    try:
        result = store.save_version(
            letter.id, text, base_version_id=latest.id if latest else None,
            actor=current_actor(), language=language, origin=origin,
            source_version_id=source_id, new_draft=True,
        )  # fmt: skip
    except ValueError as refused:
        st.error(escape_markdown(f"Not saved: {refused}"))
        return None
    _warn_if_stale(store, result.version)
    return result


def _warn_if_stale(store: Store, translation: Version) -> None:
    """Say at once when a translation is saved stale: "It translates" keeps the English picked
    when the page was drawn, and a new English draft meanwhile (another tab, a colleague) left
    it naming an older one without a word (the core's ``staleness`` decides)."""
    state = staleness(store, translation)
    if state.stale and state.translated_from and state.latest_source:
        st.warning(
            f"Saved, but it translates English v{state.translated_from.number}, and the "
            f"newest English is v{state.latest_source.number}: it is out of date from the "
            "start and cannot be approved until it is translated from the newest. Its review "
            "below shows what changed in the English."
        )


def _human_tab(store: Store, letter: Letter, language: str, english_versions: list[Version]):
    key = f"human:{letter.id}:{language}"
    translator = st.text_input("Translator's name", **typing_box(f"{key}:name"))
    by_id = {v.id: v for v in english_versions}
    source_id = st.selectbox(
        "It translates",
        list(reversed(list(by_id))),
        format_func=lambda i: (
            f"English v{by_id[i].number} ({by_id[i].created_at:%Y-%m-%d})"
            + (" · the newest" if i == english_versions[-1].id else " · not the newest")
        ),
        key=f"{key}:source",
    )
    upload = st.file_uploader(
        f"Upload the translation ({ACCEPTED_NAMES})", type=list(UPLOAD_TYPES), key=f"{key}:file"
    )
    if upload is not None:
        try:
            draft = import_draft_in_worker(upload.getvalue(), upload.name)
        except ImportProblem as problem:
            st.error(escape_markdown(str(problem)))
        else:
            if st.session_state.get(f"{key}:loaded") != upload.file_id:
                st.session_state[f"{key}:text"] = draft.text
                st.session_state[f"{key}:loaded"] = upload.file_id
            for warning in draft.warnings:
                st.caption(escape_markdown(warning))  # it names the file
    st.text_area("Or paste it here", **typing_box(f"{key}:text", letter.id), height=240)
    if st.button("Save human translation", key=f"{key}:save"):
        text = st.session_state.get(f"{key}:text", "")
        name = (translator or "").strip()
        if not name:
            st.error("Give the translator's name: it is recorded with the translation.")
        elif not text.strip():
            st.error("There is no translation text to save yet.")
        else:
            result = _save(store, letter, language, text, f"human:{name[:200]}", source_id)
            if result is not None:
                st.success(
                    f"Saved {language_name(language)} v{result.version.number} by "
                    f"{escape_markdown(name)}."
                )


def render_make(store: Store, letter: Letter, language: str) -> None:
    english_versions = store.versions(letter.id, letter.source_language)
    english = english_versions[-1]
    empty = nothing_to_translate(store, english, current_actor())
    if empty is not None:
        st.info(empty)
        return
    pending = typed_since(store, english, current_actor())
    if pending is not None:
        st.warning(pending)
    offline, online, human = st.tabs(["Offline (Apertium)", "Online service", "Human translator"])
    with offline:
        _offline_tab(store, letter, language, english)
    with online:
        _online_tab(store, letter, language, english)
    with human:
        _human_tab(store, letter, language, english_versions)


# --- reviewing a translation --------------------------------------------------------------


def _origin_label(version: Version) -> str:
    preview = ", a preview" if version.origin.startswith("machine:") else ""
    return origin_label(version.origin) + preview


def _readability(english_text: str, text: str, language: str) -> None:
    left, right = st.columns(2)
    for column, lang, body in ((left, "en", english_text), (right, language, text)):
        result = readability_for(body, lang)
        with column:
            st.markdown(f"**{language_name(lang)}**")
            readability_panel.draw_scores(result)


def _back_translations(store: Store, language: str, report: QAReport) -> dict[int, str] | str:
    """Each translated row's text read back into English by Apertium. Rows QA found still in
    English are left out: read as ``language`` they come back garbled ("We Plough sorry")."""
    apertium = Apertium()
    if not apertium.supports(language, SOURCE_LANGUAGE):
        return f"No offline back-translation from {language_name(language)} here."
    rows = [s for s in report.segments if s.target and s.index not in report.untranslated]
    targets = [seg.target.text for seg in rows]
    outcome = translate_segments(
        targets, apertium, language, SOURCE_LANGUAGE, cache=SegmentCache(store.session_factory)
    )
    if outcome.error is not None:
        return outcome.error.message
    by_text = dict(zip(targets, outcome.translations, strict=True))
    return {seg.index: by_text[seg.target.text] for seg in rows}


def _cell(
    block: Block | None,
    language: str,
    findings=(),
    rough: bool = False,
    missing: str = "",
    number: int | None = None,
) -> str:
    """One side of a row drawn as the letter in ``language`` reads, each finding marked on its
    own words, a numbered item with its typed ``number``."""
    if block is None:
        return f'<div class="cn-letter rough">{html.escape(missing)}</div>'
    kind = "rough" if rough else ""
    return letter_html((block,), finding_marks(findings), kind, (number,), language)


def _number(text: str, block: Block | None) -> int | None:
    """The number ``block`` of ``text`` was typed with, if it is a numbered item."""
    return None if block is None else item_numbers(text, (block,))[0]


def _mark_controls(store, letter, language, version, seg, mark) -> None:
    key = f"mark:{version.id}:{seg.index}"
    if mark is not None:
        said = "OK" if mark.status == OK else "Queried"
        st.caption(
            escape_markdown(
                f"{said} by {author_name(mark.reviewer)}"
                + (f": {mark.comment}" if mark.comment else "")
            )
        )
    with st.popover("Mark"):
        comment = st.text_input(
            "Comment (needed for a query)",
            **typing_box(f"{key}:comment", letter.id),
            max_chars=MAX_COMMENT,  # what mark_segment records: typed longer, the end was dropped
        )
        ok_col, query_col = st.columns(2)
        status = None
        if ok_col.button("OK", key=f"{key}:ok"):
            status = OK
        if query_col.button("Query", key=f"{key}:query"):
            status = QUERIED
        if status:
            try:
                mark_segment(
                    store,
                    letter.id,
                    language,
                    version_id=version.id,
                    segment_index=seg.index,
                    source_segment=seg.source.text,
                    target_segment=seg.target.text,
                    status=status,
                    comment=comment,
                    reviewer=current_actor(),
                )
            except ValueError as problem:
                st.error(escape_markdown(str(problem)))
            else:
                st.rerun()


def render_review(store: Store, letter: Letter, language: str) -> None:
    versions = store.versions(letter.id, language)
    if not versions:
        st.info(f"There is no {language_name(language)} translation yet. Make one above.")
        return
    by_id = {v.id: v for v in versions}
    chosen = st.selectbox(
        "Translation version",
        list(reversed(list(by_id))),
        format_func=lambda i: f"v{by_id[i].number}: {_origin_label(by_id[i])}",
    )
    version = by_id[chosen]
    if version.origin.startswith("machine"):
        st.warning(MACHINE_NOTE)
    state = staleness(store, version)
    english = state.translated_from or state.latest_source
    if state.unknown_source:
        st.error("This translation does not say which English version it translates.")
    elif state.stale:
        st.error(
            f"Stale: made from English v{state.translated_from.number}; the English is now "
            f"v{state.latest_source.number}. What changed in the English since:"
        )
        show(changes_html(state.changes, language=letter.source_language))
    report = letter_findings(store, letter.id, version).translation
    with st.expander("Readability beside the English", expanded=False):
        _readability(english.text, version.text, language)
    errors = report.errors
    warnings = len(report.findings) - errors
    if report.findings:
        st.error(
            f"QA: {plural(errors, 'error')}, {plural(warnings, 'warning')} "
            f"in {plural(len(report.segments), 'row')}."
        )
    else:
        st.success(f"QA: nothing to flag in {plural(len(report.segments), 'row')}.")
    with st.expander("QA findings", expanded=bool(report.findings)):
        for item in report.findings:
            f = item.finding
            # words, not emoji: Debian's Chromium has no emoji font and shows boxes
            label = "Error" if f.severity is Severity.ERROR else "Warning"
            st.markdown(f"**{label}**, row {item.segment + 1}: {escape_markdown(f.message)}")
        found = finding_marks([i.finding for i in report.findings])
        show(text_html(version.text, found, "boxed", language))
    back = _back_translations(store, language, report)
    marks = current_marks(store, letter.id, language)
    st.html(STYLE)
    widths = [0.4, 3, 3, 3, 1]  # the row number QA's findings name, then the three texts
    head = st.columns(widths)
    head[0].markdown("**Row**")
    head[1].markdown("**English**")
    head[2].markdown(f"**{language_name(language)}**")
    head[3].markdown("**Back-translation** (machine, rough)")
    if isinstance(back, str):
        st.caption(escape_markdown(back))  # an engine's message may quote what it was given
    for seg in report.segments:
        row = st.columns(widths)
        findings = report.for_segment(seg.index)
        row[0].markdown(f"**{seg.index + 1}**")
        with row[1]:
            number = _number(english.text, seg.source)
            source = letter.source_language
            st.html(_cell(seg.source, source, missing="(no English)", number=number))
        with row[2]:
            number = _number(version.text, seg.target)
            st.html(_cell(seg.target, language, findings, missing="(missing)", number=number))
            for f in findings:  # also those with no span to mark, such as a missing row
                st.caption(escape_markdown(f.message))
        with row[3]:
            if seg.index in report.untranslated:
                st.caption(UNTRANSLATED_BACK)
            elif isinstance(back, dict) and seg.index in back:
                text = back[seg.index]
                # drawn as the block it translates back: a heading stays a heading
                back_block = seg.target._replace(start=0, end=len(text), text=text)
                st.html(_cell(back_block, SOURCE_LANGUAGE, rough=True, number=number))
        with row[4]:
            if seg.paired:
                key = pair_fingerprint(seg.source.text, seg.target.text)
                _mark_controls(store, letter, language, version, seg, marks.get(key))
