"""Translation QA sentence by sentence: each fault kind on hand-written pairs, with its rule id
and the span it points at; faithful pairs, hand-written and published, with no error; and faults
planted one at a time in the published tune pairs, each caught in its row."""

from __future__ import annotations

import pytest

from clearnotice.model import Severity
from clearnotice.translate.qa import CHANGES_FACTS, changes_facts, check_translation
from tests.corpus.translations.faults import (
    FOLDER,
    HELD_OUT,
    TUNE,
    caught,
    index_entries,
    planted,
    published_pairs,
)

# fmt: off
FAULTS = [
    # (id, English, translation, language, rule id, the translation's text it points at)
    ("sentence-dropped",
     "We found the problem on Monday. We reset every password the same day. "
     "We are sorry for the worry this causes.",
     "Encontramos el problema el lunes. Lamentamos la preocupación que esto le causa.",
     "es", "translation.sentence-dropped", ""),
    ("sentence-dropped-fr",
     "We found the problem on Monday. We reset every password the same day. "
     "We are sorry for the worry this causes.",
     "Nous avons trouvé le problème lundi. Nous regrettons l'inquiétude que cela vous cause.",
     "fr", "translation.sentence-dropped", ""),
    ("sentence-added", "We found the problem on Monday. We are sorry.",
     "Encontramos el problema el lunes. No hay motivo para preocuparse por su cuenta bancaria. "
     "Lo lamentamos.",
     "es", "translation.sentence-added", "No hay motivo para preocuparse por su cuenta bancaria."),
    ("sentences-merged",
     "We found the problem on Monday. We reset every password the same day.",
     "Encontramos el problema el lunes y restablecimos todas las contraseñas ese mismo día.",
     "es", "translation.sentence-merged",
     "Encontramos el problema el lunes y restablecimos todas las contraseñas ese mismo día."),
    ("four-sentences-merged",
     "We found the problem on Monday. We reset every password. We contacted the police. "
     "We informed the regulator.",
     "Encontramos el problema el lunes, restablecimos todas las contraseñas, contactamos a la "
     "policía e informamos al regulador.",
     "es", "translation.sentence-merged",
     "Encontramos el problema el lunes, restablecimos todas las contraseñas, contactamos a la "
     "policía e informamos al regulador."),
    ("negation-dropped-es", "We will not share your information with anyone.",
     "Compartiremos su información con todos.",
     "es", "translation.negation", "Compartiremos su información con todos."),
    ("negation-dropped-de", "Your password was not involved.", "Ihr Passwort war betroffen.",
     "de", "translation.negation", "Ihr Passwort war betroffen."),
    ("negation-dropped-beside-sin", "If it is not possible to send it without delay, tell us.",
     "Si es posible enviarlo sin demora, díganos.", "es", "translation.negation",
     "Si es posible enviarlo sin demora, díganos."),
    ("negation-dropped-beside-unbefugt",
     "An unauthorised person may act if it is not addressed in time.",
     "Eine unbefugte Person kann handeln, wenn rechtzeitig reagiert wird.", "de",
     "translation.negation", "Eine unbefugte Person kann handeln, wenn rechtzeitig reagiert wird."),
    ("negation-dropped-beside-unter", "If it is not addressed, the data subject is informed.",
     "Wenn reagiert wird, wird die betroffene Person unterrichtet.", "de",
     "translation.negation", "Wenn reagiert wird, wird die betroffene Person unterrichtet."),
    ("negation-dropped-never", "We will never ask for your password.",
     "Le pediremos su contraseña.", "es", "translation.negation", "Le pediremos su contraseña."),
    ("negation-added-es", "Your card number was involved.",
     "Su número de tarjeta no se vio afectado.", "es", "translation.negation", "no"),
    ("negation-added-fr", "Your password was involved.",
     "Votre mot de passe n'était pas concerné.", "fr", "translation.negation", "n'était pas"),
    ("negation-added-kein", "We found a problem.", "Wir haben kein Problem gefunden.",
     "de", "translation.negation", "kein"),
    ("negation-added-fr-subject", "Everyone was told.", "Personne n'a été informé.",
     "fr", "translation.negation", "Personne n'a"),
    ("emphasis-lost", "Your password was **not** involved.",
     "Su contraseña no se vio afectada.",
     "es", "translation.emphasis", "Su contraseña no se vio afectada."),
    ("emphasis-moved-in-sentence", "Your password was **not** involved.",
     "Su **contraseña** no se vio afectada.", "es", "translation.emphasis", "contraseña"),
    ("emphasis-moved-off-the-denial-fr", "Your password was **not** involved.",
     "Votre **mot de passe** n'était pas concerné.", "fr", "translation.emphasis",
     "mot de passe"),
    ("emphasis-moved-to-sentence", "Call us today. Your password was **not** involved.",
     "**Llámenos** hoy. Su contraseña no se vio afectada.",
     "es", "translation.emphasis", "Llámenos"),
    ("heading-left-in-english",
     "What is a privacy breach?\n\nA breach is a loss of personal information.",
     "What is a privacy breach?\n\nUne atteinte est une perte de renseignements personnels.",
     "fr", "translation.untranslated", "What is a privacy breach?"),
    ("number-became-word", "We offer 24 months of help.", "Ofrecemos doce meses de ayuda.",
     "es", "translation.number", "doce"),
    ("number-word-changed", "Only the last four digits of your card.",
     "Solo los últimos cinco dígitos de su tarjeta.", "es", "translation.number", "cinco"),
    ("number-word-changed-de", "We offer three years of help.", "Wir bieten vier Jahre Hilfe.",
     "de", "translation.number", "vier"),
    ("date-day-month-swapped", "Enroll by March 4, 2026.", "Inscríbase antes del 03/04/2026.",
     "es", "translation.date-swapped", "03/04/2026"),
    ("date-swapped-from-digits", "Enroll by 03/04/2026.",
     "Inscríbase antes del 3 de abril de 2026.",
     "es", "translation.date-swapped", "3 de abril de 2026"),
    ("short-sentence-merged-without-cognate",
     "Retrieving the data by making a payment. We did this in collaboration with experts.",
     "Nous avons récupéré les données en effectuant un paiement, avec des experts.",
     "fr", "translation.sentence-merged",
     "Nous avons récupéré les données en effectuant un paiement, avec des experts."),
    ("negation-dropped-it", "Your password was not involved.",
     "La sua password è stata coinvolta.", "it", "translation.negation",
     "La sua password è stata coinvolta."),
    ("negation-added-it", "Your card number was involved.",
     "Il numero della sua carta non è stato coinvolto.", "it", "translation.negation", "non"),
    ("negation-dropped-pt", "We will never ask for your password.",
     "Pediremos a sua senha.", "pt", "translation.negation", "Pediremos a sua senha."),
    ("negation-added-pt", "Your address was involved.",
     "O seu endereço não foi afetado.", "pt", "translation.negation", "não"),
    ("negation-dropped-beside-unbedingt", "It does not necessarily have to be the controller.",
     "Es muss unbedingt der Verantwortliche sein.", "de", "translation.negation",
     "Es muss unbedingt der Verantwortliche sein."),
    ("free-denied", "Credit monitoring is free for you.",
     "El monitoreo de crédito no es gratuito para usted.", "es", "translation.negation", "no"),
    ("cost-denied-where-english-has-no-free", "You must pay a fee to lift the freeze.",
     "No tiene que pagar para levantar el congelamiento.", "es", "translation.negation", "No"),
    ("no-cost-became-a-cost", "This service is at no cost to you.",
     "Este servicio tiene un costo para usted.", "es", "translation.negation",
     "Este servicio tiene un costo para usted."),
    ("twice-became-tres-veces", "We will remind you twice.", "Se lo recordaremos tres veces.",
     "es", "translation.number", "tres"),
    ("title-case-heading-left-in-english",
     "Guard Your Personal Information\n\nKeep your personal information in a safe place.",
     "Guard Your Personal Information\n\nConservez vos renseignements personnels en lieu sûr.",
     "fr", "translation.untranslated", "Guard Your Personal Information"),
    # its words stand nowhere else in the English in lower case, but "of" is English syntax
    ("markup-title-left-in-english",
     "# Notice of Data Breach\n\nWe are writing to tell you about an incident.",
     "# Notice of Data Breach\n\nLe escribimos para informarle sobre un incidente.",
     "es", "translation.untranslated", "Notice of Data Breach"),
    ("negation-dropped-beside-another-es",
     "We do not sell your data and we will never share it.",
     "No vendemos sus datos y los compartiremos.", "es", "translation.fewer-negations",
     "No vendemos sus datos y los compartiremos."),
    ("negation-dropped-beside-another-fr",
     "We do not sell your data and we will never share it.",
     "Nous ne vendons pas vos données et nous les partagerons.", "fr",
     "translation.fewer-negations", "Nous ne vendons pas vos données et nous les partagerons."),
    ("ni-left-without-its-ne", "Choose a password that does not include your name or birth date.",
     "Choisissez un mot de passe qui contient votre nom ni votre date de naissance.", "fr",
     "translation.negation",
     "Choisissez un mot de passe qui contient votre nom ni votre date de naissance."),
    ("negation-added-beside-free", "The kit is free, but you pay the shipping.",
     "El kit es gratuito, pero no debe pagar el envío.", "es", "translation.negation", "no"),
    ("negation-added-where-english-says-understand", "We understand your concern.",
     "No entendemos su preocupación.", "es", "translation.negation", "No"),
    ("negation-added-where-english-says-unique", "Your access code is unique.",
     "Su código de acceso no es único.", "es", "translation.negation", "no"),
    ("negation-dropped-beside-unionsrecht",
     "Under Union law, the controller is not required to tell the authority.",
     "Nach dem Unionsrecht muss der Verantwortliche die Behörde informieren.", "de",
     "translation.negation",
     "Nach dem Unionsrecht muss der Verantwortliche die Behörde informieren."),
    ("negation-dropped-ca", "We will not share your information with anyone.",
     "Compartirem la vostra informació amb tothom.", "ca", "translation.negation",
     "Compartirem la vostra informació amb tothom."),
    ("negation-added-ca", "Your card number was involved.",
     "El número de la vostra targeta no s'ha vist afectat.", "ca", "translation.negation", "no"),
    ("negation-dropped-gl", "We will not share your information with anyone.",
     "Compartiremos a súa información con todos.", "gl", "translation.negation",
     "Compartiremos a súa información con todos."),
    ("negation-added-gl", "Your address was involved.", "O seu enderezo non se viu afectado.",
     "gl", "translation.negation", "non"),
    ("pm-became-am", "Enroll by 11:59 p.m. on July 1, 2026.",
     "Inscríbase antes de las 11:59 a. m. del 1 de julio de 2026.", "es", "translation.time",
     "11:59 a. m."),
    ("closing-hour-changed-24h", "Call us from 9 a.m. to 5 p.m.",
     "Appelez-nous de 9 h à 19 h.", "fr", "translation.time", "19 h"),
    ("percent-sign-dropped", "About 12% of our customers were affected.",
     "Se vieron afectados unos 12 de nuestros clientes.", "es", "translation.percent", "12"),
    ("free-as-libre", "You are entitled to 24 months of free credit monitoring.",
     "Tiene derecho a 24 meses de monitoreo de crédito libre.", "es", "translation.free",
     "Tiene derecho a 24 meses de monitoreo de crédito libre."),
    ("negation-dropped-beside-a-no-ser-que", "We will not charge you unless you ask.",
     "Le cobraremos a no ser que lo pida.", "es", "translation.negation",
     "Le cobraremos a no ser que lo pida."),
    ("negation-dropped-beside-a-meno-che-non", "We will not charge you unless you ask.",
     "Le addebiteremo il costo a meno che non lo chieda.", "it", "translation.negation",
     "Le addebiteremo il costo a meno che non lo chieda."),
    ("negation-dropped-beside-a-nao-ser-que", "We will not charge you unless you ask.",
     "Cobraremos a não ser que o peça.", "pt", "translation.negation",
     "Cobraremos a não ser que o peça."),
    ("date-left-in-english-form", "On Mar. 3, 2026, we learned of the incident.",
     "El Mar. 3, 2026, supimos del incidente.", "es", "translation.date", "Mar. 3, 2026"),
    ("date-left-in-english-form-fr", "On March 3, 2026, we learned of the incident.",
     "Le March 3, 2026, nous avons appris l'incident.", "fr", "translation.date",
     "March 3, 2026"),
    ("weekday-changed", "Call us Monday to Friday.", "Llámenos de lunes a sábado.", "es",
     "translation.weekday", "sábado"),
    ("weekday-changed-de", "Call us Monday to Friday.", "Rufen Sie uns montags bis samstags an.",
     "de", "translation.weekday", "samstags"),
    ("sentence-dropped-beside-reference",
     "The controller reports it under Article 33 paragraph 1. It does so without undue delay. "
     "Call us today.",
     "Der Verantwortliche meldet dies gemäß Art. 33 Abs. 1. Rufen Sie uns heute an.",
     "de", "translation.sentence-dropped", ""),
]

