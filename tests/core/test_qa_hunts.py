"""Translation faults found by hunting in made-up letters, hand-made faulty translations and
Apertium's drafts (the fifth round): each fault QA passed as clean, and the faithful form of the
same sentence, which must stay clean."""

from __future__ import annotations

import pytest

from clearnotice.translate.fact_check import RULE, known_facts
from clearnotice.translate.qa import changes_facts, check_translation


def _rules(english: str, translation: str, language: str) -> list[str]:
    return [f.finding.rule_id for f in check_translation(english, translation, language).findings]


# (id, English, faulty translation, language, the rule that must report it)
# fmt: off
FAULTS = [
    # an order of magnitude: a scale word carries the number's value, with or without currency
    ("million-as-mil", "About 1.2 million people were affected.",
     "Se vieron afectadas unas 1,2 mil personas.", "es", "translation.number"),
    ("million-as-millier", "About 1.2 million people were affected.",
     "Environ 1,2 millier de personnes sont touchées.", "fr", "translation.number"),
    ("million-as-tausend", "About 1.2 million people were affected.",
     "Etwa 1,2 Tausend Menschen waren betroffen.", "de", "translation.number"),
    ("million-as-miliardi", "About 1.2 million people were affected.",
     "Cerca di 1,2 miliardi di persone sono state colpite.", "it", "translation.number"),
    ("million-dropped", "About 1.2 million people were affected.",
     "Cerca de 1,2 pessoas foram afetadas.", "pt", "translation.number"),
    # a condition turned round: "unless" is "if not"
    ("unless-as-si", "Unless you enroll, you will not be covered.",
     "Si vous vous inscrivez, vous ne serez pas couvert.", "fr", "translation.condition"),
    ("unless-as-wenn", "Unless you enroll, you will not be covered.",
     "Wenn Sie sich anmelden, sind Sie nicht versichert.", "de", "translation.condition"),
    ("unless-as-se", "Unless you enroll, you will not be covered.",
     "Se si iscrive, non sarà coperto.", "it", "translation.condition"),
    ("unless-as-se-pt", "Unless you enroll, you will not be covered.",
     "Se se inscrever, não estará coberto.", "pt", "translation.condition"),
    ("unless-as-si-es", "Unless you enroll, you will not be covered.",
     "Si se inscribe, no estará cubierto.", "es", "translation.condition"),
    ("if-as-a-moins-que", "You are covered only if you enroll.",
     "Vous êtes couvert à moins que vous ne vous inscriviez.", "fr", "translation.condition"),
    ("brazilian-time-changed", "They were copied between 9:00 p.m. and 11:30 p.m.",
     "Foram copiados entre 21h00 e 22h30.", "pt", "translation.time"),
    # a bound turned round: "at least 18" is not "menos de 18"
    ("at-least-as-menos-de", "You must be at least 18 years old to enroll.",
     "Debe tener menos de 18 años para inscribirse.", "es", "translation.number"),
    ("more-than-as-moins-de", "More than 500 customers were affected.",
     "Moins de 500 clients ont été touchés.", "fr", "translation.number"),
    ("up-to-as-mindestens", "You may claim up to $500.",
     "Sie können mindestens 500 $ geltend machen.", "de", "translation.amount"),
    # a deadline turned round: "by June 30" is not "after June 30"
    ("before-as-despues", "Enroll before June 30, 2026.",
     "Inscríbase después del 30 de junio de 2026.", "es", "translation.date"),
    ("by-as-apres", "Enroll by June 30, 2026.", "Inscrivez-vous après le 30 juin 2026.", "fr",
     "translation.date"),
    ("starting-as-bis-zum", "Starting March 1, 2026, you can freeze your credit.",
     "Bis zum 1. März 2026 können Sie Ihre Kreditauskunft sperren.", "de", "translation.date"),
    ("by-as-dopo", "Enroll by June 30, 2026.", "Si iscriva dopo il 30 giugno 2026.", "it",
     "translation.date"),
    ("by-as-depois", "Enroll by June 30, 2026.", "Inscreva-se depois de 30 de junho de 2026.",
     "pt", "translation.date"),
    ("before-8-pm-as-dopo", "Call before 8 p.m. Central Time.",
     "Chiami dopo le 20:00, ora centrale.", "it", "translation.time"),
    ("before-8-pm-as-depois", "Call before 8 p.m. Central Time.",
     "Ligue depois das 20h, horário central.", "pt", "translation.time"),
    ("within-as-apres", "We will contact you within 10 business days.",
     "Nous vous contacterons après 10 jours ouvrables.", "fr", "translation.number"),
    # the US calque "marzo 3, 2026", Apertium's rendering of "March 3, 2026": the value is
    # right, the form is not Galician (US Spanish uses it, so it passes in Spanish)
    ("calque-date-in-galician", "We found it on March 3, 2026.",
     "Atopámolo en marzo 3, 2026.", "gl", "translation.date"),
    # the unit a number counts changed: the number is the same, the span is not
    ("months-as-anos", "We offer 24 months of credit monitoring.",
     "Ofrecemos 24 años de monitoreo de crédito.", "es", "translation.number"),
    ("per-month-as-al-ano", "The fee is $25 per month for 12 months.",
     "La tarifa es de 25 $ al año durante 12 meses.", "es", "translation.amount"),
    ("days-as-semaines", "Report it within 30 days.", "Signalez-le dans les 30 semaines.", "fr",
     "translation.number"),
    ("hours-as-tage", "We reset all passwords within 24 hours.",
     "Wir haben alle Passwörter innerhalb von 24 Tagen zurückgesetzt.", "de", "translation.number"),
    # a year's bound turned round
    ("after-2020-as-avant", "Only customers who joined after 2020 are affected.",
     "Seuls les clients inscrits avant 2020 sont concernés.", "fr", "translation.number"),
    ("before-2020-as-nach", "Customers who joined before 2020 are not affected.",
     "Kunden, die nach 2020 beigetreten sind, sind nicht betroffen.", "de", "translation.number"),
    # the same in Catalan and Galician
    ("months-as-anys", "We offer 24 months of credit monitoring.",
     "Oferim 24 anys de seguiment del crèdit.", "ca", "translation.number"),
    ("at-least-as-menys-de", "You must be at least 18 years old.", "Heu de tenir menys de 18 anys.",
     "ca", "translation.number"),
    ("by-as-despois-do", "Enroll by June 30, 2026.", "Inscríbase despois do 30 de xuño de 2026.",
     "gl", "translation.date"),
    ("hours-as-dias", "We reset all passwords within 24 hours.",
     "Restablecemos todos os contrasinais en 24 días.", "gl", "translation.number"),
    # a number in words lost beside an ambiguous word ("neuf" is also "new")
    ("ninety-as-neuf", "Enroll within ninety days of this letter.",
     "Inscrivez-vous dans les neuf jours suivant cette lettre.", "fr", "translation.number"),
    # a time zone changed or lost: the hours are the same, the reader calls at another time
    ("eastern-as-pacifico", "Call from 9 a.m. to 5 p.m. Eastern Time.",
     "Llame de 9 a 17 h, hora del Pacífico.", "es", "translation.time"),
    ("et-as-heure-du-centre", "Call from 9 a.m. to 5 p.m. ET.",
     "Appelez de 9 h à 17 h, heure du Centre.", "fr", "translation.time"),
    ("apertium-tiempo-oriental", "Call from 9 a.m. to 5 p.m. Eastern Time.",
     "Llamada de 9 a.m. a 5 Tiempo p.m. Oriental.", "es", "translation.time"),
    # a short heading left in English
    ("two-word-heading", "What Happened\n\nOn March 3 we found what happened to your data.",
     "What Happened\n\nLe 3 mars, nous avons vu ce qui est arrivé à vos données.", "fr",
     "translation.untranslated"),
    # a number in the English grouping, which a French, German, Italian or Portuguese reader
    # reads with a decimal comma ("1,000 $" as one dollar)
    ("english-grouping-in-italian", "We paid $1,000 in fees.", "Abbiamo pagato 1,000 $ di spese.",
     "it", "translation.number"),
    ("english-grouping-in-german", "It affected 25,000 people.",
     "Es betraf 25,000 Menschen.", "de", "translation.number"),
]
FAITHFUL = [
    ("million-as-millones", "About 1.2 million people were affected.",
     "Se vieron afectadas unas 1,2 millones de personas.", "es"),
    ("million-as-millions", "About 1.2 million people were affected.",
     "Environ 1,2 million de personnes sont touchées.", "fr"),
    ("million-as-mio", "About 1.2 million people were affected.",
     "Etwa 1,2 Millionen Menschen waren betroffen.", "de"),
    ("million-in-digits", "About 1.2 million people were affected.",
     "Cerca de 1.200.000 pessoas foram afetadas.", "pt"),
    ("thousand-as-mil", "Some 3 thousand letters went out.", "Se enviaron unas 3 mil cartas.",
     "es"),
    ("unless-as-a-moins-que", "Unless you enroll, you will not be covered.",
     "À moins que vous ne vous inscriviez, vous ne serez pas couvert.", "fr"),
    ("unless-as-si-no", "Unless you enroll, you will not be covered.",
     "Si no se inscribe, no estará cubierto.", "es"),
    ("if-not-as-es-sei-denn", "If you do not enroll, you will not be covered.",
     "Sie sind nicht versichert, es sei denn, Sie melden sich an.", "de"),
    ("unless-as-a-meno-che", "Unless you enroll, you will not be covered.",
     "A meno che non si iscriva, non sarà coperto.", "it"),
    ("at-least-as-al-menos", "You must be at least 18 years old to enroll.",
     "Debe tener al menos 18 años para inscribirse.", "es"),
    ("more-than-as-plus-de", "More than 500 customers were affected.",
     "Plus de 500 clients ont été touchés.", "fr"),
    ("up-to-as-bis-zu", "You may claim up to $500.", "Sie können bis zu 500 $ geltend machen.",
     "de"),
    ("before-as-antes", "Enroll before June 30, 2026.",
     "Inscríbase antes del 30 de junio de 2026.", "es"),
    ("by-as-d-ici-le", "Enroll by June 30, 2026.", "Inscrivez-vous d'ici le 30 juin 2026.", "fr"),
    ("starting-as-ab-dem", "Starting March 1, 2026, you can freeze your credit.",
     "Ab dem 1. März 2026 können Sie Ihre Kreditauskunft sperren.", "de"),
    ("within-as-dans-un-delai", "We will contact you within 10 business days.",
     "Nous vous contacterons dans un délai de 10 jours ouvrables.", "fr"),
    ("months-as-meses", "We offer 24 months of credit monitoring.",
     "Ofrecemos 24 meses de monitoreo de crédito.", "es"),
    ("business-days-as-jours-ouvrables", "Report it within 10 business days.",
     "Signalez-le dans un délai de 10 jours ouvrables.", "fr"),
    ("hours-as-stunden", "We reset all passwords within 24 hours.",
     "Wir haben alle Passwörter innerhalb von 24 Stunden zurückgesetzt.", "de"),
    ("per-month-as-al-mese", "The fee is $25 per month for 12 months.",
     "La tariffa è di 25 $ al mese per 12 mesi.", "it"),
    # found by running QA on faithful translations of a made-up letter
    ("range-from-the-first-in-french", "It was accessed between February 1 and February 9, 2026.",
     "L'accès a eu lieu entre le 1er et le 9 février 2026.", "fr"),
    ("stop-as-ne-plus", "Reply STOP to stop messages.",
     "Répondez STOP pour ne plus recevoir de messages.", "fr"),
    ("stop-as-keine-mehr", "Reply STOP to stop messages.",
     "Antworten Sie STOP, um keine Nachrichten mehr zu erhalten.", "de"),
    ("times-in-brazilian-form", "They were copied between 9:00 p.m. and 11:30 p.m.",
     "Foram copiados entre 21h00 e 23h30.", "pt"),
    ("before-8-pm-as-prima-delle", "Call before 8 p.m. Central Time.",
     "Chiami prima delle 20:00, ora centrale.", "it"),
    ("months-as-mesos", "We offer 24 months of credit monitoring.",
     "Oferim 24 mesos de seguiment del crèdit.", "ca"),
    ("by-as-antes-do", "Enroll by June 30, 2026.", "Inscríbase antes do 30 de xuño de 2026.", "gl"),
    ("ninety-as-quatre-vingt-dix", "Enroll within ninety days of this letter.",
     "Inscrivez-vous dans les quatre-vingt-dix jours suivant cette lettre.", "fr"),
    ("eastern-as-hora-del-este", "Call from 9 a.m. to 5 p.m. Eastern Time.",
     "Llame de 9 a 17 h, hora del Este.", "es"),
    ("et-as-hne", "Call from 9 a.m. to 5 p.m. ET.", "Appelez de 9 h à 17 h (HNE).", "fr"),
    ("et-kept-in-german", "Call from 9 a.m. to 5 p.m. ET.", "Rufen Sie von 9 bis 17 Uhr (ET) an.",
     "de"),
    ("two-word-name-kept", "Acme Health\n\nAcme Health found it on March 3.",
     "Acme Health\n\nAcme Health l'a trouvé le 3 mars.", "fr"),
    ("grouping-in-italian", "We paid $1,000 in fees.", "Abbiamo pagato 1.000 $ di spese.", "it"),
    ("english-grouping-in-us-spanish", "It affected 25,000 people.",
     "Afectó a 25,000 personas.", "es"),
]
# fmt: on


