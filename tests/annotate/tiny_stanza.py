"""A tiny stanza NER model, trained in a few seconds on CPU from synthetic sentences.

It lets the tests build a real ``stanza.Pipeline`` offline (stanza's model hub is out of
reach) and run the real loading and inference code through ``ner_model_path``.
"""
import json
import random
from pathlib import Path

# Per language: names, verbs, the words after them, and the label of persons its NER uses
# (English OntoNotes PERSON; Russian WikiNER PER, as stanza's Russian models label them).
LANGUAGES = {
    "en": ([("Elkhan", "Velizade"), ("Mustafa", "Varank"), ("Anna", "Smith"), ("John", "Brown")],
           ["said", "told", "noted", "added"], ["that", "talks", "failed", "."], "PERSON"),
    "ru": ([("Ильдар", "Сабиров"), ("Анна", "Петрова"), ("Рустам", "Хакимов"), ("Олег", "Быков")],
           ["сказал", "отметил", "заявил", "добавил"], [",", "что", "переговоры", "сорвались", "."], "PER"),
}
NAMES, VERBS = LANGUAGES["en"][:2]


def train_tiny_ner(folder: Path, language: str = "en") -> dict:
    """Train the model into ``folder``; returns the Pipeline options that load it."""
    from stanza.models import ner_tagger
    from stanza.models.common.pretrain import Pretrain

    names, verbs, rest, label = LANGUAGES[language]
    rng = random.Random(0)
    sentences = []
    for _ in range(40):
        first, last = rng.choice(names)
        words = [(first, f"B-{label}"), (last, f"E-{label}"), (rng.choice(verbs), "O")] + [(w, "O") for w in rest]
        sentences.append([{"text": t, "ner": n} for t, n in words])
    (folder / "train.json").write_text(json.dumps(sentences))
    (folder / "dev.json").write_text(json.dumps(sentences[:8]))
    vocab = sorted({t["text"].lower() for s in sentences for t in s})
    lines = [f"{len(vocab)} 8"] + [w + " " + " ".join(f"{rng.uniform(-1, 1):.3f}" for _ in range(8)) for w in vocab]
    (folder / "vectors.txt").write_text("\n".join(lines) + "\n")
    Pretrain(str(folder / "pretrain.pt"), str(folder / "vectors.txt")).load()
    ner_tagger.main(["--train_file", str(folder / "train.json"), "--eval_file", str(folder / "dev.json"),
                     "--wordvec_pretrain_file", str(folder / "pretrain.pt"), "--shorthand", f"{language}_tiny",
                     "--save_dir", str(folder), "--save_name", "ner.pt", "--max_steps", "60",
                     "--eval_interval", "30", "--mode", "train", "--batch_size", "8", "--hidden_dim", "16",
                     "--word_emb_dim", "8", "--no_char"])
    # stanza reads a resources file even when every model is given by path
    (folder / "resources.json").write_text(json.dumps({language: {"lang_name": language, "default_processors": {}}}))
    return {"processors": "tokenize,ner", "tokenize_pretokenized": True,
            "ner_model_path": str(folder / "ner.pt"), "ner_pretrain_path": str(folder / "pretrain.pt")}