FAITHFUL = [
    ("three-as-digit", "We offer three years of help.", "Ofrecemos 3 años de ayuda.", "es"),
    ("digit-as-tres", "We offer 3 years of help.", "Ofrecemos tres años de ayuda.", "es"),
    ("digit-as-drei", "We offer 3 years of help.", "Wir bieten drei Jahre Hilfe.", "de"),
    ("twenty-four-as-digits", "We offer twenty-four months of help.",
     "Nous offrons 24 mois d'aide.", "fr"),
    ("veinticuatro", "We offer 24 months of help.", "Ofrecemos veinticuatro meses de ayuda.", "es"),
    ("vierundzwanzig", "We offer 24 months of help.", "Wir bieten vierundzwanzig Monate Hilfe.",
     "de"),
    ("negation-kept-fr", "Your password was not involved.",
     "Votre mot de passe n'était pas concerné.", "fr"),
    # French bolds the "pas" of "ne ... pas" for a bold "not": the stress stays on the denial
    ("bold-pas-for-bold-not", "Your password was **not** involved.",
     "Votre mot de passe n'était **pas** concerné.", "fr"),
    ("bold-ne-pas-for-bold-not", "Your password was **not** involved.",
     "Votre mot de passe **n'était pas** concerné.", "fr"),
    ("negation-kept-nunca", "We will never ask for your password.",
     "Nunca le pediremos su contraseña.", "es"),
    ("negation-kept-fr-subject", "Nobody is safe from a privacy breach.",
     "Personne n'est à l'abri d'une atteinte à la vie privée.", "fr"),
    ("not-permitted-as-non-autorise", "This activity is not permitted by the Act.",
     "Ces activités sont non autorisées par la Loi.", "fr"),
    ("not-possible-as-imposible-beside-sin",
     "If it is not possible to send it without delay, tell us.",
     "Si es imposible enviarlo sin demora, díganos.", "es"),
    ("not-permitted-as-contravene", "It is unauthorized if it is not permitted by the Act.",
     "Elle est non autorisée lorsqu'elle contrevient à la Loi.", "fr"),
    ("no-later-than-is-a-deadline", "Enroll no later than June 30, 2026.",
     "Inscríbase a más tardar el 30 de junio de 2026.", "es"),
    ("no-cost-as-sin-costo", "This service is at no cost to you.",
     "Este servicio es sin costo para usted.", "es"),
    ("name-line-kept", "Doctors’ Center Hospital\n\nWe found a problem.",
     "Doctors’ Center Hospital\n\nEncontramos un problema.", "es"),
    ("web-address-line-kept", "www.example.com/help/privacy-faq\n\nCall us today.",
     "www.example.com/help/privacy-faq\n\nLlámenos hoy.", "es"),
    ("bold-kept", "Your password was **not** involved.", "Su contraseña **no** se vio afectada.",
     "es"),
    ("spanish-question-marks", "What happened? We found a problem.",
     "¿Qué ocurrió? Encontramos un problema.", "es"),
    ("spanish-exclamation", "Act now! Change your password today.",
     "¡Actúe ya! Cambie su contraseña hoy.", "es"),
    ("abbreviation-ee-uu", "We wrote to the U.S. Postal Service on Monday. Call us.",
     "Escribimos al Servicio Postal de EE. UU. el lunes. Llámenos.", "es"),
    ("abbreviation-a-m", "Call us from 8 a.m. to 8 p.m. on weekdays. We can help.",
     "Llámenos de 8 a. m. a 8 p. m. entre semana. Podemos ayudarle.", "es"),
    ("german-ordinal-day", "On March 3, 2026, we found it. Call us.",
     "Am 3. März 2026 fanden wir es. Rufen Sie uns an.", "de"),
    ("free-as-no-pagar", "Placing and lifting the freeze is free.",
     "No tienes que pagar nada para establecer y levantar el congelamiento.", "es"),
    ("free-as-ne-coute-rien", "The service is free.", "Le service ne vous coûte rien.", "fr"),
    ("free-as-keine-kosten", "The service is free.", "Für Sie entstehen keine Kosten.", "de"),
    ("no-cost-as-gratuito", "This service is at no cost to you.",
     "Este servicio es gratuito para usted.", "es"),
    ("no-charge-as-kostenlos", "There is no charge for this service.",
     "Dieser Dienst ist kostenlos.", "de"),
    ("twice-as-dos-veces", "We will remind you twice.", "Se lo recordaremos dos veces.", "es"),
    ("twice-as-zweimal", "We will remind you twice.", "Wir erinnern Sie zweimal.", "de"),
    ("title-case-name-kept-where-it-recurs",
     "Canadian Anti-Fraud Centre\n\nCall the Canadian Anti-Fraud Centre about the fraud.",
     "Canadian Anti-Fraud Centre\n\nAppelez le Canadian Anti-Fraud Centre au sujet de la fraude.",
     "fr"),
    ("markup-title-a-name-kept-where-it-recurs",
     "# Bank of America\n\nBank of America found a problem.",
     "# Bank of America\n\nBank of America encontró un problema.", "es"),
    ("title-case-name-of-uncommon-words-kept", "Mass General Brigham Health Plan\n\nCall us.",
     "Mass General Brigham Health Plan\n\nLlámenos.", "es"),
    ("reference-art-al-let-kept-whole",
     "There is a reason under Article 26 paragraph 1 letter b. Call us today.",
     "Il existe un motif au sens de l’art. 26, al. 1, let. b. Appelez-nous aujourd’hui.", "fr"),
    ("reference-art-abs-kept-whole",
     "The controller reports it under Article 33 paragraph 1. Call us today.",
     "Der Verantwortliche meldet dies gemäß Art. 33 Abs. 1. Rufen Sie uns heute an.", "de"),
    ("negation-kept-it", "Your password was not involved.",
     "La sua password non è stata coinvolta.", "it"),
    ("non-appena-is-as-soon-as", "Tell the people concerned as soon as possible.",
     "Informi gli interessati non appena possibile.", "it"),
    ("non-oltre-is-a-deadline", "Tell us no later than 72 hours after.",
     "Ci informi entro e non oltre 72 ore dopo.", "it"),
    ("non-autorizzata-denies-one-word", "It prevents any unauthorised access.",
     "Impedisce qualsiasi accesso non autorizzato.", "it"),
    ("finche-non-is-until", "Keep this letter until we contact you.",
     "Conservi questa lettera finché non la contattiamo.", "it"),
    ("di-quanto-non-compares", "The risk is lower than it seems.",
     "Il rischio è più basso di quanto non sembri.", "it"),
    ("negation-kept-pt", "We will never ask for your password.",
     "Nunca pediremos a sua senha.", "pt"),
    ("unaffected-as-no-afectados", "Your bank details were unaffected.",
     "Sus datos bancarios no se vieron afectados.", "es"),
    ("negation-kept-ca", "We will not share your information with anyone.",
     "No compartirem la vostra informació amb ningú.", "ca"),
    ("mai-no-denies-once-ca", "We will never ask for your password.",
     "Mai no us demanarem la contrasenya.", "ca"),
    ("no-autoritzat-denies-one-word", "It prevents any unauthorised access.",
     "Impedeix qualsevol accés no autoritzat.", "ca"),
    ("negation-kept-gl", "We will not share your information with anyone.",
     "Non compartiremos a súa información con ninguén.", "gl"),
    ("no-obstante-is-however", "However, we reset your password.",
     "No obstante, restablecimos su contraseña.", "es"),
    ("range-sharing-month-and-year-es",
     "Someone accessed it between February 14 and February 20, 2026.",
     "Alguien accedió entre el 14 y el 20 de febrero de 2026.", "es"),
    ("range-sharing-month-and-year-fr",
     "Someone accessed it between February 14 and February 20, 2026.",
     "Quelqu'un y a accédé entre le 14 et le 20 février 2026.", "fr"),
    ("range-sharing-month-and-year-de",
     "Someone accessed it between February 14 and February 20, 2026.",
     "Jemand griff zwischen dem 14. und dem 20. Februar 2026 darauf zu.", "de"),
    ("english-range-naming-the-month-once", "Someone accessed it from February 14-20, 2026.",
     "Alguien accedió del 14 al 20 de febrero de 2026.", "es"),
    ("english-range-as-two-full-dates", "Someone accessed it from February 14-20, 2026.",
     "Alguien accedió del 14 de febrero al 20 de febrero de 2026.", "es"),
    ("pm-as-24-hour-clock-es", "Enroll by 11:59 p.m. on July 1, 2026.",
     "Inscríbase antes de las 23:59 del 1 de julio de 2026.", "es"),
    ("pm-as-24-hour-clock-fr", "Enroll by 11:59 p.m. on July 1, 2026.",
     "Inscrivez-vous avant 23 h 59 le 1er juillet 2026.", "fr"),
    ("pm-as-uhr", "Enroll by 11:59 p.m. on July 1, 2026.",
     "Melden Sie sich bis 23:59 Uhr am 1. Juli 2026 an.", "de"),
    ("hours-as-24-hour-range", "Call us from 9 a.m. to 5 p.m.", "Llámenos de 9 a 17 h.", "es"),
    ("hours-as-h-range", "Call us from 9 a.m. to 5 p.m.", "Appelez-nous de 9 h à 17 h.", "fr"),
    ("hours-kept-with-markers", "Call us from 9:30 a.m. to 5 p.m.",
     "Llámenos de 9:30 a. m. a 5:00 p. m.", "es"),
    ("percent-as-por-ciento", "About 12% of our customers were affected.",
     "Se vio afectado alrededor del 12 por ciento de nuestros clientes.", "es"),
    ("percent-in-words", "About 12% of our customers were affected.",
     "Se vio afectado alrededor del doce por ciento de nuestros clientes.", "es"),
    ("percent-spaced-fr", "About 12.5% of our customers were affected.",
     "Environ 12,5 % de nos clients ont été touchés.", "fr"),
    ("percent-as-prozent", "About 12% of our customers were affected.",
     "Etwa 12 Prozent unserer Kunden waren betroffen.", "de"),
    ("free-as-gratuito", "You are entitled to 24 months of free credit monitoring.",
     "Tiene derecho a 24 meses de monitoreo de crédito gratuito.", "es"),
    ("free-as-sin-costo", "You are entitled to 24 months of free credit monitoring.",
     "Tiene derecho a 24 meses de monitoreo de crédito sin costo.", "es"),
    ("toll-free-as-sans-frais", "Call the Centre toll free at 1-888-495-8501.",
     "Appelez le Centre au 1-888-495-8501 (numéro sans frais).", "fr"),
    ("feel-free-is-no-price", "Feel free to call us.", "No dude en llamarnos.", "es"),
    # Arabic writes the article on the word: "المجانية", the free one
    ("free-as-al-majjaniya", "You are entitled to 24 months of free credit monitoring.",
     "يحق لك الحصول على 24 شهرًا من مراقبة الائتمان المجانية.", "ar"),
    ("free-from-is-no-price", "Keep your computer free from malware.",
     "Mantenga su computadora libre de programas maliciosos.", "es"),
    ("negation-kept-beside-a-no-ser-que", "We will not charge you unless you ask.",
     "No le cobraremos a no ser que lo pida.", "es"),
    ("negation-kept-beside-a-meno-che-non", "We will not charge you unless you ask.",
     "Non le addebiteremo il costo a meno che non lo chieda.", "it"),
    ("us-calque-date-is-spanish", "Enroll by June 30, 2026.", "Inscríbase antes de junio 30, 2026.",
     "es"),
    ("weekdays-kept", "Call us Monday to Friday.", "Appelez-nous du lundi au vendredi.", "fr"),
    ("weekdays-kept-pt", "Call us Monday to Friday.", "Ligue-nos de segunda-feira a sexta-feira.",
     "pt"),
    ("no-nada-denies-once", "You do not have to pay anything.", "No tiene que pagar nada.", "es"),
    ("no-nunca-denies-once", "We will never share it.", "No lo compartiremos nunca.", "es"),
    ("ne-pas-ni-denies-once",
     "Choose a password that does not include your name or birth date.",
     "Choisissez un mot de passe qui ne contient pas votre nom ni votre date de naissance.", "fr"),
    ("ni-ni-denies-once", "Neither your name nor your address was involved.",
     "Ni su nombre ni su dirección se vieron afectados.", "es"),
    ("non-mai-denies-once", "We will never ask for your password.",
     "Non le chiederemo mai la password.", "it"),
    ("two-denials-in-two-clauses", "We do not sell your data and we will never share it.",
     "No vendemos sus datos y nunca los compartiremos.", "es"),
    ("ignora-for-never-knew", "Your report may include debts you never knew you had.",
     "Su informe puede incluir deudas que usted ignora.", "es"),
]
# fmt: on


