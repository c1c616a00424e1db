"""The readability panel of the Edit page: scores, target grade, hard sentences, per-paragraph
figures and a chart of the grade per paragraph; for a language other than English, the scores of
the formulas made for it (the core's readability_for decides which)."""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd
import streamlit as st

from clearnotice import readability
from clearnotice.language_readability import LanguageReadability, readability_for
from clearnotice.model import Finding
from clearnotice.text import HEADING
from components.escaping import escape_markdown

TARGET_KEY = "target_grade"


def render(text: str, hard: Sequence[Finding], language: str) -> None:
    """Draw the readability of ``text`` in ``language``; ``hard`` are its hard sentences (the
    core's report)."""
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
    distance = result.distance_from_target
    top = st.columns(3)
    top[0].metric(
        "Grade",
        f"{result.grade:g}",
        delta=f"{distance:+g}",
        delta_color="inverse",
        help="Flesch-Kincaid grade; the arrow is the distance from the target.",
    )
    top[1].metric(
        "Ease",
        f"{result.scores.flesch_reading_ease:g}",
        help="Flesch Reading Ease, 0-100; 60 and above is plain English.",
    )
    top[2].metric(
        "Minutes", f"{result.reading_minutes:g}", help="Reading time at 238 words a minute."
    )
    if distance > 0:
        st.warning(f"The letter reads {distance:g} grades above the target of {target:g}.")
    else:
        st.success(f"The letter is at or below the target grade of {target:g}.")
    for note in result.notes:
        st.caption(note)
    _scores_table(result)
    _grade_chart(result)
    _hard_sentences(hard)
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
    very = sum(f.rule_id.endswith("very-hard-sentence") for f in findings)
    st.markdown(f"**Hard sentences:** {len(findings) - very} hard, {very} very hard")
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
        ("SMOG", "too short" if s.smog is None else s.smog),
        ("Coleman-Liau", s.coleman_liau),
        ("Automated Readability Index", s.automated_readability),
        ("Dale-Chall", s.dale_chall),
        ("Words", c.words),
        ("Sentences", c.sentences),
        ("Paragraphs", result.paragraphs),
    ]
    with st.expander("All scores and counts", expanded=False):
        st.table(pd.DataFrame(rows, columns=["Measure", "Value"]).astype({"Value": str}))


def _grade_chart(result: readability.Readability) -> None:
    data = pd.DataFrame(
        [
            {"block": f"{b.index + 1}", "grade": b.grade, "kind": b.kind, "words": b.counts.words}
            for b in result.blocks
            if b.kind != HEADING and b.counts.words
        ]
    )
    if data.empty:
        return
    bars = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("block:N", sort=None, title="Paragraph or bullet"),
            y=alt.Y("grade:Q", title="Grade"),
            color=alt.condition(
                alt.datum.grade > result.target_grade, alt.value("#d9822b"), alt.value("#4c78a8")
            ),
            tooltip=["block", "kind", "grade", "words"],
        )
    )
    rule = (
        alt.Chart(pd.DataFrame({"target": [result.target_grade]}))
        .mark_rule(strokeDash=[4, 4])
        .encode(y="target:Q")
    )
    st.altair_chart(bars + rule, width="stretch")
