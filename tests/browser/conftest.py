"""Headless Chromium for the HTML view's tests, and the page of a made-up graph (testland.trig).

Uses Debian's `chromium` and `chromium-driver` (installed by .ci/run): selenium is pointed at both, so
it never downloads a browser or a driver. Without them the tests are skipped, except under CI, where
a missing browser is an error.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from diplograph.render import View, build_view, render_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", "--disable-quic", "--window-size=1400,900"]
TESTLAND = Path(__file__).with_name("testland.trig")


def make_testland_store() -> ox.Store:
    store = ox.Store()
    store.load(path=str(TESTLAND), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="session")
def chrome(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium and chromium-driver are missing: .ci/run installs them")
        pytest.skip("headless Chromium not installed (apt-get install chromium chromium-driver fonts-noto-core)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(opts.arguments[-1].split("=", 1)[1], ignore_errors=True)


@pytest.fixture(scope="session")
def testland_view() -> View:
    return build_view(make_testland_store())


@pytest.fixture(scope="session")
def testland_page(tmp_path_factory: pytest.TempPathFactory, testland_view: View) -> Path:
    path = tmp_path_factory.mktemp("page") / "testland.html"
    path.write_text(render_html(testland_view, title="Testland <b>relations</b>"), encoding="utf-8")
    return path
