"""Translation QA: the planted faults of the sample translation; each check's flag/pass cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearnotice.model import Severity
from clearnotice.translate.dates import find_dates
from clearnotice.translate.glossary import GlossaryError, glossary_files, load_file
from clearnotice.translate.qa import check_translation

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ENGLISH = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
GOOD_ES = (FIXTURES / "good-plain.es.md").read_text(encoding="utf-8")
FLAWED_ES = (FIXTURES / "flawed-translation.es.md").read_text(encoding="utf-8")


def _rules(report) -> list[tuple[str, str]]:
    return [(f.finding.rule_id, f.finding.match) for f in report.findings]


def test_good_translation_passes_clean():
    report = check_translation(ENGLISH, GOOD_ES, "es")
    assert _rules(report) == []
    assert all(segment.paired for segment in report.segments)


def test_flawed_translation_flags_exactly_the_four_planted_faults():
    report = check_translation(ENGLISH, FLAWED_ES, "es")
    found = {(f.finding.rule_id, f.segment) for f in report.findings}
    assert len(report.findings) == 4, _rules(report)
    by_rule = {f.finding.rule_id: f for f in report.findings}
    assert set(by_rule) == {
        "translation.phone",
        "translation.date",
        "translation.code",
        "translation.untranslated",
    }, found
    assert by_rule["translation.phone"].finding.match == "1-800-555-0124"
    assert "1-800-555-0142" in by_rule["translation.phone"].finding.message
    assert by_rule["translation.date"].finding.match == "30 de julio de 2026"
    assert "June 30, 2026" in by_rule["translation.date"].finding.message
    assert "K7M-4QX-22P" in by_rule["translation.code"].finding.message
    assert by_rule["translation.untranslated"].finding.match.startswith("Watch your bank")
    assert all(f.finding.severity is Severity.ERROR for f in report.findings)


def test_finding_spans_point_into_the_translation_text():
    report = check_translation(ENGLISH, FLAWED_ES, "es")
    for item in report.findings:
        f = item.finding
        assert FLAWED_ES[f.start : f.end] == f.match
        segment = report.segments[item.segment]
        assert segment.target.start <= f.start <= f.end <= segment.target.end


def _one_segment(english: str, translation: str, language: str = "es") -> list[str]:
    return [f.finding.rule_id for f in check_translation(english, translation, language).findings]


# fmt: off
CASES = [
    # (id, English, translation, language, expected rule ids)
    ("date-same-in-spanish", "On March 3, 2026, we found it.", "El 3 de marzo de 2026 lo vimos.",
     "es", []),
    ("date-same-in-catalan", "On March 3, 2026, we found it.", "El 3 de març de 2026 ho vam veure.",
     "ca", []),
    ("date-same-in-galician", "By June 30, 2026, enroll.",
     "Inscríbase antes do 30 de xuño de 2026.", "gl", []),
    ("date-same-in-german", "On March 3, 2026, we found it.", "Am 3. März 2026 fanden wir es.",
     "de", []),
    ("date-same-in-french", "On March 3, 2026, we found it.", "Le 3 mars 2026, nous l'avons vu.",
     "fr", []),
    ("apertium-marcha", "On March 3, 2026, we found it.", "Encima Marcha 3, 2026, lo encontramos.",
     "es", ["translation.date"]),
    ("date-changed", "Enroll by June 30, 2026.", "Inscríbase antes del 30 de julio de 2026.",
     "es", ["translation.date"]),
    ("year-dropped", "Enroll by June 30, 2026.", "Inscríbase antes del 30 de junio.",
     "es", ["translation.date"]),
    ("phone-changed", "Call 1-800-555-0142 today.", "Llame hoy al 1-800-555-0124.",
     "es", ["translation.phone"]),
    ("phone-reformatted", "Call 1-800-555-0142 today.", "Llame hoy al +1 800 555 0142.",
     "es", []),
    ("email-changed", "Email privacy@example.com now.", "Escriba a privacidad@example.com ya.",
     "es", ["translation.email"]),
    ("url-missing", "Visit www.example.com/incident for more.", "Visite nuestro sitio para más.",
     "es", ["translation.url"]),
    ("code-missing", "Use the code K7M-4QX-22P to enroll.", "Use el código para inscribirse.",
     "es", ["translation.code"]),
    ("placeholder-lost", "Dear {{ customer_name }},", "Estimado cliente:",
     "es", ["translation.placeholder"]),
    ("placeholder-kept", "Dear {{ customer_name }},", "Estimado/a {{ customer_name }}:",
     "es", []),
    ("number-changed", "We offer 24 months of free help.", "Ofrecemos 12 meses de ayuda gratis.",
     "es", ["translation.number"]),
    ("number-extra", "We offer free help.", "Ofrecemos 12 meses de ayuda gratis.",
     "es", ["translation.number"]),
    ("thousands-in-spanish", "About 1,250 customers were affected.",
     "Se vieron afectados unos 1.250 clientes.", "es", []),
    ("amount-currency-changed", "We will refund $25.", "Le reembolsaremos 25 €.",
     "es", ["translation.amount"]),
    ("amount-same", "We will refund $25.", "Le reembolsaremos 25 dólares.", "es", []),
    # an amount with a scale word is the whole amount, in its currency
    ("amount-million-eur-as-millions-d-euros", "Fines can reach 20 million EUR.",
     "Les amendes peuvent atteindre 20 millions d’euros.", "fr", []),
    ("amount-million-eur-as-millionen", "Fines can reach 20 million EUR.",
     "Die Geldbußen können 20 Millionen EUR betragen.", "de", []),
    ("amount-dollar-million-as-millones", "We set aside $5 million for refunds.",
     "Reservamos 5 millones de dólares para reembolsos.", "es", []),
    ("amount-million-currency-changed", "Fines can reach 20 million EUR.",
     "Les amendes peuvent atteindre 20 millions de dollars.", "fr", ["translation.amount"]),
    ("amount-million-became-billones", "We set aside $5 million for refunds.",
     "Reservamos 5 billones de dólares para reembolsos.", "es", ["translation.amount"]),
    ("billion-as-milliards", "It cost $2 billion.", "Cela a coûté 2 milliards de dollars.",
     "fr", []),
    ("billion-as-french-billions", "It cost $2 billion.", "Cela a coûté 2 billions de dollars.",
     "fr", ["translation.amount"]),
    # "both" is a count of two
    ("both-as-deux", "Report it to both credit bureaus.",
     "Signalez-le aux deux agences d'évaluation du crédit.", "fr", []),
    ("both-became-trois", "Report it to both credit bureaus.",
     "Signalez-le aux trois agences d'évaluation du crédit.", "fr", ["translation.number"]),
    ("both-as-ambas", "Report it to both credit bureaus.",
     "Infórmelo a ambas agencias de crédito.", "es", []),
    ("both-as-beiden", "Report it to both credit bureaus.", "Melden Sie es beiden Auskunfteien.",
     "de", []),
    ("both-and-as-tanto-como", "We told both the police and the regulator.",
     "Informamos tanto a la policía como al regulador.", "es", []),
    # number words in every reviewed language: Italian, Portuguese, Catalan and Galician too,
    # with their compounds ("ventiquattro", "vinte e quatro", "vint-i-quatre", "vinte e catro")
    ("three-became-due-in-italian", "Report it to the three credit bureaus.",
     "Lo segnali alle due agenzie di credito.", "it", ["translation.number"]),
    ("three-as-tre-in-italian", "Report it to the three credit bureaus.",
     "Lo segnali alle tre agenzie di credito.", "it", []),
    ("compound-in-italian", "We offer twenty-four months of free help.",
     "Offriamo ventiquattro mesi di assistenza gratuita.", "it", []),
    ("elided-compound-in-italian", "We offer 28 months of free help.",
     "Offriamo ventotto mesi di assistenza gratuita.", "it", []),
    ("elided-compound-changed-in-italian", "We offer 24 months of free help.",
     "Offriamo ventotto mesi di assistenza gratuita.", "it", ["translation.number"]),
    ("sei-as-a-verb-in-italian", "If you are worried, call us.", "Se sei preoccupato, chiamaci.",
     "it", []),
    ("three-became-duas-in-portuguese", "Report it to the three credit bureaus.",
     "Informe as duas agências de crédito.", "pt", ["translation.number"]),
    ("compound-in-portuguese", "We offer twenty-four months of free help.",
     "Oferecemos vinte e quatro meses de ajuda gratuita.", "pt", []),
    ("three-became-dues-in-catalan", "Report it to the three credit bureaus.",
     "Informeu-ne les dues agències de crèdit.", "ca", ["translation.number"]),
    ("compound-in-catalan", "We offer 24 months of free help.",
     "Oferim vint-i-quatre mesos d'ajuda gratuïta.", "ca", []),
    ("compound-changed-in-catalan", "We offer twenty-four months of free help.",
     "Oferim trenta-quatre mesos d'ajuda gratuïta.", "ca", ["translation.number"]),
    ("three-became-duas-in-galician", "Report it to the three credit bureaus.",
     "Informe as dúas axencias de crédito.", "gl", ["translation.number"]),
    ("compound-in-galician", "We offer twenty-four months of free help.",
     "Ofrecemos vinte e catro meses de axuda gratuíta.", "gl", []),
    ("sentence-left-in-english",
     "Watch your statements. Tell your bank about any charge you do not know.",
     "Revise sus estados de cuenta. Tell your bank about any charge you do not know.",
     "es", ["translation.wrong-language"]),
    ("name-left-as-is", "Dana Whitfield", "Dana Whitfield", "es", []),
    # a heading in capitals kept in English: its words are the letter's ordinary words, and
    # the translation uses none of them elsewhere; a name in capitals recurs in the translation
    ("capitals-heading-left-in-english",
     "NOTICE OF DATA SECURITY INCIDENT\n\nThis notice explains a data security incident.",
     "NOTICE OF DATA SECURITY INCIDENT\n\nEste aviso explica un incidente de seguridad de datos.",
     "es", ["translation.untranslated"]),
    # a title-case heading left in English whose repeat elsewhere in the letter is translated
    ("repeated-heading-left-in-english",
     "Step 1: Preliminary Assessment and Containment\n\nFirst, contain the breach.\n\n"
     "- Step 1: Preliminary Assessment and Containment;",
     "Step 1: Preliminary Assessment and Containment\n\nD'abord, contenez l'atteinte.\n\n"
     "- Étape 1 : Évaluation préliminaire et confinement", "fr", ["translation.untranslated"]),
    ("repeated-name-kept",
     "Acme Health Plan\n\nWe found a problem.\n\n- Acme Health Plan;",
     "Acme Health Plan\n\nEncontramos un problema.\n\n- Acme Health Plan", "es", []),
    ("capitals-name-kept",
     "ACME HEALTH PLAN\n\nAcme Health Plan found a problem with your plan.",
     "ACME HEALTH PLAN\n\nAcme Health Plan encontró un problema con su plan.", "es", []),
    ("capitals-person-kept", "JANE Q SAMPLE\n\nWe found a problem with your account.",
     "JANE Q SAMPLE\n\nEncontramos un problema con su cuenta.", "es", []),
    ("glossary-approved", "Ask for a security freeze.", "Pida un congelamiento de crédito.",
     "es", []),
    ("glossary-unapproved", "Ask for a security freeze.", "Pida una congelación de seguridad.",
     "es", ["translation.glossary"]),
]
# fmt: on


@pytest.mark.parametrize(
    ("english", "translation", "language", "expected"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_segment_checks(english, translation, language, expected):
    assert _one_segment(english, translation, language) == expected


def test_missing_and_extra_segments_are_their_own_rows():
    dropped = GOOD_ES.replace("- su dirección de correo electrónico\n", "")
    added = dropped.replace(
        "## Más información\n", "## Más información\n\nUn párrafo que el inglés no tiene.\n"
    )
    report = check_translation(ENGLISH, added, "es")
    rules = _rules(report)
    assert ("translation.missing-segment", "") in rules
    assert ("translation.extra-segment", "Un párrafo que el inglés no tiene.") in rules
    assert len(rules) == 2, rules


def test_a_segment_far_from_the_letters_length_norm_is_questioned():
    english = "\n\n".join(
        f"Paragraph {n} explains in plain words what happened to the billing system."
        for n in range(1, 6)
    )
    spanish = [
        f"El párrafo {n} explica con palabras sencillas lo que pasó con el sistema de facturación."
        for n in range(1, 6)
    ]
    spanish[2] = "El párrafo 3 es breve."
    report = check_translation(english, "\n\n".join(spanish), "es")
    assert [(f.segment, f.finding.rule_id) for f in report.findings] == [(2, "translation.length")]
    assert report.findings[0].finding.severity is Severity.WARNING


def test_a_second_view_of_the_same_translation_comes_from_the_cache():
    first = check_translation(ENGLISH, FLAWED_ES, "es")
    assert check_translation(ENGLISH, FLAWED_ES, "es") is first


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("3 de marzo de 2026", "es", (2026, 3, 3)),
        ("30 d'abril del 2026", "ca", (2026, 4, 30)),
        ("3 de març de 2026", "ca", (2026, 3, 3)),
        ("30 de xuño de 2026", "gl", (2026, 6, 30)),
        ("3. März 2026", "de", (2026, 3, 3)),
        ("1er mars 2026", "fr", (2026, 3, 1)),
        ("3 marzo 2026", "it", (2026, 3, 3)),
        ("3 de março de 2026", "pt", (2026, 3, 3)),
        ("03/04/2026", "en", (2026, 3, 4)),
        ("03/04/2026", "es", (2026, 4, 3)),
        ("2026-03-04", "es", (2026, 3, 4)),
    ],
    ids=lambda v: str(v),
)
def test_dates_are_read_the_way_each_language_writes_them(text, language, expected):
    (found,) = find_dates(text, language)
    assert (found.value.year, found.value.month, found.value.day) == expected


def test_may_the_verb_is_not_a_date():
    assert find_dates("You may 3 times ask us.", "en") == []


GLOSSARY_EXAMPLES = [
    pytest.param(
        path, term.term, english, translation, verdict, id=f"{path.stem}:{term.term}:{verdict}"
    )
    for path in glossary_files()
    for term in load_file(path).terms
    for verdict, pairs in (("pass", term.examples_pass), ("flag", term.examples_flag))
    for english, translation in pairs
]


@pytest.mark.parametrize(("path", "term", "english", "translation", "verdict"), GLOSSARY_EXAMPLES)
def test_glossary_examples(path, term, english, translation, verdict):
    rules = _one_segment(english, translation, path.stem)
    if verdict == "flag":
        assert "translation.glossary" in rules, (
            f"false negative: {term} not flagged in {translation}"
        )
    else:
        assert "translation.glossary" not in rules, (
            f"false positive: {term} flagged in {translation}"
        )


@pytest.mark.parametrize("path", glossary_files(), ids=lambda p: p.name)
def test_every_glossary_term_has_a_source_and_examples_both_ways(path):
    for term in load_file(path).terms:
        assert term.source.strip(), f"{path.name}: {term.term} has no source"
        assert term.examples_pass and term.examples_flag, f"{path.name}: {term.term} lacks examples"


def test_glossary_loader_names_the_file_and_the_unknown_key(tmp_path):
    bad = tmp_path / "es.yml"
    bad.write_text(
        "language: es\nterms:\n  - term: fraud alert\n    approved: [alerta de fraude]\n"
        "    source: x\n    aproved: [typo]\n",
        encoding="utf-8",
    )
    with pytest.raises(GlossaryError, match=r"es\.yml: key 'terms\[0\]\.aproved': unknown key"):
        load_file(bad)
