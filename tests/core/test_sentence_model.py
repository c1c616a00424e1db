"""The checklist's learned fallback (clearnotice/checks/sentence_model.py): the stored model is
what the trainer makes from the tune letters alone, and it carries an item only by a body
sentence the rules missed, never by a denial or a heading.

The letters below are made up, not corpus sentences."""

import json
import shutil
from collections import Counter

import pytest

from bench import train_sentence_model as trainer
from clearnotice import caches
from clearnotice import text as segment
from clearnotice.checks import sentence_model
from clearnotice.checks.loader import load_catalogue
from clearnotice.checks.outcome import FOUND, MISSING
from clearnotice.checks.scan import LetterScan
from clearnotice.guidance import review
from tests.corpus import corpus

ITEM = "content.what-happened"


def _letter(*lines: str) -> str:
    return "\n\n".join(("Dear Member,", *lines, "Sincerely,\nThe Membership Team"))


def _item(text: str):
    return next(i for i in review(text).checklist if i.rule_id == ITEM)


@pytest.fixture(scope="module")
def tune_read(tmp_path_factory) -> list[trainer.Letter]:
    """The tune letters as the trainer reads them, read once for this file's tests, with only
    the tune letters' texts there: opening a held-out letter would fail."""
    letters = tmp_path_factory.mktemp("letters")
    for label in sorted(corpus.LABELS.glob("*.yml")):
        if corpus.parse_label(label.read_text(encoding="utf-8"))["split"] == "tune":
            shutil.copy(corpus.LETTERS / f"{label.stem}.txt", letters)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(corpus, "LETTERS", letters)
        return trainer.read_tune()


@pytest.fixture(scope="module")
def weights(tune_read) -> tuple[float, dict[str, float]]:
    """What-happened's naive Bayes weights, fitted on the tune letters by the trainer. The
    stored model carries an item only when cross-validation earns it one, so it may carry none
    (as on the tune letters now): these tests check the fallback itself, under a threshold each
    test sets."""
    return trainer.fit(trainer.total_counts(tune_read, ITEM))


@pytest.fixture
def use_model(tmp_path, monkeypatch, weights):
    """Put a what-happened model with ``threshold`` where the review reads the stored one."""

    def use(threshold: float) -> sentence_model.ItemModel:
        bias, by_feature = weights
        item = {"bias": bias, "weights": by_feature, "threshold": threshold}
        path = tmp_path / "sentence-model.json"
        path.write_text(json.dumps({"items": {ITEM: item}}), encoding="utf-8")
        monkeypatch.setattr(sentence_model, "MODEL_PATH", path)
        _forget_reviews()
        return sentence_model.models()[ITEM]

    yield use
    _forget_reviews()


def _forget_reviews() -> None:
    """The model is read once per process and reviews are kept per text: both start afresh."""
    sentence_model.models.cache_clear()
    caches.clear_all()


def _score(model: sentence_model.ItemModel, sentence: str) -> float:
    return model.score(sentence_model.features(sentence))


def test_the_stored_model_is_a_fresh_training_on_the_tune_letters_alone(tune_read):
    # A model left stale by a label, splitter or rule change differs from this training.
    data, _table = trainer.train(tune_read)
    stored = sentence_model.MODEL_PATH.read_text(encoding="utf-8")
    assert trainer.serialise(data) == stored, "run: python bench/train_sentence_model.py --write"
    assert data["trained_on"]["split"] == "tune"


def _made_up_letter(id_: str, sentences: list[tuple[set[str], str | None]]) -> trainer.Letter:
    """A trainer's letter of made-up sentences, each its features and the item it carries."""
    seen = Counter()
    for found, _item in sentences:
        seen.update(found)
    counts = {item: trainer.Counts(seen) for item in ("x", "y")}
    for found, carried in sentences:
        for item, part in counts.items():
            part.add(frozenset(found), carried == item, 1.0)
    return trainer.Letter(id_, None, frozenset(), seen, counts, {})


