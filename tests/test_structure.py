"""The package's shape: no import cycles (lazy and import_module imports included), one version, one annotator protocol."""
import ast
import subprocess
import sys
from pathlib import Path

import quotes
from quotes.annotate.protocol import Annotator

PACKAGE = Path(quotes.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict:
    """module -> the package modules it imports anywhere in its code (functions included)."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                edges.update(a.name for a in node.names if a.name in modules)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                subs = {f"{node.module}.{a.name}" for a in node.names} & modules.keys()
                edges.update(subs or ({node.module} & modules.keys()))
            elif isinstance(node, ast.Call) and _dynamic_prefix(node):  # import_module(f"quotes.export.{x}")
                edges.update(m for m in modules if m.startswith(_dynamic_prefix(node)))
        graph[name] = edges - {name}
    return graph


def _dynamic_prefix(call: ast.Call) -> str:
    """The package name an ``import_module`` call imports, or the start of it when it is built
    (``import_module(f"quotes.export.{name}")`` -> "quotes.export."); "" for any other call."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name != "import_module" or not call.args:
        return ""
    arg = call.args[0]
    if isinstance(arg, ast.JoinedStr) and arg.values and isinstance(arg.values[0], ast.Constant):
        arg = arg.values[0]
    text = arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else ""
    return text if text.startswith("quotes") else ""


def cycles(graph: dict) -> list:
    """Each import cycle found by a depth-first walk, as the list of modules around it."""
    found, state = [], {}

    def walk(node, stack):
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                found.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                walk(nxt, stack + [nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            walk(node, [node])
    return found


def test_the_graph_sees_lazy_imports():
    graph = import_graph()
    assert "quotes.api" in graph["quotes"]  # imported inside quotes.extract only
    assert "quotes.pipeline" in graph["quotes.api"]
    assert "quotes.export.sqlite" in graph["quotes.export"]  # import_module(f"quotes.export.{name}")


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_in_the_package():
    assert cycles(import_graph()) == []


def test_every_module_imports_alone_in_a_fresh_interpreter():
    names = sorted(n for n in import_graph() if n != "quotes.__main__")
    code = "import importlib, sys\nfor n in sys.argv[1:]:\n    importlib.import_module(n)\n"
    for name in names:  # one interpreter per module: an order that hides a cycle cannot help
        proc = subprocess.run([sys.executable, "-c", code, name], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, (name, proc.stderr[-2000:])


def test_the_version_has_one_home():
    from quotes._version import __version__

    assert quotes.__version__ == __version__
    assert [n for n, edges in import_graph().items() if "quotes" in edges] == []  # nobody imports the package top


def test_the_annotators_fit_the_protocol(spacy_annotator):
    assert isinstance(spacy_annotator, Annotator)
    assert spacy_annotator.version_key and spacy_annotator.models in spacy_annotator.description

    class NoAnnotate:
        name = version_key = description = models = "x"

    assert not isinstance(NoAnnotate(), Annotator)
