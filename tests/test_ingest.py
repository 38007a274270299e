"""`diplograph ingest` / `remove` and `diplograph.ingest`: inputs, provenance, incremental runs, the lock.

Articles are made-up Arabic sentences written for these tests.
"""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.ingest import Options, arabic_share, article_key, ingest, iter_items, parse_date, remove
from diplograph.pipeline.read import document_from_text
from diplograph.store import GraphDir, GraphLock, load_store

DG = "https://w3id.org/diplograph/ontology#"
SIGNING_MOSCOW = ("موسكو - أعلنت وزارة الخارجية الروسية أن روسيا وأذربيجان وقعتا في موسكو يوم 22 فبراير 2022 "
                  "على إعلان التعاون الاستراتيجي بين روسيا الاتحادية وجمهورية أذربيجان.\n"
                  "وأكد الوزير أن البلدين يواصلان تطوير العلاقات في مختلف المجالات.\n")
SIGNING_BAKU = ("باكو - ذكرت وكالة الأنباء الأذربيجانية أن أذربيجان وروسيا وقعتا يوم 22 فبراير 2022 في موسكو "
                "على إعلان التعاون الاستراتيجي بين روسيا الاتحادية وجمهورية أذربيجان.\n"
                "وقال مسؤول إن الإعلان يفتح مرحلة جديدة من الشراكة بين البلدين.\n")
CONGRATULATION = ("القاهرة - هنأ الرئيس المصري عبد الفتاح السيسي الرئيس التونسي قيس سعيد بمناسبة عيد الاستقلال، "
                  "متمنيا للشعب التونسي التقدم والازدهار.\n")
VISIT = ("الرياض - وصل وزير الخارجية الأردني إلى الرياض اليوم في زيارة رسمية إلى السعودية تستغرق يومين، "
         "يبحث خلالها سبل تعزيز العلاقات الثنائية.\n")


def select(store: ox.Store, query: str) -> list[tuple[str, ...]]:
    rows = store.query(f"PREFIX dg: <{DG}> PREFIX schema: <https://schema.org/> {query}",
                       use_default_graph_as_union=True)
    return sorted(tuple(t.value if t is not None else None for t in row) for row in rows)


def articles(graph: Path) -> dict[str, tuple[str | None, str | None]]:
    """sourceFile -> (published, url) of every article in the graph."""
    rows = select(load_store(graph), "SELECT ?s ?p ?u WHERE { ?a dg:sourceFile ?s "
                                     "OPTIONAL { ?a dg:published ?p } OPTIONAL { ?a schema:url ?u } }")
    return {s: (p, u) for s, p, u in rows}


