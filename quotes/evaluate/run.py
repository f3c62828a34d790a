"""``quotes eval``: run the extractor on a gold split or on annotated cases (or read a claims file) and score it."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterable, Optional

from quotes.evaluate.cases import CasesError, case_articles, format_cases_table, load_cases, score_cases
from quotes.evaluate.polnear import as_article, read_split
from quotes.evaluate.score import score
from quotes.types import Article

MEASURES = ("source_exact", "cue_exact", "content_exact", "attribution_overlap_0.3", "attribution_overlap_0.8")


NLP_CHOICES = ("auto", "stanza", "spacy", "natasha")
LANG_CHOICES = ("auto", "en", "ru")


def add_language_arguments(parser, default: str) -> None:
    """--nlp and --lang of an eval command; ``default`` is the corpus's language."""
    parser.add_argument("--nlp", choices=NLP_CHOICES, default="auto", help="annotator")
    parser.add_argument("--lang", choices=LANG_CHOICES, default=default,
                        help=f"the articles' language: en, ru or auto (per article; default: {default})")


def add_eval_arguments(parser) -> None:
    parser.add_argument("folder", help="the corpus folder (holding <split>/text and <split>/attributions)")
    parser.add_argument("--split", default="dev", help="which split to score (default: dev)")
    add_language_arguments(parser, "en")
    parser.add_argument("--limit", type=int, help="score only the first N articles")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--errors", metavar="PATH", help="write missed and spurious claims per article (JSONL)")
    parser.add_argument("--claims", metavar="PATH", help="score this .jsonl claims file instead of extracting")
    parser.add_argument("--cache", metavar="DIR", help="parse cache folder: a second eval parses nothing again")


def evaluate_polnear(folder, split: str = "dev", *, predict: Callable[[Iterable[Article]], Iterable],
                     limit: Optional[int] = None, keep_errors: bool = False) -> tuple[dict, list]:
    """Run ``predict`` on the split's articles and score its claims against the gold."""
    golds = list(read_split(folder, split, limit))
    claims = list(predict(as_article(g, folder, split) for g in golds))
    return score(golds, claims, keep_errors)


def evaluate_claims_file(folder, split: str, claims_path, *, limit: Optional[int] = None,
                         keep_errors: bool = False) -> tuple[dict, list]:
    """Score a ``.jsonl`` claims file written by ``quotes extract`` (no extraction)."""
    golds = list(read_split(folder, split, limit))
    return score(golds, _read_jsonl(claims_path), keep_errors)


def format_table(scores: dict) -> str:
    """The scores as a readable table, then how they move with a confidence threshold."""
    lines = [f"{'measure':<28}{'P':>7}{'R':>7}{'F1':>7}"]
    for name in MEASURES:
        m = scores[name]
        lines.append(f"{name:<28}{m['p']:>7.1f}{m['r']:>7.1f}{m['f1']:>7.1f}")
    lines.append(f"{'source_accuracy_on_matched':<28}{scores['source_accuracy_on_matched']:>21.1f}")
    lines.append(f"{'cue_accuracy_on_matched':<28}{scores['cue_accuracy_on_matched']:>21.1f}")
    rt = scores["recall_by_type_0.3"]
    lines.append(f"{'recall_0.3 direct/indirect':<28}{rt['direct']:>14.1f}{rt['indirect']:>7.1f}")
    c = scores["counts"]
    lines.append(f"articles {c['articles']}, gold attributions {c['gold_attributions']}, "
                 f"predicted claims {c['predicted_claims']}; annotator: {scores.get('annotator', '?')}")
    lines.append("")
    lines.append(f"{'min confidence':<16}{'claims':>8}{'ovl0.3 P':>10}{'R':>7}{'F1':>7}{'src F1':>8}{'cue F1':>8}{'cont F1':>9}")
    for row in scores["by_confidence"]:
        o = row["attribution_overlap_0.3"]
        lines.append(f"{row['min_confidence']:<16}{row['predicted_claims']:>8}{o['p']:>10.1f}{o['r']:>7.1f}"
                     f"{o['f1']:>7.1f}{row['source_exact_f1']:>8.1f}{row['cue_exact_f1']:>8.1f}"
                     f"{row['content_exact_f1']:>9.1f}")
    return "\n".join(lines)


