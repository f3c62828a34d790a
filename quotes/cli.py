"""The command line: a thin layer over the library.

    python -m quotes extract seeds -o out/claims.xlsx
    python -m quotes eval polnear ../shared/benchmarks/polnear --split dev
    python -m quotes models --dir ~/stanza_resources
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from quotes._version import __version__
from quotes.runtime import Terminated, terminate_as_interrupt, tuned_for_long_runs

EXIT_OK, EXIT_SOME_ARTICLES, EXIT_ERROR = 0, 1, 2
NLP_CHOICES = ("auto", "stanza", "spacy", "natasha")
LANG_CHOICES = ("auto", "en", "ru")


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32)


class _Parser(argparse.ArgumentParser):
    """argparse that says a usage error in one line (exit status 2), without the usage text."""

    def error(self, message: str):
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\n")


def positive_int(text: str) -> int:
    """A count above zero ("--jobs 2"); anything else is a usage error.

    >>> positive_int("2"), positive_int("-1")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: must be a whole number above 0, not '-1'
    """
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number above 0, not {text!r}")
    return value


def _not_a_folder(text: str, example: str) -> str:
    if Path(text).is_dir() or text.endswith(("/", os.sep)):
        raise argparse.ArgumentTypeError(f"{text!r} is a folder: name a file in it, e.g. {text.rstrip('/')}/{example}")
    return text


def output_file(text: str) -> str:
    """An output path whose extension names a format, and not a folder ("out/claims.xlsx")."""
    from quotes.export import FORMATS

    _not_a_folder(text, "claims.xlsx")
    if Path(text).suffix.lower() not in FORMATS:
        raise argparse.ArgumentTypeError(f"{text!r}: the extension picks the format, one of {', '.join(FORMATS)}")
    return text


def page_file(text: str) -> str:
    """A review page path that is not a folder ("out/report.html")."""
    return _not_a_folder(text, "report.html")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="quotes", formatter_class=_formatter,
        description="Find who said what in news articles: reported speech attributed to named speakers.",
        epilog="Example:\n  python -m quotes extract seeds -o out/claims.xlsx")
    parser.add_argument("--version", action="version", version=f"quotes {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    _add_extract(sub)
    _add_eval(sub)
    _add_models(sub)
    return parser


def _add_nlp(p: argparse.ArgumentParser) -> None:
    p.add_argument("--nlp", choices=NLP_CHOICES, default="auto",
                   help="annotator: stanza (needs `make models`), spacy (offline, English), natasha (offline, "
                        "Russian), auto (stanza where its models of the language are installed)")
    p.add_argument("--lang", choices=LANG_CHOICES, default="auto",
                   help="the articles' language: en, ru, or auto (decided per article from its text)")
    p.add_argument("--model-dir", help="stanza model folder (default: $STANZA_RESOURCES_DIR or ~/stanza_resources)")


def _add_extract(sub) -> None:
    p = sub.add_parser(
        "extract", formatter_class=_formatter, help="extract claims from articles into a spreadsheet",
        description="Extract claims by speaker from articles (.txt, .html, .jsonl, .csv, folders, or - for stdin).",
        epilog="Examples:\n  python -m quotes extract seeds -o out/claims.xlsx\n"
               "  python -m quotes extract news.csv --text-column body -o out/claims.jsonl --html out/report.html\n"
               "  cat article.txt | python -m quotes extract - -o out/claims.csv\n"
               "  python -m quotes extract russian_news/ --lang ru -o out/ru.xlsx\n"
               "  python -m quotes extract news/ -o archive/claims.sqlite   # again later: only new articles\n"
               "  python -m quotes extract news/ -o out/claims.parquet --dask tcp://scheduler:8786\n\n"
               "Exit status: 0 when every article was processed; 1 when any was skipped or failed\n"
               "(the claims of all good articles are still written); 2 on a usage or setup error.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders of articles, or - for stdin")
    p.add_argument("-o", "--output", default="out/claims.xlsx", type=output_file,
                   help="output file; its extension picks the format: .xlsx .csv .jsonl .parquet, or .sqlite "
                        "(an archive that later runs add new and changed articles to)")
    _add_nlp(p)
    p.add_argument("--glob", help="only files whose name matches, e.g. '*.txt' (folders are read recursively)")
    p.add_argument("--text-column", default="text", help="text column of .csv/.jsonl corpora (default: text)")
    p.add_argument("--max-chars", type=positive_int, default=None, help="skip articles longer than this (characters)")
    p.add_argument("--html", metavar="PATH", type=page_file, help="also write a review page with the claims highlighted")
    p.add_argument("--jobs", type=positive_int, default=None, help="worker processes (default: the cores available)")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="run on a Dask cluster: a scheduler (tcp://host:8786) or local:N (N worker processes "
                        "here); a .parquet output is then a folder of parts")
    p.add_argument("--cache", metavar="DIR", help="parse cache folder (default: .quotes-cache beside the output)")
    p.add_argument("--no-cache", action="store_true", help="parse every article again")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def _add_eval(sub) -> None:
    from quotes.evaluate.run import add_adaq_arguments, add_cases_arguments, add_eval_arguments

    p = sub.add_parser(
        "eval", formatter_class=_formatter, help="score the extractor against gold attributions",
        description="Score claims against a gold corpus: PolNeAR's layout, or your own annotated cases.",
        epilog="Examples:\n  python -m quotes eval polnear ../shared/benchmarks/polnear --split dev\n"
               "  python -m quotes eval cases my_cases.jsonl --nlp spacy\n"
               "  python -m quotes eval adaq ../shared/benchmarks/adaq-ru")
    corpora = p.add_subparsers(dest="corpus", required=True, metavar="{polnear,cases,adaq}")
    polnear = corpora.add_parser(
        "polnear", formatter_class=_formatter, help="PolNeAR's brat files (<split>/text, <split>/attributions)",
        description="Score claims against a gold corpus in the PolNeAR layout.",
        epilog="Examples:\n  python -m quotes eval polnear ../shared/benchmarks/polnear --split dev\n"
               "  python -m quotes eval polnear ../shared/benchmarks/polnear --json --errors out/errors.txt")
    add_eval_arguments(polnear)
    cases = corpora.add_parser(
        "cases", formatter_class=_formatter, help="hand-annotated articles, one JSON object a line",
        description="Score claims against hand-annotated articles (a cases .jsonl: id, text, claims,\n"
                    "furniture, headline, negatives; see the README): recall, speaker, role, quote type,\n"
                    "cue, spurious claims by kind, recall per construction.",
        epilog="Examples:\n  python -m quotes eval cases my_cases.jsonl --nlp spacy\n"
               "  python -m quotes eval cases cases.jsonl --texts texts/ --json --errors out/case_errors.jsonl\n"
               "  python -m quotes eval cases cases.jsonl --claims out/claims.jsonl   # score a finished run")
    add_cases_arguments(cases)
    adaq = corpora.add_parser(
        "adaq", formatter_class=_formatter, help="Russian sentences with source, cue and content tokens (adaq)",
        description="Score claims token by token against a corpus in the adaq layout (ru_sentences.tsv,\n"
                    "ru_tokens.tsv): precision, recall and F1 of source, cue and content tokens, and whether\n"
                    "a sentence holds a quotation.",
        epilog="Examples:\n  python -m quotes eval adaq ../shared/benchmarks/adaq-ru\n"
               "  python -m quotes eval adaq ../shared/benchmarks/adaq-ru --nlp natasha --json --errors out/adaq.jsonl")
    add_adaq_arguments(adaq)
    for parser in (polnear, cases, adaq):
        parser.add_argument("--model-dir", help="stanza model folder")


def _add_models(sub) -> None:
    p = sub.add_parser(
        "models", formatter_class=_formatter, help="download stanza's English and Russian models (needs the network)",
        description="Download stanza's English and Russian models for --nlp stanza. Run it on a connected machine.",
        epilog="Example:\n  python -m quotes models --dir ~/stanza_resources")
    p.add_argument("--dir", help="where to put them (default: $STANZA_RESOURCES_DIR or ~/stanza_resources)")


def _load_annotator(args):
    from quotes.annotate.languages import load_for_languages

    annotator, why = load_for_languages(args.nlp, args.lang, args.model_dir)
    print(f"annotator: {annotator.description} ({why})", file=sys.stderr)
    return annotator


def all_ok(summary) -> bool:
    """Whether every article of the run was processed (none skipped or failed)."""
    counts = summary.by_status
    return not counts.get("skipped") and not counts.get("failed")


def shown(text) -> str:
    """``text`` safe on a terminal: control characters (an escape sequence in a file name) as escapes.

    >>> shown("evil\\x1b]0;owned\\x07.txt")
    'evil\\\\x1b]0;owned\\\\x07.txt'
    """
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in str(text))


def describe_summary(summary) -> str:
    """The closing lines of a run: articles by status, claims, speakers, annotator, where the file is."""
    counts = summary.by_status
    kept = f", {counts['unchanged']} already in the archive" if counts.get("unchanged") else ""
    lines = [f"articles: {summary.articles} read ({counts.get('ok', 0)} ok, {counts.get('skipped', 0)} skipped, "
             f"{counts.get('failed', 0)} failed{kept}); claims: {summary.claims}; speakers: {summary.speakers}",
             f"annotator: {summary.annotator}",
             f"written: {', '.join(str(p) for p in summary.outputs)}"]
    for article_id, status, reason in summary.problems[:20]:
        lines.append(f"  {status}: {shown(article_id)}: {shown(reason)}")
    if len(summary.problems) > 20:
        lines.append(f"  ... and {len(summary.problems) - 20} more (see the Articles sheet)")
    return "\n".join(lines)


def _progress(results):
    """``results`` in a tqdm bar (articles per second)."""
    from tqdm import tqdm

    return iter(tqdm(results, unit="article", dynamic_ncols=True))


def check_extract(args) -> Optional[str]:
    """What is wrong with an extract command, found before anything loads; None when nothing is.

    No input found, or an output that is an input or the other output, is a usage error:
    the files in place are left as they are.
    """
    from quotes.export import ARCHIVES
    from quotes.export.safe import cannot_write
    from quotes.read import InputError, check_inputs, check_output

    if args.html and Path(args.output).suffix.lower() in ARCHIVES:
        return "--html goes with a file output (.xlsx, .csv, .jsonl, .parquet), not an .sqlite archive"
    if args.html and os.path.abspath(args.html) == os.path.abspath(args.output):
        return f"--html {args.html} is the output file too: give the review page a name of its own"
    try:
        check_inputs(args.inputs, args.glob)
        for path in filter(None, (args.output, args.html)):
            check_output(path, args.inputs, args.glob)
    except InputError as err:
        return str(err)
    unwritable = [f"{path}: {why}" for path in filter(None, (args.output, args.html)) if (why := cannot_write(path))]
    return unwritable[0] if unwritable else None


def _quiet_cluster_logs() -> None:
    """distributed logs every start and stop of the cluster: the run's statuses say what matters."""
    import distributed  # noqa: F401 - its import sets its loggers' levels; ours are set after it

    logging.getLogger("distributed").setLevel(logging.ERROR)


