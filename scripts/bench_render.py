"""Time the HTML view: page generation in Python and time-to-interactive in headless Chromium.

For each size it builds a synthetic graph (scripts/synth_graph.py: made-up states, people, cities)
whose view has about that many nodes, renders the page (`diplograph.render`), opens it in headless
Chromium through selenium and reads `window.dgReadyAt`: milliseconds from navigation start to the
first frame drawn after the layout is final (physics stabilised, or positions precomputed).
Medians of 3 runs, printed as a table.

    python scripts/bench_render.py                    # 100 / 1,000 / 5,000 nodes, both views
    python scripts/bench_render.py --sizes 2000 --runs 3

Needs Debian's `chromium` and `chromium-driver` (selenium then never downloads a driver).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth_graph import make_quads

from diplograph.render import build_view, render_html

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", "--disable-quic", "--window-size=1400,900"]


def chromium_driver(profile: Path) -> webdriver.Chrome:
    """Headless Chromium with a fresh profile, driven by Debian's chromedriver."""
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={profile}")
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)


def store_with_nodes(target: int) -> ox.Store:
    """A synthetic store whose view has about `target` nodes (countries scale with the size)."""
    n_countries = max(3, min(40, target // 30))
    entities = n_countries * 9  # a state, five officials and three cities each
    events = max(2, round((target - entities) / 1.33))
    store = ox.Store()
    store.extend(make_quads(events, seed=1, n_countries=n_countries))
    return store


def time_page(driver: webdriver.Chrome, url: str, timeout: float = 300) -> float:
    """Milliseconds from navigation start to the page's first final frame."""
    driver.get("about:blank")
    driver.get(url)
    WebDriverWait(driver, timeout, poll_frequency=0.05).until(
        lambda d: d.execute_script("return window.dgReadyAt !== undefined"))
    return float(driver.execute_script("return window.dgReadyAt"))


def bench(sizes: list[int], runs: int, out_dir: Path) -> list[dict[str, object]]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="dg-bench-profile-") as profile:
        driver = chromium_driver(Path(profile))
        try:
            for size in sizes:
                store = store_with_nodes(size)
                gen = []
                for _ in range(runs):
                    t0 = time.perf_counter()
                    view = build_view(store)
                    page = render_html(view)
                    gen.append(time.perf_counter() - t0)
                for mode in ("full", "dyad"):
                    path = out_dir / f"bench_{size}_{mode}.html"
                    path.write_text(render_html(view, mode=mode), encoding="utf-8")
                    ready = [time_page(driver, path.as_uri()) for _ in range(runs)]
                    drawn = driver.execute_script("return network.body.data.nodes.length")
                    rows.append({"target": size, "nodes": len(view.nodes), "edges": len(view.edges),
                                 "mode": mode, "default": view.default_mode == mode, "drawn": drawn,
                                 "mb": len(page.encode()) / 1e6, "generate": statistics.median(gen),
                                 "ready": statistics.median(ready) / 1000})
                    print(_row(rows[-1]), flush=True)
        finally:
            driver.quit()
    return rows


HEADER = f"{'nodes':>6} {'edges':>6} {'view':>5} {'drawn':>6} {'HTML MB':>8} {'generate s':>10} {'interactive s':>13}"


def _row(r: dict[str, object]) -> str:
    mode = f"{r['mode']}{'*' if r['default'] else ''}"
    return (f"{r['nodes']:>6} {r['edges']:>6} {mode:>5} {r['drawn']:>6} {r['mb']:>8.2f} "
            f"{r['generate']:>10.2f} {r['ready']:>13.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path, default=None, help="keep the pages in this folder")
    args = ap.parse_args(argv)
    print(f"{HEADER}   (* = the view the page opens in; medians of {args.runs})", flush=True)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        bench(args.sizes, args.runs, args.out)
    else:
        with tempfile.TemporaryDirectory(prefix="dg-bench-") as tmp:
            bench(args.sizes, args.runs, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
