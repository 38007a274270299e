"""Time the HTML view in headless Chromium, beside the page it replaced (vis-network, from a git revision).

For each size it writes a synthetic graph folder (scripts/synth_graph.py: made-up states, people,
cities) whose view has about that many nodes, then for each page (this checkout's, and the one
`diplograph render` wrote at --baseline, which inlined vis-network) and each run:

- render s:   `diplograph render --full` as a new process: Python start-up, loading the graph folder,
              building the view and writing the HTML;
- cold s:     a new Chromium process is started and opens the page, until the first full frame is
              drawn (browser start-up included);
- page s:     navigation start to the first full frame (HTML parse, the graph's JSON parsed and
              indexed, layout read, first frame drawn and its pixels flushed);
- type, reset, state, dyad->full ms: clicking a fact-type checkbox, "reset", choosing a state in the
              state filter, switching from the dyad view to the full view, until the frame that shows
              the result is drawn;
- pan/zoom fps: frames drawn per second while the camera moves every animation frame for 2 s;
- frame ms:   (this page) one full frame of the whole view, drawn and flushed, as after a pan stops;
- unfold ms, unfolded frame ms: (this page, above 1,500 nodes, where people and documents open folded
              into their states) showing every node, and one full frame of that view.

Medians of --runs runs, with the range; both pages are timed in the same run on the same graph.

    python scripts/bench_render.py                         # 1,000 and 5,000 nodes, 3 runs
    python scripts/bench_render.py --sizes 5000 --runs 5 --baseline 8d76c49
    python scripts/bench_render.py --readme                # and write the table into README.md

Needs Debian's `chromium` and `chromium-driver` (selenium then never downloads a driver), and git for
the baseline. Timings on a shared machine are noisy: read the ranges.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth_graph import make_quads, write_graph_dir  # noqa: E402
from readme_blocks import write_block  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", "--disable-quic", "--window-size=1400,900"]
BASELINE = "8d76c49"   # the last revision whose page inlined vis-network (issue 13 measured it)

# Operations, each a snippet run in the page; `done(ms)` is called once the frame showing the result is
# drawn: the vis-network page draws on its own schedule ('afterDrawing'), this page draws synchronously
# and `dg.flush()` waits for the pixels.
TIMED = """
var done = arguments[arguments.length - 1], op = arguments[0], t0 = performance.now(), fired = false;
function finish() { if (!fired) { fired = true; done(performance.now() - t0); } }
function run() { OPS[op](); }
var OPS = {
  type: function () { document.querySelector('input[data-filter="Signing"]').click(); },
  reset: function () { document.getElementById('dg-reset').click(); },
  state: function () {
    var s = document.getElementById('dg-state');
    s.value = s.options[1].value; s.dispatchEvent(new Event('change'));
  },
  full: function () { document.getElementById('dg-mode-full').click(); },
  unfold: function () {
    dg.setFilter({kinds: ['country', 'person', 'organization', 'place', 'document', 'event']});
  }
};
if (window.network) { network.once('afterDrawing', finish); setTimeout(finish, 30000); run(); }
else { run(); dg.flush(); finish(); }
"""
PANZOOM = """
var done = arguments[arguments.length - 1], ms = arguments[0], frames = 0, k = 0, t0 = performance.now();
var vis = !!window.network, start = vis ? network.getViewPosition() : null;
var scale = vis ? network.getScale() : 0;
if (vis) network.on('afterDrawing', function () { frames += 1; });
var f0 = vis ? 0 : dg.frames();
function step() {
  k += 1;
  if (vis) network.moveTo({position: {x: start.x + 200 * Math.sin(k / 10), y: start.y},
                          scale: scale * (1 + 0.4 * Math.sin(k / 15))});
  else { dg.pan(6 * Math.cos(k / 10), 0); dg.zoom(1 + 0.02 * Math.cos(k / 15)); }
  if (performance.now() - t0 < ms) requestAnimationFrame(step);
  else done(((vis ? frames : dg.frames() - f0)) / ((performance.now() - t0) / 1000));
}
requestAnimationFrame(step);
"""


def chromium_driver(profile: Path) -> webdriver.Chrome:
    """Headless Chromium with a fresh profile, driven by Debian's chromedriver."""
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_script_timeout(120)
    return driver


def store_with_nodes(target: int) -> ox.Store:
    """A synthetic store whose view has about `target` nodes (used by the screenshot script too)."""
    n_countries, events = _shape(target)
    store = ox.Store()
    store.extend(make_quads(events, seed=1, n_countries=n_countries))
    return store


def _shape(target: int) -> tuple[int, int]:
    n_countries = max(3, min(40, target // 30))
    entities = n_countries * 9  # a state, five officials and three cities each
    return n_countries, max(2, round((target - entities) / 1.33))


def baseline_tree(rev: str, into: Path) -> Path:
    """The package as it was at `rev` (git archive), to render the page it wrote."""
    archive = into / "baseline.tar"
    with archive.open("wb") as fh:
        subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src/diplograph", "ontology"], stdout=fh,
                       check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into / "baseline", filter="data")
    return into / "baseline" / "src"


def render_page(graph: Path, out: Path, pythonpath: Path | None) -> float:
    """`diplograph render --full` in a new process; seconds."""
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    cmd = [sys.executable, "-c", "import sys; from diplograph.cli import main; sys.exit(main())",
           "render", "--graph", str(graph), "-o", str(out), "--full"]
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True, cwd=str(out.parent))
    return time.perf_counter() - t0


