"""Sign-in, review and approval in Streamlit's AppTest, each user a session of the whole app."""

from __future__ import annotations

import hashlib
import re

import pytest
from streamlit.testing.v1 import AppTest

from clearnotice import approvals, audit, comments
from clearnotice.accounts import Role, SignInRefused
from clearnotice.approval_policy import MAX_REASON
from clearnotice.auth import set_active
from clearnotice.sessions import end_sessions, open_sessions
from clearnotice.sign_in_limits import ADDRESS_FREE_FAILURES, FREE_FAILURES
from clearnotice.text import blocks
from components import comments_column
from components.auth import SESSION
from tests.accounts import sign_in
from tests.app.session import PASSWORD, ROOT, TIMEOUT, open_as, signed_in_as

# A letter with everything the guidance requires, so approving it needs no reason.
LETTER = (ROOT / "tests" / "fixtures" / "good-plain.md").read_text(encoding="utf-8")
# One that misses most required content: approving it needs a written reason.
THIN_LETTER = "# Notice of Data Breach\n\nSomeone copied files.\n"


@pytest.fixture
def letter(people):
    return people.create_letter("March incident", LETTER, actor="ed")


def _button(at: AppTest, label_start: str):
    return next(b for b in at.button if b.label.startswith(label_start))


def _labels(at: AppTest) -> list[str]:
    return [b.label for b in at.button]


def _reason_box(at: AppTest):
    """The box for the reason an approval over open errors needs (one per version)."""
    return next(t for t in at.text_area if t.key and t.key.startswith("reason:"))


def _markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def _diff(at: AppTest, index: int = 0) -> str:
    """The HTML of the ``index``-th language's text (its changes, or the whole text)."""
    return [h.value for h in at.html if "cn-diff" in h.value][index]


@pytest.mark.parametrize(
    "token",
    [pytest.param(None, id="nobody"), pytest.param("made-up token", id="not-a-session")],
)
def test_without_a_real_signed_in_account_the_review_page_shows_only_sign_in(letter, token):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    if token is not None:
        at.session_state[SESSION] = token
    at.query_params["letter"] = str(letter.id)
    at.switch_page("pages/3_Review.py").run()
    assert not at.exception
    assert [t.label for t in at.text_input] == ["Username", "Password"]
    assert "Review: March incident" not in [t.value for t in at.title]
    assert signed_in_as(at) is None


def test_an_empty_installation_asks_for_the_first_admin_and_signs_them_in(database):
    at = open_as(None, "app.py")
    at.text_input[0].input("boss")
    at.text_input[2].input("correct horse battery")
    at.text_input[3].input("correct horse battery")
    at.button[0].click().run()
    assert signed_in_as(at) == "boss"
    assert any("Signed in as **boss** · Admin" in c.value for c in at.caption)


@pytest.mark.parametrize(
    ("password", "signed_in"),
    [
        pytest.param(PASSWORD, True, id="right"),
        pytest.param("guess guess guess", False, id="wrong"),
    ],
)
def test_the_sign_in_form_lets_in_only_the_right_password(people, password, signed_in):
    at = open_as(None, "app.py")
    at.text_input[0].input("lee")
    at.text_input[1].input(password)
    at.button[0].click().run()
    assert signed_in_as(at) == ("lee" if signed_in else None)
    if not signed_in:
        assert [e.value for e in at.error] == ["Wrong username or password."]
    with people.session() as s:
        action = "sign-in" if signed_in else "sign-in-failed"
        assert [e.actor for e in audit.events(s, action=action)] == ["lee"]


@pytest.mark.parametrize(
    "username", [pytest.param("ed", id="editor"), pytest.param("ada", id="admin")]
)
def test_only_a_legal_reviewer_can_approve_or_mark_as_read(letter, username):
    at = open_as(username, "pages/3_Review.py", letter.id)
    assert not at.exception
    assert not any(label.startswith(("Approve", "I have read")) for label in _labels(at))
    assert any(i.value.startswith("Only a legal reviewer can approve.") for i in at.info)


