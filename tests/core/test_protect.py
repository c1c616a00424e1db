"""What protect keeps away from an engine, and how it comes back."""

from __future__ import annotations

import pytest

from clearnotice.translate.protect import protect, restore


@pytest.mark.parametrize(
    "field",
    ["«FirstName»", "«first_name»", "<<name>>", "<<First Name>>", "[First Name]", "{First Name}"],
)
def test_another_programs_merge_field_is_kept_from_the_engine(field):
    """Apertium made "<<name>>" into "<<nombre>>" and "[First Name]" into "[Primer Nombre]":
    the Word or mailing tool that fills the letter would no longer know the field."""
    segment = f"Dear {field}, your case is open."
    protected = protect(segment)
    assert field not in protected.text
    restored, lost = restore(protected.text.replace("Dear", "Estimado"), protected)
    assert restored == f"Estimado {field}, your case is open." and lost == ()


@pytest.mark.parametrize(
    "text", ["A footnote [1] and [sic].", "El «phishing» es un riesgo.", "See [the site] below."]
)
def test_what_only_looks_like_a_field_is_still_translated(text):
    assert protect(text).originals == ()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Read [our privacy policy](/privacy-policy) now.", "/privacy-policy"),
        ("See [the next section](#what-you-can-do) below.", "#what-you-can-do"),
        ("![Company logo](images/company-logo.png)", "images/company-logo.png"),
        ('Read [the terms](terms.html "Our terms") now.', 'terms.html "Our terms"'),
        ("Read [the FAQ][help page] now.", "help page"),
        ("[help page]: https://example.com/faq", "help page"),
    ],
)
def test_a_links_address_and_reference_are_kept_from_the_engine(text, kept):
    """Apertium made "(/privacy-policy)" into "(/intimidad-póliza)" and an image's
    "images/company-logo.png" into "empresa/de imágenes-logotipo.png": broken links."""
    protected = protect(text)
    assert kept not in protected.text
    assert restore(protected.text, protected) == (text, ())
    assert "[" in protected.text  # the link's words still go to the engine


@pytest.mark.parametrize("reference", ["3(a)(ii)", "1798.82(a)", "(a)", "(iv)", "(b)(1)", "501(b)"])
def test_a_laws_section_and_a_lists_letter_are_kept_from_the_engine(reference):
    """Apertium read the "a" of "Section 3(a)(ii)" and of "Civ. Code § 1798.82(a)" as the
    article: "3(un)(ii)", "1798.82(un)", a reference to no law."""
    protected = protect(f"Under Section {reference} and item {reference}, you may ask.")
    assert reference not in protected.text
    assert "Under Section" in protected.text


@pytest.mark.parametrize(
    "text", ["We (and our partners) are sorry.", "Call (555) now.", "A (I) B."]
)
def test_words_in_brackets_are_not_taken_for_a_reference(text):
    assert "(and our partners)" not in protect(text).originals
    assert all("(I)" not in o for o in protect(text).originals)


def test_placeholders_side_by_side_come_back_both():
    """Their tokens ran into one word, "XqzjaXqzjb", read back as no token: the letter kept
    the tokens and lost both placeholders."""
    protected = protect("Hello {{ first_name }}{{ last_name }}!")
    translated = protected.text.replace("Hello", "Hola")
    assert restore(translated, protected) == ("Hola {{ first_name }}{{ last_name }}!", ())
    side_by_side = "".join(f"{{{{field_{n}}}}}" for n in range(30))  # tokens "...z", "...aa"
    many = protect(side_by_side)
    assert restore(many.text, many) == (side_by_side, ())


def test_a_placeholder_with_letters_after_it_comes_back():
    protected = protect("Check your {{ card_type }}s today.")
    assert restore(protected.text, protected) == ("Check your {{ card_type }}s today.", ())


@pytest.mark.parametrize("handle", ["@home", "@acme_help", "#tag", "#StaySafe"])
def test_a_social_handle_or_hashtag_is_kept_from_the_engine(handle):
    """Apertium translated the word and moved the sign: "Visit @home now." came back "Casa @de
    visita ahora", "#tag" as "#de etiqueta"."""
    protected = protect(f"Follow {handle} for news, or write to help@example.com.")
    assert handle not in protected.text and "help@example.com" in protected.originals


def test_a_number_sign_before_a_number_is_translated_with_it():
    assert protect("Item #1 and C# and a # alone.").originals == ()


@pytest.mark.parametrize("code", ["`reset-password`", "``a `tick` inside``", "`C:\\Users\\you`"])
def test_inline_code_is_kept_from_the_engine(code):
    """What the reader types stays as written: Apertium made "Use `reset-password` now." into
    "Reinicialización `de uso-contraseña` ahora"."""
    protected = protect(f"Use {code} now.")
    assert code not in protected.text and "Use" in protected.text
    assert restore(protected.text, protected) == (f"Use {code} now.", ())


def test_a_footnotes_text_is_translated_and_its_label_kept():
    protected = protect("[^1]: The source of this.")
    assert protected.originals == ("^1",)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Text HELP to 12345 for help.", "HELP"),
        ("Reply STOP to cancel.", "STOP"),
        ('Type "YES" to confirm.', "YES"),
    ],
)
def test_a_keyword_to_text_or_type_is_kept_from_the_engine(text, kept):
    assert protect(text).originals == (kept,)


def test_words_in_capitals_that_are_no_keyword_are_translated():
    """Only a word the reader is told to send or type is kept: "send IRS forms" names none."""
    assert protect("We will send IRS forms by mail.").originals == ()
