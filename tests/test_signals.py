"""A run stopped by a signal: no worker outlives it, no temporary file stays, earlier output is intact."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quotes.runtime import remove_leftovers

ROOT = Path(__file__).parents[1]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc for the worker processes")


def children(pid: int) -> list[int]:
    """The live processes whose parent is ``pid``."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            out.append(int(stat.parent.name))
    return out


def alive(pid: int) -> bool:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != "Z"


def stop(pids) -> None:
    """Kill what a failed test would leave running (only the processes it started)."""
    for pid in pids:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)


def wait_until(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.fixture
def corpus(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for k in range(70):  # long enough that a worker is still inside its first chunk when the run is killed
        (src / f"{k:03d}.txt").write_text(
            f"Speaker{k} Smith told reporters that the talks number {k} had failed. "
            "The ministry said on Tuesday that the budget would be revised.\n\n" * 120, encoding="utf-8")
    return src


def start_run(src: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "quotes", "extract", str(src), "-o", str(out), "--nlp", "spacy",
                             "--jobs", "2", "--no-cache", "-q"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".quotes-spool-") or p.name.endswith(".part"))


def good_output(tmp_path: Path, out: Path) -> bytes:
    first = tmp_path / "first.txt"
    first.write_text("Anna Berg said that the bridge was closed.", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "quotes", "extract", str(first), "-o", str(out), "--nlp", "spacy",
                           "--no-cache", "-q"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return out.read_bytes()


def test_after_sigkill_no_worker_survives_and_the_next_run_cleans_up(tmp_path, corpus):
    out = tmp_path / "out" / "claims.csv"
    earlier = good_output(tmp_path, out)
    run = start_run(corpus, out)
    assert wait_until(lambda: len(children(run.pid)) >= 2, 240), run.stderr.read() if run.poll() is not None else ""
    workers = children(run.pid)
    run.kill()
    run.wait(timeout=30)
    try:
        assert wait_until(lambda: not any(alive(w) for w in workers), 10), "a worker outlived its killed parent"
    finally:
        stop(workers)
    assert out.read_bytes() == earlier  # the killed run left the earlier output as it was
    assert any(name.startswith(f".quotes-spool-{run.pid}-") for name in leftovers(out.parent))

    again = tmp_path / "again.txt"
    again.write_text("John Brown said that the road was open.", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "quotes", "extract", str(again), "-o", str(out), "--nlp", "spacy",
                           "--no-cache", "-q"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert leftovers(out.parent) == []
    assert "John Brown" in out.read_text(encoding="utf-8-sig")


def test_sigterm_ends_like_ctrl_c(tmp_path, corpus):
    out = tmp_path / "out" / "claims.csv"
    earlier = good_output(tmp_path, out)
    run = start_run(corpus, out)
    assert wait_until(lambda: len(children(run.pid)) >= 2, 240)
    workers = children(run.pid)
    run.send_signal(signal.SIGTERM)
    try:
        _, stderr = run.communicate(timeout=60)
    finally:
        stop([run.pid])
    assert run.returncode == 143, stderr
    assert "Traceback" not in stderr
    assert [line for line in stderr.splitlines() if not line.startswith("annotator:")] == \
        ["terminated: no partial output was left in place"]
    try:
        assert wait_until(lambda: not any(alive(w) for w in workers), 10)
    finally:
        stop(workers)
    assert leftovers(out.parent) == [] and out.read_bytes() == earlier


def test_only_the_leftovers_of_dead_processes_are_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    live = str(os.getpid())
    for pid in (dead, live):
        (tmp_path / f".quotes-spool-{pid}-abc").mkdir()
        (tmp_path / f".quotes-spool-{pid}-abc" / "results.jsonl").write_text("{}")
        (tmp_path / f".claims.xlsx.{pid}.0123abcd.part").write_text("half")
    (tmp_path / "claims.xlsx").write_text("kept")
    (tmp_path / ".notes.2024.part").write_text("not ours")
    removed = remove_leftovers(tmp_path)
    assert sorted(p.name for p in removed) == [f".claims.xlsx.{dead}.0123abcd.part", f".quotes-spool-{dead}-abc"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [".notes.2024.part", "claims.xlsx", f".claims.xlsx.{live}.0123abcd.part", f".quotes-spool-{live}-abc"])
