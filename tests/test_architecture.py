"""The core package stays pure Python: no module in clearnotice/ may import streamlit."""

import ast
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
