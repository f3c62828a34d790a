"""``make bench``, the Russian path: natasha alone against the full extract, words per second.

    python -m quotes.bench_ru ../shared/benchmarks/caucasus-ru/texts [--words 200000]

The Russian articles of the folder are repeated (as files of their own) until they hold
``--words`` words. Each measurement runs in a fresh process and loads natasha before the
clock starts: ``bare`` is the annotator alone (``NatashaAnnotator.annotate``, each Document
freed as the pipeline frees it: left to the cycle collector, stanza's Documents cost bare three
times natasha's own time and made it slower than the whole extract); ``extract`` is files to
.xlsx through ``pipeline.run``, one process, no cache, and stops if any article is not ``ok``. The fastest of ``--repeat``
runs of each counts. The last line printed is one JSON object with the figures and the ratio.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def corpus_files(folder: Path, words: int, target: Path) -> list[Path]:
    """The folder's texts copied into ``target``, round after round, until they hold ``words`` words."""
    sources = sorted(folder.glob("*.txt"))
    if not sources:
        raise SystemExit(f"no .txt articles in {folder}")
    files, total, k = [], 0, 0
    target.mkdir(parents=True, exist_ok=True)
    while total < words:
        src = sources[k % len(sources)]
        text = src.read_text(encoding="utf-8")
        path = target / f"{k:05d}_{src.name}"
        path.write_text(text, encoding="utf-8")
        files.append(path)
        total += len(text.split())
        k += 1
    return files


def _one(mode: str, folder: Path) -> dict:
    """One measurement in this process: seconds and words over the texts of ``folder``."""
    from quotes.annotate import release_document
    from quotes.annotate.natasha_ud import NatashaAnnotator

    files = sorted(folder.glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    words = sum(len(t.split()) for t in texts)
    annotator = NatashaAnnotator()
    start = time.perf_counter()
    if mode == "bare":
        for doc in annotator.annotate(texts):
            release_document(doc)  # as process.process_chunk does once the engine is done with it
    else:
        from quotes import pipeline
        from quotes.runtime import allocator_for_long_runs

        with tempfile.TemporaryDirectory() as out, allocator_for_long_runs():  # as the CLI runs it
            summary = pipeline.run([str(folder)], str(Path(out) / "claims.xlsx"), annotator,
                                   options=pipeline.Options(jobs=1, cache=None))
        if summary.by_status.get("ok") != len(files):  # a fast run that failed articles measures nothing
            raise SystemExit(f"extract: {summary.by_status} of {len(files)} articles: {summary.problems[:3]}")
    seconds = time.perf_counter() - start
    return {"mode": mode, "articles": len(files), "words": words, "seconds": round(seconds, 2),
            "wps": round(words / seconds)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="a folder of Russian .txt articles")
    parser.add_argument("--words", type=int, default=200_000, help="words to measure on (default: 200000)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each mode; the fastest counts")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(_one(args.one, args.folder)))
        return 0
    best: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "ru"
        corpus_files(args.folder, args.words, corpus)
        for mode in ("bare", "extract") * args.repeat:
            out = subprocess.run([sys.executable, "-m", "quotes.bench_ru", str(corpus), "--one", mode],
                                 capture_output=True, text=True, check=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(f"ru {mode:<8} {r['articles']:>5} articles {r['words']:>8} words {r['seconds']:>8.2f} s "
                  f"{r['wps']:>7} words/s", flush=True)
            if mode not in best or r["seconds"] < best[mode]["seconds"]:
                best[mode] = r
    print(json.dumps({"ru_bare_wps": best["bare"]["wps"], "ru_extract_wps": best["extract"]["wps"],
                      "ru_extract_over_bare": round(best["extract"]["wps"] / best["bare"]["wps"], 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
