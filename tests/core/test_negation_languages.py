"""Negation QA in Japanese, Persian, Hindi and Hebrew, languages US breach notices are
translated into (negation.yml): a human translation that keeps the "not" passes, one that drops
it or adds one is an error in the row it sits in, and the words that only look negative
(Japanese 少ない "few", a Persian noun beginning with ن, Hindi न inside "लेकिन", Hebrew אל "to")
pass. The translations are written for these tests, each the way a translator of a notice
would. Haitian Creole is not read yet (negation.yml says why).
"""

from __future__ import annotations

import pytest

from clearnotice.translate.qa import check_translation
from tests.core.qa_errors import check_row, qa_errors

NEGATION = "translation.negation"
NEVER = "We will never ask for your password."
NOT = "We will not share your information."
SHARE = "We will share your information."
CLICK = "Do not click the link."

# (case, language, English, translation, the rule of the error expected, None for none)
CASES = [
    # -- Japanese
    (
        "ja-never-ok",
        "ja",
        NEVER,
        "当社がお客様のパスワードをお尋ねすることは決してありません。",
        None,
    ),
    ("ja-never-dropped", "ja", NEVER, "当社はお客様のパスワードをお尋ねします。", NEGATION),
    ("ja-not-ok", "ja", NOT, "お客様の情報を共有することはありません。", None),
    ("ja-not-dropped", "ja", NOT, "お客様の情報を共有します。", NEGATION),
    ("ja-added", "ja", SHARE, "お客様の情報を共有しません。", NEGATION),
    ("ja-order-ok", "ja", CLICK, "リンクをクリックしないでください。", None),
    ("ja-order-dropped", "ja", CLICK, "リンクをクリックしてください。", NEGATION),
    ("ja-few-ok", "ja", "Few customers were affected.", "影響を受けたお客様は少ないです。", None),
    (
        "ja-dangerous-ok",
        "ja",
        "Such websites are dangerous.",
        "そのようなウェブサイトは危ないです。",
        None,
    ),
    (
        "ja-must-ok",
        "ja",
        "You must change your password.",
        "パスワードを変更しなければなりません。",
        None,
    ),
    (
        "ja-may-ok",
        "ja",
        "Your data may have been copied.",
        "お客様のデータがコピーされたかもしれません。",
        None,
    ),
    (
        "ja-sorry-ok",
        "ja",
        "We apologize for the inconvenience.",
        "ご不便をおかけして申し訳ありません。",
        None,
    ),
    ("ja-always-ok", "ja", "Always check your statements.", "必ず明細書をご確認ください。", None),
    ("ja-regardless-ok", "ja", "This applies to every age.", "年齢を問わず適用されます。", None),
    ("ja-without-ok", "ja", "We fixed it without delay.", "遅滞なく修正しました。", None),
    (
        "ja-if-not-ok",
        "ja",
        "If you do not enroll, the offer ends.",
        "ご登録されない場合、この特典は終了します。",
        None,
    ),
    (
        "ja-no-misuse-ok",
        "ja",
        "We have no evidence that your information was misused.",
        "現時点で、お客様の情報が不正に利用された事実は確認されておりません。",
        None,
    ),
    (
        "ja-questions-ok",
        "ja",
        "If you have any questions, please call us.",
        "ご不明な点がございましたら、お電話ください。",
        None,
    ),
    # -- Persian
    ("fa-never-ok", "fa", NEVER, "ما هرگز رمز عبور شما را نمی‌خواهیم.", None),
    ("fa-never-dropped", "fa", NEVER, "ما رمز عبور شما را می‌خواهیم.", NEGATION),
    ("fa-not-ok", "fa", NOT, "ما اطلاعات شما را به اشتراک نخواهیم گذاشت.", None),
    ("fa-not-dropped", "fa", NOT, "ما اطلاعات شما را به اشتراک خواهیم گذاشت.", NEGATION),
    ("fa-added", "fa", SHARE, "ما اطلاعات شما را به اشتراک نخواهیم گذاشت.", NEGATION),
    ("fa-order-ok", "fa", CLICK, "روی پیوند کلیک نکنید.", None),
    ("fa-order-dropped", "fa", CLICK, "روی پیوند کلیک کنید.", NEGATION),
    (
        "fa-name-ok",
        "fa",
        "Your name and address were in the letter.",
        "نام و نشانی شما در نامه بود.",
        None,
    ),
    (
        "fa-keep-ok",
        "fa",
        "We keep your records safe.",
        "ما سوابق شما را به‌طور امن نگهداری می‌کنیم.",
        None,
    ),
    ("fa-breach-ok", "fa", "The breach was found on Monday.", "نقض در روز دوشنبه کشف شد.", None),
    ("fa-need-ok", "fa", "We also need your consent.", "ما همچنین به رضایت شما نیاز داریم.", None),
    (
        "fa-not-only-ok",
        "fa",
        "Not only names but also addresses were affected.",
        "نه تنها نام‌ها بلکه نشانی‌ها نیز تحت تأثیر قرار گرفتند.",
        None,
    ),
    (
        "fa-on-behalf-ok",
        "fa",
        "We write on behalf of the bank.",
        "ما به نیابت از بانک می‌نویسیم.",
        None,
    ),
    (
        "fa-nine-days-ok",
        "fa",
        "Nine days passed before we knew.",
        "نه روز گذشت تا متوجه شدیم.",
        None,
    ),
    (
        "fa-monitoring-ok",
        "fa",
        "Enroll in credit monitoring.",
        "در نظارت بر اعتبار ثبت‌نام کنید.",
        None,
    ),
    ("fa-no-worry-ok", "fa", "Do not worry.", "نگران نباشید.", None),
    ("fa-no-worry-dropped", "fa", "Do not worry.", "نگران باشید.", NEGATION),
    # -- Hindi
    ("hi-never-ok", "hi", NEVER, "हम आपसे कभी भी आपका पासवर्ड नहीं माँगेंगे।", None),
    ("hi-never-dropped", "hi", NEVER, "हम आपसे आपका पासवर्ड माँगेंगे।", NEGATION),
    ("hi-not-ok", "hi", NOT, "हम आपकी जानकारी साझा नहीं करेंगे।", None),
    ("hi-not-dropped", "hi", NOT, "हम आपकी जानकारी साझा करेंगे।", NEGATION),
    ("hi-added", "hi", SHARE, "हम आपकी जानकारी साझा नहीं करेंगे।", NEGATION),
    ("hi-order-ok", "hi", CLICK, "लिंक पर क्लिक मत करें।", None),
    ("hi-order-dropped", "hi", CLICK, "लिंक पर क्लिक करें।", NEGATION),
    (
        "hi-purpose-ok",
        "hi",
        "We added safeguards so that this does not happen again.",
        "हमने सुरक्षा उपाय जोड़े हैं ताकि ऐसा दोबारा न हो।",
        None,
    ),
    (
        "hi-purpose-dropped",
        "hi",
        "We added safeguards so that this does not happen again.",
        "हमने सुरक्षा उपाय जोड़े हैं ताकि ऐसा दोबारा हो।",
        NEGATION,
    ),
    ("hi-but-name-ok", "hi", "But your name is safe.", "लेकिन आपका नाम सुरक्षित है।", None),
    (
        "hi-not-only-ok",
        "hi",
        "Not only names but also addresses were affected.",
        "न केवल नाम बल्कि पते भी प्रभावित हुए।",
        None,
    ),
    (
        "hi-until-ok",
        "hi",
        "We will hold your file until you call us.",
        "जब तक आप हमें फ़ोन नहीं करते, हम आपकी फ़ाइल रखेंगे।",
        None,
    ),
    ("hi-feel-free-ok", "hi", "Feel free to call us.", "हमें फ़ोन करने में संकोच न करें।", None),
    # -- Hebrew
    ("he-never-ok", "he", NEVER, "לעולם לא נבקש ממך את הסיסמה שלך.", None),
    ("he-never-dropped", "he", NEVER, "נבקש ממך את הסיסמה שלך.", NEGATION),
    ("he-not-ok", "he", NOT, "לא נשתף את המידע שלך.", None),
    ("he-not-dropped", "he", NOT, "נשתף את המידע שלך.", NEGATION),
    ("he-added", "he", SHARE, "לא נשתף את המידע שלך.", NEGATION),
    ("he-order-ok", "he", CLICK, "אל תלחצו על הקישור.", None),
    ("he-order-dropped", "he", CLICK, "לחצו על הקישור.", NEGATION),
    (
        "he-joined-ok",
        "he",
        "Your name was taken and no card was.",
        "שמך נלקח ושום כרטיס לא נלקח.",
        None,
    ),
    ("he-to-ok", "he", "We sent a letter to the customer.", "שלחנו מכתב אל הלקוח.", None),
    ("he-internet-ok", "he", "Check your account online.", "בדקו את החשבון שלכם באינטרנט.", None),
    (
        "he-unauthorised-ok",
        "he",
        "There was unauthorized access to the system.",
        "הייתה גישה לא מורשית למערכת.",
        None,
    ),
    ("he-forever-ok", "he", "We will keep this record forever.", "נשמור רשומה זו לעולם.", None),
    ("he-none-ok", "he", "No card numbers were taken.", "אף מספר כרטיס לא נלקח.", None),
    (
        "he-not-only-ok",
        "he",
        "Not only names but also addresses were affected.",
        "לא רק שמות אלא גם כתובות נפגעו.",
        None,
    ),
]


