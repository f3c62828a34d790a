"""A tiny stanza NER model, trained in a few seconds on CPU from synthetic sentences.

It lets the tests build a real ``stanza.Pipeline`` offline (stanza's model hub is out of
reach) and run the real loading and inference code through ``ner_model_path``.
"""
import json
import random
from pathlib import Path

NAMES = [("Elkhan", "Velizade"), ("Mustafa", "Varank"), ("Anna", "Smith"), ("John", "Brown")]
VERBS = ["said", "told", "noted", "added"]


def train_tiny_ner(folder: Path) -> dict:
    """Train the model into ``folder``; returns the Pipeline options that load it."""
    from stanza.models import ner_tagger
    from stanza.models.common.pretrain import Pretrain

    rng = random.Random(0)
    sentences = []
    for _ in range(40):
        first, last = rng.choice(NAMES)
        words = [(first, "B-PERSON"), (last, "E-PERSON"), (rng.choice(VERBS), "O"), ("that", "O"),
                 ("talks", "O"), ("failed", "O"), (".", "O")]
        sentences.append([{"text": t, "ner": n} for t, n in words])
    (folder / "train.json").write_text(json.dumps(sentences))
    (folder / "dev.json").write_text(json.dumps(sentences[:8]))
    vocab = sorted({t["text"].lower() for s in sentences for t in s})
    lines = [f"{len(vocab)} 8"] + [w + " " + " ".join(f"{rng.uniform(-1, 1):.3f}" for _ in range(8)) for w in vocab]
    (folder / "vectors.txt").write_text("\n".join(lines) + "\n")
    Pretrain(str(folder / "pretrain.pt"), str(folder / "vectors.txt")).load()
    ner_tagger.main(["--train_file", str(folder / "train.json"), "--eval_file", str(folder / "dev.json"),
                     "--wordvec_pretrain_file", str(folder / "pretrain.pt"), "--shorthand", "en_tiny",
                     "--save_dir", str(folder), "--save_name", "ner.pt", "--max_steps", "60",
                     "--eval_interval", "30", "--mode", "train", "--batch_size", "8", "--hidden_dim", "16",
                     "--word_emb_dim", "8", "--no_char"])
    # stanza reads a resources file even when every model is given by path
    (folder / "resources.json").write_text(json.dumps({"en": {"lang_name": "English", "default_processors": {}}}))
    return {"processors": "tokenize,ner", "tokenize_pretokenized": True,
            "ner_model_path": str(folder / "ner.pt"), "ner_pretrain_path": str(folder / "pretrain.pt")}
