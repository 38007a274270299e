"""Defects 5, 6, 11, 12, 14 and the over-32 MB JSON document: hostile inputs to `diplograph ingest` each
give one line naming the input and the fix, and the run goes on with the other inputs. Runs that could
hang (a FIFO, a symbolic-link loop) run in a subprocess with a deadline."""
from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.ingest import Options, ingest

ARTICLE = ("موسكو - وقع وزير الخارجية الروسي ونظيره الأذربيجاني يوم 22 فبراير 2022 في موسكو على "
           "إعلان التعاون بين روسيا وأذربيجان.\nوقال الوزير إن البلدين شريكان.\n")
DIPLOGRAPH = str(Path(sys.executable).with_name("diplograph"))


def _lines(stderr: str, word: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if word in ln]


def _run(args: list[str], cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([DIPLOGRAPH, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def test_deeply_nested_json_is_one_line_and_the_run_goes_on(tmp_path: Path) -> None:
    good = '{"text": "' + ARTICLE.replace("\n", " ") + '"}\n'
    (tmp_path / "deep.jsonl").write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n" + good,
                                         encoding="utf-8")
    (tmp_path / "deep.json").write_text("[" * 3000 + "]" * 3000, encoding="utf-8")
    (tmp_path / "after.txt").write_text(ARTICLE.replace("22", "23"), encoding="utf-8")
    inputs = [str(tmp_path / name) for name in ("deep.jsonl", "deep.json", "after.txt")]
    res = CliRunner().invoke(cli, ["ingest", *inputs, "--graph", str(tmp_path / "g"), "--jobs", "1"])
    assert res.exit_code == 1, res.output
    deep = _lines(res.stderr, "nested too deeply")
    assert len(deep) == 2 and "deep.jsonl:1:" in deep[0] and "deep.json:" in deep[1], res.stderr
    assert "Traceback" not in res.output
    assert "2 new articles" in res.stdout


def test_a_fifo_is_skipped_not_waited_for(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    os.mkfifo(corpus / "pipe.txt")
    os.mkfifo(tmp_path / "records.jsonl.gz")
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    res = _run(["ingest", "corpus", str(tmp_path / "records.jsonl.gz"), "/dev/zero", "--graph", "g",
                "--jobs", "1"], tmp_path, timeout=60)
    assert res.returncode == 1, res.stderr
    assert len(_lines(res.stderr, "pipe.txt: not a regular file but a FIFO")) == 1, res.stderr
    assert len(_lines(res.stderr, "records.jsonl.gz: not a regular file but a FIFO")) == 1
    assert len(_lines(res.stderr, "/dev/zero: not a regular file but a character device")) == 1
    assert "1 new articles" in res.stdout


def test_a_symlink_loop_under_a_glob_is_reported_and_not_followed(tmp_path: Path) -> None:
    sub = tmp_path / "sl" / "sub"
    sub.mkdir(parents=True)
    (sub / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (sub / "up").symlink_to("..")                   # sl/sub/up -> sl: sl/sub/up/sub/up/... for ever
    res = _run(["ingest", "sl/**/*.txt", "--graph", "g", "--jobs", "1"], tmp_path, timeout=60)
    assert res.returncode == 1, res.stderr
    loop = _lines(res.stderr, "a loop")
    assert len(loop) == 1 and "sl/sub/up:" in loop[0] and "not followed" in loop[0], res.stderr
    assert "1 new articles" in res.stdout


def test_max_mb_is_bounded_and_a_large_limit_reads_only_what_is_there(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    res = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--graph", str(tmp_path / "g"),
                                   "--max-mb", "50000"])
    assert res.exit_code == 2 and "--max-mb" in res.output and "Traceback" not in res.output
    (tmp_path / "a.jsonl").write_text('{"text": "' + ARTICLE.replace("\n", " ") + 'x"}\n', encoding="utf-8")
    report = ingest([str(tmp_path / "a.txt"), str(tmp_path / "a.jsonl")], tmp_path / "g",
                    Options(jobs=1, render=False, max_bytes=50_000_000_000))
    assert report.added == 2 and not report.failed


def test_a_json_document_over_its_limit_is_too_large_not_a_json_error(tmp_path: Path) -> None:
    record = b'{"text": "' + ARTICLE.replace("\n", " ").encode() + b'"},'
    with gzip.open(tmp_path / "big.json.gz", "wb") as fh:
        fh.write(b"[")
        for _ in range(33_000_000 // len(record) + 1):
            fh.write(record)
        fh.write(b'{"text": "x"}]')
    report = ingest([str(tmp_path / "big.json.gz")], tmp_path / "g", Options(jobs=1, render=False))
    assert len(report.failed) == 1
    assert "larger than a JSON document may be" in report.failed[0] and "JSONL" in report.failed[0]


# peak RSS of this process alone (VmHWM: ru_maxrss would count the forking parent's as well)
SKIPPED_RSS = """
import sys
from pathlib import Path
from diplograph.ingest import Options, ingest
report = ingest([sys.argv[1]], Path(sys.argv[2]), Options(jobs=1, render=False))
hwm = next(ln for ln in open("/proc/self/status") if ln.startswith("VmHWM:"))
print(len(report.skipped), int(hwm.split()[1]) // 1024)
"""


def test_memory_stays_bounded_over_many_skipped_records(tmp_path: Path) -> None:
    n = 600_000
    with gzip.open(tmp_path / "skips.jsonl.gz", "wb") as fh:
        fh.write(b'{"text": "x", "language": "en"}\n' * n)
    assert (tmp_path / "skips.jsonl.gz").stat().st_size < 100_000
    args = [sys.executable, "-c", SKIPPED_RSS, str(tmp_path / "skips.jsonl.gz"), str(tmp_path / "g")]
    out = subprocess.run(args, capture_output=True, text=True, timeout=300, check=True).stdout.split()
    skipped, peak_mb = int(out[0]), int(out[1])
    assert skipped == n
    assert peak_mb < 110, f"{peak_mb} MB for {n} skipped records"   # keeping every line: ~60 MB more


def test_file_names_with_newlines_are_shown_escaped_on_one_line(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "x.txt\ndiplograph: failed: fake.txt").write_bytes(b"")
    (corpus / "y\u202e.txt").write_bytes(b"")
    res = CliRunner().invoke(cli, ["ingest", str(corpus), "--graph", str(tmp_path / "g")])
    assert res.exit_code == 1
    lines = res.stderr.splitlines()
    assert len(lines) == 2, lines
    assert "x.txt\\ndiplograph: failed: fake.txt: empty" in lines[0] or "x.txt\\ndiplograph" in lines[0]
    assert "y\\u202e.txt" in lines[1]
    assert not any(ln.startswith("diplograph: failed: fake.txt") for ln in lines)