@pytest.mark.parametrize(
    ("language", "english", "translation", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_kept_passes_and_dropped_or_added_is_an_error(language, english, translation, expected):
    check_row(english, translation, language, expected)


FIRST = "We found the problem on March 3, 2024."
# The first row of a two-row letter, as translated: the dropped negation is in the second.
FIRST_ROW = {
    "ja": "当社は2024年3月3日に問題を発見しました。",
    "fa": "ما مشکل را در ۳ مارس ۲۰۲۴ پیدا کردیم.",
    "hi": "हमें ३ मार्च २०२४ को समस्या का पता चला।",
    "he": "מצאנו את הבעיה ב-3 במרץ 2024.",
}


@pytest.mark.parametrize("language", sorted(FIRST_ROW))
def test_a_dropped_negation_is_reported_in_its_own_row(language):
    dropped = next(c[3] for c in CASES if c[0] == f"{language}-never-dropped")
    report = check_translation(
        f"{FIRST}\n\n{NEVER}", f"{FIRST_ROW[language]}\n\n{dropped}", language
    )
    rows = {f.segment for f in report.findings if f.finding.rule_id == NEGATION}
    assert rows == {1}


UNLESS = "Unless you call us, we will close the file."
# (language, the condition kept, the condition turned round into a plain "if")
CONDITIONS = [
    (
        "ja",
        "お電話いただかない限り、ファイルを閉じます。",
        "お電話いただいた場合、ファイルを閉じます。",
    ),
    (
        "fa",
        "مگر اینکه با ما تماس بگیرید، پرونده را می‌بندیم.",
        "اگر با ما تماس بگیرید، پرونده را می‌بندیم.",
    ),
    (
        "hi",
        "जब तक कि आप हमें फ़ोन न करें, हम फ़ाइल बंद कर देंगे।",
        "अगर आप हमें फ़ोन करें, तो हम फ़ाइल बंद कर देंगे।",
    ),
    ("he", "אלא אם כן תתקשרו אלינו, נסגור את התיק.", "אם תתקשרו אלינו, נסגור את התיק."),
]


@pytest.mark.parametrize(("language", "kept", "turned"), CONDITIONS)
def test_an_unless_turned_into_an_if_is_an_error(language, kept, turned):
    assert qa_errors(UNLESS, kept, language) == []
    assert "translation.condition" in qa_errors(UNLESS, turned, language)
