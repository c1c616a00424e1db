"""A sentence dropped beside another is told as dropped, not as two sentences merged: made-up
pairs in several languages where the translation says one English sentence of two and nothing
of the other (an error, pointing where the missing one belongs), and faithful merges, joined by
a comma, by a Korean or Chinese clause ending, or by a French "ceci en collaboration avec", that
stay warnings."""

from __future__ import annotations

import pytest

from clearnotice.model import Severity
from clearnotice.translate.qa import check_translation

# fmt: off
DROPPED = [
    # (id, English, translation, language, the English sentence missing, where it belongs:
    #  the translation's text just before that point)
    ("fr-short-after-long",
     "The incident affected the billing system that our regional offices use in three "
     "provinces. The system is now closed.",
     "L'incident a touché le système de facturation qu'utilisent nos bureaux régionaux dans "
     "trois provinces.",
     "fr", "The system is now closed.", "provinces."),
    ("pt-short-after-long",
     "Every customer who holds a savings account may ask for a new card at no cost. If you "
     "want a new card, call us.",
     "Todo cliente que possui uma conta poupança pode pedir um novo cartão sem custo.",
     "pt", "If you want a new card, call us.", "sem custo."),
    ("it-short-after-long",
     "Every customer who holds a savings account may ask for a new card at no cost. If you "
     "want a new card, write to us.",
     "Ogni cliente titolare di un conto di risparmio può chiedere una nuova carta senza costi.",
     "it", "If you want a new card, write to us.", "senza costi."),
    ("tl-short-before-long",
     "We will send you a new card. Call (555) 010-2000 if you have questions about your "
     "account or your card.",
     "Tumawag sa (555) 010-2000 kung may tanong kayo tungkol sa inyong account o inyong card.",
     "tl", "We will send you a new card.", ""),
    ("zh-short-before-long",
     "Either way, please read on. This letter, which is not legal advice, explains what "
     "happened, what information was involved, what we are doing, and what you can do.",
     "这封信不是法律建议，它说明了发生了什么、涉及哪些信息、我们正在做什么，以及您可以做什么。",
     "zh", "Either way, please read on.", ""),
]

MERGED = [
    # (id, English, translation, language): two sentences said in one, nothing lost
    ("es-comma-join",
     "We found the problem on Monday. We reset every password the same day.",
     "Encontramos el problema el lunes y restablecimos todas las contraseñas ese mismo día.",
     "es"),
    ("fr-ceci-en-collaboration",
     "Restoring the files from a backup. We did this in collaboration with experts in data "
     "recovery and with the police.",
     "Nous avons restauré les fichiers à partir d'une sauvegarde, ceci en collaboration avec "
     "des experts en récupération de données et avec la police.",
     "fr"),
    ("ko-clause-ending",
     "Do not open the attachment. Delete the email.",
     "첨부 파일을 열지 말고, 이메일을 삭제하십시오.",
     "ko"),
    ("zh-comma-join",
     "Do not click the link. Call us instead.",
     "请不要点击链接，而是给我们打电话。",
     "zh"),
    ("fr-short-also-sentence",
     "Some breaches happen by mistake, when a letter is sent to the wrong address. Breaches can "
     "also be deliberate. Deliberate breaches include hacking and phishing.",
     "Certaines atteintes se produisent par erreur, lorsqu'une lettre est envoyée à la mauvaise "
     "adresse, mais elles peuvent aussi être délibérées, comme le piratage et l'hameçonnage.",
     "fr"),
]
# fmt: on


def _sentence_findings(report):
    return [
        f.finding for f in report.findings if f.finding.rule_id.startswith("translation.sentence-")
    ]


@pytest.mark.parametrize(
    ("english", "translation", "language", "missing", "before"),
    [case[1:] for case in DROPPED],
    ids=[case[0] for case in DROPPED],
)
def test_a_sentence_dropped_beside_another_is_an_error_where_it_belongs(
    english, translation, language, missing, before
):
    found = _sentence_findings(check_translation(english, translation, language))
    assert [(f.rule_id, f.severity) for f in found] == [
        ("translation.sentence-dropped", Severity.ERROR)
    ]
    assert dict(found[0].extra)["source_sentence"] == missing
    assert translation[: found[0].start].endswith(before)


@pytest.mark.parametrize(
    ("english", "translation", "language"),
    [case[1:] for case in MERGED],
    ids=[case[0] for case in MERGED],
)
def test_a_faithful_merge_stays_a_warning(english, translation, language):
    found = _sentence_findings(check_translation(english, translation, language))
    assert [(f.rule_id, f.severity) for f in found] == [
        ("translation.sentence-merged", Severity.WARNING)
    ]
