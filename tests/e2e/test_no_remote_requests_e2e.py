"""In a real browser: user text holding a Markdown image link, in every field a person can fill,
never makes the browser fetch anything from outside this machine (a read receipt), on any page.

Every request the page makes is watched; one to any host other than the app's own is recorded
and aborted, so the test never touches the network. Each field's link names the field, so a
failure says which one leaked.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from clearnotice.accounts import Role
from clearnotice.auth import create_user, find_account
from clearnotice.comments import add_comment
from clearnotice.translate.qa import check_translation
from clearnotice.translate.review import QUERIED, mark_segment
from tests.e2e.conftest import ensure_account, open_signed_in, visit

LOCAL_HOSTS = {"127.0.0.1", "localhost"}
TRACKER = "http://198.51.100.7"  # TEST-NET-2 (RFC 5737): documentation only, never routed


def image(field: str) -> str:
    return f"![{field}]({TRACKER}/{field}.png)"


HARD_SENTENCE = (
    "Notwithstanding the aforementioned considerations, the organisation's comprehensive "
    f"forensic investigation {image('hard-sentence')} subsequently determined that unauthorized "
    "exfiltration of personally identifiable information had unquestionably occurred."
)
ENGLISH = (
    f"# Notice {image('heading')}\n\n"
    f"We found out {image('comment-quote')} on [date] that files were copied.\n\n"
    f"{HARD_SENTENCE}\n\n**{image('bold')}** Call us.\n"
)
SPANISH = ENGLISH.replace("We found out", "Supimos").replace("Call us", "Llámenos")


def _watch(page) -> list[str]:
    """Abort and record every request that would leave the machine."""
    leaked: list[str] = []

    def handle(route):
        url = route.request.url
        if urlsplit(url).hostname in LOCAL_HOSTS or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            leaked.append(url)
            route.abort()

    page.context.route("**/*", handle)
    return leaked


def _setup(store) -> int:
    ensure_account(store, "e2e-admin", Role.ADMIN)
    if find_account(store, "leaky") is None:
        create_user(
            store,
            "leaky",
            Role.ADMIN,
            actor="e2e-admin",
            password="browser test password",
            display_name=f"Lee {image('display-name')}",
        )
    letter = store.create_letter(f"Breach {image('letter-title')}", ENGLISH, actor="leaky")
    english = store.latest_version(letter.id)
    add_comment(store, letter.id, english.id, 1, f"Check {image('comment-body')}", actor="leaky")
    spanish = store.save_version(
        letter.id,
        SPANISH,
        base_version_id=None,
        actor="leaky",
        language="es",
        origin=f"human:{image('translator-origin')}",
        source_version_id=english.id,
    ).version
    segment = check_translation(ENGLISH, SPANISH, "es").segments[1]
    mark_segment(
        store,
        letter.id,
        "es",
        version_id=spanish.id,
        segment_index=segment.index,
        source_segment=segment.source.text,
        target_segment=segment.target.text,
        status=QUERIED,
        comment=f"Wrong {image('segment-mark')}",
        reviewer="leaky",
    )
    return letter.id


def test_image_links_in_user_text_fetch_nothing_from_outside(app_server, page):
    letter_id = _setup(app_server.store())
    leaked = _watch(page)
    open_signed_in(app_server, page, "leaky", Role.ADMIN, f"Edit?letter={letter_id}")

    visit(page, "Edit", ("Readability", "Guidance", "Grammar"))
    visit(page, "Translations", ("Human translator",))
    page.get_by_role("textbox", name="Translator's name").fill(f"Ana {image('translator-name')}")
    page.get_by_role("textbox", name="Or paste it here").fill(SPANISH + "\nGracias.\n")
    page.get_by_role("button", name="Save human translation").click()
    page.get_by_text(re.compile("^Saved Spanish")).wait_for()
    visit(page, "Review", ("es",))
    visit(page, "Export")
    visit(page, "Audit log")
    visit(page, "Users")
    visit(page, "Letters", ("Import a draft",))
    draft = f"# Draft {image('import-title')}\n\nWe lost data.\n".encode()
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
        files=[{"name": "d.md", "mimeType": "text/markdown", "buffer": draft}]
    )
    page.get_by_role("button", name="Create letter from this draft").wait_for()

    assert leaked == [], f"requests left the machine: {sorted(set(leaked))}"
    # the pages did draw the user text: escaped, as the words typed
    page.get_by_text(re.compile(r"Signed in as Lee !\[display-name\]")).first.wait_for()
    page.get_by_text(re.compile(r"Draft !\[import-title\]")).first.wait_for()
