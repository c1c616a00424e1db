"""Translation QA in the languages a US notice is read in beyond Apertium's: Chinese, Japanese,
Korean, Vietnamese, Tagalog, Russian, Polish, Arabic, Haitian Creole, Thai. Human translations in
any language are reviewed and approved like any other, so their digits, dates, sentences,
addresses and scripts must be read as they are written: a faithful one raises no error, a faulty
one does.
"""

from __future__ import annotations

import sys
import unicodedata

import pytest

from clearnotice.model import Severity
from clearnotice.translate.qa import check_translation
from clearnotice.translate.qa.sentences import _UNSTOPPED_BLOCKS, _UNSTOPPED_SCRIPTS
from tests.core.qa_errors import check_row, qa_errors

FOUND = "We found the problem on March 3, 2024. It affected 12,000 customers."
CALL = "Call 1-800-555-0142 or write to help@acme.com. Visit https://acme.com/notice for more."
COST = "Each customer was refunded $1,250.50. The fee rose by 2.5%."
HOURS = "Call us Monday through Friday, 9 a.m. to 5 p.m."
WITHIN = "We will answer within 12 hours."
DAYS = "We will answer in 3 days."
ENROL = "You have 90 days to enroll. Contact the 3 credit bureaus."
UP_TO = "We will pay up to $12,000."
ASK = "Is your data safe? Yes, your data is safe."
HEADED = "## What happened\n\nWe found it on **March 3, 2024**."
CODE = "Enter code AB12-CD34 at {{ portal_url }}. The offer ends on 2024-06-30."
ZONE = "Call us from 9 a.m. to 5 p.m. Eastern Time."
NOT = "We will not share your information."
SHARE = "We will share your information."
NEVER = "We never ask for your password by phone."
NOT_ONLY = "Not only names but also addresses were affected."
# Hawaii's Office of Language Access, and Consumer Action's summary of "Tax basics for earners in
# the sharing economy" (tests/corpus/translations: hawaii-ola-zh-hant and
# consumer-action-sharing-tax-zh)
CALL_US = (
    "Do you need help in another language? We will get you a free interpreter. Click HERE to "
    "send us a request or call (808) 586-8730 to tell us which language you speak."
)
SHARING = (
    "The sharing economy might enable you to put a little extra cash in your pockets in your "
    "spare time, or it could be your primary source of income. Either way, earning money will "
    "have an impact on your tax situation. This publication, while not tax advice, will help you "
    "understand how to report your income and expenses accurately, why you should take advantage "
    "of all the deductions you’re entitled to, how to avoid an unpleasant surprise when you file "
    "your tax return, and where to get more information and assistance."
)