@pytest.mark.parametrize(
    ("english", "translation", "language", "rule", "match"),
    [c[1:] for c in FAULTS],
    ids=[c[0] for c in FAULTS],
)
def test_each_fault_kind_is_found_where_it_is(english, translation, language, rule, match):
    report = check_translation(english, translation, language)
    found = [(f.finding.rule_id, f.finding.match) for f in report.findings]
    assert found == [(rule, match)], f"false negative or extra finding: {found}"
    finding = report.findings[0].finding
    assert translation[finding.start : finding.end] == match


@pytest.mark.parametrize(
    ("english", "translation", "language"),
    [c[1:] for c in FAITHFUL],
    ids=[c[0] for c in FAITHFUL],
)
def test_a_faithful_translation_gets_no_finding(english, translation, language):
    report = check_translation(english, translation, language)
    assert [(f.finding.rule_id, f.finding.match) for f in report.findings] == []


def test_a_ranges_first_day_changed_is_still_a_changed_date():
    """A range naming its month once is read as two dates, so a wrong first day is no range."""
    english = "Someone accessed it between February 14 and February 20, 2026."
    report = check_translation(english, "Alguien accedió entre el 4 y el 20 de febrero.", "es")
    assert {f.finding.rule_id for f in report.findings} >= {"translation.date"}
    report = check_translation(
        english, "Alguien accedió entre el 4 y el 20 de febrero de 2026.", "es"
    )
    assert {f.finding.rule_id for f in report.findings} >= {"translation.date"}


