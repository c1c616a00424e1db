"""The checklist's learned fallback (clearnotice/checks/sentence_model.py): the stored model is
what the trainer makes from the tune letters alone, and it carries an item only by a body
sentence the rules missed, never by a denial or a heading.

The letters below are made up, not corpus sentences."""

import shutil

import yaml

from bench import train_sentence_model as trainer
from clearnotice import text as segment
from clearnotice.checks import sentence_model
from clearnotice.checks.outcome import FOUND, MISSING
from clearnotice.guidance import review
from tests.corpus import corpus

ITEM = "content.what-happened"


def _letter(*lines: str) -> str:
    return "\n\n".join(("Dear Member,", *lines, "Sincerely,\nThe Membership Team"))


def _item(text: str):
    return next(i for i in review(text).checklist if i.rule_id == ITEM)


def _model() -> sentence_model.ItemModel:
    return sentence_model.models()[ITEM]


def test_the_stored_model_is_a_fresh_training_on_the_tune_letters_alone(tmp_path, monkeypatch):
    # Only the tune letters' texts are there: opening a held-out letter would fail. A model left
    # stale by a label, splitter or rule change differs from this training.
    letters = tmp_path / "letters"
    letters.mkdir()
    for label in sorted(corpus.LABELS.glob("*.yml")):
        if yaml.safe_load(label.read_text(encoding="utf-8"))["split"] == "tune":
            shutil.copy(corpus.LETTERS / f"{label.stem}.txt", letters)
    monkeypatch.setattr(corpus, "LETTERS", letters)
    data, _table = trainer.train()
    stored = sentence_model.MODEL_PATH.read_text(encoding="utf-8")
    assert trainer.serialise(data) == stored, "run: python bench/train_sentence_model.py --write"
    assert data["trained_on"]["split"] == "tune"


def test_the_trainer_reads_tune_letters_only():
    read = trainer.training_letters()
    tune = [x for x in corpus.load() if x.split == "tune"]
    assert [x.id for x in read] == [x.id for x in tune]


def test_the_model_finds_what_happened_where_no_wording_does():
    sentence = (
        "In early March 2023 an unknown individual used an old test account to reach our "
        "computer systems."
    )
    text = _letter(sentence, "Please call us on 0800 123 456 with any questions.")
    item = _item(text)
    assert item.status == FOUND
    (evidence,) = item.evidence
    assert evidence.text == sentence
    assert evidence.part == sentence_model.WORDING_PART
    assert text[evidence.start : evidence.end] == sentence


def test_a_sentence_below_the_threshold_carries_nothing():
    item = _item(_letter("Please call us on 0800 123 456 with any questions."))
    assert item.status == MISSING


def test_a_denial_is_never_evidence_however_it_is_worded():
    denial = "There is no evidence that an unknown individual gained access to our servers."
    model = _model()
    # The model alone would take it: only the item's exclusions keep it out.
    assert model.score(sentence_model.features(denial)) >= model.threshold
    assert _item(_letter(denial)).status == MISSING


def test_a_heading_alone_is_never_evidence():
    heading = "An Unknown Individual Gained Access To Our Computer Systems"
    text = _letter(heading, "Please call us on 0800 123 456 with any questions.")
    assert any(b.is_heading and b.text == heading for b in segment.blocks(text))
    model = _model()
    assert model.score(sentence_model.features(heading)) >= model.threshold
    assert _item(text).status == MISSING
