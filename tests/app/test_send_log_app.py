"""The Send log page in AppTest: refused to editors, shown to legal with its CSV."""

from __future__ import annotations

from clearnotice.auth import Role, create_first_admin, create_user
from clearnotice.outbound import OutboundGate
from tests.app.session import PASSWORD, open_as

PAGE = "pages/8_Send_log.py"


def _one_send(store) -> OutboundGate:
    create_first_admin(store, "ada", PASSWORD)
    create_user(store, "ed", Role.EDITOR, actor="ada", password=PASSWORD)
    create_user(store, "lee", Role.LEGAL, actor="ada", password=PASSWORD)
    text = "Dear Maria Lopez, we are sorry."
    letter = store.create_letter("March incident", text, actor="ed")
    store.record_consent(letter.id, "deepl", actor="ed")
    version = store.latest_version(letter.id)
    gate = OutboundGate(store, actor="ed", letter_id=letter.id, version_id=version.id, text=text)
    gate.send("deepl", [text], "en", lambda sent: sent, lambda answer, redaction: answer)
    return gate


def test_the_send_log_is_refused_to_an_editor(database):
    _one_send(database)
    at = open_as("ed", PAGE)
    assert not at.exception
    assert at.error[0].value.startswith("The send log is open to legal reviewers and admins")
    assert not at.dataframe and not at.get("download_button")


def test_legal_sees_each_call_and_can_download_it_as_csv(database):
    gate = _one_send(database)
    at = open_as("lee", PAGE)
    assert not at.exception, at.exception
    table = at.dataframe[0].value
    assert list(table["Who"]) == ["ed"] and list(table["Service"]) == ["deepl"]
    assert list(table["Letter"]) == ["March incident"]
    assert list(table["Version id"]) == [gate.version_id]
    assert list(table["Characters"]) == [len("Dear Xqzja, we are sorry.")]
    [download] = at.get("download_button")
    assert download.proto.label == "Download the send log as CSV"