def test_sentences_are_paired_against_the_letters_own_length_ratio():
    """A translation a good deal longer than its English throughout is no reason to call its
    longest sentence added: the letter's median ratio sets what length to expect."""
    english = (
        "We found a problem with our billing system on Monday morning.\n\n"
        "A credit freeze is the best way to stop a thief from opening new accounts in your name. "
        "When in place, it keeps lenders from seeing your credit report. Because lenders want "
        "to see your report first, a freeze helps you block thieves who try to open accounts in "
        "your name.\n\n"
        "We have fixed the problem and we are watching our systems closely.\n\n"
        "Call us if you have any questions about this letter."
    )
    spanish = (
        "El lunes por la mañana encontramos un problema relacionado con nuestro sistema de "
        "facturación de clientes.\n\n"
        "Un congelamiento de crédito es la mejor manera de protegerte contra un ladrón de "
        "identidad con intenciones de abrir cuentas nuevas bajo tu nombre. Un congelamiento o "
        "bloqueo de crédito impide que los potenciales otorgantes de crédito accedan a tu "
        "informe de crédito. Debido a que los otorgantes de crédito generalmente quieren "
        "verificar primero tu informe crediticio, el hecho de establecer un congelamiento te "
        "ayuda a bloquear a los ladrones que intenten abrir cuentas bajo tu nombre.\n\n"
        "Ya hemos solucionado el problema y estamos vigilando todos nuestros sistemas "
        "informáticos con mucha atención.\n\n"
        "Llámenos por teléfono si tiene cualquier pregunta o duda sobre el contenido de esta "
        "carta que le enviamos."
    )
    assert check_translation(english, spanish, "es").findings == ()
    dropped = spanish.replace(
        "Un congelamiento o bloqueo de crédito impide que los potenciales otorgantes de crédito "
        "accedan a tu informe de crédito. ",
        "",
    )
    rules = [f.finding.rule_id for f in check_translation(english, dropped, "es").findings]
    assert rules == ["translation.sentence-dropped"]