def test_a_reviewer_approves_the_version_they_read(people, letter):
    at = open_as("lee", "pages/3_Review.py", letter.id)
    _button(at, "Approve en v1").click().run()
    assert not at.exception
    [row] = approvals.approval_record(people, letter.id)
    assert (row["language"], row["version"], row["approved_by"]) == ("en", 1, "lee")
    assert row["stale"] is False
    assert any("v1 approved by lee" in s.value for s in at.success)


def test_an_edit_after_approval_makes_the_approval_stale(people, letter, monkeypatch):
    monkeypatch.setenv("CLEARNOTICE_PLAIN_EDITOR", "1")
    reviewer = open_as("lee", "pages/3_Review.py", letter.id)
    _button(reviewer, "Approve en v1").click().run()

    editor = open_as("ed", "pages/1_Edit.py", letter.id)
    _button(editor, "Start a new draft").click().run()
    editor.text_area(key=f"editor:{letter.id}").input(LETTER + "\nWe are sorry.\n").run()
    assert people.latest_version(letter.id).number == 2

    again = open_as("lee", "pages/3_Review.py", letter.id)
    warnings = [w.value for w in again.warning]
    assert any("belongs to an older text" in w and "v2 was saved since" in w for w in warnings)
    assert any(label.startswith("Approve en v2") for label in _labels(again))
    assert approvals.letter_status(people, letter.id) == "approved (older version)"


def test_approving_over_missing_required_content_needs_a_reason_which_is_recorded(people):
    thin = people.create_letter("Thin", THIN_LETTER, actor="ed")
    at = open_as("lee", "pages/3_Review.py", thin.id)
    assert any(re.search(r"\b\d+ open errors? in en v1", e.value) for e in at.error)
    assert "Missing: **What information was involved**" in _markdown(at)
    _button(at, "Approve en v1").click().run()
    assert "Write why you approve despite the open errors; it is recorded." in [
        e.value for e in at.error
    ]
    assert approvals.approved_version(people, thin.id, "en") is None

    _reason_box(at).input("Holding notice; the full letter follows within 48 hours.")
    _button(at, "Approve en v1").click().run()
    [row] = approvals.approval_record(people, thin.id)
    assert row["reason"] == "Holding notice; the full letter follows within 48 hours."
    with people.session() as s:
        [event] = audit.events(s, action="approve")
    assert "Holding notice" in event.detail


def test_the_approval_fingerprint_matches_the_exported_text_byte_for_byte(people, letter):
    at = open_as("lee", "pages/3_Review.py", letter.id)
    _button(at, "Approve en v1").click().run()
    exported = approvals.approved_version(people, letter.id, "en").text.encode("utf-8")
    [row] = approvals.approval_record(people, letter.id)
    assert hashlib.sha256(exported).hexdigest() == row["sha256"]
    assert exported == LETTER.encode("utf-8")


def test_the_reviewer_sees_only_what_changed_since_they_last_read(people, letter):
    first = open_as("lee", "pages/3_Review.py", letter.id)
    _button(first, "I have read en v1").click().run()
    v1 = people.latest_version(letter.id)
    people.save_version(
        letter.id,
        LETTER.replace("On March 3, 2026", "On March 5, 2026"),
        base_version_id=v1.id,
        actor="ed",
    )
    at = open_as("lee", "pages/3_Review.py", letter.id)
    diff = _diff(at)
    assert "<del>3</del><ins>5</ins>" in diff
    v2 = people.latest_version(letter.id)
    assert at.selectbox(key=f"since:{letter.id}:en:{v2.id}").value == 1  # the version lee read
    assert any("1 word inserted, 1 word deleted" in c.value for c in at.caption)


