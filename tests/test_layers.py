"""The shape of components/: only components/ui/ imports Streamlit, and no module imports from a layer above it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "components"
RENDERING = PACKAGE / "ui"
# Each subsystem, and the packages it may import from (besides itself). Entry points (cli.py, __main__.py) may
# use any of these.
ALLOWED = {
    "dataset": set(),
    "drafting": {"dataset"},
    "view": {"dataset"},
    "export": {"dataset", "view"},
    "ui": {"dataset", "view", "export", "drafting"},
}


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_the_walk_finds_every_subsystem():
    found = {p.relative_to(PACKAGE).parts[0] for p in MODULES if len(p.relative_to(PACKAGE).parts) > 1}
    assert found >= set(ALLOWED)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_rendering_folder_imports_streamlit(path):
    if path.is_relative_to(RENDERING):
        return
    streamlit = {m for m in imported_modules(path) if m == "streamlit" or m.startswith("streamlit.")}
    assert not streamlit, f"{path.relative_to(PACKAGE)} imports {sorted(streamlit)}; only components/ui/ may"


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_no_layer_imports_one_above_it(layer):
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for module in imported_modules(path):
            parts = module.split(".")
            if parts[0] == "components" and len(parts) > 1 and parts[1] in ALLOWED and parts[1] != layer:
                assert parts[1] in ALLOWED[layer], f"{path.relative_to(PACKAGE)} imports {module}"
