"""The readability of the Edit page: the score strip above the tabs (the grade, its change since
the last version and its distance to the target, in words: clearnotice.grade_strip), and the
tab with the target, a chart of the grade per paragraph (a click on a bar puts the caret on that
paragraph), the hard sentences and every score; for a language other than English, the scores of
the formulas made for it (the core's readability_for decides which)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from clearnotice import readability
from clearnotice.grade_strip import BAD, GOOD, StripPart, earlier_version, grade_strip
from clearnotice.language_readability import LanguageReadability, readability_for
from clearnotice.letters import Letter, Store
from clearnotice.model import Finding
from clearnotice.text import HEADING
from components import caret
from components.editor import EditorState
from components.escaping import escape_markdown

TARGET_KEY = "target_grade"
STRIP_KEY = "score-strip"
_COLOUR = {GOOD: "green", BAD: "orange"}


def _target() -> float:
    # drawn in the tab below the strip: a change reruns the page, so the strip has it first
    return st.session_state.get(TARGET_KEY, readability.DEFAULT_TARGET_GRADE)


def render_strip(store: Store, state: EditorState) -> None:
    """One line: "Grade 7.7 · up 0.8 since v3 · 0.7 above the target of 7" (the core's words;
    nothing for a language without an English grade, whose tab shows its own formulas)."""
    version = state.version
    earlier = earlier_version(store, version, state.text)
    strip = grade_strip(state.text, version.language, _target(), earlier)
    if strip is None:
        return
    with st.container(key=STRIP_KEY):
        st.markdown(" · ".join(_part(p) for p in strip.parts))


def _part(part: StripPart) -> str:
    words = part.label  # the core's words and numbers, no user text
    colour = _COLOUR.get(part.tone)
    return f":{colour}[{words}]" if colour else f"**{words}**"


def render(letter: Letter, text: str, hard: Sequence[Finding], language: str) -> None:
    """Draw the readability tab for ``text`` in ``language``; ``hard`` are its hard sentences
    (the core's report)."""
    target = st.number_input(
        "Target grade",
        min_value=3.0,
        max_value=16.0,
        step=0.5,
        key=TARGET_KEY,
        value=readability.DEFAULT_TARGET_GRADE,
        help="Plain-language letters aim at grade 8 or below.",
    )
    scored = readability_for(text, language, target)
    result = scored.detail
    if result is None:
        draw_scores(scored)
        return
    ease = result.scores.flesch_reading_ease
    st.caption(
        f"Flesch-Kincaid grade against the target. Reading ease {ease:g} "
        f"({scored.scores[0].meaning}) · {result.reading_minutes:g} minutes to read at "
        f"{readability.WORDS_PER_MINUTE} words a minute."
        if scored.scores
        else scored.message
    )
    for note in result.notes:
        if note != scored.message:  # said just above when there are no scores
            st.caption(note)
    _grade_chart(letter, result, text)
    _hard_sentences(hard)
    _scores_table(result)
    _per_paragraph(result, text)


def draw_scores(result: LanguageReadability) -> None:
    """Each formula's value with its band, scale and source, or why there is none."""
    if not result.has_formula:
        st.caption(result.message)
        return
    for score in result.scores:
        st.metric(score.formula, f"{score.value:g}", score.meaning, delta_color="off")
        st.caption(f"{score.scale}. Source: {score.source}")
    if result.message:
        st.caption(result.message)


def _hard_sentences(findings: Sequence[Finding]) -> None:
    """The hard and very hard sentences with their reasons (the editor marks them in place)."""
    if not findings:
        st.caption("No hard sentences.")
        return
    very = sum(f.rule_id.endswith("very-hard-sentence") for f in findings)
    with st.expander(f"Hard sentences: {len(findings) - very} hard, {very} very hard"):
        for f in findings:
            st.markdown(f"- {escape_markdown(_opening(f.match))} — {escape_markdown(f.message)}")


def _per_paragraph(result: readability.Readability, text: str) -> None:
    rows = [
        {
            "#": b.index + 1,
            "kind": b.kind,
            "opens with": _opening(text[b.start : b.end]),
            "words": b.counts.words,
            "sentences": b.counts.sentences,
            "grade": b.grade,
            "hardest sentence": max((s.grade for s in b.sentences), default=0.0),
        }
        for b in result.blocks
        if b.kind != HEADING and b.counts.words
    ]
    if rows:
        with st.expander("Per paragraph and bullet"):
            st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
            st.caption(
                "grade: Flesch-Kincaid of the paragraph; hardest sentence: the Automated "
                "Readability Index of its hardest sentence, as Hemingway grades sentences."
            )


def _opening(words: str, width: int = 60) -> str:
    flat = " ".join(words.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _scores_table(result: readability.Readability) -> None:
    s, c = result.scores, result.counts
    rows = [
        ("Flesch Reading Ease", s.flesch_reading_ease),
        ("Flesch-Kincaid grade", s.flesch_kincaid_grade),
        ("Gunning Fog", s.gunning_fog),
        ("SMOG", "withheld: too few sentences" if s.smog is None else s.smog),
        ("Coleman-Liau", s.coleman_liau),
        ("Automated Readability Index", s.automated_readability),
        ("Dale-Chall", s.dale_chall),
        ("Words", c.words),
        ("Sentences", c.sentences),
        ("Paragraphs", result.paragraphs),
    ]
    with st.expander("All scores and counts", expanded=False):
        st.table(pd.DataFrame(rows, columns=["Measure", "Value"]).astype({"Value": str}))
        note = readability.smog_note(c)
        if note:
            st.caption(note)


def _grade_chart(letter: Letter, result: readability.Readability, text: str) -> None:
    """The grade of each graded paragraph and bullet; clicking a bar selects it in the editor."""
    data = pd.DataFrame(
        [
            {
                "block": f"{b.index + 1}",
                "grade": b.grade,
                "kind": b.kind,
                "words": b.counts.words,
                "opens with": _opening(text[b.start : b.end], 40),
                "start": b.start,
                "end": b.end,
            }
            for b in result.blocks
            if b.kind != HEADING and b.counts.words
        ]
    )
    if data.empty:
        return
    key = f"grade-chart:{letter.id}"
    st.vega_lite_chart(
        data,
        _grade_chart_spec(result.target_grade),
        width="stretch",
        height=220,
        key=key,
        on_select=lambda: _go_to_bar(letter.id, key),
        selection_mode="bar",
    )


def _grade_chart_spec(target: float) -> dict:
    """The chart as a Vega-Lite spec: bars (orange above the target), a dashed line at the
    target, and the "bar" selection a click makes. Written as the spec itself, because building
    it through Altair (and its schema checks) cost about 100 ms on every rerun while typing."""
    bars = {
        "mark": {"type": "bar", "cursor": "pointer"},
        "params": [
            {"name": "bar", "select": {"type": "point", "fields": ["start", "end"], "on": "click"}}
        ],
        "encoding": {
            "x": {
                "field": "block",
                "type": "nominal",
                "sort": None,
                "title": "Paragraph or bullet (click to go to it)",
            },
            "y": {"field": "grade", "type": "quantitative", "title": "Grade"},
            "color": {
                "condition": {"test": f"datum.grade > {target}", "value": "#d9822b"},
                "value": "#4c78a8",
            },
            "tooltip": [
                {"field": "block", "type": "nominal"},
                {"field": "opens with", "type": "nominal"},
                {"field": "grade", "type": "quantitative"},
                {"field": "words", "type": "quantitative"},
            ],
        },
    }
    target_line = {
        "data": {"values": [{"target": target}]},
        "mark": {"type": "rule", "strokeDash": [4, 4]},
        "encoding": {"y": {"field": "target", "type": "quantitative"}},
    }
    return {"layer": [bars, target_line]}


def _go_to_bar(letter_id: int, key: str) -> None:
    """Put the editor's caret on the paragraph of the bar just clicked (a callback)."""
    for point in st.session_state[key].selection.get("bar", []):
        caret.ask(letter_id, int(point["start"]), int(point["end"]))
