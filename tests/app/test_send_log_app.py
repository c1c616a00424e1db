"""The Send log page in AppTest: refused to editors, shown to legal with its CSV."""

from __future__ import annotations

from clearnotice.accounts import Role
from clearnotice.auth import create_first_admin, create_user
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


def test_the_grammar_consent_step_shows_the_redacted_text_and_sends_nothing(database, monkeypatch):
    from clearnotice.grammar.choice import CHECKER_ENV, PUBLIC
    from clearnotice.send_log import sends

    monkeypatch.setenv(CHECKER_ENV, PUBLIC)  # no consent yet: nothing may reach the public API
    create_first_admin(database, "ada", PASSWORD)
    text = "# Notice\n\nDear Maria Lopez,\n\nWrite to maria@example.com about it.\n"
    letter = database.create_letter("March incident", text, actor="ada")
    at = open_as("ada", "pages/1_Edit.py", letter.id, tab="Grammar")
    assert not at.exception, at.exception
    [shown] = [c.value for c in at.code if "Xqz" in c.value]
    assert shown == "Notice\n\nDear Xqzja,\n\nWrite to Xqzja about it."
    assert any(b.label.startswith("Send this letter's text") for b in at.button)
    assert sends(database) == []
