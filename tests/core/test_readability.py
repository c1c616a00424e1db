"""Readability figures checked against hand-worked values and against textstat itself."""

import pytest
from textstat.backend import metrics

from clearnotice import caches, readability
from clearnotice.readability import Counts


def test_six_one_syllable_words_score_as_worked_by_hand():
    # 6 words, 6 syllables, 1 sentence, 17 letters:
    # FRE = 206.835 - 1.015*6 - 84.6*1 = 116.145; FKGL = 0.39*6 + 11.8*1 - 15.59 = -1.45
    result = readability.analyse("The cat sat on the mat.")
    assert result.counts == Counts(
        sentences=1,
        words=6,
        syllables=6,
        letters=17,
        characters=17,
        polysyllables=0,
        difficult=result.counts.difficult,
    )
    assert result.scores.flesch_reading_ease == pytest.approx(116.1, abs=0.05)
    assert result.scores.flesch_kincaid_grade == pytest.approx(-1.4, abs=0.06)
    # ARI = 4.71*17/6 + 0.5*6 - 21.43 = -5.085
    assert result.scores.automated_readability == pytest.approx(-5.1, abs=0.05)


def test_gunning_fog_counts_words_of_three_or_more_syllables():
    c = Counts(
        sentences=2, words=20, syllables=30, letters=90, characters=90, polysyllables=4, difficult=3
    )
    # 0.4 * (20/2 + 100*4/20) = 0.4 * 30 = 12
    assert readability.gunning_fog(c) == pytest.approx(12.0)
    # SMOG = 1.043 * sqrt(4*30/2) + 3.1291 = 1.043*7.746 + 3.1291 = 11.2083
    assert readability.smog(c) == pytest.approx(11.2083, abs=1e-3)
    # Coleman-Liau = 0.0588*450 - 0.296*10 - 15.8 = 7.7
    assert readability.coleman_liau(c) == pytest.approx(7.7, abs=1e-9)
    # Dale-Chall: 15 % difficult > 5 %, so 0.1579*15 + 0.0496*10 + 3.6365 = 6.5010
    assert readability.dale_chall(c) == pytest.approx(6.501, abs=1e-3)


PROSE = (
    "We found that a criminal had broken into one of our billing computers. The criminal used a "
    "stolen employee password to get in. We shut off that access the same day. The investigation "
    "continued for several weeks, and we reviewed every affected record carefully before writing "
    "to you."
)


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("flesch_reading_ease", metrics.flesch_reading_ease),
        ("flesch_kincaid_grade", metrics.flesch_kincaid_grade),
        ("dale_chall", metrics.dale_chall_readability_score),
    ],
    ids=["flesch", "kincaid", "dale-chall"],
)
def test_plain_prose_scores_agree_with_textstat(ours, theirs):
    """On prose with no Markdown our segmentation and textstat's agree, so the scores must too."""
    assert getattr(readability.analyse(PROSE).scores, ours) == pytest.approx(
        theirs(PROSE, "en_US"), abs=0.2
    )


def test_a_heading_is_its_own_sentence_not_glued_to_the_next():
    text = "## What happened\n\nWe found the problem on March 3. We fixed it."
    result = readability.analyse(text)
    assert result.counts.sentences == 3
    assert result.paragraphs == 1
    glued = readability.analyse("What happened We found the problem on March 3. We fixed it.")
    assert result.scores.flesch_kincaid_grade < glued.scores.flesch_kincaid_grade


def test_each_bullet_is_a_sentence_and_markup_is_not_counted():
    text = "You can:\n\n- **call** us\n- write to us\n- visit our site"
    result = readability.analyse(text)
    assert result.counts.sentences == 4
    assert result.counts.words == 10
    assert [b.kind for b in result.blocks] == ["paragraph", "bullet", "bullet", "bullet"]


def test_empty_text_scores_nothing_and_says_so():
    result = readability.analyse("   \n\n")
    assert result.counts.words == 0
    assert result.notes == ("There is no text to score yet.",)


def test_long_complex_sentence_is_very_hard_and_points_at_its_words():
    text = (
        "Intro line.\n\nThe forensic investigation determined that an unauthorized threat actor "
        "leveraged compromised credentials to achieve lateral movement within the environment and "
        "subsequently exfiltrated certain personally identifiable information."
    )
    result = readability.analyse(text)
    findings = readability.hard_sentence_findings(result, text)
    assert [f.rule_id for f in findings] == ["readability.very-hard-sentence"]
    finding = findings[0]
    assert text[finding.start : finding.end] == finding.match
    assert finding.match.startswith("The forensic") and finding.match.endswith("information.")
    assert "words of three or more syllables" in finding.message
    long_words = {text[a:b] for a, b in result.sentences[-1].long_words}
    assert {"investigation", "unauthorized", "environment"} <= long_words