# (case, language, English, translation, the rule of the error expected, None for none)
CASES = [
    # -- Chinese: no spaces, 。 ends a sentence, 年月日 dates, 万 counts ten thousands
    ("zh-ok", "zh", FOUND, "我们于2024年3月3日发现了该问题。它影响了12,000名客户。", None),
    ("zh-wan-ok", "zh", FOUND, "我们于2024年3月3日发现了该问题。它影响了1.2万名客户。", None),
    (
        "zh-full-width-ok",
        "zh",
        FOUND,
        "我们于２０２４年３月３日发现了该问题。它影响了１２,０００名客户。",
        None,
    ),
    (
        "zh-call-ok",
        "zh",
        CALL,
        "请致电1-800-555-0142或写信至help@acme.com。更多信息请访问https://acme.com/notice。",
        None,
    ),
    (
        "zh-code-ok",
        "zh",
        CODE,
        "请在{{ portal_url }}输入代码AB12-CD34。优惠于2024-06-30结束。",
        None,
    ),
    (
        "zh-date",
        "zh",
        FOUND,
        "我们于2024年3月4日发现了该问题。它影响了12,000名客户。",
        "translation.date",
    ),
    (
        "zh-wan",
        "zh",
        FOUND,
        "我们于2024年3月3日发现了该问题。它影响了1.3万名客户。",
        "translation.number",
    ),
    (
        "zh-full-width",
        "zh",
        FOUND,
        "我们于２０２４年３月３日发现了该问题。它影响了１３,０００名客户。",
        "translation.number",
    ),
    (
        "zh-dropped",
        "zh",
        FOUND,
        "我们于2024年3月3日发现了该问题，影响了客户。",
        "translation.number",
    ),
    (
        "zh-phone",
        "zh",
        CALL,
        "请致电1-800-555-0143或写信至help@acme.com。更多信息请访问https://acme.com/notice。",
        "translation.phone",
    ),
    (
        "zh-email",
        "zh",
        CALL,
        "请致电1-800-555-0142或写信至info@acme.com。更多信息请访问https://acme.com/notice。",
        "translation.email",
    ),
    (
        "zh-english-left",
        "zh",
        FOUND,
        "我们于2024年3月3日发现了该问题。It affected 12,000 customers.",
        "translation.wrong-language",
    ),
    (
        "zh-brand-ok",
        "zh",
        "Acme Data Services. Visit https://acme.com/notice for more.",
        "Acme Data Services。请访问https://acme.com/notice了解更多。",
        None,
    ),
    (
        "ru-brand-ok",
        "ru",
        "Write to Acme Data Services at help@acme.com.",
        "Напишите в Acme Data Services по адресу help@acme.com.",
        None,
    ),
    # -- Japanese: 万 with the rest in digits, full-width digits
    (
        "ja-ok",
        "ja",
        FOUND,
        "2024年3月3日に問題を発見しました。12,000人のお客様に影響がありました。",
        None,
    ),
    (
        "ja-man-ok",
        "ja",
        FOUND,
        "2024年3月3日に問題を発見しました。1万2000人のお客様に影響がありました。",
        None,
    ),
    (
        "ja-call-ok",
        "ja",
        CALL,
        "1-800-555-0142にお電話いただくか、help@acme.comまでご連絡ください。詳しくはhttps://acme.com/noticeをご覧ください。",
        None,
    ),
    (
        "ja-man",
        "ja",
        FOUND,
        "2024年3月3日に問題を発見しました。1万3000人のお客様に影響がありました。",
        "translation.number",
    ),
    (
        "ja-date",
        "ja",
        FOUND,
        "２０２４年３月１３日に問題を発見しました。12,000人のお客様に影響がありました。",
        "translation.date",
    ),
    (
        "ja-url",
        "ja",
        CALL,
        "1-800-555-0142にお電話いただくか、help@acme.comまでご連絡ください。詳しくはhttps://acme.com/noticesをご覧ください。",
        "translation.url",
    ),
    # -- Korean: particles glued to numbers and addresses, 만 and 천
    (
        "ko-ok",
        "ko",
        FOUND,
        "저희는 2024년 3월 3일에 문제를 발견했습니다. 12,000명의 고객이 영향을 받았습니다.",
        None,
    ),
    (
        "ko-man-ok",
        "ko",
        FOUND,
        "저희는 2024년 3월 3일에 문제를 발견했습니다. 1만 2천명의 고객이 영향을 받았습니다.",
        None,
    ),
    (
        "ko-call-ok",
        "ko",
        CALL,
        "1-800-555-0142로 전화하시거나 help@acme.com으로 연락하십시오. "
        "자세한 내용은 https://acme.com/notice를 방문하십시오.",
        None,
    ),
    (
        "ko-date",
        "ko",
        FOUND,
        "저희는 2024년 3월 4일에 문제를 발견했습니다. 12,000명의 고객이 영향을 받았습니다.",
        "translation.date",
    ),
    (
        "ko-man",
        "ko",
        FOUND,
        "저희는 2024년 3월 3일에 문제를 발견했습니다. 1만 3천명의 고객이 영향을 받았습니다.",
        "translation.number",
    ),
    # -- Vietnamese: "ngày 3 tháng 3 năm 2024", 12.000 with the decimal comma
    (
        "vi-ok",
        "vi",
        FOUND,
        "Chúng tôi phát hiện sự cố vào ngày 3 tháng 3 năm 2024. "
        "Sự cố ảnh hưởng đến 12.000 khách hàng.",
        None,
    ),
    (
        "vi-date",
        "vi",
        FOUND,
        "Chúng tôi phát hiện sự cố vào ngày 3 tháng 4 năm 2024. "
        "Sự cố ảnh hưởng đến 12.000 khách hàng.",
        "translation.date",
    ),
    (
        "vi-number",
        "vi",
        FOUND,
        "Chúng tôi phát hiện sự cố vào ngày 3 tháng 3 năm 2024. Sự cố ảnh hưởng đến 12 khách hàng.",
        "translation.number",
    ),
    # -- Tagalog: "3 Marso 2024" and "Marso 3, 2024"
    (
        "tl-ok",
        "tl",
        FOUND,
        "Natuklasan namin ang problema noong 3 Marso 2024. Naapektuhan nito ang 12,000 customer.",
        None,
    ),
    (
        "tl-month-first-ok",
        "tl",
        FOUND,
        "Natuklasan namin ang problema noong Marso 3, 2024. Naapektuhan nito ang 12,000 customer.",
        None,
    ),
    (
        "tl-date",
        "tl",
        FOUND,
        "Natuklasan namin ang problema noong 3 Abril 2024. Naapektuhan nito ang 12,000 customer.",
        "translation.date",
    ),
    # -- Russian and Polish: genitive months, thousands grouped by a (no-break) space
    (
        "ru-ok",
        "ru",
        FOUND,
        "Мы обнаружили проблему 3 марта 2024 г. Она затронула 12 000 клиентов.",
        None,
    ),
    (
        "ru-nbsp-ok",
        "ru",
        FOUND,
        "Мы обнаружили проблему 3 марта 2024 года. Она затронула 12\u00a0000 клиентов.",
        None,
    ),
    ("ru-amount-ok", "ru", COST, "Каждому клиенту вернули $1 250,50. Сбор вырос на 2,5 %.", None),
    (
        "ru-date",
        "ru",
        FOUND,
        "Мы обнаружили проблему 3 апреля 2024 г. Она затронула 12 000 клиентов.",
        "translation.date",
    ),
    (
        "ru-number",
        "ru",
        FOUND,
        "Мы обнаружили проблему 3 марта 2024 г. Она затронула 13 000 клиентов.",
        "translation.number",
    ),
    (
        "ru-amount",
        "ru",
        COST,
        "Каждому клиенту вернули $1 205,50. Сбор вырос на 2,5 %.",
        "translation.amount",
    ),
    (
        "ru-english-left",
        "ru",
        FOUND,
        "Мы обнаружили проблему 3 марта 2024 года. It affected 12,000 customers.",
        "translation.wrong-language",
    ),
    ("pl-ok", "pl", FOUND, "Problem wykryliśmy 3 marca 2024 r. Dotyczył on 12 000 klientów.", None),
    (
        "pl-percent-ok",
        "pl",
        COST,
        "Każdy klient otrzymał zwrot 1250,50 USD. Opłata wzrosła o 2,5%.",
        None,
    ),
    (
        "pl-date",
        "pl",
        FOUND,
        "Problem wykryliśmy 3 maja 2024 r. Dotyczył on 12 000 klientów.",
        "translation.date",
    ),
    (
        "pl-percent",
        "pl",
        COST,
        "Każdy klient otrzymał zwrot 1250,50 USD. Opłata wzrosła o 25%.",
        "translation.percent",
    ),
    # -- Arabic: its own digits and separators, marks around numbers, "؟"
    ("ar-ok", "ar", FOUND, "اكتشفنا المشكلة في 3 مارس 2024. وقد أثرت على 12,000 عميل.", None),
    ("ar-indic-ok", "ar", FOUND, "اكتشفنا المشكلة في ٣ مارس ٢٠٢٤. وقد أثرت على ١٢٬٠٠٠ عميل.", None),
    (
        "ar-persian-digits-ok",
        "ar",
        FOUND,
        "اكتشفنا المشكلة في ۳ مارس ۲۰۲۴. وقد أثرت على ۱۲٬۰۰۰ عميل.",
        None,
    ),
    (
        "ar-marks-ok",
        "ar",
        CALL,
        "اتصل على \u202b1-800-555-0142\u202c أو راسلنا على help@acme.com. "
        "تفضل بزيارة \u200fhttps://acme.com/notice\u200f لمزيد من المعلومات.",
        None,
    ),
    (
        "ar-mark-inside-ok",
        "ar",
        FOUND,
        "اكتشفنا المشكلة في 3 مارس 2024. وقد أثرت على 12\u200f,000 عميل.",
        None,
    ),
    (
        "ar-indic-date",
        "ar",
        FOUND,
        "اكتشفنا المشكلة في ٤ مارس ٢٠٢٤. وقد أثرت على ١٢٬٠٠٠ عميل.",
        "translation.date",
    ),
    (
        "ar-indic-number",
        "ar",
        FOUND,
        "اكتشفنا المشكلة في ٣ مارس ٢٠٢٤. وقد أثرت على ١٣٬٠٠٠ عميل.",
        "translation.number",
    ),
    (
        "ar-marked-number",
        "ar",
        FOUND,
        "اكتشفنا المشكلة في 3 مارس 2024. وقد أثرت على \u200f13,000\u200f عميل.",
        "translation.number",
    ),
    (
        "ar-english-left",
        "ar",
        FOUND,
        "اكتشفنا المشكلة في 3 مارس 2024. It affected 12,000 customers.",
        "translation.wrong-language",
    ),
    # -- amounts and percentages with each language's words after the number (CLDR names)
    ("zh-amount-ok", "zh", COST, "每位客户获得了1,250.50美元的退款。费用上涨了2.5%。", None),
    (
        "zh-amount",
        "zh",
        COST,
        "每位客户获得了1,205.50美元的退款。费用上涨了2.5%。",
        "translation.amount",
    ),
    (
        "zh-currency",
        "zh",
        COST,
        "每位客户获得了1,250.50欧元的退款。费用上涨了2.5%。",
        "translation.amount",
    ),
    (
        "ja-amount-ok",
        "ja",
        COST,
        "各お客様に1,250.50米ドルが返金されました。手数料は2.5パーセント上がりました。",
        None,
    ),
    (
        "ko-amount-ok",
        "ko",
        COST,
        "각 고객은 1,250.50달러를 환불받았습니다. 수수료가 2.5% 인상되었습니다.",
        None,
    ),
    (
        "ko-percent",
        "ko",
        COST,
        "각 고객은 1,250.50달러를 환불받았습니다. 수수료가 25% 인상되었습니다.",
        "translation.percent",
    ),
    (
        "ru-words-ok",
        "ru",
        COST,
        "Каждому клиенту вернули 1 250,50 долларов США. Сбор вырос на 2,5 процента.",
        None,
    ),
    (
        "ru-currency",
        "ru",
        COST,
        "Каждому клиенту вернули 1 250,50 евро. Сбор вырос на 2,5 процента.",
        "translation.amount",
    ),
    (
        "pl-words-ok",
        "pl",
        COST,
        "Każdy klient otrzymał zwrot 1250,50 dolarów. Opłata wzrosła o 2,5 procent.",
        None,
    ),
    (
        "vi-amount-ok",
        "vi",
        COST,
        "Mỗi khách hàng được hoàn lại 1.250,50 đô la. Phí tăng 2,5%.",
        None,
    ),
    ("ar-amount-ok", "ar", COST, "تم رد 1,250.50 دولار لكل عميل. ارتفعت الرسوم بنسبة ٢٫٥٪.", None),
    (
        "ar-percent",
        "ar",
        COST,
        "تم رد 1,250.50 دولار لكل عميل. ارتفعت الرسوم بنسبة ٢٥٪.",
        "translation.percent",
    ),
    # -- sentences: 。！？ and "؟" end one, so a sentence dropped is seen
    ("zh-question-ok", "zh", ASK, "您的数据安全吗？是的，您的数据是安全的。", None),
    ("zh-question-dropped", "zh", ASK, "您的数据安全吗？", "translation.sentence-dropped"),
    ("ar-question-ok", "ar", ASK, "هل بياناتك آمنة؟ نعم، بياناتك آمنة.", None),
    ("ar-question-dropped", "ar", ASK, "هل بياناتك آمنة؟", "translation.sentence-dropped"),
    # -- headings and bold in another script; a bidi override reorders what the reader sees
    (
        "zh-heading-bold-ok",
        "zh",
        HEADED,
        "## 发生了什么\n\n我们于**2024年3月3日**发现了该问题。",
        None,
    ),
    (
        "zh-heading-date",
        "zh",
        HEADED,
        "## 发生了什么\n\n我们于**2024年3月13日**发现了该问题。",
        "translation.date",
    ),
    (
        "ar-override",
        "ar",
        FOUND,
        "اكتشفنا المشكلة في 3 مارس 2024. وقد أثرت على \u202e12,000\u202c عميل.",
        "translation.bidi-override",
    ),
    # -- hours with the day period before them (zh, ja, ko) or after them (vi, ru, ar, tl)
    ("zh-hours-ok", "zh", HOURS, "请于周一至周五上午9点至下午5点致电我们。", None),
    ("zh-hours-24-ok", "zh", HOURS, "请于星期一至星期五9:00至17:00致电我们。", None),
    ("zh-hours", "zh", HOURS, "请于周一至周五上午9点至上午5点致电我们。", "translation.time"),
    ("ja-hours-ok", "ja", HOURS, "月曜日から金曜日の午前9時から午後5時までお電話ください。", None),
    (
        "ko-hours-ok",
        "ko",
        HOURS,
        "월요일부터 금요일까지 오전 9시부터 오후 5시까지 전화하십시오.",
        None,
    ),
    (
        "ko-hours",
        "ko",
        HOURS,
        "월요일부터 금요일까지 오전 9시부터 오후 6시까지 전화하십시오.",
        "translation.time",
    ),
    (
        "vi-hours-ok",
        "vi",
        HOURS,
        "Hãy gọi từ thứ Hai đến thứ Sáu, 9 giờ sáng đến 5 giờ chiều.",
        None,
    ),
    # a phone or code written with non-breaking hyphens (U+2011), as a typesetter keeps it on
    # one line, or with an invisible zero-width space in it, reads as the same one
    (
        "vi-non-breaking-hyphens-ok",
        "vi",
        CALL,
        "Hãy gọi 1\u2011800\u2011555\u20110142 hoặc viết thư tới help@acme.com. Truy cập "
        "https://acme.com/notice để biết thêm.",
        None,
    ),
    (
        "vi-zero-width-space-ok",
        "vi",
        CALL,
        "Hãy gọi 1-800-\u200b555-0142 hoặc viết thư tới help@acme.com. Truy cập "
        "https://acme.com/notice để biết thêm.",
        None,
    ),
    (
        "vi-hyphenated-code-ok",
        "vi",
        CODE,
        "Nhập mã AB12\u2011CD34 tại {{ portal_url }}. Ưu đãi kết thúc vào ngày "
        "2024\u201106\u201130.",
        None,
    ),
    (
        "vi-hyphenated-phone-changed",
        "vi",
        CALL,
        "Hãy gọi 1\u2011800\u2011555\u20110124 hoặc viết thư tới help@acme.com. Truy cập "
        "https://acme.com/notice để biết thêm.",
        "translation.phone",
    ),
    # in a range of days, or before a date, the lower-case ordinal or its digit is the day
    (
        "vi-hours-lower-case-ok",
        "vi",
        HOURS,
        "Hãy gọi từ thứ hai đến thứ sáu, 9 giờ sáng đến 5 giờ chiều.",
        None,
    ),
    (
        "vi-hours-digits-ok",
        "vi",
        HOURS,
        "Hãy gọi từ thứ 2 đến thứ 6, 9 giờ sáng đến 5 giờ chiều.",
        None,
    ),
    (
        "vi-hours-digits-changed",
        "vi",
        HOURS,
        "Hãy gọi từ thứ 2 đến thứ 7, 9 giờ sáng đến 5 giờ chiều.",
        "translation.weekday",
    ),
    # "thứ hai" is also the ordinal "second": only the capitalised "thứ Hai" is Monday
    (
        "vi-second-step-ok",
        "vi",
        "We now require a second step to sign in.",
        "Chúng tôi hiện yêu cầu bước thứ hai để đăng nhập.",
        None,
    ),
    ("ru-hours-ok", "ru", HOURS, "Звоните с понедельника по пятницу с 9 утра до 5 вечера.", None),
    ("ar-hours-ok", "ar", HOURS, "اتصل بنا من الاثنين إلى الجمعة، من 9 صباحًا حتى 5 مساءً.", None),
    (
        "ar-hours",
        "ar",
        HOURS,
        "اتصل بنا من الاثنين إلى الجمعة، من 9 صباحًا حتى 5 صباحًا.",
        "translation.time",
    ),
    ("ko-duration-ok", "ko", WITHIN, "12시간 이내에 답변해 드립니다.", None),
    ("ru-days-ok", "ru", DAYS, "Мы ответим через 3 дня.", None),
    # -- Chinese numerals for the English's digits
    ("zh-numerals-ok", "zh", ENROL, "您有九十天时间注册。请联系三家信用机构。", None),
    ("zh-numerals", "zh", ENROL, "您有六十天时间注册。请联系三家信用机构。", "translation.number"),
    (
        "zh-numerals-small",
        "zh",
        ENROL,
        "您有九十天时间注册。请联系两家信用机构。",
        "translation.number",
    ),
    # -- a heading left in English; days of the week in East Asian script
    ("zh-heading-ok", "zh", HEADED, "## 发生了什么\n\n我们于**2024年3月3日**发现了该问题。", None),
    (
        "zh-heading-left",
        "zh",
        HEADED,
        "## What happened\n\n我们于**2024年3月3日**发现了该问题。",
        "translation.untranslated",
    ),
    (
        "ru-heading-left",
        "ru",
        HEADED,
        "## What happened\n\nМы обнаружили это **3 марта 2024 г.**",
        "translation.untranslated",
    ),
    # -- Persian, Hebrew and Hindi: own digits, a prefix glued to the month, "।"
    (
        "fa-ok",
        "fa",
        FOUND,
        "ما مشکل را در ۳ مارس ۲۰۲۴ پیدا کردیم. این مشکل بر ۱۲٬۰۰۰ مشتری تأثیر گذاشت.",
        None,
    ),
    ("he-ok", "he", FOUND, "מצאנו את הבעיה ב-3 במרץ 2024. היא השפיעה על 12,000 לקוחות.", None),
    (
        "he-date",
        "he",
        FOUND,
        "מצאנו את הבעיה ב-3 באפריל 2024. היא השפיעה על 12,000 לקוחות.",
        "translation.date",
    ),
    (
        "hi-ok",
        "hi",
        FOUND,
        "हमें ३ मार्च २०२४ को समस्या का पता चला। इससे १२,००० ग्राहक प्रभावित हुए।",
        None,
    ),
    (
        "hi-dropped",
        "hi",
        FOUND,
        "हमें ३ मार्च २०२४ को समस्या का पता चला।",
        "translation.sentence-dropped",
    ),
    # -- an amount counted in myriads
    ("zh-wan-amount-ok", "zh", UP_TO, "我们将支付最多1.2万美元。", None),
    ("ko-man-amount-ok", "ko", UP_TO, "최대 1만 2천 달러를 지급합니다.", None),
    ("ja-man-amount-ok", "ja", UP_TO, "最大1万2000ドルをお支払いします。", None),
    ("zh-wan-amount", "zh", UP_TO, "我们将支付最多1.2万欧元。", "translation.amount"),
    ("ko-man-amount", "ko", UP_TO, "최대 1만 3천 달러를 지급합니다.", "translation.amount"),
    # -- Haitian Creole: no month names in CLDR, so its date is only questioned
    (
        "ht-ok",
        "ht",
        FOUND,
        "Nou te jwenn pwoblèm nan 3 mas 2024. Li te afekte 12,000 kliyan.",
        None,
    ),
    (
        "ht-number",
        "ht",
        FOUND,
        "Nou te jwenn pwoblèm nan 3 mas 2024. Li te afekte 13,000 kliyan.",
        "translation.number",
    ),
    # -- Russian and Polish: a year's abbreviation ends the sentence, its stop written once
    (
        "ru-year-abbreviation-ok",
        "ru",
        FOUND,
        ("Мы обнаружили проблему 3 марта 2024 г. Она затронула 12 000 клиентов."),
        None,
    ),
    (
        "ru-year-abbreviation-dropped",
        "ru",
        FOUND,
        "Мы обнаружили проблему 3 марта 2024 г.",
        "translation.number",
    ),
    # -- Chinese: a question ended by an ASCII "?" with no space after it; a paragraph whose
    # sentences are a third as long as the English; "17点" is 17:00
    (
        "zh-ascii-question-ok",
        "zh",
        CALL_US,
        (
            "您需要其它語言嗎?我們會提供免費翻譯服務。點擊此處向我們發送請求,或"
            "致電 (808) 586-8730 告訴我們您說哪種語言。"
        ),
        None,
    ),
    (
        "zh-ascii-question-dropped",
        "zh",
        CALL_US,
        "您需要其它語言嗎?我們會提供免費翻譯服務。",
        "translation.sentence-dropped",
    ),
    (
        "zh-short-sentences-ok",
        "zh",
        SHARING,
        (
            "“經濟共榮”可以讓你利用業餘時間來賺一點外快,它甚至也可能會成為你的"
            "主要收入來源。不過這兩類收入都可能對你的納稅情況造成影響。這本刊物"
            "與稅務建議無關,但可以協助你瞭解如何正確申報收入及開支、如何善加利"
            "用你應得的減稅優惠、如何避免在申報退稅時有任何意外驚訝發生,以及如"
            "何獲得更多相關資訊及協助。"
        ),
        None,
    ),
    (
        "zh-24-hour-ok",
        "zh",
        HOURS,
        "请于周一至周五9点至17点致电我们。",
        None,
    ),
    (
        "zh-24-hour",
        "zh",
        HOURS,
        "请于周一至周五9点至15点致电我们。",
        "translation.time",
    ),
    # -- Korean: two short orders said in one sentence ("보내지 말고, ...")
    (
        "ko-merged-orders-ok",
        "ko",
        "Do not send them to school. Contact your provider.",
        "학교에 보내지 말고, 의료인에게 연락하십시오.",
        None,
    ),
    # -- time zones in Chinese, Japanese and Korean (CLDR's metazone names)
    (
        "zh-zone-ok",
        "zh",
        ZONE,
        "请在东部时间上午9点至下午5点致电我们。",
        None,
    ),
    (
        "zh-hant-zone-ok",
        "zh",
        ZONE,
        "請在美國東部時間上午9點至下午5點致電我們。",
        None,
    ),
    (
        "zh-zone",
        "zh",
        ZONE,
        "请在太平洋时间上午9点至下午5点致电我们。",
        "translation.time",
    ),
    (
        "ja-zone-ok",
        "ja",
        ZONE,
        "米国東部時間の午前9時から午後5時までお電話ください。",
        None,
    ),
    (
        "ja-zone",
        "ja",
        ZONE,
        "太平洋時間の午前9時から午後5時までお電話ください。",
        "translation.time",
    ),
    (
        "ko-zone-ok",
        "ko",
        ZONE,
        "미 동부 시간 오전 9시부터 오후 5시까지 전화하십시오.",
        None,
    ),
    (
        "ko-zone",
        "ko",
        ZONE,
        "태평양 시간 오전 9시부터 오후 5시까지 전화하십시오.",
        "translation.time",
    ),
    # -- time zones in Vietnamese and Arabic (CLDR's metazone names; "بتوقيت", at the time of)
    (
        "vi-zone-ok",
        "vi",
        ZONE,
        "Hãy gọi cho chúng tôi từ 9 giờ sáng đến 5 giờ chiều giờ miền Đông.",
        None,
    ),
    (
        "vi-zone",
        "vi",
        ZONE,
        "Hãy gọi cho chúng tôi từ 9 giờ sáng đến 5 giờ chiều giờ Thái Bình Dương.",
        "translation.time",
    ),
    (
        "ar-zone-ok",
        "ar",
        ZONE,
        "اتصل بنا من 9 صباحًا حتى 5 مساءً بالتوقيت الشرقي لأمريكا الشمالية.",
        None,
    ),
    (
        "ar-zone",
        "ar",
        ZONE,
        "اتصل بنا من 9 صباحًا حتى 5 مساءً بتوقيت المحيط الهادي.",
        "translation.time",
    ),
    # -- Thai: no space between words, a space between sentences, Buddhist-era years
    (
        "th-ok",
        "th",
        FOUND,
        ("เราพบปัญหาเมื่อวันที่ 3 มีนาคม 2024 ปัญหานี้ส่งผลกระทบต่อลูกค้า 12,000 ราย"),
        None,
    ),
    (
        "th-buddhist-year-ok",
        "th",
        FOUND,
        ("เราพบปัญหาเมื่อวันที่ 3 มีนาคม พ.ศ. 2567 ปัญหานี้ส่งผลกระทบต่อลูกค้า 12,000 ราย"),
        None,
    ),
    (
        "th-buddhist-year",
        "th",
        FOUND,
        ("เราพบปัญหาเมื่อวันที่ 3 มีนาคม พ.ศ. 2568 ปัญหานี้ส่งผลกระทบต่อลูกค้า 12,000 ราย"),
        "translation.date",
    ),
    (
        "th-date",
        "th",
        FOUND,
        ("เราพบปัญหาเมื่อวันที่ 4 มีนาคม 2024 ปัญหานี้ส่งผลกระทบต่อลูกค้า 12,000 ราย"),
        "translation.date",
    ),
    (
        "th-number",
        "th",
        FOUND,
        ("เราพบปัญหาเมื่อวันที่ 3 มีนาคม 2024 ปัญหานี้ส่งผลกระทบต่อลูกค้า 13,000 ราย"),
        "translation.number",
    ),
    # -- negation in Vietnamese, Tagalog, Korean and Chinese (negation.yml)
    ("vi-negation-ok", "vi", NOT, "Chúng tôi sẽ không chia sẻ thông tin của quý vị.", None),
    (
        "vi-negation",
        "vi",
        NOT,
        "Chúng tôi sẽ chia sẻ thông tin của quý vị.",
        "translation.negation",
    ),
    ("vi-question-ok", "vi", "Do you need help?", "Bạn có cần giúp đỡ không ?", None),
    ("tl-negation-ok", "tl", NOT, "Hindi namin ibabahagi ang inyong impormasyon.", None),
    ("tl-negation", "tl", NOT, "Ibabahagi namin ang inyong impormasyon.", "translation.negation"),
    ("ko-negation-ok", "ko", NOT, "귀하의 정보를 공유하지 않습니다.", None),
    ("ko-negation", "ko", NOT, "귀하의 정보를 공유합니다.", "translation.negation"),
    ("ko-negation-added", "ko", SHARE, "귀하의 정보를 공유하지 않습니다.", "translation.negation"),
    ("zh-negation-ok", "zh", NOT, "我们不会分享您的信息。", None),
    ("zh-negation", "zh", NOT, "我们会分享您的信息。", "translation.negation"),
    ("zh-negation-added", "zh", SHARE, "我们不会分享您的信息。", "translation.negation"),
    ("zh-but-ok", "zh", "But it may affect your taxes.", "不過這可能會影響你的納稅。", None),
    # -- negation in Russian, Ukrainian, Polish and Arabic (negation.yml)
    ("ru-negation-ok", "ru", NOT, "Мы не будем передавать вашу информацию.", None),
    ("ru-negation", "ru", NOT, "Мы будем передавать вашу информацию.", "translation.negation"),
    (
        "ru-negation-added",
        "ru",
        SHARE,
        "Мы не будем передавать вашу информацию.",
        "translation.negation",
    ),
    ("ru-never-ok", "ru", NEVER, "Мы никогда не просим пароль по телефону.", None),
    ("ru-not-only-ok", "ru", NOT_ONLY, "Затронуты не только имена, но и адреса.", None),
    ("uk-negation-ok", "uk", NOT, "Ми не будемо передавати вашу інформацію.", None),
    ("uk-negation", "uk", NOT, "Ми будемо передавати вашу інформацію.", "translation.negation"),
    ("pl-negation-ok", "pl", NOT, "Nie udostępnimy Państwa informacji.", None),
    ("pl-negation", "pl", NOT, "Udostępnimy Państwa informacje.", "translation.negation"),
    (
        "pl-negation-added",
        "pl",
        SHARE,
        "Nie udostępnimy Państwa informacji.",
        "translation.negation",
    ),
    ("pl-never-ok", "pl", NEVER, "Nigdy nie prosimy o hasło przez telefon.", None),
    ("pl-not-only-ok", "pl", NOT_ONLY, "Dotyczyło to nie tylko nazwisk, ale i adresów.", None),
    ("ar-negation-ok", "ar", NOT, "لن نشارك معلوماتك.", None),
    ("ar-negation", "ar", NOT, "سنشارك معلوماتك.", "translation.negation"),
    ("ar-negation-added", "ar", SHARE, "لن نشارك معلوماتك.", "translation.negation"),
    (
        "ar-joined-and-ok",
        "ar",
        "Your name was taken and no card was.",
        "أُخذ اسمك ولم تؤخذ أي بطاقة.",
        None,
    ),
    (
        "ar-especially-ok",
        "ar",
        "Check your accounts, especially your bank.",
        "راجع حساباتك، لا سيما حسابك المصرفي.",
        None,
    ),
    # Words in which 不, 无 or 未 deny nothing the English denies: every Chinese apology says 不便
    (
        "zh-inconvenience-ok",
        "zh",
        "We apologize for any inconvenience this may cause.",
        "对于由此给您带来的不便，我们深表歉意。",
        None,
    ),
    (
        "zh-anxiety-ok",
        "zh",
        "We regret the worry this causes.",
        "对于由此造成的不安，我们深感遗憾。",
        None,
    ),
    (
        "zh-unfortunately-ok",
        "zh",
        "Regrettably, your file was copied.",
        "不幸的是，您的文件被复制了。",
        None,
    ),
    ("zh-wireless-ok", "zh", "Your wireless account was affected.", "您的無線帳戶受到影響。", None),
    ("zh-minors-ok", "zh", "Parents of minors should call us.", "未成年人的父母请致电我们。", None),
    ("zh-soon-ok", "zh", "We will write to you soon.", "我们将在不久后写信给您。", None),
    ("zh-have-to-ok", "zh", "We had to shut the system down.", "我们不得不关闭该系统。", None),
    ("zh-improper-ok", "zh", "It was used improperly.", "它被不当使用。", None),
    (
        "zh-inconvenience-negation",
        "zh",
        NOT,
        "我们会分享您的信息，对此带来的不便深表歉意。",
        "translation.negation",
    ),
]


