"""The renderer question of issue 13, measured: sigma.js (WebGL) beside this page's Canvas 2D renderer.

The same synthetic view (scripts/synth_graph.py through `diplograph.render.build_view`: the same nodes,
positions, sizes, colours, labels and edges) is drawn by sigma.js 3 with graphology, and by the page
`diplograph render` writes, in headless Chromium without a GPU (where Chromium runs WebGL on
SwiftShader). sigma.js, graphology and esbuild are installed from the npm registry into a temporary
folder (`npm` must be on PATH) and bundled into the test page; nothing of them stays in the project.

- first frame s: navigation start to the first frame of the whole view with its pixels read back;
- pan/zoom fps:  frames drawn per second while the camera moves every animation frame for 2 s (sigma:
                 each frame a full WebGL render; this page: a bitmap moved, see README);
- frame ms:      one full frame of the whole view, drawn and read back.

    python scripts/bench_webgl.py                  # 1,000 and 5,000 nodes, 3 runs
    python scripts/bench_webgl.py --sizes 5000 --runs 5
    python scripts/bench_webgl.py --readme         # and write the table into README.md
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_render import _cell, chromium_driver, store_with_nodes, time_page  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from diplograph.render import KINDS, build_view, render_html  # noqa: E402
from readme_blocks import write_block  # noqa: E402

PACKAGES = {"sigma": "3.0.3", "graphology": "0.26.0", "esbuild": "0.28.2"}
ENTRY = ('import Graph from "graphology"; import Sigma from "sigma";\n'
         'window.Graph = Graph; window.Sigma = Sigma;\n')
PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<style>html, body { margin: 0; height: 100%; } #g { position: absolute; inset: 0; }</style></head>
<body><div id="g"></div><script>@@BUNDLE@@</script><script>
var D = @@DATA@@, g = new Graph();
D.nodes.forEach(function (n) { g.addNode(n[0], {x: n[1], y: -n[2], size: n[3], color: n[4], label: n[5]}); });
D.edges.forEach(function (e) {
  if (!g.hasEdge(e[0], e[1])) g.addEdge(e[0], e[1], {size: 1, color: '#a9b3bd'});
});
var s = new Sigma(g, document.getElementById('g'), {labelFont: 'Noto Sans Arabic, sans-serif'});
var frames = 0;
s.on('afterRender', function () { frames += 1; });
var copy = document.createElement('canvas'), ctx = copy.getContext('2d');
function flush() {   // read the WebGL pixels back: the frame is finished
  var c = s.getCanvases(); copy.width = c.nodes.width; copy.height = c.nodes.height;
  ctx.drawImage(c.edges, 0, 0); ctx.drawImage(c.nodes, 0, 0); ctx.drawImage(c.labels, 0, 0);
  ctx.getImageData(0, 0, 1, 1);
}
s.render(); flush();
window.dgReadyAt = performance.now();
window.bench = {
  frame: function () { var t = performance.now(); s.render(); flush(); return performance.now() - t; },
  fps: function (ms, done) {
    var cam = s.getCamera(), t0 = performance.now(), f0 = frames, k = 0;
    function step() {
      k += 1;
      cam.setState({x: 0.5 + 0.05 * Math.sin(k / 10), y: 0.5, ratio: 1 + 0.4 * Math.sin(k / 15)});
      if (performance.now() - t0 < ms) requestAnimationFrame(step);
      else done((frames - f0) / ((performance.now() - t0) / 1000));
    }
    requestAnimationFrame(step);
  }
};
</script></body></html>
"""


def sigma_bundle(work: Path) -> str:
    """sigma.js + graphology from the npm registry, bundled into one script by esbuild."""
    (work / "package.json").write_text(json.dumps({"private": True, "dependencies": PACKAGES}),
                                       encoding="utf-8")
    (work / "entry.js").write_text(ENTRY, encoding="utf-8")
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent"], cwd=work, check=True)
    subprocess.run(["npx", "esbuild", "entry.js", "--bundle", "--minify", "--format=iife",
                    "--outfile=bundle.js", "--log-level=warning"], cwd=work, check=True)
    return (work / "bundle.js").read_text(encoding="utf-8")


def sigma_page(size: int, bundle: str, out: Path) -> Path:
    view = build_view(store_with_nodes(size))
    colours = {k: v[2] for k, v in KINDS.items()}
    data = {"nodes": [[n.id, n.x, n.y, max(2.0, n.size / 4), colours[n.kind], n.ar]
                      for n in view.nodes],
            "edges": [[e.source, e.target] for e in view.edges]}
    text = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    head, rest = PAGE.split("@@BUNDLE@@")
    out.write_text(head + bundle + rest.replace("@@DATA@@", text), encoding="utf-8")
    return out


def time_sigma(url: str, profile_root: Path) -> dict[str, float]:
    driver = chromium_driver(Path(tempfile.mkdtemp(dir=profile_root)))
    try:
        driver.get(url)
        WebDriverWait(driver, 300, poll_frequency=0.02).until(
            lambda d: d.execute_script("return window.dgReadyAt !== undefined"))
        out = {"page": float(driver.execute_script("return window.dgReadyAt")) / 1000}
        time.sleep(0.3)
        out["fps"] = float(driver.execute_async_script("bench.fps(2000, arguments[0])"))
        frames = [float(driver.execute_script("return bench.frame()")) for _ in range(3)]
        out["frame"] = statistics.median(frames)
        return out
    finally:
        driver.quit()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--readme", action="store_true", help="write the table into README.md (webgl-bench)")
    args = ap.parse_args(argv)
    lines = [f"Headless Chromium without a GPU, window 1400x900, {time.strftime('%Y-%m-%d')}; "
             f"medians of {args.runs} runs (range).", "",
             "| nodes | renderer | first frame s | pan/zoom fps | frame ms |", "|---|---|---|---|---|"]
    print("\n".join(lines), flush=True)
    with tempfile.TemporaryDirectory(prefix="dg-webgl-") as tmp:
        work = Path(tmp)
        bundle = sigma_bundle(work)
        for size in args.sizes:
            pages = {"sigma.js 3 (WebGL)": sigma_page(size, bundle, work / f"sigma_{size}.html")}
            canvas = work / f"canvas_{size}.html"
            canvas.write_text(render_html(build_view(store_with_nodes(size)), mode="full"), encoding="utf-8")
            pages["this page (Canvas 2D)"] = canvas
            for name, page in pages.items():
                timer = time_sigma if name.startswith("sigma") else time_page
                runs = [timer(page.as_uri(), work) for _ in range(args.runs)]
                cells = [_cell([r[k] for r in runs if k in r], fmt)
                         for k, fmt in (("page", "{:.2f}"), ("fps", "{:.1f}"), ("frame", "{:.0f}"))]
                lines.append(f"| {size:,} | {name} | " + " | ".join(cells) + " |")
                print(lines[-1], flush=True)
    if args.readme:
        write_block("webgl-bench", "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
