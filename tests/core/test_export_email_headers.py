"""An e-mail notice's headers hold one line each: a title, a customer's name or the sender's
settings with a line break in them can neither add a header (a "Bcc:" that copies every notice
to someone) nor stop the export; and the sender is one address."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from dataclasses import replace

import pytest

from clearnotice.export.document import Document
from clearnotice.export.email_notice import render_eml
from clearnotice.export.merge_plan import MergeError, plan_merge, suggest_mapping
from clearnotice.export.posting import Posting, Sender
from clearnotice.letters import Store
from clearnotice.settings import set_sender

BREAKS = ["\r\n", "\n", "\r", "\u2028", "\x85"]


def _message(document: Document) -> email.message.EmailMessage:
    return email.message_from_bytes(render_eml(document), policy=email.policy.default)


def _posted(name: str = "Ann Lee", organisation: str = "Example Inc.") -> Document:
    letter = Document.from_markdown("# Notice\n\nWe are sorry.\n", "en")
    posting = Posting(
        None, (organisation,), "", "1 Dec", (name, "ann@example.net"), "privacy@example.com",
        dt.date(2026, 12, 1),
    )  # fmt: skip
    return replace(letter, posting=posting)


@pytest.mark.parametrize("newline", BREAKS)
def test_a_line_break_in_the_title_adds_no_header(newline):
    message = _message(Document.from_markdown("We are sorry.\n", "en", title=f"T{newline}Bcc: x"))
    assert message["Bcc"] is None
    assert message["Subject"] in ("T Bcc: x", "TBcc: x")  # a title drops a C1 control (U+0085)


@pytest.mark.parametrize("newline", BREAKS)
def test_a_line_break_in_the_customer_s_name_adds_no_header(newline):
    message = _message(_posted(name=f"Ann{newline}Bcc: evil@example.org"))
    assert message["Bcc"] is None
    [to] = message["To"].addresses
    assert (to.display_name, to.addr_spec) == ("Ann Bcc: evil@example.org", "ann@example.net")


@pytest.mark.parametrize("newline", BREAKS)
def test_a_line_break_in_the_sender_s_name_adds_no_header(newline):
    message = _message(_posted(organisation=f"Example{newline}Bcc: evil@example.org"))
    assert message["Bcc"] is None
    [sender] = message["From"].addresses
    assert sender.addr_spec == "privacy@example.com"


@pytest.mark.parametrize(
    "address",
    ["privacy@example.com, evil@example.org", "privacy@example.com\r\nBcc: evil@example.org",
     "Privacy <privacy@example.com>", "privacy"],
)  # fmt: skip
def test_an_e_mail_merge_needs_one_sender_address(sqlite_url, approved_letter_id, address):
    store = Store(sqlite_url)
    set_sender(store, Sender("Example Inc.", ("1 Way",), "US", email=address), "admin")
    mapping = suggest_mapping(["customer_name"], ["customer_id", "customer_name", "email"])
    with pytest.raises(MergeError, match="sender's e-mail address .* is not one address"):
        plan_merge(store, approved_letter_id, mapping, fmt="eml")