def run(args: list[str], input: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, args, input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "moscow.txt").write_text(SIGNING_MOSCOW, encoding="utf-8")
    (root / "sub" / "baku.txt").write_text(SIGNING_BAKU, encoding="utf-8")
    with gzip.open(root / "sub" / "deeper" / "cairo.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write(CONGRATULATION)
    (root / "notes.csv").write_text("not an article", encoding="utf-8")   # not an article suffix: ignored
    (root / ".hidden.txt").write_text(VISIT, encoding="utf-8")            # hidden: ignored
    return root


# -- inputs ------------------------------------------------------------------------------------------

def test_folder_is_read_recursively_with_gzip(corpus: Path, tmp_path: Path) -> None:
    code, out, err = run(["ingest", str(corpus), "--graph", str(tmp_path / "g"), "--jobs", "1"])
    assert code == 0, err
    assert "3 new articles" in out
    names = {Path(s).name for s in articles(tmp_path / "g")}
    assert names == {"moscow.txt", "baku.txt", "cairo.txt"}


def test_jsonl_records_give_dates_and_urls(tmp_path: Path) -> None:
    records = [
        {"title": "روسيا وأذربيجان توقعان إعلانا", "maintext": SIGNING_MOSCOW, "date_publish": "2022-02-23 10:15:00",
         "url": "https://news.example/ru-az", "language": "ar"},
        {"text": CONGRATULATION, "date": "2023-03-20", "url": "https://news.example/eg-tn"},
        {"maintext": "The ministers met in Geneva.", "url": "https://news.example/en", "language": "en"},
        {"maintext": VISIT},
    ]
    path = tmp_path / "crawl.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        fh.write("{not json\n")
    report = ingest([str(path)], tmp_path / "g", Options(jobs=1, published=parse_date("2021-01-01")))
    assert report.added == 3
    assert len(report.skipped) == 1 and "language is 'en'" in report.skipped[0]
    assert len(report.failed) == 1 and ":5: not a JSON record" in report.failed[0]
    got = {u: p for p, u in articles(tmp_path / "g").values()}
    assert got == {"https://news.example/ru-az": "2022-02-23", "https://news.example/eg-tn": "2023-03-20",
                   None: "2021-01-01"}


def test_news_please_json_file_and_title(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({
        "title": "هنأ الرئيس المصري نظيره التونسي", "maintext": CONGRATULATION, "date_publish": None,
        "url": "https://news.example/x", "language": "ar"}, ensure_ascii=False), encoding="utf-8")
    items = list(iter_items([str(tmp_path / "a.json")]))
    assert len(items) == 1 and items[0].text.startswith("هنأ الرئيس المصري نظيره التونسي\n\n")
    assert items[0].url == "https://news.example/x" and items[0].published is None


def test_stdin_article_and_stdin_jsonl(tmp_path: Path) -> None:
    code, _out, err = run(["ingest", "-", "--graph", str(tmp_path / "g"), "--published", "2022-04-04",
                          "--jobs", "1"], input=SIGNING_MOSCOW.encode("utf-8"))
    assert code == 0, err
    line = json.dumps({"text": CONGRATULATION, "url": "https://news.example/c"}, ensure_ascii=False)
    code, _out, err = run(["ingest", "-", "--graph", str(tmp_path / "g"), "--jobs", "1"],
                         input=(line + "\n").encode("utf-8"))
    assert code == 0, err
    assert articles(tmp_path / "g") == {"<stdin>": ("2022-04-04", None),
                                        "<stdin>:1": (None, "https://news.example/c")}


def test_glob_and_missing_paths(corpus: Path, tmp_path: Path) -> None:
    code, out, err = run(["ingest", str(corpus / "**" / "*.txt"), str(tmp_path / "nope.txt"),
                          str(tmp_path / "none-*.txt"), "--graph", str(tmp_path / "g"), "--jobs", "1"])
    assert code == 1
    assert "2 new articles" in out
    assert "nope.txt: file not found" in err and "no file matches" in err


def test_parent_key_matches_the_document_key() -> None:
    for text in (SIGNING_MOSCOW, "\ufeff" + VISIT, CONGRATULATION + "\r\n"):
        assert article_key(text) == document_from_text(text, "x").key
    assert arabic_share("abc " * 10)[0] == 0 and arabic_share(SIGNING_MOSCOW)[0] > 100


def test_the_language_check_counts_as_its_patterns() -> None:
    from diplograph.ingest import ARABIC_LETTERS, LETTERS

    def by_patterns(head: str) -> tuple[int, int]:
        return sum(map(len, ARABIC_LETTERS.findall(head))), sum(map(len, LETTERS.findall(head)))

    mixed = ("Москва " + SIGNING_MOSCOW + " ﻻ ﷲ ٣٠ x² _ é 北京 ")
    for text in (mixed, mixed + "𝐀𝐁 😀", "", "123 ...", VISIT * 20):
        assert arabic_share(text) == by_patterns(text[:4000])
    assert arabic_share(mixed) != (0, 0)


# -- incremental, idempotent -----------------------------------------------------------------------

def test_second_run_extracts_nothing_and_output_is_identical(corpus: Path, tmp_path: Path) -> None:
    g = tmp_path / "g"
    first = ingest([str(corpus)], g, Options(jobs=2))
    merged = (g / "diplograph.ttl").read_bytes()
    html_mtime = (g / "diplograph.html").stat().st_mtime_ns
    second = ingest([str(corpus)], g, Options(jobs=2))
    assert (first.added, second.added, second.unchanged) == (3, 0, 3)
    assert (g / "diplograph.ttl").read_bytes() == merged
    assert (g / "diplograph.html").stat().st_mtime_ns == html_mtime      # nothing changed, nothing redrawn
    other = tmp_path / "other"
    ingest([str(corpus)], other, Options(jobs=1))
    assert (other / "diplograph.ttl").read_bytes() == merged              # same input, same bytes


def test_unchanged_files_are_not_even_read_again(corpus: Path, tmp_path: Path) -> None:
    g = tmp_path / "g"
    first = ingest([str(corpus)], g, Options(jobs=1))
    again = ingest([str(corpus)], g, Options(jobs=1))
    # plain files of the same size and mtime are skipped unread (the .gz one is read again: no stamp)
    assert again.unchanged == 3 and 0 < again.read_bytes < first.read_bytes / 2
    moscow = corpus / "moscow.txt"
    os.utime(moscow, ns=(moscow.stat().st_atime_ns, moscow.stat().st_mtime_ns + 10**9))   # touched only
    touched = ingest([str(corpus)], g, Options(jobs=1))
    assert touched.unchanged == 3 and touched.read_bytes > again.read_bytes
    forced = ingest([str(corpus)], g, Options(jobs=1, force=True))
    assert forced.read_bytes == first.read_bytes


def test_same_event_in_two_articles_is_one_event_with_two_pieces_of_evidence(corpus: Path, tmp_path: Path) -> None:
    ingest([str(corpus)], tmp_path / "g", Options(jobs=1))
    rows = select(load_store(tmp_path / "g"), """
        SELECT ?e (COUNT(DISTINCT ?art) AS ?n) WHERE {
          ?e a dg:Signing ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?span . ?span dg:sourceArticle ?art
        } GROUP BY ?e""")
    assert len(rows) == 1 and rows[0][1] == "2"
    parties = select(load_store(tmp_path / "g"), "SELECT DISTINCT ?c WHERE { ?e a dg:Signing ; dg:party ?c }")
    assert [c.rsplit("/", 1)[1] for (c,) in parties] == ["AZ", "RU"]


def test_changed_article_replaces_its_facts(corpus: Path, tmp_path: Path) -> None:
    g = tmp_path / "g"
    ingest([str(corpus)], g, Options(jobs=1))
    old_key = article_key(SIGNING_MOSCOW)
    assert GraphDir(g).shard(old_key).exists()
    (corpus / "moscow.txt").write_text(VISIT, encoding="utf-8")
    report = ingest([str(corpus)], g, Options(jobs=1))
    assert (report.added, report.replaced, report.unchanged) == (0, 1, 2)
    assert not GraphDir(g).shard(old_key).exists()
    store = load_store(g)
    assert select(store, "SELECT ?e WHERE { ?e a dg:Visit }")
    # the signing is still there, now from the Baku article only
    rows = select(store, "SELECT DISTINCT ?art WHERE { ?e a dg:Signing ; "
                         "<http://www.w3.org/ns/prov#wasDerivedFrom>/dg:sourceArticle ?art }")
    assert [a.rsplit("/", 1)[1] for (a,) in rows] == [article_key(SIGNING_BAKU)]
    assert old_key not in (g / "diplograph.ttl").read_text(encoding="utf-8")


def test_same_text_in_two_files_survives_when_one_changes(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(CONGRATULATION, encoding="utf-8")
    (corpus / "b.txt").write_text(CONGRATULATION, encoding="utf-8")
    g = tmp_path / "g"
    report = ingest([str(corpus)], g, Options(jobs=2))
    assert (report.added, report.unchanged) == (1, 1)
    (corpus / "a.txt").write_text(VISIT, encoding="utf-8")
    ingest([str(corpus)], g, Options(jobs=1))
    assert GraphDir(g).shard(article_key(CONGRATULATION)).exists()        # b.txt still says it
    assert GraphDir(g).shard(article_key(VISIT)).exists()


def test_remove_by_source_key_and_url(corpus: Path, tmp_path: Path) -> None:
    g = tmp_path / "g"
    ingest([str(corpus)], g, Options(jobs=1))
    code, out, err = run(["remove", str(corpus / "moscow.txt"), article_key(SIGNING_BAKU)[:6],
                          "--graph", str(g)])
    assert code == 0, err
    assert "2 removed" in out
    assert {Path(s).name for s in articles(g)} == {"cairo.txt"}
    assert "person" in (g / "entities.ttl").read_text(encoding="utf-8")
    assert "country:RU" not in (g / "diplograph.ttl").read_text(encoding="utf-8")
    code, out, err = run(["remove", "no-such-article", "--graph", str(g)])
    assert code == 1 and "no article in the graph" in err
    # a removed article comes back when ingested again
    assert ingest([str(corpus)], g, Options(jobs=1)).added == 2


def test_build_then_ingest_share_the_folder(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "s.txt").write_text(SIGNING_MOSCOW, encoding="utf-8")
    g = tmp_path / "g"
    code, _out, err = run(["build", "--seeds", str(seeds), "--graph", str(g), "--no-html"])
    assert code == 0, err
    built = (g / "diplograph.ttl").read_bytes()
    code, _out, err = run(["build", "--seeds", str(seeds), "--graph", str(g), "--no-html"])
    assert (g / "diplograph.ttl").read_bytes() == built                   # byte-identical rebuild
    report = ingest([str(seeds / "s.txt")], g, Options(jobs=1, render=False))
    assert (report.added, report.unchanged) == (0, 1)                      # same text: known already
    ingest([str(_write(tmp_path / "c.txt", CONGRATULATION))], g, Options(jobs=1, render=False))
    code, _out, err = run(["build", "--seeds", str(seeds), "--graph", str(g), "--no-html"])
    assert (g / "diplograph.ttl").read_bytes() == built                   # build keeps only the seeds
    assert ingest([str(tmp_path / "c.txt")], g, Options(jobs=1, render=False)).added == 1


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_streamed_merged_file_holds_the_same_graph(corpus: Path, tmp_path: Path) -> None:
    from diplograph.store import write_merged

    g = tmp_path / "g"
    ingest([str(corpus)], g, Options(jobs=1, render=False))
    gd = GraphDir(g)
    sorted_graph = set(ox.parse(path=str(gd.merged), format=ox.RdfFormat.TURTLE))
    write_merged(gd, sorted_limit=0)
    streamed = gd.merged.read_bytes()
    assert set(ox.parse(streamed, format=ox.RdfFormat.TURTLE)) == sorted_graph
    assert streamed.count(b"@prefix dg:") == 1
    write_merged(gd, sorted_limit=0)
    assert gd.merged.read_bytes() == streamed


def test_index_is_a_cache(corpus: Path, tmp_path: Path) -> None:
    g = tmp_path / "g"
    ingest([str(corpus)], g, Options(jobs=1, render=False))
    import shutil

    shutil.rmtree(g / ".cache")
    report = ingest([str(corpus)], g, Options(jobs=1, render=False))
    assert (report.added, report.unchanged, report.articles) == (0, 3, 3)
    (corpus / "moscow.txt").write_text(VISIT, encoding="utf-8")          # identity rebuilt from the shards
    report = ingest([str(corpus)], g, Options(jobs=1, render=False))
    assert (report.replaced, report.articles) == (1, 3)


# -- the lock ----------------------------------------------------------------------------------------

def test_second_concurrent_run_gets_a_clear_message(corpus: Path, tmp_path: Path) -> None:
    g = tmp_path / "g"
    with GraphLock(GraphDir(g), "test holder"):
        proc = subprocess.run([sys.executable, "-c", "from diplograph.cli import main; main()", "ingest",
                               str(corpus), "--graph", str(g)], capture_output=True, text=True, timeout=120, check=False,
                              env={**os.environ, "PYTHONWARNINGS": "error"})
    assert proc.returncode == 1
    assert "being written by another run (test holder, pid" in proc.stderr
    assert not (g / "articles").exists()
    assert ingest([str(corpus)], g, Options(jobs=1, render=False)).added == 3     # lock released


def test_remove_refuses_a_folder_without_articles(tmp_path: Path) -> None:
    code, _out, err = run(["remove", "abcd", "--graph", str(tmp_path / "none")])
    assert code == 1 and "holds no articles" in err
    with pytest.raises(Exception, match="holds no articles"):
        remove(["abcd"], tmp_path / "none")


def test_every_module_the_extraction_loads_is_in_the_extractor_fingerprint() -> None:
    """An edit of any module an extraction runs (or of its language data) makes the next ingest extract
    the articles again: each module loaded by extracting a text is covered by EXTRACTOR_FILES."""
    import subprocess
    import sys

    from diplograph.ingest import EXTRACTOR_FILES, PACKAGE_DIR

    code = ("import sys\nfrom diplograph.pipeline import extract_text\n"
            "extract_text('زار الرئيس التونسي القاهرة أمس.', 'x.txt')\n"
            "print('\\n'.join(sorted(m.__file__ for n, m in sys.modules.items()\n"
            "      if n.startswith('diplograph') and getattr(m, '__file__', None))))\n")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    covered = {p.resolve() for pattern in EXTRACTOR_FILES for p in PACKAGE_DIR.glob(pattern)}
    harmless = {"__init__.py", "errors.py", "paths.py"}     # messages and file locations, not facts
    missing = [f for f in loaded.stdout.split()
               if Path(f).resolve() not in covered and Path(f).name not in harmless]
    assert missing == []