@pytest.mark.parametrize(
    ("english", "translation", "language", "rule"),
    [c[1:] for c in FAULTS],
    ids=[c[0] for c in FAULTS],
)
def test_a_hunted_fault_is_reported(english, translation, language, rule):
    assert rule in _rules(english, translation, language)


@pytest.mark.parametrize(
    ("english", "translation", "language"), [c[1:] for c in FAITHFUL], ids=[c[0] for c in FAITHFUL]
)
def test_the_faithful_form_of_a_hunted_sentence_passes(english, translation, language):
    assert [r for r in _rules(english, translation, language) if r != "translation.length"] == []


# The organisation's name, as the facts sheet knows it, is never translated: "Acme Health" as
# "Salud Acme" (or Apertium's "Salud de acmé") is another organisation to the reader.
NAMED = known_facts({"company_name": "Acme Health", "monitoring_provider": "IDX"})


@pytest.mark.parametrize(
    ("translation", "language"),
    [
        ("Salud Acme encontró el problema el 3 de marzo.", "es"),
        ("Salud de acmé encontrada el problema el 3 de marzo.", "es"),
        ("Santé Acme a trouvé le problème le 3 mars.", "fr"),
        ("Acme Gesundheit fand das Problem am 3. März.", "de"),
    ],
)
def test_the_organisations_name_translated_is_an_error(translation, language):
    english = "Acme Health found the problem on March 3."
    report = check_translation(english, translation, language, NAMED)
    [wrong] = [f.finding for f in report.findings if f.finding.rule_id == RULE]
    assert "Acme Health" in wrong.message and changes_facts(wrong)


def test_the_organisations_name_kept_or_named_by_placeholder_passes():
    kept = check_translation(
        "Acme Health found the problem. IDX will help you.",
        "Acme Health encontró el problema. IDX le ayudará.",
        "es",
        NAMED,
    )
    placeholder = check_translation(
        "{{ company_name }} found the problem.",
        "{{ company_name }} encontró el problema.",
        "es",
        NAMED,
    )
    assert kept.findings == placeholder.findings == ()