@pytest.mark.parametrize(
    ("language", "english", "translation", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_faithful_pass_and_faults_are_errors(language, english, translation, expected):
    check_row(english, translation, language, expected)


@pytest.mark.parametrize(
    ("language", "translation", "suggested"),
    [
        ("ru", "Она затронула 1,234 клиентов.", "1\u00a0234"),
        ("pl", "Dotyczył on 1,234 klientów.", "1\u00a0234"),
        ("vi", "Sự cố ảnh hưởng đến 1,234 khách hàng.", "1.234"),
    ],
)
def test_english_grouping_is_questioned_where_the_comma_is_the_decimal_sign(
    language, translation, suggested
):
    report = check_translation("It affected 1,234 customers.", translation, language)
    assert [(f.finding.severity, f.finding.suggestions) for f in report.findings] == [
        (Severity.WARNING, (suggested,))
    ]


def test_english_grouping_is_left_alone_where_the_comma_groups_thousands():
    report = check_translation("It affected 1,234 customers.", "它影响了1,234名客户。", "zh")
    assert report.findings == ()


@pytest.mark.parametrize(
    ("language", "translation"),
    [
        ("zh", "请于周一至周五上午9点至下午5点致电我们。"),
        ("zh", "请于星期一至星期五上午9点至下午5点致电我们。"),
        ("ja", "月曜日から金曜日の午前9時から午後5時までお電話ください。"),
        ("ko", "월요일부터 금요일까지 오전 9시부터 오후 5시까지 전화하십시오."),
    ],
)
def test_days_of_the_week_in_east_asian_script_carry_over(language, translation):
    report = check_translation(HOURS, translation, language)
    assert report.findings == ()


@pytest.mark.parametrize(
    ("language", "translation"),
    [
        ("fa", "ما مشکل را در ۳ مارس ۲۰۲۴ پیدا کردیم. این مشکل بر ۱۲٬۰۰۰ مشتری تأثیر گذاشت."),
        ("hi", "हमें ३ मार्च २०२४ को समस्या का पता चला। इससे १२,००० ग्राहक प्रभावित हुए।"),
        ("ar", "اكتشفنا المشكلة في ٣ مارس ٢٠٢٤. وقد أثرت على ١٢٬٠٠٠ عميل."),
    ],
)
def test_a_date_in_the_languages_own_digits_is_its_own_form(language, translation):
    assert check_translation(FOUND, translation, language).findings == ()


@pytest.mark.parametrize(
    "case",
    [
        "ru-year-abbreviation-ok",
        "zh-ascii-question-ok",
        "zh-zone-ok",
        "zh-hant-zone-ok",
        "ja-zone-ok",
        "ko-zone-ok",
        "vi-zone-ok",
        "ar-zone-ok",
        "vi-hours-lower-case-ok",
        "vi-hours-digits-ok",
        "th-ok",
        "th-buddhist-year-ok",
    ],
)
def test_a_faithful_row_raises_no_warning_either(case):
    """ "2024 г." ends its sentence (no merge), a zone named in CJK is the zone (not lost), a Thai
    paragraph's sentences are not counted (it writes no stop)."""
    _, language, english, translation, _ = next(c for c in CASES if c[0] == case)
    assert check_translation(english, translation, language).findings == ()


# MassLegalHelp's "Who can get an interpreter?" and its Vietnamese, which joins the second and
# third paragraphs (tests/corpus/translations/masslegalhelp-interpreter-vi).
JOINED_EN = (
    "courts and most public programs must give you a free interpreter.\n\n"
    "It does not matter what your native language is, or what your immigration status is.\n\n"
    "If it is difficult for you to understand or speak English, you have the right to a free "
    "interpreter at court and public offices. You also have the right to important written "
    "information in your language."
)
JOINED_VI = (
    "toà án và hấu hết các chương trình công cộng phải cho bạn một thông dịch viên miễn phí.\n\n"
    "Cho dù ngôn ngữ của bạn là gì, hoặc tình trạng cư trú của bạn là gì đi chăng nữa. Nếu việc "
    "nói hoặc hiểu Anh ngữ là một trở ngại đối với bạn. bạn có quyền có một thông dịch viên miễn "
    "phí tại toà án và các văn phòng công cộng. Bạn cũng có quyền có được các văn bản quan trọng "
    "bằng ngôn ngữ của bạn."
)


def test_two_paragraphs_joined_in_one_are_one_row():
    report = check_translation(JOINED_EN, JOINED_VI, "vi")
    assert [f.finding.rule_id for f in report.findings] == []
    assert [s.paired for s in report.segments] == [True, True]


def test_a_paragraph_left_out_is_still_missing():
    dropped = JOINED_VI.replace(
        "Cho dù ngôn ngữ của bạn là gì, hoặc tình trạng cư trú của bạn là gì đi chăng nữa. ", ""
    )
    assert "translation.missing-segment" in qa_errors(JOINED_EN, dropped, "vi")


def test_every_thai_and_lao_letter_stands_where_the_unstopped_check_looks_for_them():
    # a block is named letter by letter only when it holds a character of these blocks
    named = [
        chr(c)
        for c in range(sys.maxunicode + 1)
        if unicodedata.name(chr(c), "").startswith(_UNSTOPPED_SCRIPTS)
    ]
    assert len(named) > 150
    assert all(_UNSTOPPED_BLOCKS.fullmatch(ch) for ch in named)
