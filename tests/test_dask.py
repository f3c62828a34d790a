"""Runs on a real Dask cluster (two worker processes on loopback): same claims, no article lost or doubled."""
import os
import signal

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")
import dask.dataframe as dd  # noqa: E402

import quotes  # noqa: E402
import quotes.dask as qdask  # noqa: E402
from quotes import pipeline  # noqa: E402

TEXTS = {f"a{k:02d}": f"Speaker{k} Smith said that the talks number {k} had failed.\n\n"
                      f"Minister Anna Petrova{k} told reporters that prices would rise." for k in range(24)}
KEY = ["article", "claim_id"]


@pytest.fixture(autouse=True)
def time_limit():
    """A test that hangs on the cluster fails instead, and its cluster's context managers shut it down."""
    def expire(signum, frame):
        raise TimeoutError("a cluster test ran for more than 10 minutes")

    old = signal.signal(signal.SIGALRM, expire)
    signal.alarm(600)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def folder(tmp_path, texts):
    path = tmp_path / "in"
    path.mkdir()
    for stem, text in texts.items():
        (path / f"{stem}.txt").write_text(text, encoding="utf-8")
    return path


def test_claims_of_a_dask_dataframe_without_a_cluster(spacy_annotator):
    frame = pd.DataFrame({"id": ["x", "y", "z"], "body": ["Anna Smith said that the talks had failed.",
                                                       "Nothing to report here.", None]})
    ddf = dd.from_pandas(frame, npartitions=2)
    out = qdask.claims(ddf, text="body", id="id", annotator=spacy_annotator)
    assert list(out.columns) == list(qdask.claims_meta().columns)
    df = out.compute(scheduler="sync")
    assert df[["article", "speaker", "claim"]].values.tolist() == [["x", "Anna Smith", "that the talks had failed"]]
    assert df["confidence"].dtype == float


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, death_timeout=60) as cluster, \
            distributed.Client(cluster, timeout="60s") as client:
        yield cluster, client


def local_and_cluster(tmp_path, annotator, address, suffix=".jsonl", wrap=iter):
    src = folder(tmp_path, TEXTS)
    here = pipeline.run([str(src)], tmp_path / f"here{suffix}", annotator, options=pipeline.Options(jobs=1))
    there = pipeline.run([str(src)], tmp_path / f"there{suffix}", annotator,
                         options=pipeline.Options(dask=address), wrap=wrap)
    return here, there


def test_a_cluster_run_gives_the_claims_of_a_local_run(tmp_path, spacy_annotator, cluster, monkeypatch):
    monkeypatch.setattr(qdask, "BATCH", 5)
    here, there = local_and_cluster(tmp_path, spacy_annotator, cluster[0].scheduler_address, ".parquet")
    assert there.by_status == here.by_status == {"ok": len(TEXTS)} and there.claims == here.claims > len(TEXTS)
    local = quotes.read_claims(tmp_path / "here.parquet").sort_values(KEY).reset_index(drop=True)
    remote = quotes.read_claims(tmp_path / "there.parquet").sort_values(KEY).reset_index(drop=True)
    pd.testing.assert_frame_equal(local, remote)
    assert (tmp_path / "there.parquet").is_dir() and len(list((tmp_path / "there.parquet").glob("part-*.parquet")))
    articles = pd.read_parquet(tmp_path / "there.articles.parquet")
    assert sorted(articles.article) == sorted(TEXTS) and set(articles.status) == {"ok"}
    speakers = pd.read_parquet(tmp_path / "there.speakers.parquet")
    assert speakers.claim_count.sum() == remote.speaker_id.notna().sum()
    assert not [p for p in tmp_path.rglob("*") if p.name.startswith(".") and "cache" not in p.name]


def test_a_worker_killed_midway_loses_no_article(tmp_path, spacy_annotator, cluster, monkeypatch):
    monkeypatch.setattr(qdask, "BATCH", 2)
    client = cluster[1]
    pids = client.run(os.getpid)
    victim = sorted(pids.values())[0]
    killed = []

    def kill_after_first(results):
        for result in results:
            if not killed:
                os.kill(victim, signal.SIGKILL)  # a worker process dies with batches in hand
                killed.append(victim)
            yield result

    here, there = local_and_cluster(tmp_path, spacy_annotator, cluster[0].scheduler_address, ".sqlite",
                                    wrap=kill_after_first)
    assert killed and there.by_status == {"ok": len(TEXTS)} and there.claims == here.claims
    claims = quotes.read_claims(tmp_path / "there.sqlite")
    assert sorted(claims.article.unique()) == sorted(TEXTS)
    assert not claims.claim_id.duplicated().any() and len(claims) == here.claims
    client.wait_for_workers(2, timeout=120)
    assert victim not in client.run(os.getpid).values()


class Broken:
    """The spaCy annotator, raising on one text (pickled to the workers with the spaCy one inside)."""

    def __init__(self, inner):
        self.inner = inner
        self.name, self.version_key, self.description, self.models = (
            "broken", inner.version_key, inner.description, inner.models)

    def annotate(self, texts):
        texts = list(texts)
        if any("BOOM" in t for t in texts):
            raise RuntimeError("cannot parse this")
        return self.inner.annotate(texts)


def test_an_article_that_breaks_the_annotator_fails_alone(tmp_path, spacy_annotator, cluster):
    texts = {"good": TEXTS["a01"], "bad": "BOOM said that it broke.", "also": TEXTS["a02"]}
    results = list(qdask.cluster_results([quotes.types.Article(k, v) for k, v in texts.items()],
                                         Broken(spacy_annotator), cluster[0].scheduler_address, batch=3))
    status = {r.article.id: (r.status, r.reason) for r in results}
    assert len(results) == 3 and status["good"][0] == status["also"][0] == "ok"
    assert status["bad"][0] == "failed" and "cannot parse this" in status["bad"][1]


def test_claims_of_a_dask_dataframe_on_the_cluster(spacy_annotator, cluster):
    frame = pd.DataFrame({"id": list(TEXTS)[:6], "text": list(TEXTS.values())[:6]})
    df = qdask.claims(dd.from_pandas(frame, npartitions=3), annotator=spacy_annotator).compute()
    assert sorted(df.article.unique()) == sorted(frame.id) and len(df) == 12


def test_addresses_are_checked_before_the_run(tmp_path, spacy_annotator):
    with pytest.raises(pipeline.RunError, match="local:N"):
        pipeline.run([str(folder(tmp_path, TEXTS))], tmp_path / "c.jsonl", spacy_annotator,
                     options=pipeline.Options(dask="somehost"))
    assert qdask.check_address("local:2") == "local:2"
