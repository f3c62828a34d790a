"""``make bench``: throughput and memory of the extract path, measured side by side.

    python -m quotes.bench ../shared/benchmarks/polnear [--small 100] [--large 900]

Each measurement runs in a fresh process (so its peak memory is its own), loads the
annotator before the clock starts, and reports words per second over the article texts:
- bare: the offline annotator alone (spaCy's ``nlp.pipe``, batched);
- extract: files to .xlsx through ``pipeline.run``, one process, no cache;
- jobs2: the same with two worker processes;
- dask2: the same on a local Dask cluster of two worker processes of one thread each
  (the cluster is started and its workers have loaded the annotator before the clock);
- cached: a second run over the same articles with a warm cache, against the first.
bare and extract run in ``--repeat`` rounds, every other round in reverse order, and extract over
bare is the median over the rounds of the two side by side: a shared host's speed drifts by a
third within minutes, and the fastest run of each (``extract_over_bare_fastest``) can pair a
slow minute with a fast one. The other figures are of the fastest run.
The last line printed is one JSON object with the figures and ratios.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional


def in_rounds(modes: tuple, k: int) -> tuple:
    """The order of round ``k``: every other round backwards, so that a host's drift in speed cancels.

    >>> in_rounds(("bare", "extract"), 1)
    ('extract', 'bare')
    """
    return modes if k % 2 == 0 else modes[::-1]


def side_by_side(rounds: list[dict], key: str, over: str = "bare", of: str = "extract") -> float:
    """The median over ``rounds`` (mode -> figures) of ``of``'s ``key`` over ``over``'s in the same round."""
    return round(statistics.median(r[of][key] / r[over][key] for r in rounds), 3)


def _texts(folder: Path, n: int) -> list[Path]:
    files = sorted((folder / "train" / "text").glob("*.txt")) + sorted((folder / "dev" / "text").glob("*.txt"))
    return files[:n]


def _one(mode: str, corpus: Path, n: int, workdir: Path) -> dict:
    """One measurement in this process: seconds, words, peak resident memory."""
    from quotes.annotate.spacy_ud import SpacyAnnotator

    files = _texts(corpus, n)
    words = sum(len(f.read_text(encoding="utf-8").split()) for f in files)
    annotator = SpacyAnnotator()
    if mode == "bare":
        start = time.perf_counter()
        texts = (f.read_text(encoding="utf-8") for f in files)
        for _ in annotator.nlp.pipe(texts, batch_size=annotator.batch_size):
            pass
        seconds = time.perf_counter() - start
    elif mode == "dask2":
        from quotes.dask import connect, register

        with connect("local:2") as client:  # the cluster and its workers' annotators are up before the clock
            register(client, annotator)
            seconds = _extract(mode, files, workdir, annotator, client.scheduler.address)
    else:
        seconds = _extract(mode, files, workdir, annotator)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"mode": mode, "articles": len(files), "words": words, "seconds": round(seconds, 2),
            "wps": round(words / seconds), "peak_rss_mb": round(max(peak, children))}


def _extract(mode: str, files: list[Path], workdir: Path, annotator, dask: Optional[str] = None) -> float:
    """Seconds to extract ``files`` to .xlsx as the CLI does: one process, two (jobs2) or a cluster."""
    from quotes import pipeline
    from quotes.runtime import allocator_for_long_runs

    src = workdir / "in"
    if not src.exists():
        src.mkdir()
        for f in files:
            (src / f.name).write_bytes(f.read_bytes())
    cache = str(workdir / "cache") if mode.startswith("cached") else None
    options = pipeline.Options(jobs=2 if mode == "jobs2" else 1, cache=cache, dask=dask)
    start = time.perf_counter()
    with allocator_for_long_runs():  # as the CLI runs it (runtime.py)
        pipeline.run([str(src)], str(workdir / "claims.xlsx"), annotator, options=options)
    return time.perf_counter() - start


def _measure(mode: str, corpus: Path, n: int, workdir: Path) -> dict:
    cmd = [sys.executable, "-m", "quotes.bench", str(corpus), "--one", mode, "--n", str(n), "--workdir", str(workdir)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="a folder in the PolNeAR layout")
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=900)
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds of bare and extract; the median round counts (default: 3)")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(_one(args.one, args.corpus, args.n, args.workdir)))
        return 0
    rows, rounds = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in (args.small, args.large):
            work = Path(tmp) / f"n{size}"
            work.mkdir()
            def measure(mode):
                r = _measure(mode, args.corpus, size, work)
                print(f"{mode:<13} {r['articles']:>4} articles {r['words']:>8} words {r['seconds']:>8.2f} s "
                      f"{r['wps']:>7} words/s  peak {r['peak_rss_mb']:>5} MB", flush=True)
                best = rows.get((mode, size))
                if best is None or r["seconds"] < best["seconds"]:
                    rows[(mode, size)] = r
                return r

            rounds[size] = [{mode: measure(mode) for mode in in_rounds(("bare", "extract"), k)}
                            for k in range(args.repeat)]
            for mode in ("jobs2", "dask2", "cached-first", "cached"):
                measure(mode)
    big = args.large
    figures = {
        "bare_wps": rows[("bare", big)]["wps"], "extract_wps": rows[("extract", big)]["wps"],
        "extract_over_bare": side_by_side(rounds[big], "wps"),
        "extract_over_bare_rounds": [side_by_side([r], "wps") for r in rounds[big]],
        "extract_over_bare_fastest": round(rows[("extract", big)]["wps"] / rows[("bare", big)]["wps"], 3),
        "jobs2_over_jobs1": round(rows[("jobs2", big)]["wps"] / rows[("extract", big)]["wps"], 3),
        "dask2_over_jobs2": round(rows[("dask2", big)]["wps"] / rows[("jobs2", big)]["wps"], 3),
        "cached_speedup": round(rows[("cached-first", big)]["seconds"] / rows[("cached", big)]["seconds"], 1),
        "peak_rss_mb_small": rows[("extract", args.small)]["peak_rss_mb"],
        "peak_rss_mb_large": rows[("extract", big)]["peak_rss_mb"],
    }
    figures["rss_ratio"] = round(figures["peak_rss_mb_large"] / figures["peak_rss_mb_small"], 3)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
