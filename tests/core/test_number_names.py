"""Numbers in words that are no count: a day's or a month's name that holds a number word
(Vietnamese "Thứ Hai", Monday; "tháng Ba", March; Chinese 星期三, 三月; Persian سه‌شنبه), an
ordinal (第一) and words a numeral stands in (一些 "some", 万一 "in case"). Before, "Thứ Hai"
answered for a "2" the translation lost, and "Thứ Ba" beside a lost "2" was called "2 became 3".
Chinese and Japanese numerals before a counter (四天, 三个月, 四日) are counts: "四天" for
"three days" passed. Dates whose month is named by a numeral (三月三日, "ngày 5 tháng Ba") are
read as dates, so a changed day is caught."""

from __future__ import annotations

import pytest

from clearnotice.translate import entities
from tests.core.qa_errors import check_row

NUMBER = "translation.number"
DATE = "translation.date"
MONDAY_2 = "Call us on Monday about your 2 accounts."
TUESDAY_2 = "Call us on Tuesday about your 2 accounts."
WEDNESDAY_3 = "Call us on Wednesday about your 3 accounts."
MARCH_3 = "Call us in March about your 3 accounts."
IN_THREE_DAYS = "We will answer in three days."
IN_3_DAYS = "We will answer in 3 days."
ON_MARCH_5 = "Call us on March 5, 2026."

# (case, language, English, translation, the rule of the error expected, None for none)
CASES = [
    ("vi-monday-lost-2", "vi", MONDAY_2, "Hãy gọi vào Thứ Hai về các tài khoản.", NUMBER),
    ("vi-monday-ok", "vi", MONDAY_2, "Hãy gọi vào Thứ Hai về hai tài khoản.", None),
    ("vi-tuesday-ok", "vi", TUESDAY_2, "Hãy gọi vào Thứ Ba về hai tài khoản.", None),
    ("vi-march-lost-3", "vi", MARCH_3, "Hãy gọi vào tháng Ba về các tài khoản.", NUMBER),
    ("vi-march-ok", "vi", MARCH_3, "Hãy gọi vào tháng Ba về ba tài khoản.", None),
    ("zh-wednesday-lost-3", "zh", WEDNESDAY_3, "请在星期三就您的账户致电我们。", NUMBER),
    ("zh-wednesday-ok", "zh", WEDNESDAY_3, "请在星期三就您的三个账户致电我们。", None),
    ("zh-week-3-lost", "zh", WEDNESDAY_3, "请在周三就您的账户致电我们。", NUMBER),
    ("zh-march-lost-3", "zh", MARCH_3, "请在三月就您的账户致电我们。", NUMBER),
    ("ja-march-lost-3", "ja", MARCH_3, "三月にお客様の口座についてお電話ください。", NUMBER),
    (
        "fa-tuesday-lost-3",
        "fa",
        "Call us on Tuesday about your 3 accounts.",
        "سه‌شنبه درباره حساب‌های خود با ما تماس بگیرید.",
        NUMBER,
    ),
    ("pt-monday-lost-2", "pt", MONDAY_2, "Ligue na segunda-feira sobre as suas contas.", NUMBER),
    # a numeral before a counter is a count
    ("zh-other-count", "zh", IN_THREE_DAYS, "我们将在四天内答复。", NUMBER),
    ("zh-count-ok", "zh", IN_THREE_DAYS, "我们将在三天内答复。", None),
    ("zh-count-digits-ok", "zh", IN_3_DAYS, "我们将在三天内答复。", None),
    ("ja-other-count", "ja", IN_THREE_DAYS, "四日以内に回答します。", NUMBER),
    ("ja-months-ok", "ja", "You have 12 months.", "期間は十二か月です。", None),
    ("zh-myriads-ok", "zh", "We wrote to 30,000 customers.", "我们致函3万名客户。", None),
    ("zh-myriads-words-ok", "zh", "We wrote to 30,000 customers.", "我们致函三万名客户。", None),
    ("zh-myriads-other", "zh", "We wrote to 30,000 customers.", "我们致函四万名客户。", NUMBER),
    # a month named by a numeral is read with its day
    ("zh-date-ok", "zh", "Call us on March 3.", "请在三月三日致电我们。", None),
    ("zh-date-day", "zh", "Call us on March 3.", "请在三月四日致电我们。", DATE),
    ("zh-date-year-ok", "zh", "It began on March 23, 2026.", "始于二〇二六年三月二十三日。", None),
    ("ja-date-ok", "ja", "Call us on March 3.", "三月三日にお電話ください。", None),
    ("vi-date-ok", "vi", ON_MARCH_5, "Hãy gọi vào ngày 5 tháng Ba năm 2026.", None),
    ("vi-date-day", "vi", ON_MARCH_5, "Hãy gọi vào ngày 6 tháng Ba năm 2026.", DATE),
]


@pytest.mark.parametrize(
    ("language", "english", "translation", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_a_name_holding_a_number_word_is_no_number(language, english, translation, expected):
    check_row(english, translation, language, expected)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("我们一直在调查一些问题。", "zh"),  # "always", "some"
        ("万一您有疑问，请先阅读第一部分。", "zh"),  # "in case", "the first part"
        ("统一的说明十分重要。", "zh"),  # "unified", "very"
        ("ngày tháng năm sinh", "vi"),  # "date of birth": day, month, year
    ],
)
def test_a_numeral_inside_a_word_is_no_number(text, language):
    assert entities.number_words(text, language) == ()
