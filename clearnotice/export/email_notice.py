"""A letter as an e-mail (.eml) with a plain-text and an HTML part, for the organisation's own
mail system to send: Python's email package writes it, ``plaintext`` and ``html`` render the
parts (the HTML escapes every piece of text).

In a mail merge the message is addressed from the sender the Settings page holds to the
customer's e-mail address, and dated with the letter's date; exported alone it has neither,
for a mail program to fill in.

Every header holds one line: a line break in a title, a customer's name or the sender's name
would end the header there and start another (RFC 5322 2.2: a header field is a single line),
so a name "Ann<CR><LF>Bcc: ..." would copy the notice to a stranger, or Python's email package
refuses the whole message.
"""

from __future__ import annotations

import datetime as dt
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from clearnotice.export.document import Document
from clearnotice.export.html import render_html
from clearnotice.export.layouts import STANDARD, apply_layout, title_part
from clearnotice.export.plaintext import render_text


def render_eml(document: Document, layout: str = STANDARD) -> bytes:
    """One message: the letter's heading as its subject, its text as both parts."""
    message = EmailMessage(policy=policy.SMTP)
    heading = title_part(apply_layout(document, layout)[0])
    subject = heading.plain if heading is not None else document.title or "Notice"
    message["Subject"] = _one_line(subject)
    posting = document.posting
    if posting is not None:
        message["From"] = _address(posting.sender[0], posting.sender_email)
        message["To"] = _address(*posting.recipient)
        noon = dt.datetime.combine(posting.day, dt.time(12), tzinfo=dt.UTC)
        message["Date"] = format_datetime(noon)
    message["Content-Language"] = document.language
    message.set_content(render_text(document, layout))
    message.add_alternative(render_html(document, layout), subtype="html")
    return message.as_bytes()


def _one_line(value: str) -> str:
    """``value`` with every run of white space, line breaks of any kind included (CR, LF,
    U+0085, U+2028), as one space."""
    return " ".join(value.split())


def _address(name: str, address: str) -> str:
    """A mailbox header: the name on one line, the address without any white space (the merge
    has checked it is one address)."""
    return formataddr((_one_line(name), "".join(address.split())))
