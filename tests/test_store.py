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


def test_batches_of_one_process_share_one_folder_that_the_run_removes(tmp_path: Path) -> None:
    from diplograph.store import batch_folder, end_batches, write_batch

    gd = GraphDir(tmp_path / "g")
    write_batch(gd, {"aa11": b"first\n", "bb22": b"second\n"})
    folder = batch_folder(gd)
    assert folder.is_dir() and list(folder.iterdir()) == []           # kept, empty, for the next batch
    write_batch(gd, {"aa11": b"again\n", "cc33": b"third\n"})          # a file replaced, one added
    assert [gd.shard(k).read_bytes() for k in ("aa11", "bb22", "cc33")] == [b"again\n", b"second\n",
                                                                           b"third\n"]
    assert [p.name for p in gd.articles.iterdir() if p.name.startswith(".")] == [folder.name]
    end_batches(gd)
    assert not folder.exists() and gd.shard_keys() == {"aa11", "bb22", "cc33"}


def test_a_batch_that_fails_leaves_no_half_file_behind(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from diplograph import store

    gd = GraphDir(tmp_path / "g")
    store.write_batch(gd, {"aa11": b"old\n"})
    real_write = os.write
    calls = iter(range(10))

    def write(fd: int, data: bytes) -> int:
        if next(calls) == 1:
            raise OSError(28, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(store.os, "write", write)
    with pytest.raises(OSError):
        store.write_batch(gd, {"aa11": b"new\n", "bb22": b"other\n"})
    assert gd.shard("aa11").read_bytes() == b"old\n" and gd.shard_keys() == {"aa11"}
    assert list(store.batch_folder(gd).iterdir()) == []
