"""The HTML view in a real browser (headless Chromium): offline, complete, filterable, safe."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from diplograph.render import View


def open_page(driver, path: Path) -> None:
    driver.get_log("performance")  # drop earlier entries
    driver.get_log("browser")
    driver.get(path.as_uri())
    WebDriverWait(driver, 60, poll_frequency=0.05).until(
        lambda d: d.execute_script("return window.dgReadyAt !== undefined"))


def drawn_nodes(driver) -> list[str]:
    return driver.execute_script("return network.body.data.nodes.getIds()")


def node_id(view: View, en: str) -> str:
    return next(n.id for n in view.nodes if n.en == en or n.en.startswith(en + " "))


def assert_no_script_ran(driver) -> None:
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert  # noqa: B018
    assert driver.execute_script("return window.__xss") is None
    assert driver.execute_script("return document.querySelectorAll('img, svg:not(#dg-legend svg), b[onmouseover]')"
                                 ".length") == 0


def test_loads_offline_with_no_failed_request(chrome, testland_page: Path) -> None:
    chrome.get("about:blank")
    open_page(chrome, testland_page)
    events = [json.loads(e["message"])["message"] for e in chrome.get_log("performance")]
    url = testland_page.as_uri()
    # every request the page made (the browser's own chrome:// pages are not the page's)
    mine = {e["params"]["requestId"]: e["params"]["request"]["url"] for e in events
            if e["method"] == "Network.requestWillBeSent" and e["params"].get("documentURL") == url}
    failed = [mine[e["params"]["requestId"]] for e in events
              if e["method"] == "Network.loadingFailed" and e["params"]["requestId"] in mine]
    assert url in mine.values(), "the performance log did not record the page's own request"
    assert all(u.startswith(("file://", "data:")) for u in mine.values()), sorted(mine.values())
    assert failed == []
    errors = [e for e in chrome.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def test_draws_every_node_of_the_graph(chrome, testland_page: Path, testland_view: View) -> None:
    open_page(chrome, testland_page)
    assert chrome.execute_script("return dg.mode()") == "full"
    assert chrome.execute_script("return network.body.data.nodes.length") == len(testland_view.nodes) == 17
    assert chrome.execute_script("return network.body.data.edges.length") == len(testland_view.edges)
    assert sorted(drawn_nodes(chrome)) == sorted(n.id for n in testland_view.nodes)


def test_fact_type_filter_changes_what_is_drawn(chrome, testland_page: Path, testland_view: View) -> None:
    open_page(chrome, testland_page)
    signing = next(n.id for n in testland_view.nodes if n.subtype == "Signing")
    assert signing in drawn_nodes(chrome)
    chrome.find_element(By.CSS_SELECTOR, 'input[data-filter="Signing"]').click()
    after = drawn_nodes(chrome)
    assert signing not in after
    assert 0 < len(after) < len(testland_view.nodes)
    chrome.find_element(By.ID, "dg-reset").click()
    assert len(drawn_nodes(chrome)) == len(testland_view.nodes)


def test_state_and_date_filters(chrome, testland_page: Path, testland_view: View) -> None:
    open_page(chrome, testland_page)
    examplestan = node_id(testland_view, "Examplestan")
    chrome.execute_script("var s = document.getElementById('dg-state'); s.value = arguments[0];"
                          "s.dispatchEvent(new Event('change'));", examplestan)
    events = {n.id: n for n in testland_view.nodes if n.kind == "event"}
    shown = [i for i in drawn_nodes(chrome) if i in events]
    assert shown and all(examplestan in events[i].states for i in shown)
    assert len(shown) < len(events)
    chrome.find_element(By.ID, "dg-reset").click()
    chrome.execute_script("var f = document.getElementById('dg-from'); f.value = '2021-01-01';"
                          "f.dispatchEvent(new Event('change'));"
                          "var u = document.getElementById('dg-undated'); u.checked = false;"
                          "u.dispatchEvent(new Event('change'));")
    shown = {events[i].subtype for i in drawn_nodes(chrome) if i in events}
    assert shown == {"Congratulation", "Anniversary", "Statement"}


def test_article_text_never_runs_as_html(chrome, testland_page: Path, testland_view: View) -> None:
    open_page(chrome, testland_page)
    # every node's and edge's evidence panel, as a click would open it
    chrome.execute_script("network.body.data.nodes.getIds().forEach(function (id) { dg.showNode(id); });"
                          "network.body.data.edges.getIds().forEach(function (id) { dg.showEdge(id); });")
    signing = next(n.id for n in testland_view.nodes if n.subtype == "Signing")
    # a real click on the signing event's node, and a hover for its tooltip
    pos = chrome.execute_script("var p = network.canvasToDOM(network.getPosition(arguments[0]));"
                                "var c = document.querySelector('#dg-graph canvas').getBoundingClientRect();"
                                "return [p.x - c.width / 2, p.y - c.height / 2];", signing)
    canvas = chrome.find_element(By.CSS_SELECTOR, "#dg-graph canvas")
    ActionChains(chrome).move_to_element_with_offset(canvas, int(pos[0]), int(pos[1])).click().perform()
    sentences = [e.text for e in chrome.find_elements(By.CSS_SELECTOR, "#dg-details .dg-sentence")]
    assert any('<img src=x onerror="window.__xss=1">' in s for s in sentences), sentences
    WebDriverWait(chrome, 5).until(lambda d: d.find_element(By.ID, "dg-tip").is_displayed())
    assert "<img src=x" in chrome.find_element(By.ID, "dg-tip").text
    for label in ("Alef Ba", "Jim Dal", "Testland", "Mock Union"):
        chrome.execute_script("dg.search(arguments[0])", label)
    chrome.execute_script("dg.setLabels('ar'); dg.setMode('dyad'); dg.setMode('full');")
    congrat = [n.id for n in testland_view.nodes if n.subtype == "Congratulation"]
    for i in congrat:
        chrome.execute_script("dg.showNode(arguments[0])", i)
    assert "</script><script>window.__xss=2</script>" in chrome.find_element(By.ID, "dg-details").text \
        or "window.__xss=4" in chrome.find_element(By.ID, "dg-details").text
    assert_no_script_ran(chrome)
    assert chrome.title == "Testland <b>relations</b>"


def test_search_finds_an_arabic_name(chrome, testland_page: Path, testland_view: View) -> None:
    open_page(chrome, testland_page)
    testland = node_id(testland_view, "Testland")
    box = chrome.find_element(By.ID, "dg-search")
    box.send_keys("تستلاند")
    chrome.find_element(By.ID, "dg-search-go").click()
    assert chrome.execute_script("return network.getSelectedNodes()") == [testland]
    assert "تستلاند" in chrome.find_element(By.ID, "dg-details").text
    # hamza-less spelling and English both find their state
    examplestan = node_id(testland_view, "Examplestan")
    assert chrome.execute_script("return dg.search('اكزامبلستان')")[0] == examplestan
    assert chrome.execute_script("return dg.search('mockovia')")[0] == node_id(testland_view, "Mockovia")
    assert chrome.execute_script("return dg.search('no such name')") == []


def test_dyad_view_toggles(chrome, testland_page: Path, testland_view: View) -> None:
    open_page(chrome, testland_page)
    chrome.find_element(By.ID, "dg-mode-dyad").click()
    assert chrome.execute_script("return dg.mode()") == "dyad"
    countries = sorted(n.id for n in testland_view.nodes if n.kind == "country")
    assert sorted(drawn_nodes(chrome)) == countries
    weights = chrome.execute_script("return network.body.data.edges.get().map(e => [e.from, e.to, e.label])")
    assert sorted(weights) == sorted([d.source, d.target, str(d.weight)] for d in testland_view.dyad_edges)
    chrome.find_element(By.CSS_SELECTOR, 'input[data-filter="Congratulation"]').click()
    labels = {(e[0], e[1]): e[2] for e in
              chrome.execute_script("return network.body.data.edges.get().map(e => [e.from, e.to, e.label])")}
    pair = next(d for d in testland_view.dyad_edges if d.weight == 4)
    assert labels[(pair.source, pair.target)] == "2"
    chrome.find_element(By.ID, "dg-mode-full").click()
    assert chrome.execute_script("return dg.mode()") == "full"
    chrome.find_element(By.ID, "dg-reset").click()
    assert chrome.execute_script("return network.body.data.nodes.length") == len(testland_view.nodes)


def test_screenshot_shows_arabic(chrome, testland_page: Path, tmp_path: Path) -> None:
    open_page(chrome, testland_page)
    shot = tmp_path / "testland.png"
    chrome.save_screenshot(str(shot))
    assert shot.stat().st_size > 20_000
    # the page's Arabic font resolves to one with Arabic glyphs (not a box-drawing fallback)
    assert chrome.execute_script("return document.fonts.check('16px \"Noto Sans Arabic\"', 'تستلاند')")


def test_an_empty_graph_opens(chrome, tmp_path: Path) -> None:
    import pyoxigraph as ox

    from diplograph.render import build_view, render_html

    page = tmp_path / "empty.html"
    page.write_text(render_html(build_view(ox.Store())), encoding="utf-8")
    open_page(chrome, page)
    assert chrome.execute_script("return network.body.data.nodes.length") == 0
    assert [e for e in chrome.get_log("browser") if e["level"] == "SEVERE"] == []
