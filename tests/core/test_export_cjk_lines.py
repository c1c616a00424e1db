"""Chinese and Japanese PDF lines break where their readers expect (JIS X 4051, 8.2 and the
Chinese GB/T 15834 practice alike): never before a closing bracket, a small kana or the long
vowel mark, and never right after an opening bracket."""

from __future__ import annotations

from clearnotice.export.document import Run
from clearnotice.export.pdf import _laid_out

NO_START = set("」』）】〉》ーっゃゅょァィゥェォッャュョ々・、。")
NO_END = set("「『（【〈《")


def _lines(text: str, width_em: float) -> list[str]:
    return ["".join(run[2] for run in line) for line in _laid_out((Run(text),), width_em, 11)]


def test_a_japanese_line_never_starts_with_a_small_kana_or_ends_on_an_opening_bracket():
    sentence = "「ちょっと」お知らせ：ショッピングのパスワードをリセットしてください。"
    for width in range(6, 30):  # every break point of the sentence
        lines = _lines(sentence * 3, width)
        assert "".join(lines) == sentence * 3
        assert not [line for line in lines[1:] if line[0] in NO_START], width
        assert not [line for line in lines[:-1] if line[-1] in NO_END], width
