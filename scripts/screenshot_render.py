"""Screenshots of the HTML view for the README, taken in headless Chromium, in the Arabic interface.

    python scripts/screenshot_render.py       # docs/screenshot.png (graph/), docs/screenshot-2000.png
    python scripts/screenshot_render.py --graph DIR -o out.png
    python scripts/screenshot_render.py --synthetic 2000 -o big.png     # a made-up graph of ~2,000 nodes

The page is rendered from the graph, opened at 1400x900, and the state with the most events is
clicked, so that the details panel lists its partners and events. Look at the result: Arabic must be
readable (Debian's `fonts-noto-core` gives Chromium the Arabic glyphs).
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
from bench_render import chromium_driver, store_with_nodes  # noqa: E402

from diplograph.render import build_view, render_html  # noqa: E402
from diplograph.store import load_store  # noqa: E402


def screenshot(store: ox.Store, out: Path, *, mode: str | None = None, lang: str = "ar") -> Path:
    view = build_view(store)
    states = [n for n in view.nodes if n.kind == "country"]
    weight = {n.id: 0 for n in states}
    for d in view.dyad_edges:
        weight[d.source] += len(d.events)
        weight[d.target] += len(d.events)
    focus = max(states, key=lambda n: (weight[n.id], -int(n.id[1:])), default=None)
    with tempfile.TemporaryDirectory(prefix="dg-shot-") as tmp:
        page = Path(tmp) / "view.html"
        page.write_text(render_html(view, mode=mode, lang=lang), encoding="utf-8")
        driver = chromium_driver(Path(tmp) / "profile")
        try:
            driver.get(page.as_uri())
            WebDriverWait(driver, 120, poll_frequency=0.1).until(
                lambda d: d.execute_script("return window.dgReadyAt !== undefined"))
            if focus is not None:   # a real click on the state, as a reader would
                x, y = driver.execute_script("return dg.toScreen(arguments[0])", focus.id)
                box = driver.find_element(By.ID, "dg-graph")
                ActionChains(driver).move_to_element_with_offset(
                    box, int(x - box.size["width"] / 2), int(y - box.size["height"] / 2)).click().perform()
                driver.execute_script("document.getElementById('dg-tip').hidden = true;")
            out.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(out))
        finally:
            driver.quit()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--graph", type=Path, default=None, help="graph folder [default: graph]")
    src.add_argument("--synthetic", type=int, metavar="NODES",
                     help="use a made-up graph of about this many nodes")
    ap.add_argument("-o", "--out", type=Path, default=None)
    ap.add_argument("--mode", choices=["full", "dyad"], default=None)
    ap.add_argument("--lang", choices=["ar", "en"], default="ar")
    args = ap.parse_args(argv)
    if args.graph is None and args.synthetic is None and args.out is None:   # the README's two pictures
        for store, name in ((load_store(Path("graph")), "docs/screenshot.png"),
                            (store_with_nodes(2000), "docs/screenshot-2000.png")):
            print(screenshot(store, Path(name), mode="full"), file=sys.stderr)
        return 0
    store = store_with_nodes(args.synthetic) if args.synthetic else load_store(args.graph or Path("graph"))
    out = args.out or Path("docs/screenshot.png")
    print(screenshot(store, out, mode=args.mode, lang=args.lang), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
