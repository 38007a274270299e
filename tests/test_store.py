"""store.py: the lock, atomic writes, the index as a cache over the article files, the merged file."""
from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.errors import StoreError
from diplograph.ingest import Options, ingest
from diplograph.store import GraphDir, GraphLock, Index, atomic_output, atomic_write, identity_of

ARTICLE = ("القاهرة - هنأ الرئيس المصري عبد الفتاح السيسي الرئيس التونسي قيس سعيد بمناسبة عيد الاستقلال، "
           "متمنيا للشعب التونسي التقدم والازدهار.\n")


def test_lock_is_exclusive_and_released(tmp_path: Path) -> None:
    gd = GraphDir(tmp_path / "g")
    with GraphLock(gd, "first run"), pytest.raises(StoreError,
                                                   match=r"being written by another run \(first run, pid \d+\)"):
        GraphLock(gd, "second run").__enter__()
    with GraphLock(gd, "third run"):
        assert "third run" in gd.lock_file.read_text(encoding="utf-8")
    assert gd.lock_file.read_text(encoding="utf-8") == ""


def test_atomic_output_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "f.ttl"
    atomic_write(target, b"old")
    with pytest.raises(RuntimeError), atomic_output(target) as fh:
        fh.write(b"half of the new")
        raise RuntimeError("disk on fire")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.ttl"]


@pytest.mark.parametrize(("source", "url", "identity"), [
    ("corpus/a.txt", None, "corpus/a.txt"),
    ("corpus/a.txt", "https://news.example/1", "https://news.example/1"),
    ("crawl.jsonl:17", None, None),
    ("crawl.jsonl:17", "https://news.example/2", "https://news.example/2"),
    ("<stdin>", None, None),
])
def test_identity_of_an_input(source: str, url: str | None, identity: str | None) -> None:
    assert identity_of(source, url) == identity


def test_damaged_index_is_rebuilt_from_the_article_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    g = tmp_path / "g"
    ingest([str(tmp_path / "a.txt")], g, Options(jobs=1, render=False))
    index_file = g / ".cache" / "index.sqlite"
    for suffix in ("-wal", "-shm"):
        Path(f"{index_file}{suffix}").unlink(missing_ok=True)
    index_file.write_bytes(b"this is not a database" * 100)
    report = ingest([str(tmp_path / "a.txt")], g, Options(jobs=1, render=False))
    assert (report.added, report.unchanged, report.articles) == (0, 1, 1)


def test_sync_notices_files_added_and_removed_by_hand(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    g = tmp_path / "g"
    ingest([str(tmp_path / "a.txt")], g, Options(jobs=1, render=False))
    gd = GraphDir(g)
    (key, path), = gd.shards()
    copy = gd.shard("ffff000011112222")
    copy.parent.mkdir(parents=True)
    copy.write_bytes(path.read_bytes())
    path.unlink()
    index = Index(gd)
    try:
        assert index.sync() == 2
        assert not index.has(key) and index.has("ffff000011112222")
        assert index.dirty
    finally:
        index.close()


def test_shards_and_their_keys_come_from_one_scan_that_skips_hidden_names(tmp_path: Path) -> None:
    gd = GraphDir(tmp_path / "g")
    assert list(gd.shards()) == [] and gd.shard_keys() == set()        # no articles folder yet
    for key in ("bb22", "aa11", "aa12"):
        gd.shard(key).parent.mkdir(parents=True, exist_ok=True)
        gd.shard(key).write_bytes(b"")
    (gd.articles / "aa" / ".aa13.ttl").write_bytes(b"")                 # a temporary of a killed run
    (gd.articles / "aa" / "notes.txt").write_bytes(b"")
    (gd.articles / ".batch.tmp").mkdir()
    (gd.articles / ".batch.tmp" / "cc33.ttl").write_bytes(b"")
    assert list(gd.shards()) == [(k, gd.shard(k)) for k in ("aa11", "aa12", "bb22")]
    assert gd.shard_keys() == {"aa11", "aa12", "bb22"}
