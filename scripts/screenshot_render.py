"""Screenshot of the HTML view for the README, taken in headless Chromium.

    python scripts/screenshot_render.py                          # graph/ -> docs/screenshot.png
    python scripts/screenshot_render.py --graph DIR -o out.png
    python scripts/screenshot_render.py --synthetic 40           # a made-up graph (scripts/synth_graph.py)

The page is rendered from the graph, opened at 1400x900, and the event with the most sentences behind
it is clicked so that the evidence panel shows. Look at the result: Arabic must be readable (Debian's
`fonts-noto-core` gives Chromium the Arabic glyphs).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_render import chromium_driver
from synth_graph import make_quads

from diplograph.render import build_view, render_html
from diplograph.store import load_store


def screenshot(store: ox.Store, out: Path, *, mode: str | None = None, zoom: float = 1.0) -> Path:
    view = build_view(store)
    events = [n for n in view.nodes if n.kind == "event"]
    focus = max(events, key=lambda n: (len(n.evidence), n.subtype == "Signing", -int(n.id[1:])), default=None)
    with tempfile.TemporaryDirectory(prefix="dg-shot-") as tmp:
        page = Path(tmp) / "view.html"
        page.write_text(render_html(view, mode=mode), encoding="utf-8")
        driver = chromium_driver(Path(tmp) / "profile")
        try:
            driver.get(page.as_uri())
            WebDriverWait(driver, 120, poll_frequency=0.1).until(
                lambda d: d.execute_script("return window.dgReadyAt !== undefined"))
            if zoom != 1.0:
                driver.execute_script("network.moveTo({scale: network.getScale() * arguments[0]})", zoom)
            if focus is not None and driver.execute_script("return dg.mode()") == "full":
                pos = driver.execute_script(
                    "var p = network.canvasToDOM(network.getPosition(arguments[0]));"
                    "var c = document.querySelector('#dg-graph canvas').getBoundingClientRect();"
                    "return [p.x - c.width / 2, p.y - c.height / 2];", focus.id)
                canvas = driver.find_element(By.CSS_SELECTOR, "#dg-graph canvas")
                ActionChains(driver).move_to_element_with_offset(canvas, int(pos[0]), int(pos[1])).click().perform()
                driver.execute_script("document.getElementById('dg-tip').hidden = true;")
            out.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(out))
        finally:
            driver.quit()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--graph", type=Path, default=Path("graph"), help="graph folder [default: graph]")
    src.add_argument("--synthetic", type=int, metavar="EVENTS", help="use a made-up graph of this many events")
    ap.add_argument("-o", "--out", type=Path, default=Path("docs/screenshot.png"))
    ap.add_argument("--mode", choices=["full", "dyad"], default=None)
    ap.add_argument("--zoom", type=float, default=1.0, help="zoom in this much after fitting the graph")
    args = ap.parse_args(argv)
    if args.synthetic:
        store = ox.Store()
        store.extend(make_quads(args.synthetic, seed=3, n_countries=5))
    else:
        store = load_store(args.graph)
    print(screenshot(store, args.out, mode=args.mode, zoom=args.zoom), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