def test_a_dropped_sentence_points_where_it_belongs_and_names_the_english():
    translation = "Encontramos el problema el lunes. Lamentamos la preocupación que esto le causa."
    report = check_translation(
        "We found the problem on Monday. We reset every password the same day. "
        "We are sorry for the worry this causes.",
        translation,
        "es",
    )
    (item,) = report.findings
    assert item.finding.start == len("Encontramos el problema el lunes.")
    assert dict(item.finding.extra)["source_sentence"] == "We reset every password the same day."
    assert item.finding.severity is Severity.ERROR


def test_facts_are_marked_and_style_is_not():
    facts = {"translation.negation", "translation.sentence-dropped", "translation.sentence-added"}
    facts |= {"translation.number", "translation.date-swapped", "translation.untranslated"}
    assert facts <= CHANGES_FACTS
    style = {"translation.sentence-merged", "translation.emphasis", "translation.length"}
    assert not style & CHANGES_FACTS
    report = check_translation("Your password was **not** involved.", "Su contraseña.", "es")
    kinds = {f.finding.rule_id: changes_facts(f.finding) for f in report.findings}
    assert kinds == {"translation.negation": True, "translation.emphasis": False}


# Held-out pairs on which QA still reports an error. They are measured (the bench counts them as
# false alarms) and never read to change QA; a change that clears one must drop it from here.
HELD_OUT_FALSE_ALARMS = {"gdpr-rec86-de", "gdpr-art34-it"}