def test_a_letter_left_out_is_weighed_as_by_a_training_without_it():
    # Cross-validation fits each letter's model from the totals minus the letter, with what
    # leaving it out drops worked out once for every item: "rare" (in a and b) and "found"
    # (twice in c) fall below MIN_COUNT without their letter.
    letters = [
        _made_up_letter("a", [({"we", "learned", "rare"}, "x"), ({"call", "us"}, "y")]),
        _made_up_letter(
            "b", [({"we", "learned"}, "x"), ({"call", "us", "rare"}, "y"), ({"we", "call"}, None)]
        ),
        _made_up_letter(
            "c", [({"we", "found"}, "x"), ({"call", "us"}, "y"), ({"found", "us"}, None)]
        ),
    ]
    left = None
    for item in ("x", "y"):
        total = trainer.total_counts(letters, item)
        left = trainer.lefts_out(letters, total) if left is None else left  # shared by items
        for letter in letters:
            bias, weights = trainer.fit(total, letter.counts[item], left[letter.id])
            others = [x for x in letters if x is not letter]
            want_bias, want = trainer.fit(trainer.total_counts(others, item))
            assert bias == pytest.approx(want_bias)
            assert set(weights) == set(letter.seen) & set(want), (item, letter.id)
            assert weights == pytest.approx({f: want[f] for f in weights}), (item, letter.id)


def test_the_trainer_reads_tune_letters_only(tune_read):
    tune = [x for x in corpus.load() if x.split == "tune"]
    assert [x.id for x in tune_read] == [x.id for x in tune]


WHAT_HAPPENED = (
    "In early March 2023 an unknown individual used an old test account to reach our "
    "computer systems."
)
CONTACT = "Please call us on 0800 123 456 with any questions."


def test_the_model_finds_what_happened_where_no_wording_does(use_model):
    model = use_model(0.0)
    assert _score(model, WHAT_HAPPENED) > _score(model, CONTACT), "the weights learned the item"
    use_model((_score(model, WHAT_HAPPENED) + _score(model, CONTACT)) / 2)
    text = _letter(WHAT_HAPPENED, CONTACT)
    item = _item(text)
    assert item.status == FOUND
    (evidence,) = item.evidence
    assert evidence.text == WHAT_HAPPENED
    assert evidence.part == sentence_model.WORDING_PART
    assert text[evidence.start : evidence.end] == WHAT_HAPPENED


def test_a_sentence_below_the_threshold_carries_nothing(use_model):
    model = use_model(0.0)
    use_model(_score(model, CONTACT) + 0.1)
    assert _item(_letter(CONTACT)).status == MISSING


def test_without_a_model_the_item_is_left_to_the_rules(use_model, monkeypatch, tmp_path):
    use_model(0.0)
    path = tmp_path / "empty-model.json"
    path.write_text(json.dumps({"items": {}}), encoding="utf-8")
    monkeypatch.setattr(sentence_model, "MODEL_PATH", path)
    _forget_reviews()
    assert _item(_letter(WHAT_HAPPENED, CONTACT)).status == MISSING


def test_a_denial_is_never_evidence_however_it_is_worded(use_model):
    denial = "There is no evidence that an unknown individual gained access to our servers."
    model = use_model(0.0)
    # The model alone would take it: only the item's exclusions keep it out.
    use_model(_score(model, denial) - 0.1)
    assert _item(_letter(denial)).status == MISSING


def test_the_best_sentence_is_the_highest_scoring_one_no_exclusion_matches():
    # Made-up weights: the denial scores highest, the two equal sentences after it next; the
    # item's exclusions leave the denial out, and of equals the earliest is taken.
    denial = "There is no evidence that an unknown individual gained access to our servers."
    reached = "An unknown individual reached our systems."
    model = sentence_model.ItemModel(0.0, {"unknown individual": 1.0, "evidence": 2.0}, 0.0)
    scan = LetterScan(_letter(denial, reached, reached), load_catalogue().table)
    said = [scan.text[s.start : s.end] for s in scan.sentences]
    exclude = trainer.single_part_items()[ITEM].evidence.exclude
    assert model.best(scan) == (said.index(denial), 3.0)
    assert model.best(scan, exclude) == (said.index(reached), 1.0)


def test_a_heading_alone_is_never_evidence(use_model):
    heading = "An Unknown Individual Gained Access To Our Computer Systems"
    text = _letter(heading)
    assert any(b.is_heading and b.text == heading for b in segment.blocks(text))
    model = use_model(0.0)
    use_model(_score(model, heading) - 0.1)  # the model alone would take it
    assert _item(text).status == MISSING