def test_a_comment_on_the_review_page_shows_on_the_edit_page_until_resolved(people, letter):
    at = open_as("lee", "pages/3_Review.py", letter.id)
    paragraph = next(i for i, b in enumerate(blocks(LETTER)) if b.text.startswith("On March 3"))
    next(s for s in at.selectbox if s.label == "Paragraph").select(paragraph)
    at.text_area[0].input("Which files exactly?")
    next(b for b in at.button if b.label == "Add comment").click().run()
    [comment] = comments.open_comments(people, letter.id)
    assert comment.anchor.startswith("On March 3, 2026, we found that a criminal")

    edit = open_as("ed", "pages/1_Edit.py", letter.id, tab="Comments")
    assert "Which files exactly?" in _markdown(edit)

    review = open_as("lee", "pages/3_Review.py", letter.id)
    _button(review, "Resolve").click().run()
    assert comments.open_comments(people, letter.id) == []
    assert "Which files exactly?" not in _markdown(
        open_as("ed", "pages/1_Edit.py", letter.id, tab="Comments")
    )


def test_an_admin_adds_a_reviewer_who_can_then_sign_in(people):
    at = open_as("ada", "pages/7_Users.py")
    form = {t.label: t for t in at.text_input}
    form["Username (an e-mail address works)"].input("Rita@Firm.example")
    form["Display name"].input("Rita Reviewer")
    next(s for s in at.selectbox if s.label == "Role").select(Role.LEGAL)
    form["Password (at least 12 characters)"].input("rita's long password")
    form["Password again"].input("rita's long password")
    next(b for b in at.button if b.label == "Add account").click().run()
    assert [s.value for s in at.success] == ["Added rita@firm.example as Legal reviewer."]
    assert "rita@firm.example" in list(at.dataframe[0].value["Username"])
    assert at.text_input(key="admin-new-password").value == ""

    signing_in = open_as(None, "app.py")
    signing_in.text_input[0].input("rita@firm.example")
    signing_in.text_input[1].input("rita's long password")
    signing_in.button[0].click().run()
    assert signed_in_as(signing_in) == "rita@firm.example"


@pytest.mark.parametrize(
    ("username", "script", "refusal"),
    [
        pytest.param("ed", "pages/7_Users.py", "Only an admin manages accounts", id="users-editor"),
        pytest.param("lee", "pages/7_Users.py", "Only an admin manages accounts", id="users-legal"),
        pytest.param("ed", "pages/8_Audit_log.py", "The audit log is open", id="audit-editor"),
    ],
)
def test_pages_refuse_roles_they_are_not_for(people, username, script, refusal):
    at = open_as(username, script)
    assert not at.exception
    assert [e.value for e in at.error][0].startswith(refusal)
    assert not at.dataframe


def test_the_audit_log_filters_by_action(people, letter):
    version = people.latest_version(letter.id)
    approvals.approve(people, letter.id, "en", version.id, "lee")
    at = open_as("lee", "pages/8_Audit_log.py")
    everything = at.dataframe[0].value
    assert {"create", "approve", "user"} <= set(everything["What"])
    next(s for s in at.selectbox if s.label == "What").select("approve").run()
    only = at.dataframe[0].value
    assert list(only["What"]) == ["approve"] and list(only["Who"]) == ["lee"]
    assert only["Letter"][0] == "March incident"


def test_a_translation_approved_against_an_older_english_shows_as_stale(people, letter):
    english = people.latest_version(letter.id)
    spanish_text = (ROOT / "tests" / "fixtures" / "good-plain.es.md").read_text(encoding="utf-8")
    spanish = people.save_version(
        letter.id,
        spanish_text,
        base_version_id=None,
        actor="ed",
        language="es",
        origin="human:Ana",
        source_version_id=english.id,
    ).version
    approvals.approve(people, letter.id, "en", english.id, "lee")
    approvals.approve(people, letter.id, "es", spanish.id, "lee")
    people.save_version(
        letter.id,
        LETTER + "\nWe are sorry.\n",
        base_version_id=english.id,
        actor="ed",
        new_draft=True,
    )

    at = open_as("lee", "pages/3_Review.py", letter.id)
    assert not at.exception
    assert [tab.label for tab in at.tabs][:2] == [
        "en (source) · approval outdated",
        "es · approval outdated",
    ]
    warnings = " ".join(w.value for w in at.warning)
    assert "It translates en v1; the en text is now v2." in warnings
    assert "Translate again before approving." in warnings


