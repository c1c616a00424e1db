"""The core package stays pure Python: no module in clearnotice/ may import streamlit."""

import ast
import tomllib
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[1] / "clearnotice"


@pytest.mark.parametrize(
    "module", sorted(CORE.rglob("*.py")), ids=lambda p: str(p.relative_to(CORE))
)
def test_core_module_never_imports_streamlit(module):
    tree = ast.parse(module.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert "streamlit" not in imported, f"{module} imports streamlit; keep UI code in pages/"


# A widget's callback runs before the page script, so before its sign-in gate (the live editor's
# typing too, in a fragment that passes no gate either): one that acts
# (writes through the core) is wrapped in components.auth.acting, which resumes the session
# first (tests/app/test_ended_sessions_app.py). These change only what the screen shows, or
# hand the act to one that is wrapped, by their name as written after on_click=, on_change=...
SHOWS_ONLY = {
    "caret.ask": "puts the editor's caret on words",
    "_more": "shows more letters of a shelf",
    "_choose_template": "picks a template in the form below",
    "_list_uploaded": "notes an upload; the page's run reads it",
    "_remember_shown": "keeps the texts the page showed with the click",
    "_rename": "hands the title to _act, which is wrapped",
    "st.login": "the identity provider's own sign-in",
    "st.logout": "the identity provider's own sign-out",
    "get_grammar_service().retry": "asks the grammar service again in the page's run",
    "st.session_state.update": "keeps a fork's combined paragraph as typed",
    "_take_request": "asks for a misspelt word's corrections on the next draw",
    "_go_to_bar": "puts the editor's caret on a chart bar's sentences",
    "_took": "shows a settled fork's version, after _resolve (wrapped) saved it",
    **dict.fromkeys(
        ("on_edit", "on_fix", "on_suggest", "on_pause"),
        "live_editor.render hands on its caller's callbacks, checked where they are given",
    ),
}
SCREENS = [
    *sorted((CORE.parent / "components").glob("*.py")),
    *sorted((CORE.parent / "pages").glob("*.py")),
]


def _callbacks(tree: ast.Module) -> list[str]:
    """The callbacks given to a widget in ``tree`` (on_click=, on_change=, the live editor's
    on_edit=...), as written; of a lambda, the function it calls."""
    return [
        _called(keyword.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for keyword in node.keywords
        if (keyword.arg or "").startswith("on_") and not isinstance(keyword.value, ast.Constant)
    ]


def _called(callback: ast.expr) -> str:
    """``callback`` as written, or for a lambda calling a function, that function's name."""
    if isinstance(callback, ast.Lambda) and isinstance(callback.body, ast.Call):
        return ast.unparse(callback.body.func)
    return ast.unparse(callback)


def _acting_functions() -> set[str]:
    """The functions of components/ and pages/ wrapped in ``acting``, as a callback names them:
    ``name`` in its own module, ``module.name`` from another."""
    wrapped = set()
    for script in SCREENS:
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and any(
                isinstance(d, ast.Call) and ast.unparse(d.func) == "acting"
                for d in node.decorator_list
            ):
                wrapped |= {node.name, f"{script.stem}.{node.name}"}
    return wrapped


@pytest.mark.parametrize("script", SCREENS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_callback_that_acts_checks_the_session_first(script):
    wrapped = _acting_functions()
    unchecked = [
        name
        for name in _callbacks(ast.parse(script.read_text(encoding="utf-8")))
        if name not in wrapped and name not in SHOWS_ONLY
    ]
    assert unchecked == [], f"wrap these callbacks in components.auth.acting: {unchecked}"


def test_every_data_file_of_the_core_is_installed_with_it():
    """A data file the package data leaves out is missing from an installed (not editable)
    ClearNotice, which then fails on first use (the facts sheet was left out)."""
    project = tomllib.loads((CORE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["clearnotice"]
    installed = {path for pattern in patterns for path in CORE.glob(pattern)}
    data = {
        path
        for path in CORE.rglob("*")
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts
    }
    assert sorted(str(path.relative_to(CORE)) for path in data - installed) == []
