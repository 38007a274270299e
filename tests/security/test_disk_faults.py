"""Defect 7: a full disk and a read-only folder end `ingest`, `remove`, `build`, `render`, `extract -o` and
`export -o` with one line naming the file and the fix, never a traceback. The disk is a real tmpfs,
mounted in a private mount namespace (`unshare`), so nothing outside the test sees it."""
from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

EXE = str(Path(sys.executable).with_name("diplograph"))
DIPLOGRAPH = shlex.quote(EXE)
ARTICLE = ("موسكو - وقع وزير الخارجية الروسي ونظيره الأذربيجاني يوم {n} فبراير 2022 في موسكو على "
           "إعلان التعاون بين روسيا وأذربيجان.\nوقال الوزير إن البلدين شريكان في {n} مجالا.\n")


def _corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(1, n + 1):
        (folder / f"a{i:02d}.txt").write_text(ARTICLE.format(n=i), encoding="utf-8")


def _in_private_tmpfs(tmp_path: Path, size: str, steps: list[tuple[str, str]]) -> dict[str, tuple[int, str]]:
    """Mount a tmpfs of `size` at tmp_path/mnt in a mount namespace of its own, run the shell `steps`
    (name, command) there; (exit code, stderr) of each."""
    mnt = tmp_path / "mnt"
    mnt.mkdir(exist_ok=True)
    lines = [f"mount -t tmpfs -o size={size} tmpfs {shlex.quote(str(mnt))} || exit 99",
             f"cd {shlex.quote(str(tmp_path))}"]
    for name, command in steps:
        lines.append(f"{command} 2> err-{name}; echo \"{name} $?\" >> codes")
    subprocess.run(["unshare", "--map-root-user", "--mount", "sh", "-c", "\n".join(lines)], check=True,
                   timeout=600, stdin=subprocess.DEVNULL, capture_output=True)
    out = {}
    for row in (tmp_path / "codes").read_text().splitlines():
        name, code = row.split()
        out[name] = (int(code), (tmp_path / f"err-{name}").read_text(encoding="utf-8"))
    (tmp_path / "codes").unlink()
    return out


def _one_line(stderr: str, *words: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("diplograph: error: ") and "Traceback" not in stderr, stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("size", ["40k", "120k", "300k"])
def test_full_disk_is_one_line(tmp_path: Path, size: str) -> None:
    _corpus(tmp_path / "corpus", 30)
    got = _in_private_tmpfs(tmp_path, size, [
        ("ingest", f"{DIPLOGRAPH} ingest corpus --graph mnt/graph --jobs 2"),
        ("query", f"{DIPLOGRAPH} query --graph mnt/graph 'ASK {{ ?s ?p ?o }}'"),
    ])
    code, err = got["ingest"]
    assert code == 1
    line = _one_line(err, "mnt/graph", "the disk is full")
    assert "No space left on device" in line or "database or disk is full" in line
    assert "Traceback" not in got["query"][1]


def test_read_only_folder_is_one_line_for_every_writing_command(tmp_path: Path) -> None:
    _corpus(tmp_path / "corpus", 2)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "s.txt").write_text(ARTICLE.format(n=9), encoding="utf-8")
    g = "--graph mnt/graph"
    got = _in_private_tmpfs(tmp_path, "20m", [
        ("first", f"{DIPLOGRAPH} ingest corpus/a01.txt {g} --jobs 1"),
        ("ro", f"mount -o remount,ro {shlex.quote(str(tmp_path / 'mnt'))}"),
        ("ingest", f"{DIPLOGRAPH} ingest corpus/a02.txt {g} --jobs 1"),
        ("remove", f"{DIPLOGRAPH} remove corpus/a01.txt {g}"),
        ("build", f"{DIPLOGRAPH} build --seeds seeds {g}"),
        ("render", f"{DIPLOGRAPH} render {g}"),
        ("extract", f"{DIPLOGRAPH} extract corpus/a02.txt -o mnt/facts.ttl"),
        ("export", f"{DIPLOGRAPH} export {g} -o mnt/graph.nt --format nt"),
        ("query", f"{DIPLOGRAPH} query {g} 'ASK {{ ?s a dg:Country }}'"),
    ])
    assert got["first"][0] == 0 and got["ro"][0] == 0, got
    for name in ("ingest", "remove", "build", "render", "extract", "export"):
        code, err = got[name]
        assert code == 1, (name, err)
        _one_line(err, "Read-only file system", "give a folder on a writable disk", "mnt/")
    assert got["query"][0] == 0       # reading still works


def test_export_file_gets_the_usual_mode(seed_graph_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.nt"
    subprocess.run(f"umask 022 && {DIPLOGRAPH} export --graph {shlex.quote(str(seed_graph_dir))} --format nt "
                   f"-o {shlex.quote(str(out))}", shell=True, check=True, timeout=300)
    assert out.stat().st_mode & 0o777 == 0o644
    out.chmod(0o640)
    subprocess.run([EXE, "export", "--graph", str(seed_graph_dir),
                    "--format", "nt", "-o", str(out)], check=True, timeout=300)
    assert out.stat().st_mode & 0o777 == 0o640        # replacing a file keeps its mode
