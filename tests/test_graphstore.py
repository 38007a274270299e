"""graphstore.py: the persistent store is kept in step, opened without parsing, repaired when stale,
and a long-lived reader (a serve worker) sees an ingest that ran while it held the store open."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from diplograph import graphstore
from diplograph.ingest import Options, ingest
from diplograph.store import GraphDir, GraphLock

CAIRO = ("القاهرة - هنأ الرئيس المصري عبد الفتاح السيسي الرئيس التونسي قيس سعيد بمناسبة عيد الاستقلال، "
         "متمنيا للشعب التونسي التقدم والازدهار.\n")
MOSCOW = ("موسكو - استقبل الرئيس الروسي فلاديمير بوتين في الكرملين اليوم الرئيس الأذربيجاني إلهام علييف "
          "ووقع الرئيسان إعلانا للتعاون بين البلدين.\n")

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def count(store: object) -> int:
    return int(next(iter(store.query(COUNT)))["n"].value)  # type: ignore[attr-defined]


@pytest.fixture()
def folder(tmp_path: Path, seed_graph_dir: Path) -> Path:
    g = tmp_path / "g"
    shutil.copytree(seed_graph_dir, g, ignore=shutil.ignore_patterns(".store"))
    return g


def test_a_built_folder_opens_without_parsing(seed_graph_dir: Path) -> None:
    assert graphstore.in_step(GraphDir(seed_graph_dir))
    reader = graphstore.Reader(seed_graph_dir, repair=False)
    with reader as store:
        assert reader.generation is not None and count(store) > 100   # the on-disk store, not a parse


@pytest.mark.parametrize("damage", ["missing", "killed in a session", "turtle changed"])
def test_a_missing_or_stale_store_is_rebuilt(folder: Path, damage: str) -> None:
    with graphstore.Reader(folder) as store:
        before = count(store)
    paths = graphstore.StorePaths(GraphDir(folder))
    if damage == "missing":
        shutil.rmtree(paths.folder)
    elif damage == "killed in a session":
        paths.stamp.write_text(paths.stamp.read_text().replace("state: ok\n", "state: writing\n"))
        assert graphstore.read_stamp(paths) is not None and not graphstore.read_stamp(paths).usable
    else:
        merged = folder / "diplograph.ttl"
        merged.write_bytes(merged.read_bytes().replace(b'"RU"', b'"RX"'))   # as a `git pull` would
        shutil.rmtree(folder / "articles")
    assert not graphstore.in_step(GraphDir(folder))
    reader = graphstore.Reader(folder)
    with reader as store:
        assert reader.generation is not None
        assert count(store) == before
        if damage == "turtle changed":
            assert bool(store.query('ASK { ?c <https://w3id.org/diplograph/ontology#isoCode> "RX" }'))
    assert graphstore.in_step(GraphDir(folder))


def test_a_long_lived_reader_sees_an_ingest_that_ran_meanwhile(tmp_path: Path) -> None:
    (tmp_path / "cairo.txt").write_text(CAIRO, encoding="utf-8")
    (tmp_path / "moscow.txt").write_text(MOSCOW, encoding="utf-8")
    g = tmp_path / "g"
    ingest([str(tmp_path / "cairo.txt")], g, Options(jobs=1, render=False))
    live = graphstore.Live(g)
    ask = 'ASK { ?c <https://w3id.org/diplograph/ontology#isoCode> "RU" }'
    with live.reading() as store:
        assert not bool(store.query(ask))
    # the worker keeps its read-only store open; an ingest writes the folder and the store meanwhile
    ingest([str(tmp_path / "moscow.txt")], g, Options(jobs=1, render=False))
    with live.reading() as store:
        assert bool(store.query(ask))
    assert graphstore.in_step(GraphDir(g))


def test_a_long_lived_reader_reads_the_turtle_while_a_run_holds_a_folder_with_no_store(folder: Path) -> None:
    """A serve worker that starts while another run holds the folder, before that run made `.store/`:
    it cannot repair the store and there is no lock file to share; it reads the Turtle (it crashed on
    the missing lock file)."""
    with graphstore.Reader(folder) as store:
        before = count(store)
    paths = graphstore.StorePaths(GraphDir(folder))
    shutil.rmtree(paths.folder)
    with GraphLock(GraphDir(folder), "another run"):
        with graphstore.Live(folder).reading() as store:
            assert count(store) == before
        assert not paths.folder.exists()


def test_the_chunk_stream_reads_the_chunks_joined() -> None:
    import io

    from diplograph.graphstore import _Chunks

    chunks = [bytes([i % 251]) * (i * 37 % 5000) for i in range(400)]
    for size in (1, 4096, 1 << 20):
        stream = io.BufferedReader(_Chunks(chunks), size)
        assert b"".join(iter(lambda: stream.read(3000), b"")) == b"".join(chunks)
