"""Which Chinese script a text is in (clearnotice/chinese_script.py), and its pairs file."""

from __future__ import annotations

import pytest

from clearnotice.chinese_script import (
    PAIRS,
    SIMPLIFIED,
    TRADITIONAL,
    _PairsFile,
    chinese_script,
)
from clearnotice.datafiles import load


def test_each_pair_is_a_traditional_character_and_another_simplified_one_each_once() -> None:
    pairs = load(PAIRS, _PairsFile).pairs
    characters = [c for pair in pairs for c in pair]
    assert all(len(pair) == 2 and pair[0] != pair[1] for pair in pairs), pairs
    assert len(characters) == len(set(characters))  # no character marks both scripts
    assert all("\u4e00" <= c <= "\u9fff" for c in characters)  # CJK Unified Ideographs


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("我们发现您的个人资料可能已被访问。请联系我们。", SIMPLIFIED),
        ("我們發現您的個人資料可能已被訪問。請聯繫我們。", TRADITIONAL),
        # a Traditional letter quoting a Simplified name keeps its script
        ("我們發現您的個人資料可能已被訪問。請聯繫我們的「数据中心」。", TRADITIONAL),
        ("您好。", None),  # no character tells them apart
        ("我们很抱歉。請放心。", None),  # one of each: too few to tell
        ("Dear customer, we are sorry.", None),
    ],
)
def test_a_text_is_in_the_script_its_telling_characters_are_in(text, script) -> None:
    assert chinese_script(text) == script