SSO_SETTINGS = {  # Streamlit's [auth] section; never contacted in these tests
    "redirect_uri": "http://127.0.0.1:8501/oauth2callback",
    "cookie_secret": "test cookie secret",
    "client_id": "clearnotice",
    "client_secret": "test client secret",
    "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
}


def open_with_sso(user: dict, script: str = "app.py") -> AppTest:
    """A session whose identity provider sign-in (st.user) is ``user``."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.secrets["auth"] = SSO_SETTINGS
    at.secrets["clearnotice_roles"] = {"lee@firm.example": "legal", "*@corp.example": "editor"}
    at.user = user
    if script != "app.py":
        at.switch_page(script)
    return at.run()


@pytest.mark.parametrize(
    ("email", "role"),
    [
        pytest.param("Lee@Firm.example", "Legal reviewer", id="exact-entry"),
        pytest.param("sam@corp.example", "Editor", id="domain-entry"),
    ],
)
def test_single_sign_on_signs_in_with_the_mapped_role(people, email, role):
    at = open_with_sso({"is_logged_in": True, "email": email, "name": "Someone"})
    assert not at.exception
    assert any(c.value == f"Signed in as **Someone** · {role}" for c in at.caption)


def test_single_sign_on_with_an_unmapped_e_mail_opens_nothing(people, letter):
    at = open_with_sso(
        {"is_logged_in": True, "email": "eve@elsewhere.example", "name": "Eve"},
        "pages/3_Review.py",
    )
    assert [e.value for e in at.error][0].startswith("eve@elsewhere.example signed in, but has no")
    assert signed_in_as(at) is None
    assert not any(t.value.startswith("Review") for t in at.title)


def test_with_single_sign_on_configured_local_accounts_still_sign_in(people):
    at = open_with_sso({"is_logged_in": False})
    assert [b.label for b in at.button] == ["Sign in with single sign-on", "Sign in"]
    at.text_input[0].input("lee")
    at.text_input[1].input(PASSWORD)
    at.button[1].click().run()
    assert signed_in_as(at) == "lee"


def test_deactivating_an_account_signs_its_open_session_out(people, letter):
    at = open_as("lee", "pages/3_Review.py", letter.id)
    assert any(t.value == "Review: March incident" for t in at.title)
    set_active(people, "lee", False, actor="ada")
    at.run()
    assert signed_in_as(at) is None
    assert [t.label for t in at.text_input] == ["Username", "Password"]


def test_an_admin_unlocks_an_account_locked_by_failed_sign_ins(people):
    for attempt in range(FREE_FAILURES + 1):
        with pytest.raises(SignInRefused):
            sign_in(people, "lee", f"guess {attempt}")
    at = open_as("ada", "pages/7_Users.py")
    table = at.dataframe[0].value.set_index("Username")
    assert table.loc["lee", "Locked until (UTC)"] != ""
    assert table.loc["ed", "Locked until (UTC)"] == ""
    at.selectbox(key="admin-user").select("lee").run()
    _button(at, "Unlock").click().run()
    assert sign_in(people, "lee", PASSWORD).username == "lee"


def test_markup_in_the_letter_is_shown_as_text_in_the_diff_never_as_html(people):
    hostile = people.create_letter("Hostile", "Hello.\n", actor="ed")
    v1 = people.latest_version(hostile.id)
    people.save_version(
        hostile.id, 'Hello <img src=x onerror="alert(1)">.\n', base_version_id=v1.id, actor="ed"
    )
    at = open_as("lee", "pages/3_Review.py", hostile.id)
    diff = _diff(at)
    assert "<img" not in diff
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in diff


def test_a_click_approves_the_version_on_screen_even_if_a_newer_one_was_saved_meanwhile(
    people, letter
):
    at = open_as("lee", "pages/3_Review.py", letter.id)  # the reviewer reads v1
    v1 = people.latest_version(letter.id)
    people.save_version(letter.id, LETTER + "\nLate change.\n", base_version_id=v1.id, actor="ed")
    _button(at, "Approve en v1").click().run()
    assert approvals.approved_version(people, letter.id, "en").id == v1.id
    assert any("v2 was saved since" in w.value for w in at.warning)
    assert any(label.startswith("Approve en v2") for label in _labels(at))


def test_a_comment_typed_while_the_letter_changes_is_kept_and_anchored_where_it_was_written(
    people, letter
):
    at = open_as("lee", "pages/3_Review.py", letter.id)
    paragraph = next(i for i, b in enumerate(blocks(LETTER)) if b.text.startswith("On March 3"))
    next(s for s in at.selectbox if s.label == "Paragraph").select(paragraph)
    at.text_area(key=comments_column.form_key(letter.id, "en") + ":body").input("Which computers?")
    v1 = people.latest_version(letter.id)
    people.save_version(
        letter.id,
        "# Update\n\nA new first paragraph.\n\n" + LETTER,
        base_version_id=v1.id,
        actor="ed",
    )
    next(b for b in at.button if b.label == "Add comment").click().run()
    [comment] = comments.open_comments(people, letter.id)
    assert (comment.version_id, comment.body) == (v1.id, "Which computers?")
    assert comment.anchor.startswith("On March 3, 2026")
    assert f"¶{paragraph + 3} · “On March 3" in _markdown(at)  # found two paragraphs further down


def test_a_refused_comment_stays_in_the_box(people, letter):
    at = open_as("lee", "pages/3_Review.py", letter.id)
    too_long = "Please check. " * 400
    at.text_area(key=comments_column.form_key(letter.id, "en") + ":body").input(too_long)
    next(b for b in at.button if b.label == "Add comment").click().run()
    assert [e.value for e in at.error][-1] == "A comment can have at most 5000 characters."
    assert at.text_area(key=comments_column.form_key(letter.id, "en") + ":body").value == too_long
    assert comments.open_comments(people, letter.id) == []


def test_the_reviewer_can_hide_the_unchanged_lines(people, letter):
    v1 = people.latest_version(letter.id)
    approvals.mark_seen(people, letter.id, "en", "lee", v1.id)
    people.save_version(
        letter.id,
        LETTER.replace("On March 3, 2026", "On March 5, 2026"),
        base_version_id=v1.id,
        actor="ed",
    )
    at = open_as("lee", "pages/3_Review.py", letter.id)
    at.toggle(key=f"only-changes:{letter.id}:en").set_value(True).run()
    diff = _diff(at)
    assert "<del>3</del><ins>5</ins>" in diff
    assert "What information was involved" not in diff
    assert diff.count("unchanged") == 2  # before and after the one changed line


def test_a_refused_new_account_keeps_what_the_admin_typed(people):
    at = open_as("ada", "pages/7_Users.py")
    at.text_input(key="admin-new-username").input("newcomer")
    at.text_input(key="admin-new-password").input("first long password")
    at.text_input(key="admin-new-again").input("another long password")
    next(b for b in at.button if b.label == "Add account").click().run()
    assert "The two passwords differ." in [e.value for e in at.error]
    assert at.text_input(key="admin-new-username").value == "newcomer"
    assert "newcomer" not in list(at.dataframe[0].value["Username"])


def test_a_flood_of_guesses_in_one_browser_does_not_stop_the_admin_in_another(people):
    flood = open_as(None, "app.py")
    for attempt in range(FREE_FAILURES + 2):
        flood.text_input[0].input("ada")
        flood.text_input[1].input(f"guess number {attempt}")
        flood.button[0].click().run()
    assert any(e.value.startswith("Too many failed sign-ins") for e in flood.error)

    admin = open_as(None, "app.py")
    admin.text_input[0].input("ada")
    admin.text_input[1].input(PASSWORD)
    admin.button[0].click().run()
    assert signed_in_as(admin) == "ada"


def test_one_password_sprayed_over_many_names_from_one_browser_is_slowed(people):
    """One guess at each of many names: no name ever counted two failures, so the sign-in form
    let one browser try a common password at every name it could think of."""
    spray = open_as(None, "app.py")
    for number in range(ADDRESS_FREE_FAILURES + 1):
        spray.text_input[0].input(f"person{number}")
        spray.text_input[1].input("Summer2026!")
        spray.button[0].click().run()
    assert [e.value for e in spray.error][-1].startswith("Too many failed sign-ins from here")

    admin = open_as(None, "app.py")  # another browser is not slowed
    admin.text_input[0].input("ada")
    admin.text_input[1].input(PASSWORD)
    admin.button[0].click().run()
    assert signed_in_as(admin) == "ada"


def test_a_weak_new_password_is_refused_with_advice_and_the_form_kept(people):
    at = open_as("ada", "pages/7_Users.py")
    at.text_input(key="admin-new-username").input("newcomer")
    at.text_input(key="admin-new-email").input("newcomer@firm.example")
    at.text_input(key="admin-new-password").input("password1234")
    at.text_input(key="admin-new-again").input("password1234")
    next(b for b in at.button if b.label == "Add account").click().run()
    [error] = [e.value for e in at.error]
    assert "most common passwords" in error and "unrelated words" in error
    assert at.text_input(key="admin-new-username").value == "newcomer"
    assert at.text_input(key="admin-new-email").value == "newcomer@firm.example"
    assert "newcomer" not in list(at.dataframe[0].value["Username"])


# --- the reviewer's screens (issue 14, item 6) ---------------------------------------------

SPANISH = (ROOT / "tests" / "fixtures" / "good-plain.es.md").read_text(encoding="utf-8")
FLAWED_SPANISH = (ROOT / "tests" / "fixtures" / "flawed-translation.es.md").read_text(
    encoding="utf-8"
)


def _translate(store, letter, text: str, source_id: int | None = None):
    source_id = source_id or store.latest_version(letter.id).id
    return store.save_version(
        letter.id,
        text,
        base_version_id=None,
        actor="ed",
        language="es",
        origin="human:Ana",
        source_version_id=source_id,
    ).version


def _open_tab(at: AppTest) -> int:
    """The index of the language tab the page opens on (the tab container's default)."""
    nodes = [at._tree]
    while nodes:
        node = nodes.pop()
        proto = getattr(node, "proto", None)
        if hasattr(proto, "tab_container") and proto.WhichOneof("type") == "tab_container":
            return proto.tab_container.default_tab_index
        nodes.extend(getattr(node, "children", {}).values())
    raise AssertionError("no tabs on the page")


def test_the_review_shows_the_letter_as_it_reads_not_its_markdown(people, letter):
    at = open_as("lee", "pages/3_Review.py", letter.id)
    text = _diff(at)
    assert "<h1>Notice of Data Breach</h1>" in text
    assert "<h2>What happened</h2>" in text
    assert "<li>your name and mailing address</li>" in text
    assert "## " not in text and "- your name" not in text


def test_the_review_shows_numbered_items_with_the_numbers_typed(people):
    steps = "What you can do:\n\n1. Freeze your credit.\n2. Call us at 1-800-555-0100.\n"
    typed = people.create_letter("Steps", steps, actor="ed")
    at = open_as("lee", "pages/3_Review.py", typed.id)
    text = _diff(at)
    assert '<ol>\n<li value="1">Freeze your credit.</li>\n<li value="2">' in text, text
    assert "<ul>" not in text


def test_the_wrong_phone_of_a_flawed_translation_is_marked_on_its_own_in_the_review(people, letter):
    _translate(people, letter, FLAWED_SPANISH)
    at = open_as("lee", "pages/3_Review.py", letter.id)
    spanish = _diff(at, 1)
    marked = re.findall(r'<mark class="error" title="([^"]*)">([^<]*)</mark>', spanish)
    assert ("The phone number 1-800-555-0142 became 1-800-555-0124.", "1-800-555-0124") in marked
    assert "Llámenos gratis al <mark" in spanish  # the rest of the sentence is not marked


def test_after_approving_a_translation_the_page_stays_on_that_language(people, letter):
    _translate(people, letter, SPANISH)
    at = open_as("lee", "pages/3_Review.py", letter.id)
    assert _open_tab(at) == 0
    _button(at, "Approve es v1").click().run()
    assert not at.exception
    assert approvals.approved_version(people, letter.id, "es") is not None
    assert [tab.label for tab in at.tabs][1] == "es · approved"
    assert _open_tab(at) == 1
    assert at.query_params["lang"] == "es"  # a reload keeps it too


def test_a_stale_translation_shows_what_changed_in_the_english_word_by_word(people, letter):
    _translate(people, letter, SPANISH)
    english = people.latest_version(letter.id)
    people.save_version(
        letter.id,
        LETTER.replace("On March 3, 2026", "On March 5, 2026"),
        base_version_id=english.id,
        actor="ed",
    )
    at = open_as("lee", "pages/3_Review.py", letter.id)
    assert [e.label for e in at.expander if e.label.startswith("What changed")] == [
        "What changed in en since v1"
    ]
    changed = next(h.value for h in at.html if "<del>" in h.value)
    assert "<p>On March <del>3</del><ins>5</ins>, 2026" in changed
    assert "<h2>What happened</h2>" in changed  # the English as it reads, not a unified diff


def test_the_home_page_lists_what_waits_for_a_legal_reviewer_and_opens_its_review(people, letter):
    _translate(people, letter, SPANISH)
    approvals.approve(people, letter.id, "en", people.latest_version(letter.id).id, "lee")
    at = open_as("lee", "app.py")
    assert "Waiting for your review" in [s.value for s in at.subheader]
    queue = at.dataframe[0].value
    assert list(zip(queue["Language"], queue["State"], strict=True)) == [
        ("Spanish (es)", "waiting"),
        ("English (en)", "approved"),
    ]
    at.button(key="queue-open").click().run()
    assert not at.exception
    assert "Review: March incident" in [t.value for t in at.title]
    assert _open_tab(at) == 1  # the Spanish the queue pointed at

    editor = open_as("ed", "app.py")
    assert "Waiting for your review" not in [s.value for s in editor.subheader]


def test_a_single_sign_on_is_a_session_that_a_revocation_ends_for_good(people):
    user = {"is_logged_in": True, "email": "lee@firm.example", "name": "Lee"}
    at = open_with_sso(user)
    at.run()  # the run after the sign-in, on the session it opened
    assert signed_in_as(at) == "lee@firm.example"
    assert open_sessions(people).get("lee@firm.example") == 1
    end_sessions(people, "lee@firm.example", actor="ada")  # the admin signs Lee out
    at.run()
    assert signed_in_as(at) is None
    assert "lee@firm.example" not in open_sessions(people)  # not signed straight back in
    at.run()
    assert signed_in_as(at) is None and "lee@firm.example" not in open_sessions(people)


def test_a_reviewer_replies_on_the_review_page_and_a_typed_link_stays_words(people, letter):
    """The Review page draws comments with the Edit page's one column: threads with replies,
    and the words people typed never read as Markdown, in the carry-over box's label too."""
    version = people.latest_version(letter.id)
    body = "See **this** [page](http://attacker.example)"
    comment = comments.add_comment(people, letter.id, version.id, 1, body, actor="ed")
    at = open_as("lee", "pages/3_Review.py", letter.id)
    at.text_area(key=f"reply:{comment.id}").input("Which page do you mean?")
    at.button(key=f"reply:{comment.id}:send").click().run()
    [thread] = comments.threads(people, letter.id, "en", version.text)
    assert [(r.author, r.body) for r in thread.replies] == [("lee", "Which page do you mean?")]
    assert "Which page do you mean?" in _markdown(at)
    at.button(key=f"approve:{letter.id}:en").click().run()
    label = at.text_input(key=f"carry:{letter.id}:en:{comment.id}").label
    assert r"See this \[page\](" in label  # the link's brackets escaped, the bold marks gone


def test_a_double_clicked_comment_or_reply_is_added_once(people, letter):
    """Streamlit sends a double click's second click with the text still in the box."""
    at = open_as("lee", "pages/3_Review.py", letter.id)
    form = comments_column.form_key(letter.id, "en")
    for _ in range(2):
        at.text_area(key=f"{form}:body").input("Which files exactly?")
        at.button(key=f"{form}:add").click().run()
    [comment] = comments.open_comments(people, letter.id)
    for _ in range(2):
        at.text_area(key=f"reply:{comment.id}").input("And when?")
        at.button(key=f"reply:{comment.id}:send").click().run()
    assert not at.exception and [e.value for e in at.error] == []
    [thread] = comments.threads(people, letter.id, "en", LETTER)
    assert [r.body for r in thread.replies] == ["And when?"]
    assert _markdown(at).count("Which files exactly?") == 1


def test_a_reason_being_typed_survives_a_visit_to_another_page(people):
    thin = people.create_letter("Thin", THIN_LETTER, actor="ed")
    at = open_as("lee", "pages/3_Review.py", thin.id)
    _reason_box(at).input("Holding notice; the full one follows.").run()
    at.switch_page("pages/1_Edit.py").run()
    at.switch_page("pages/3_Review.py").run()
    assert not at.exception
    assert _reason_box(at).value == "Holding notice; the full one follows."
    _button(at, "Approve en v1").click().run()
    [row] = approvals.approval_record(people, thin.id)
    assert row["reason"] == "Holding notice; the full one follows."


def test_a_reason_typed_for_an_earlier_version_is_not_recorded_where_none_is_asked(people):
    """The reason was typed for v1, which misses required content; the v2 saved meanwhile
    misses nothing, so its page draws no reason box and its approval records no reason."""
    thin = people.create_letter("Thin", THIN_LETTER, actor="ed")
    at = open_as("lee", "pages/3_Review.py", thin.id)
    _reason_box(at).input("Holding notice; the full one follows.").run()
    v1 = people.latest_version(thin.id)
    people.save_version(thin.id, LETTER, base_version_id=v1.id, actor="ed")
    at.run()
    assert not any(t.key and t.key.startswith("reason:") for t in at.text_area)
    _button(at, "Approve en v2").click().run()
    [row] = approvals.approval_record(people, thin.id)
    assert (row["version"], row["reason"], row["exceptions"]) == (2, "", [])


def test_a_reason_typed_for_v1_is_not_shown_for_v2_that_needs_one_too(people):
    """Both versions miss required content: v2's box starts empty, and v1's reason is not
    recorded on v2's approval."""
    thin = people.create_letter("Thin", THIN_LETTER, actor="ed")
    at = open_as("lee", "pages/3_Review.py", thin.id)
    v1 = people.latest_version(thin.id)
    _reason_box(at).input("Holding notice for the files copied.").run()
    people.save_version(
        thin.id, THIN_LETTER + "\nWe are sorry.\n", base_version_id=v1.id, actor="ed"
    )
    at.run()
    assert not at.exception
    assert "Approve en v2" in _labels(at)
    assert _reason_box(at).value == ""
    _button(at, "Approve en v2").click().run()
    assert approvals.approved_version(people, thin.id, "en") is None


def test_the_reason_box_stops_where_the_recorded_reason_does(people):
    """approve() keeps the first MAX_REASON characters of a reason: typed longer, its end was
    dropped without a word. The box takes no more than is recorded (and carries a counter)."""
    thin = people.create_letter("Thin", THIN_LETTER, actor="ed")
    comments.add_comment(people, thin.id, people.latest_version(thin.id).id, 0, "When?", actor="ed")
    at = open_as("lee", "pages/3_Review.py", thin.id)
    carry = next(t for t in at.text_input if t.label.startswith("Carry over comment"))
    assert _reason_box(at).proto.max_chars == carry.proto.max_chars == MAX_REASON