def test_short_plain_sentences_are_never_marked_hard():
    text = "We are sorry. Call us at any time. We will help you sign up for free monitoring."
    result = readability.analyse(text)
    assert readability.hard_sentence_findings(result, text) == []


def test_distance_from_target_is_grade_minus_target():
    result = readability.analyse(PROSE, target_grade=4)
    assert result.distance_from_target == pytest.approx(result.grade - 4, abs=0.05)


def test_an_edit_reanalyses_only_the_changed_paragraph():
    first = "First paragraph stays the same.\n\nSecond paragraph is here."
    readability.analyse(first)
    before = readability._analyse_block.cache_info()
    placed_before = readability._placed_block.cache_info()
    readability.analyse(first.replace("Second", "A changed second"))
    after = readability._analyse_block.cache_info()
    placed_after = readability._placed_block.cache_info()
    assert after.misses - before.misses == 1
    # the unchanged paragraph, at the same place, is taken as it was placed
    assert placed_after.hits - placed_before.hits == 1


@pytest.mark.parametrize(
    "edit",
    [
        lambda text: text.replace("sorry", "very sorry"),  # the blocks after it move
        lambda text: "Please read this.\n\n" + text,  # and are numbered one on
        lambda text: text.replace("We will help you.", "We will help you at once."),
    ],
    ids=["longer", "a paragraph above", "the last sentence"],
)
def test_an_edit_places_every_block_where_it_now_is(edit):
    """The blocks an edit moves are placed anew: each block's and sentence's figures are those
    of the edited text analysed from nothing, and each sentence's span holds its words."""
    text = "We are sorry.\n\n## What to do\n\nCall us at any time. We will help you."
    readability.analyse(text)
    changed = edit(text)
    got = readability.analyse(changed)
    caches.clear_all()
    assert got == readability.analyse(changed)
    assert [b.index for b in got.blocks] == list(range(len(got.blocks)))
    last = got.blocks[-1].sentences[-1]
    assert changed[last.start : last.end].startswith("We will help you")


LETTER = "We found the problem on March 3. We fixed it the same day.\n\n"


@pytest.mark.parametrize(
    "closing",
    [
        "*Sincerely,*",
        "**Sincerely,**",
        "Warmly,\nJane Doe",
        "Respectfully submitted,\nJane Doe",
        "Jane Customer\n500 Market Street, Suite 200\nSan Francisco, CA 94105",
    ],
    ids=["italic sign-off", "bold sign-off", "unlisted sign-off", "submitted", "address block"],
)
def test_lines_that_are_not_sentences_are_not_graded(closing):
    result = readability.analyse(LETTER + closing + "\n")
    assert result.counts == readability.analyse(LETTER).counts
    assert max(b.grade for b in result.blocks) < 10  # "Sincerely," alone would be grade 20


def test_a_paragraph_that_ends_no_sentence_on_one_line_still_counts():
    result = readability.analyse(LETTER + "We are sorry this happened to you and we will help\n")
    assert result.counts.sentences == 3


def test_smog_is_withheld_for_short_letters_and_said_only_beside_smog():
    result = readability.analyse(PROSE)
    assert result.scores.smog is None
    assert not any("SMOG" in note for note in result.notes)
    assert "SMOG needs at least 30 sentences" in readability.smog_note(result.counts)
    long_text = " ".join(["We will call you soon about your account."] * 30)
    long = readability.analyse(long_text)
    assert long.scores.smog is not None
    assert readability.smog_note(long.counts) == ""


@pytest.mark.parametrize(
    "table",
    [
        # a Word table as the import writes it, a row per paragraph (the second walk, 2026-12-02)
        "Data type | Affected\n\nName | Yes\n\nSocial Security number | No",
        # a table pasted from a spreadsheet, its cells parted by tabs
        "Social Security number\tNo\nDriver's license number\tYes",
    ],
    ids=["word table", "tabbed table"],
)
def test_a_table_row_is_not_graded(table):
    """Flesch: "test only the running text" (How to Write Plain English, ch. 2): a row of a
    table ("Social Security number | No", grade 12.5) was graded as a sentence, and its bar
    stood above the target on the Edit page's chart of a letter imported from Word."""
    result = readability.analyse(LETTER + table + "\n")
    assert result.counts == readability.analyse(LETTER).counts
    assert max(b.grade for b in result.blocks) < 10