def run_extract(args) -> int:
    from quotes import pipeline
    from quotes.annotate import ModelMissingError
    from quotes.read import InputError

    problem = check_extract(args)
    if problem:
        print(f"quotes extract: error: {problem}", file=sys.stderr)
        return EXIT_ERROR
    try:
        annotator = _load_annotator(args)
    except ModelMissingError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_ERROR
    if args.dask:
        _quiet_cluster_logs()
    options = pipeline.Options(glob=args.glob, text_column=args.text_column, max_chars=args.max_chars,
                               jobs=args.jobs, cache=None if args.no_cache else (args.cache or "default"),
                               dask=args.dask)
    try:
        summary = pipeline.run(args.inputs, args.output, annotator, options=options, html=args.html,
                               command=" ".join(["quotes"] + sys.argv[1:]),
                               wrap=_progress if not args.quiet and sys.stderr.isatty() else iter)
    except (pipeline.RunError, InputError) as err:
        print(f"quotes extract: error: {err}", file=sys.stderr)
        return EXIT_ERROR
    print(describe_summary(summary), file=sys.stderr)
    return EXIT_OK if all_ok(summary) else EXIT_SOME_ARTICLES


def run_eval(args) -> int:
    from quotes.api import claim_rows, claims_from_articles
    from quotes.annotate import ModelMissingError
    from quotes.evaluate.run import run_adaq_command, run_cases_command, run_eval_command

    annotator = None
    if not getattr(args, "claims", None):
        try:
            annotator = _load_annotator(args)
        except ModelMissingError as err:
            print(f"error: {err}", file=sys.stderr)
            return EXIT_ERROR
        args.annotator_description = annotator.description

    def predict(articles):
        return claims_from_articles(articles, annotator, cache=getattr(args, "cache", None))

    def predict_rows(articles):
        return claim_rows(articles, annotator, cache=getattr(args, "cache", None))

    if args.corpus == "cases":
        text, code = run_cases_command(args, predict_rows)
    elif args.corpus == "adaq":
        text, code = run_adaq_command(args, predict)
    else:
        text, code = run_eval_command(args, predict)
    print(text, file=sys.stderr if code == EXIT_ERROR else sys.stdout)
    return code


def run_models(args) -> int:
    from quotes.annotate.stanza_nlp import download_models

    folder = download_models(args.dir)
    print(f"stanza models installed in {folder}", file=sys.stderr)
    return EXIT_OK


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; returns the exit status."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    commands = {"extract": run_extract, "eval": run_eval, "models": run_models}
    try:
        with terminate_as_interrupt(), tuned_for_long_runs():  # the process is the run's own
            return commands[args.command](args)
    except Terminated:
        print("terminated: no partial output was left in place", file=sys.stderr)
        return 143
    except KeyboardInterrupt:
        print("interrupted: no partial output was left in place", file=sys.stderr)
        return 130