def test_the_corpus_keeps_72_published_pairs_in_twelve_languages_with_their_sources():
    entries = index_entries()
    assert len(entries) >= 72
    languages = {"es", "fr", "de", "it", "vi", "zh", "ko", "tl", "chk", "ht", "pt", "ar"}
    assert {e["language"] for e in entries} >= languages
    for entry in entries:
        assert entry["english_source"].startswith("http")
        assert entry["translation_source"].startswith("http")
        assert (FOLDER / entry["english"]).is_file() and (FOLDER / entry["translation"]).is_file()


def test_every_third_pair_by_order_of_addition_is_held_out():
    splits = [entry["split"] for entry in index_entries()]
    assert splits == [HELD_OUT if k % 3 == 2 else TUNE for k in range(len(splits))]


def _marked(pair):
    if pair.id in HELD_OUT_FALSE_ALARMS:
        assert pair.split == HELD_OUT, "only a held-out pair may keep a false alarm"
        reason = "held-out pair with a QA false alarm: measured, not read to tune"
        return pytest.param(pair, marks=pytest.mark.xfail(strict=True, reason=reason), id=pair.id)
    return pytest.param(pair, id=pair.id)


@pytest.mark.parametrize("pair", [_marked(p) for p in published_pairs()])
def test_published_translations_have_no_error(pair):
    report = check_translation(pair.english, pair.translation, pair.language)
    errors = [
        (f.finding.rule_id, f.finding.match)
        for f in report.findings
        if f.finding.severity is Severity.ERROR
    ]
    assert errors == [], f"false positives on {pair.id}: {errors}"
    assert all(segment.paired for segment in report.segments)