def run_eval_command(args, predict) -> tuple[str, int]:
    """The text ``quotes eval`` prints and its exit status."""
    if not (Path(args.folder) / args.split / "text").is_dir():
        return f"error: no {args.split}/text folder under {args.folder}", 2
    keep = bool(args.errors)
    if args.claims:
        scores, errors = evaluate_claims_file(args.folder, args.split, args.claims, limit=args.limit, keep_errors=keep)
        scores["annotator"] = f"claims file {args.claims}"
    else:
        scores, errors = evaluate_polnear(args.folder, args.split, predict=predict, limit=args.limit, keep_errors=keep)
        scores["annotator"] = getattr(args, "annotator_description", args.nlp)
    if args.errors:
        _write_errors(args.errors, errors)
    text = json.dumps(scores, ensure_ascii=False) if args.json else format_table(scores)
    return text, 0


def add_cases_arguments(parser) -> None:
    parser.add_argument("cases", metavar="PATH", help="the cases .jsonl: one annotated article a line")
    parser.add_argument("--texts", metavar="DIR", help="read each article's text from DIR/<id>.txt where it exists")
    add_language_arguments(parser, "auto")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--errors", metavar="PATH", help="write every missed, wrong and spurious claim (JSONL)")
    parser.add_argument("--claims", metavar="PATH", help="score this .jsonl claims file instead of extracting")
    parser.add_argument("--cache", metavar="DIR", help="parse cache folder: a second eval parses nothing again")


def _read_jsonl(path) -> list[dict]:
    with Path(path).open(encoding="utf-8-sig") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _write_errors(path, errors: Iterable[dict]) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for record in errors:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_cases_command(args, predict_rows: Callable[[list], Iterable[dict]]) -> tuple[str, int]:
    """The text ``quotes eval cases`` prints and its exit status; ``predict_rows`` gives output rows."""
    try:
        cases = load_cases(args.cases, Path(args.texts) if args.texts else None)
    except (OSError, CasesError) as err:
        return f"error: {err}", 2
    rows = _read_jsonl(args.claims) if args.claims else list(predict_rows(case_articles(cases)))
    scores, errors = score_cases(cases, rows)
    scores["annotator"] = f"claims file {args.claims}" if args.claims else getattr(args, "annotator_description", args.nlp)
    if args.errors:
        _write_errors(args.errors, errors)
    return (json.dumps(scores, ensure_ascii=False) if args.json else format_cases_table(scores)), 0


def add_adaq_arguments(parser) -> None:
    parser.add_argument("folder", help="the corpus folder (holding ru_sentences.tsv and ru_tokens.tsv)")
    add_language_arguments(parser, "ru")
    parser.add_argument("--limit", type=int, help="score only the first N sentences")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--errors", metavar="PATH", help="write the sentences scored wrong (JSONL)")
    parser.add_argument("--cache", metavar="DIR", help="parse cache folder: a second eval parses nothing again")


def run_adaq_command(args, predict) -> tuple[str, int]:
    """``quotes eval adaq FOLDER``: token-level scores per role and the sentence-level score."""
    from quotes.evaluate.adaq import SENTENCES, evaluate_adaq, format_adaq, write_errors

    if not (Path(args.folder) / SENTENCES).is_file():
        return f"error: no {SENTENCES} in {args.folder}", 2
    scores, errors = evaluate_adaq(args.folder, predict=predict, limit=args.limit, keep_errors=bool(args.errors))
    scores["annotator"] = getattr(args, "annotator_description", args.nlp)
    if args.errors:
        write_errors(args.errors, errors)
    return (json.dumps(scores, ensure_ascii=False) if args.json else format_adaq(scores)), 0
