"""The two halves of the tune letters (bench/bench_accuracy.py, ``--tune-half``): rules are
written from half A's errors only and checked on half B's numbers, so the split must never move
a letter between runs, must cut tune about in two, and the errors printout must never show a
half-B or held-out letter."""

from bench import bench_accuracy as bench
from tests.corpus import corpus


def test_a_letter_keeps_its_half_whatever_else_is_in_the_corpus():
    # By the first bit of the id's SHA-256: these two were worked out once.
    assert [bench.tune_half(i) for i in ("umw-2011", "anthem-blue-cross-tin")] == ["A", "B"]
    assert bench.tune_half("umw-2011") == bench.tune_half("umw-2011")


def test_the_halves_cut_the_tune_letters_about_in_two():
    tune = [x.id for x in corpus.load() if x.split == "tune"]
    in_a = sum(bench.tune_half(i) == "A" for i in tune)
    assert 0.45 <= in_a / len(tune) <= 0.55


def test_the_errors_printout_reads_half_a_letters_only(monkeypatch, capsys):
    read = []
    monkeypatch.setattr(bench, "letter_errors", lambda x: read.append(x) or ["missed"])
    letters = corpus.load()
    bench.print_tune_errors(letters)
    assert read, "half A has letters"
    assert all(x.split == "tune" and bench.tune_half(x.id) == "A" for x in read)
    wanted = sum(x.split == "tune" and bench.tune_half(x.id) == "A" for x in letters)
    assert len(read) == wanted


def test_an_unknown_half_is_refused():
    try:
        bench._asked_half(["--tune-half", "C"])
    except SystemExit as refused:
        assert "A, B" in str(refused)
    else:
        raise AssertionError("--tune-half C was accepted")
    assert bench._asked_half(["--tune-half", "b"]) == "B"
    assert bench._asked_half([]) is None


def test_the_model_alone_is_judged_at_its_threshold_of_best_f1():
    # bench/train_sentence_model.py --train-half: four letters, two with the item; deciding by
    # the best sentence alone, F1 is best (0.8) letting through the top three scores.
    from bench import train_sentence_model as trainer

    class Read:
        def __init__(self, id_, present):
            self.id, self.present = id_, frozenset({"x"} if present else ())

    letters = [Read("a", True), Read("b", False), Read("c", True), Read("d", False)]
    scores = {"a": 3.0, "b": 2.0, "c": 1.0, "d": 0.0}
    assert trainer.best_f1_threshold(letters, "x", scores) == 1.0
    assert trainer.best_f1_threshold(letters, "y", scores) is None
