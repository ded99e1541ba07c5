"""The import graph the layout promises: bot/ is platform-neutral and free of cycles."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "adapters")
# The edges bot/ must never reach: our adapters and CLI, and the platforms' libraries.
FORBIDDEN_IN_BOT = ("adapters", "discord", "slack_bolt", "slack_sdk")
# `python -m bot` runs bot/__main__.py: the program's entry point, which nothing imports,
# hands over to the CLI adapter. Every other module under bot/ is the core.
ENTRY_POINT = "bot.__main__"
MAX_LINES = 400


def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            parts = path.relative_to(REPO).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def _type_checking_only(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def imports(path: Path, known: dict[str, Path]) -> set[str]:
    """Modules `path` imports when it runs (imports under `if TYPE_CHECKING:` excluded)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and _type_checking_only(node)
        for stmt in node.body
        for inner in ast.walk(stmt)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in known else node.module)
    return found


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(path, known) for name, path in known.items()}


def test_bot_imports_no_adapter_cli_or_platform_library() -> None:
    offending = {
        module: sorted(i for i in imported if i.split(".")[0] in FORBIDDEN_IN_BOT)
        for module, imported in graph().items()
        if module.split(".")[0] == "bot" and module != ENTRY_POINT
    }
    assert {m: i for m, i in offending.items() if i} == {}


def test_the_cli_is_not_in_bot() -> None:
    assert not (REPO / "bot" / "cli.py").exists()
    assert "adapters.cli" in graph()


def test_no_circular_imports() -> None:
    edges = graph()
    ours = {m: {i for i in imported if i in edges} for m, imported in edges.items()}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for nxt in sorted(ours[module]):
            # A package importing its own submodules (bot.engine -> bot.engine.engine) is
            # how a package exposes them, not a cycle.
            if nxt.startswith(module + "."):
                continue
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[module] = 2

    for module in sorted(ours):
        if module not in state:
            visit(module, [module])
    assert cycles == []


@pytest.mark.parametrize("module", sorted(m for m in modules() if m != ENTRY_POINT))
def test_every_module_imports_on_its_own(module: str) -> None:
    """importlib in a fresh interpreter: a cycle the ast check missed would fail here."""
    done = subprocess.run(
        [sys.executable, "-c", f"import importlib; importlib.import_module({module!r})"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_no_module_is_over_400_lines() -> None:
    long = {
        name: lines
        for name, path in modules().items()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
