"""``make bench``, the Russian path: natasha alone against the full extract, words per second.

    python -m quotes.bench_ru ../shared/benchmarks/caucasus-ru/texts [--words 200000]

The Russian articles of the folder are repeated (as files of their own) until they hold
``--words`` words. Each measurement runs in a fresh process, loads natasha and runs it on one
text (first calls, pymorphy2's cache) before the clock starts:
- ``bare``: natasha alone doing the work the annotator needs of it, its fastest fair way
  (``Doc``: segment, morph tags, lemmas, syntax, entities of the whole text in one call), over
  the texts, one ``Doc`` a text; a lemma is worked out once per (word, tags), as pymorphy2's
  own cache does for its parses; the counterpart of spaCy's ``nlp.pipe`` in ``quotes.bench``;
- ``annotator``: ``NatashaAnnotator.annotate`` alone (natasha's models, our glue: entities
  paragraph by paragraph, lemmas and names in the nominative, tree repairs, the stanza
  Document), each Document freed as the pipeline frees it (left to the cycle collector,
  stanza's Documents cost three times natasha's own time); printed to show where the rest goes;
- ``extract``: files to .xlsx through ``pipeline.run``, one process, no cache; it stops if any
  article is not ``ok``.
The modes run in rounds (``--repeat``), every other round in reverse order, and
``ru_extract_over_bare`` is the median over the rounds of extract's words per CPU second over
bare's in the same round: a shared host's speed drifts by a third within minutes, so runs side by
side compare, and the fastest of each mode (``ru_extract_over_bare_fastest``, also printed) can
pair a slow minute with a fast one. Each line gives the process's CPU seconds and words per CPU
second. The last line printed is one JSON object with the figures.

Threads: every mode runs with ``--blas-threads`` (default 1) BLAS threads. slovnet's models are
numpy matrix products (torch, imported by stanza, does no work here), and OpenBLAS starts a
thread per core for every product over its size threshold; on two cores that other processes
share, those threads wait on each other: with OpenBLAS's default this host (AMD EPYC, 2 cores,
load 5-6) gave bare 197, annotator 195, extract 163 w/s on 50k words, pinned to one thread 1255,
1180, 1146 (the same CPU work, 6-7 times less wall time). How much a mode loses depends on the
size and number of its products and on the load at that moment (the annotator calls the NER
once a paragraph, bare once a text with longer sentences), so unpinned figures order the modes
differently from host to host and run to run: host A saw annotator < bare, host B (Xeon) bare
at a third of the annotator's speed with its CPU seconds above its wall seconds, the mark of
BLAS threads. Pinned, the modes do the same products on one core each and extract/bare is the
overhead of our glue and engine.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

from quotes.bench import in_rounds, side_by_side


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


MODES = ("bare", "annotator", "extract")


def natasha_alone(annotator, texts) -> Iterator:
    """natasha's own Doc of each of ``texts``, made with the annotator's models as natasha's README makes
    it; each lemma worked out once per (word, part of speech, features) of the run."""
    from natasha import Doc, Segmenter

    segmenter = Segmenter()
    lemmas: dict = {}
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(annotator.morph)
        for token in doc.tokens:
            key = (token.text, token.pos, tuple(sorted(token.feats.items())))
            lemma = lemmas.get(key)
            if lemma is None:
                token.lemmatize(annotator.vocab)
                lemma = lemmas[key] = token.lemma
            token.lemma = lemma
        doc.parse_syntax(annotator.syntax)
        doc.tag_ner(annotator.ner)
        yield doc


BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def child_env(threads: int) -> dict:
    """This process's environment with ``threads`` BLAS (and OpenMP) threads, read when numpy loads."""
    env = dict(os.environ)
    env.update({name: str(threads) for name in BLAS_THREADS})
    return env


def _one(mode: str, folder: Path) -> dict:
    """One measurement in this process: seconds (wall and CPU) and words over the texts of ``folder``."""
    from quotes.annotate import release_document
    from quotes.annotate.natasha_ud import NatashaAnnotator

    files = sorted(folder.glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    words = sum(len(t.split()) for t in texts)
    annotator = NatashaAnnotator()
    for _ in natasha_alone(annotator, texts[:1]):  # first calls and pymorphy2's cache warm in every mode
        pass
    start, cpu = time.perf_counter(), time.process_time()
    if mode == "bare":
        for _ in natasha_alone(annotator, texts):
            pass
    elif mode == "annotator":
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
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"mode": mode, "articles": len(files), "words": words, "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu, 2), "wps": round(words / seconds), "cpu_wps": round(words / cpu)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="a folder of Russian .txt articles")
    parser.add_argument("--words", type=int, default=200_000, help="words to measure on (default: 200000)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the three modes (default: 3)")
    parser.add_argument("--blas-threads", type=int, default=1, help="BLAS threads of every mode (default: 1)")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(_one(args.one, args.folder)))
        return 0
    best: dict = {}
    rounds = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "ru"
        corpus_files(args.folder, args.words, corpus)
        for k in range(args.repeat):
            this = {}
            for mode in in_rounds(MODES, k):
                out = subprocess.run([sys.executable, "-m", "quotes.bench_ru", str(corpus), "--one", mode],
                                     capture_output=True, text=True, check=True, env=child_env(args.blas_threads)).stdout
                r = this[mode] = json.loads(out.strip().splitlines()[-1])
                print(f"ru {mode:<9} {r['articles']:>5} articles {r['words']:>8} words {r['seconds']:>8.2f} s "
                      f"{r['wps']:>7} words/s ({r['cpu_seconds']:.2f} s CPU, {r['cpu_wps']} words/CPU s)", flush=True)
                if mode not in best or r["seconds"] < best[mode]["seconds"]:
                    best[mode] = r
            rounds.append(this)
            print(f"ru round {k + 1}: extract over bare {side_by_side([this], 'cpu_wps')} (CPU seconds)", flush=True)
    print(json.dumps({"ru_bare_wps": best["bare"]["wps"], "ru_annotator_wps": best["annotator"]["wps"],
                      "ru_extract_wps": best["extract"]["wps"],
                      "ru_extract_over_bare": side_by_side(rounds, "cpu_wps"),
                      "ru_rounds": [side_by_side([r], "cpu_wps") for r in rounds],
                      "ru_extract_over_bare_fastest": round(best["extract"]["wps"] / best["bare"]["wps"], 3),
                      "blas_threads": args.blas_threads}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
