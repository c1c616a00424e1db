"""Chinese and Japanese numerals (一, 十二, 三万, 二〇二六) and their values, for the numbers and
the dates translation QA reads in those languages.

Unicode Unihan, kPrimaryNumeric: the digits 〇 (零) to 九, 两 (兩) a second two, the units 十, 百,
千 within a myriad and 万 (萬), 億 (亿) between myriads. "九十" is 90, "十二" 12 (a unit with no
digit before it counts one), "一万二千" 12,000 (Unicode CLDR, common/supplemental/
numberingSystems.xml: "hans", the algorithmic Chinese numerals), and "二〇二六" 2026 written digit
by digit, as a year is ("hanidec", the Chinese decimal digits).
"""

from __future__ import annotations

import re

DIGITS = dict(zip("〇零一二三四五六七八九", (0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
DIGITS.update({"两": 2, "兩": 2})
UNITS = {"十": 10, "百": 100, "千": 1000}
MYRIADS = {"万": 10**4, "萬": 10**4, "億": 10**8, "亿": 10**8}
CHARACTERS = "".join([*DIGITS, *UNITS, *MYRIADS])
NUMERAL = re.compile(f"[{CHARACTERS}]+")


def value(numeral: str) -> int:
    """The value of a run of Chinese or Japanese numerals."""
    if not any(ch in UNITS or ch in MYRIADS for ch in numeral):
        return int("".join(str(DIGITS[ch]) for ch in numeral))
    total = section = digit = 0
    for ch in numeral:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in UNITS:
            section += (digit or 1) * UNITS[ch]
            digit = 0
        else:
            total += (section + digit or 1) * MYRIADS[ch]
            section = digit = 0
    return total + section + digit