def _ready(driver: webdriver.Chrome) -> None:
    WebDriverWait(driver, 300, poll_frequency=0.02).until(
        lambda d: d.execute_script("return window.dgReadyAt !== undefined"))


def time_page(url: str, profile_root: Path) -> dict[str, float]:
    """One cold run: start Chromium, open the page, time the operations."""
    t0 = time.perf_counter()
    driver = chromium_driver(Path(tempfile.mkdtemp(dir=profile_root)))
    try:
        driver.get(url)
        _ready(driver)
        out = {"cold": time.perf_counter() - t0,
               "page": float(driver.execute_script("return window.dgReadyAt")) / 1000}
        time.sleep(0.3)
        for op in ("type", "reset", "state"):
            out[op] = float(driver.execute_async_script(TIMED, op))
            time.sleep(0.2)
        driver.execute_script("document.getElementById('dg-reset').click();"
                              "document.getElementById('dg-mode-dyad').click();")
        time.sleep(1.0)
        out["full"] = float(driver.execute_async_script(TIMED, "full"))
        time.sleep(0.5)
        out["fps"] = float(driver.execute_async_script(PANZOOM, 2000))
        if driver.execute_script("return !window.network"):
            time.sleep(0.3)
            frames = [float(driver.execute_script("return dg.redraw()")) for _ in range(5)]
            out["frame"] = statistics.median(frames)
            folded = "return document.querySelector('#dg-kinds input:not(:checked)') !== null"
            if driver.execute_script(folded):
                out["unfold"] = float(driver.execute_async_script(TIMED, "unfold"))
                time.sleep(0.3)
                frames = [float(driver.execute_script("return dg.redraw()")) for _ in range(5)]
                out["frame_all"] = statistics.median(frames)
        return out
    finally:
        driver.quit()


COLUMNS = [("render", "render s", "{:.2f}"), ("cold", "cold s", "{:.2f}"), ("page", "page s", "{:.2f}"),
           ("type", "type ms", "{:.0f}"), ("reset", "reset ms", "{:.0f}"), ("state", "state ms", "{:.0f}"),
           ("full", "dyad→full ms", "{:.0f}"), ("fps", "pan/zoom fps", "{:.1f}"),
           ("frame", "frame ms", "{:.0f}"), ("unfold", "unfold ms", "{:.0f}"),
           ("frame_all", "unfolded frame ms", "{:.0f}")]


def _cell(values: list[float], fmt: str) -> str:
    if not values:
        return "—"
    med = fmt.format(statistics.median(values))
    return med if len(values) == 1 else f"{med} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def bench(sizes: list[int], runs: int, baseline: str | None, work: Path, emit: Callable[[str], None]) -> None:
    old_src = baseline_tree(baseline, work) if baseline else None
    emit("| nodes | page | HTML MB | " + " | ".join(c[1] for c in COLUMNS) + " |")
    emit("|---|---|---|" + "---|" * len(COLUMNS))
    for size in sizes:
        n_countries, events = _shape(size)
        graph = write_graph_dir(work / f"graph{size}", events, seed=1, n_countries=n_countries)
        pages: list[tuple[str, Path | None]] = [("this page", None)]
        if old_src is not None:
            pages.append((f"vis-network ({baseline})", old_src))
        for name, src in pages:
            html = work / f"{'old' if src else 'new'}_{size}.html"
            samples: dict[str, list[float]] = {c[0]: [] for c in COLUMNS}
            for _ in range(runs):
                samples["render"].append(render_page(graph, html, src))
                for key, value in time_page(html.as_uri(), work).items():
                    samples[key].append(value)
            nodes = _node_count(html)
            row = [f"{nodes:,}", name, f"{html.stat().st_size / 1e6:.1f}"]
            row += [_cell(samples[key], fmt) for key, _, fmt in COLUMNS]
            emit("| " + " | ".join(row) + " |")


def _node_count(html: Path) -> int:
    import json
    import re

    text = html.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="dg-data">(.*?)</script>', text, re.DOTALL)
    return len(json.loads(m.group(1))["nodes"]) if m else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline", default=BASELINE,
                    help="git revision of the page to compare with ('' for none)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the graphs and pages in this folder")
    ap.add_argument("--readme", action="store_true",
                    help="write the table into README.md's render-bench block")
    args = ap.parse_args(argv)
    lines = [f"Headless Chromium {_chromium_version()}, window 1400x900, {time.strftime('%Y-%m-%d')}; "
             f"medians of {args.runs} runs (range).", ""]

    def emit(line: str) -> None:
        lines.append(line)
        print(line, flush=True)

    print(lines[0], flush=True)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        bench(args.sizes, args.runs, args.baseline or None, args.keep, emit)
    else:
        with tempfile.TemporaryDirectory(prefix="dg-bench-") as tmp:
            bench(args.sizes, args.runs, args.baseline or None, Path(tmp), emit)
    if args.readme:
        write_block("render-bench", "\n".join(lines))
    return 0


def _chromium_version() -> str:
    out = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, check=False).stdout
    return next((w for w in out.split() if w[:1].isdigit()), "")


if __name__ == "__main__":
    sys.exit(main())