# Tune faults QA misses, each for a reason that needs more than a rule to mend; a change that
# catches one must drop it from here. (Switzerland's Article 24, whose four short paragraphs of
# like length paired one row early with the fourth dropped, is paired by the words its blocks
# share too.)
TUNE_KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("consumer-action-idtheft-vi", "left-in-english"): (
        "the title 'ID Theft & Account Fraud - Prevention & Cleanup' left in English reads as a "
        "name kept: the Vietnamese writes 'ID theft' itself, and only two of the title's six "
        "words are words its English writes in lower case"
    ),
}


def _fault_param(pair, fault):
    reason = TUNE_KNOWN_MISSES.get((pair.id, fault.kind))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(pair, fault, id=f"{pair.id}-{fault.kind}", marks=marks)


TUNE_FAULTS = [
    _fault_param(pair, fault)
    for pair in published_pairs()
    if pair.split == TUNE
    for fault in planted(pair, per_kind=1)
]


@pytest.mark.parametrize(("pair", "fault"), TUNE_FAULTS)
def test_a_fault_planted_in_a_published_tune_pair_is_caught_in_its_row(pair, fault):
    assert caught(pair, fault), f"false negative: {fault.what}"


def test_faults_of_every_sentence_kind_are_planted_in_the_tune_pairs():
    kinds = {fault.values[1].kind for fault in TUNE_FAULTS}
    expected = {"sentence-dropped", "sentences-merged", "negation-removed", "left-in-english"}
    assert expected | {"number", "number-word", "paragraph-dropped"} <= kinds


def test_dates_phones_and_amounts_are_planted_where_tune_pairs_hold_them():
    kinds = {fault.values[1].kind for fault in TUNE_FAULTS}
    assert {"date-day", "phone", "amount-currency"} <= kinds
