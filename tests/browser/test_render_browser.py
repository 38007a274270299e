"""The HTML view in a real browser (headless Chromium): offline, complete, every node answers, a readable
overview, time, Arabic first, search, exports, the view in the URL, safe with hostile text."""
from __future__ import annotations

import base64
import csv
import io
import json
import time
from pathlib import Path

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from diplograph import render
from diplograph.render import View, build_view, render_html

TESTLAND = Path(__file__).with_name("testland.trig")


def make_testland_store():
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(TESTLAND), format=ox.RdfFormat.TRIG)
    return store


def open_page(driver, path: Path, fragment: str = "", size: tuple[int, int] = (1400, 900)) -> None:
    driver.set_window_size(*size)
    driver.get("about:blank")
    driver.get_log("performance")  # drop earlier entries
    driver.get_log("browser")
    driver.get(path.as_uri() + (f"#{fragment}" if fragment else ""))
    WebDriverWait(driver, 60, poll_frequency=0.05).until(
        lambda d: d.execute_script("return window.dgReadyAt !== undefined"))


def js(driver, script: str, *args):
    return driver.execute_script(script if script.startswith("return") else "return " + script, *args)


def visible(driver) -> set[str]:
    return set(js(driver, "dg.visibleNodes()"))


def node_id(view: View, en: str) -> str:
    return next(n.id for n in view.nodes if n.en == en or n.en.startswith(en + " "))


def click_node(driver, nid: str) -> None:
    """A real click on the canvas where the node is drawn."""
    x, y = js(driver, "dg.toScreen(arguments[0])", nid)
    box = driver.find_element(By.ID, "dg-graph")
    w, h = box.size["width"], box.size["height"]
    ActionChains(driver).move_to_element_with_offset(box, int(x - w / 2), int(y - h / 2)).click().perform()


def interface_texts(driver) -> list[str]:
    """The visible texts of the interface that follow its language."""
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, "[data-i18n]:not(option)")
            if e.is_displayed()]


def allow_downloads(driver, folder: Path) -> None:
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)})


def all_on_screen(driver) -> bool:
    return set(js(driver, "dg.onScreen()")) == visible(driver)


def assert_no_script_ran(driver) -> None:
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert  # noqa: B018
    assert driver.execute_script("return window.__xss") is None
    assert js(driver, "document.querySelectorAll('img, svg:not(#dg-legend svg):not(#dg-histogram), "
                      "b[onmouseover], [onerror], [onload]').length") == 0


def test_loads_offline_with_no_request_and_no_error(chrome, testland_page: Path) -> None:
    open_page(chrome, testland_page)
    # use the page: panels, search, exports, both languages and views
    chrome.execute_script("dg.search('تستلاند'); dg.showPair(arguments[0], arguments[1]); dg.csv(); dg.png();"
                          "dg.setLang('en'); dg.setMode('dyad'); dg.setMode('full'); dg.setLang('ar');",
                          *js(chrome, "dg.visibleNodes().slice(0, 2)"))
    events = [json.loads(e["message"])["message"] for e in chrome.get_log("performance")]
    url = testland_page.as_uri()
    requests = [e["params"]["request"]["url"] for e in events if e["method"] == "Network.requestWillBeSent"]
    mine = [u for u in requests if not u.startswith(("chrome:", "about:"))]
    assert mine and all(u.split("#")[0] == url for u in mine), mine   # the page itself, nothing else
    failed = [e for e in events if e["method"] == "Network.loadingFailed"]
    assert failed == []
    assert [e for e in chrome.get_log("browser") if e["level"] == "SEVERE"] == []


def test_draws_every_node_of_the_graph(chrome, testland_page: Path, testland_view: View) -> None:
    open_page(chrome, testland_page)
    assert js(chrome, "dg.mode()") == "full"
    assert js(chrome, "dg.visibleNodeCount()") == len(testland_view.nodes) == 18
    assert js(chrome, "dg.visibleEdgeCount()") == len(testland_view.edges)
    assert visible(chrome) == {n.id for n in testland_view.nodes}
    assert all_on_screen(chrome)


def test_clicking_a_state_lists_its_partners_and_opens_a_sentence(chrome, testland_page: Path,
                                                                   testland_view: View) -> None:
    open_page(chrome, testland_page)
    testland, mockovia = node_id(testland_view, "Testland"), node_id(testland_view, "Mockovia")
    click_node(chrome, testland)
    details = chrome.find_element(By.ID, "dg-details")
    assert details.get_attribute("data-showing") == testland
    partners = [b.get_attribute("data-partner")
                for b in details.find_elements(By.CSS_SELECTOR, "#dg-partners [data-partner]")]
    assert partners == [mockovia, node_id(testland_view, "Examplestan")]   # ranked: 4 events, then 1
    details.find_element(By.CSS_SELECTOR, f'[data-partner="{mockovia}"]').click()
    assert details.get_attribute("data-showing") == f"{testland}|{mockovia}"
    assert "2022" in details.text and "1992" in details.text          # the pair's timeline, by year
    signing = next(n.id for n in testland_view.nodes if n.subtype == "Signing")
    click_node(chrome, testland)
    details.find_element(By.CSS_SELECTOR, f'[data-node="{signing}"]').click()
    assert details.get_attribute("data-showing") == signing
    sentences = [e.text for e in details.find_elements(By.CSS_SELECTOR, ".dg-sentence")]
    assert any("وقع رئيس تستلاند" in s for s in sentences)
    link = details.find_element(By.CSS_SELECTOR, ".dg-ev a")
    assert link.get_attribute("href") == "https://news.example/testland/1"   # the article's URL
    # a signatory in the panel links onward to the person, whose panel lists their office and events
    alef = node_id(testland_view, "Alef Ba")
    details.find_element(By.CSS_SELECTOR, f'[data-node="{alef}"]').click()
    assert details.get_attribute("data-showing") == alef
    assert "رئيس الدولة" in details.text
    assert len(details.find_elements(By.CSS_SELECTOR, "li [data-node]")) >= 2


def test_sources_are_urls_or_file_names_never_local_paths(chrome, testland_page: Path,
                                                          testland_view: View) -> None:
    open_page(chrome, testland_page)
    visit = next(n.id for n in testland_view.nodes if n.subtype == "Visit")
    chrome.execute_script("dg.showNode(arguments[0])", visit)
    text = chrome.find_element(By.ID, "dg-details").text
    assert "002_mockovia.txt" in text and "/srv/crawl" not in text
    assert "/srv/crawl" not in testland_page.read_text(encoding="utf-8")


def test_a_document_answers(chrome, testland_page: Path, testland_view: View) -> None:
    open_page(chrome, testland_page)
    doc = next(n.id for n in testland_view.nodes if n.subtype == "Agreement")
    chrome.execute_script("dg.showNode(arguments[0])", doc)
    text = chrome.find_element(By.ID, "dg-details").text
    for expected in ("ألف باء", "جيم دال", "تستلاند", "إكزامبلستان", "2020-05-10", "مدينة الاختبار",
                     "وقع رئيس تستلاند"):
        assert expected in text, expected


def test_focus_one_and_two_steps_fits_the_view(chrome, testland_page: Path, testland_view: View) -> None:
    open_page(chrome, testland_page)
    testland = node_id(testland_view, "Testland")
    chrome.execute_script("dg.showNode(arguments[0])", testland)
    chrome.find_element(By.XPATH, "//div[@id='dg-details']//button[contains(., 'خطوة واحدة')]").click()
    one = visible(chrome)
    neighbours = {testland} | {e.source for e in testland_view.edges if e.target == testland} | \
        {e.target for e in testland_view.edges if e.source == testland}
    assert one == neighbours
    assert all_on_screen(chrome)
    chrome.find_element(By.CSS_SELECTOR, '#dg-focus-bar [data-depth="2"]').click()
    two = visible(chrome)
    assert one < two < {n.id for n in testland_view.nodes}
    assert all_on_screen(chrome)
    # keyboard: arrows pan, + zooms, 0 fits, Esc leaves the focus
    graph = chrome.find_element(By.ID, "dg-graph")
    before = js(chrome, "dg.camera()")
    graph.send_keys(Keys.ARROW_LEFT)
    graph.send_keys("+")
    after = js(chrome, "dg.camera()")
    assert after["x"] < before["x"] and after["k"] > before["k"]
    graph.send_keys("0")
    assert all_on_screen(chrome)
    graph.send_keys(Keys.ESCAPE)
    assert visible(chrome) == {n.id for n in testland_view.nodes}
    assert not chrome.find_element(By.ID, "dg-focus-bar").is_displayed()


def test_fit_button_and_refit_after_filters(chrome, testland_page: Path, testland_view: View) -> None:
    open_page(chrome, testland_page)
    chrome.execute_script("dg.zoom(6); dg.pan(400, 300)")
    assert not all_on_screen(chrome)
    chrome.find_element(By.ID, "dg-fit").click()
    assert all_on_screen(chrome)
    chrome.execute_script("dg.zoom(6); dg.pan(-300, 200)")
    chrome.find_element(By.CSS_SELECTOR, 'input[data-filter="Congratulation"]').click()
    shown = visible(chrome)
    assert 0 < len(shown) < len(testland_view.nodes)
    assert all_on_screen(chrome)
    cam = js(chrome, "dg.camera()")
    chrome.find_element(By.ID, "dg-reset").click()
    assert visible(chrome) == {n.id for n in testland_view.nodes}
    assert js(chrome, "dg.camera()") != cam and all_on_screen(chrome)


def test_filters_hide_the_panel_and_tooltip_of_what_they_hide(chrome, testland_page: Path,
                                                             testland_view: View) -> None:
    open_page(chrome, testland_page)
    signing = next(n.id for n in testland_view.nodes if n.subtype == "Signing")
    x, y = js(chrome, "dg.toScreen(arguments[0])", signing)
    box = chrome.find_element(By.ID, "dg-graph")
    ActionChains(chrome).move_to_element_with_offset(
        box, int(x - box.size["width"] / 2), int(y - box.size["height"] / 2)).perform()
    WebDriverWait(chrome, 5).until(lambda d: d.find_element(By.ID, "dg-tip").is_displayed())
    chrome.execute_script("dg.showNode(arguments[0])", signing)
    chrome.execute_script("document.querySelector('input[data-filter=\"Signing\"]').click()")
    assert signing not in visible(chrome)
    assert not chrome.find_element(By.ID, "dg-tip").is_displayed()
    assert chrome.find_element(By.ID, "dg-details").get_attribute("data-showing") in (None, "")


def test_time_brush_filters_and_counts_change(chrome, testland_page: Path, testland_view: View) -> None:
    open_page(chrome, testland_page)
    counts = {e.get_attribute("data-count"): e.text
              for e in chrome.find_elements(By.CSS_SELECTOR, "#dg-types [data-count]")}
    assert counts["Congratulation"] == "2" and counts["Signing"] == "1"
    testland = node_id(testland_view, "Testland")
    option = f'#dg-state option[value="{testland}"]'
    assert chrome.find_element(By.CSS_SELECTOR, option).get_attribute("data-count") == "5"
    hist = chrome.find_element(By.ID, "dg-histogram")
    w = hist.size["width"]
    # brush from 2021 to the end of the axis (1992 .. 2023: 32 yearly bins)
    start = int((2021 - 1992 + 0.5) / 32 * w - w / 2)
    ActionChains(chrome).move_to_element_with_offset(hist, start, 0).click_and_hold() \
        .move_to_element_with_offset(hist, int(w / 2) - 2, 0).release().perform()
    assert js(chrome, "dg.state()").find("from=2021-01-01") >= 0
    events = {n.id: n for n in testland_view.nodes if n.kind == "event"}
    shown = {events[i].subtype for i in visible(chrome) if i in events}
    assert shown == {"Congratulation", "Anniversary", "Statement", "Meeting"}   # the meeting is undated
    chrome.find_element(By.ID, "dg-undated").click()
    shown = {events[i].subtype for i in visible(chrome) if i in events}
    assert shown == {"Congratulation", "Anniversary", "Statement"}
    counts = {e.get_attribute("data-count"): e.text
              for e in chrome.find_elements(By.CSS_SELECTOR, "#dg-types [data-count]")}
    assert counts["Signing"] == "0" and counts["Congratulation"] == "2"
    assert chrome.find_element(By.CSS_SELECTOR, option).get_attribute("data-count") == "3"
    assert "(3)" in chrome.find_element(By.CSS_SELECTOR, option).text
    chrome.find_element(By.ID, "dg-range-clear").click()
    assert len(visible(chrome)) == len(testland_view.nodes)


def test_play_steps_through_the_years(chrome, testland_page: Path) -> None:
    open_page(chrome, testland_page)
    chrome.find_element(By.ID, "dg-play").click()
    assert "from=1992-01-01&to=1992-12-31" in js(chrome, "dg.state()")
    WebDriverWait(chrome, 5).until(lambda d: "from=1993-01-01" in js(d, "dg.state()"))
    chrome.find_element(By.ID, "dg-play").click()
    stopped = js(chrome, "dg.state()")
    time.sleep(1.2)
    assert js(chrome, "dg.state()") == stopped


def test_arabic_interface_mirrors_and_english_switch(chrome, testland_page: Path) -> None:
    open_page(chrome, testland_page)
    html = chrome.find_element(By.TAG_NAME, "html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
    controls = chrome.find_element(By.ID, "dg-controls").rect
    panel = chrome.find_element(By.ID, "dg-panel").rect
    assert controls["x"] > panel["x"]      # filters on the right, details on the left
    texts = interface_texts(chrome)
    assert texts and all(any("\u0600" <= c <= "\u06ff" for c in t) for t in texts if t not in ("CSV",)), texts
    assert "التسميات" in chrome.find_element(By.ID, "dg-header").text
    # the user's title, as text
    assert chrome.find_element(By.ID, "dg-title").text == "Testland <b>relations</b>"
    chrome.find_element(By.ID, "dg-lang-en").click()
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("en", "ltr")
    assert chrome.find_element(By.ID, "dg-controls").rect["x"] < \
        chrome.find_element(By.ID, "dg-panel").rect["x"]
    texts = interface_texts(chrome)
    assert all(not any("\u0600" <= c <= "\u06ff" for c in t) for t in texts), texts
    assert "Signing" in chrome.find_element(By.ID, "dg-types").text
    assert "Full graph" in chrome.find_element(By.ID, "dg-status").text
    assert chrome.find_element(By.ID, "dg-title").text == "Testland <b>relations</b>"


def test_the_default_title_follows_the_interface_language(chrome, testland_view: View,
                                                          tmp_path: Path) -> None:
    page = tmp_path / "default-title.html"
    page.write_text(render_html(testland_view), encoding="utf-8")
    open_page(chrome, page)
    assert chrome.find_element(By.ID, "dg-title").text == chrome.title == "ديبلوغراف — العلاقات بين الدول"
    chrome.find_element(By.ID, "dg-lang-en").click()
    english = "Diplograph — relations between states"
    assert chrome.find_element(By.ID, "dg-title").text == chrome.title == english


def test_arrows_point_the_reading_way(chrome, testland_page: Path, testland_view: View) -> None:
    open_page(chrome, testland_page)
    signed = next(e.id for e in testland_view.edges if e.relation == "signed")
    chrome.execute_script("dg.showEdge(arguments[0])", signed)
    assert "←" in chrome.find_element(By.CSS_SELECTOR, "#dg-details h3").text
    chrome.execute_script("dg.setLang('en'); dg.showEdge(arguments[0])", signed)
    assert "→" in chrome.find_element(By.CSS_SELECTOR, "#dg-details h3").text


def test_search_as_you_type_finds_a_person_in_the_dyad_view(chrome, testland_page: Path,
                                                            testland_view: View) -> None:
    open_page(chrome, testland_page)
    chrome.find_element(By.ID, "dg-mode-dyad").click()
    box = chrome.find_element(By.ID, "dg-search")
    box.send_keys("الف با")      # no hamza: finds ألف باء
    WebDriverWait(chrome, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#dg-results li[data-node]"))
    alef = node_id(testland_view, "Alef Ba")
    first = chrome.find_element(By.CSS_SELECTOR, "#dg-results li[data-node]")
    assert first.get_attribute("data-node") == alef
    box.send_keys(Keys.ENTER)
    assert chrome.find_element(By.ID, "dg-details").get_attribute("data-showing") == alef
    assert js(chrome, "dg.mode()") == "dyad"
    # English, places and documents are searched too; spelling variants fold
    assert js(chrome, "dg.search('jim')")[0] == node_id(testland_view, "Jim Dal")
    assert js(chrome, "dg.search('مدينه الاختبار')")[0] == node_id(testland_view, "Test City")
    agreement = node_id(testland_view, "Trial cooperation agreement")
    assert js(chrome, "dg.search('اتفاقيه التعاون')")[0] == agreement
    assert js(chrome, "dg.search('اكزامبلستان')")[0] == node_id(testland_view, "Examplestan")
    assert js(chrome, "dg.search('no such name')") == []


def test_csv_export_of_the_events_in_view(chrome, testland_page: Path, testland_view: View,
                                          tmp_path: Path) -> None:
    open_page(chrome, testland_page)
    allow_downloads(chrome, tmp_path)
    chrome.execute_script("dg.setFilter({types: ['Signing', 'Visit']})")
    chrome.find_element(By.ID, "dg-csv").click()
    target = tmp_path / "diplograph-events.csv"
    WebDriverWait(chrome, 10).until(lambda d: target.exists() and target.stat().st_size > 0)
    text = target.read_bytes().decode("utf-8-sig")
    assert text == js(chrome, "dg.csv()")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["type"] for r in rows] == ["Visit", "Signing"]      # by date: 2019-07, 2020-05-10
    signing = rows[1]
    assert signing["date"] == "2020-05-10"
    assert '<img src=x onerror="window.__xss=1">' in signing["sentence"]
    assert signing["source"] == "https://news.example/testland/1"
    assert "ألف باء" in signing["agents"] and "تستلاند" in signing["parties"]
    assert rows[0]["source"] == "002_mockovia.txt"


def test_png_of_the_view(chrome, testland_page: Path, tmp_path: Path) -> None:
    open_page(chrome, testland_page)
    data = js(chrome, "dg.png()")
    assert data.startswith("data:image/png;base64,")
    png = base64.b64decode(data.split(",", 1)[1])
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
    allow_downloads(chrome, tmp_path)
    chrome.find_element(By.ID, "dg-png").click()
    target = tmp_path / "diplograph-view.png"
    WebDriverWait(chrome, 10).until(lambda d: target.exists() and target.stat().st_size > 10_000)


def test_the_url_fragment_restores_the_view(chrome, testland_page: Path, testland_view: View) -> None:
    open_page(chrome, testland_page)
    examplestan = node_id(testland_view, "Examplestan")
    chrome.execute_script("dg.setLang('en');"
                          "dg.setFilter({types: ['Signing', 'Statement', 'Visit'], from: '2019-01-01'});"
                          "dg.focus(arguments[0], 2); dg.showNode(arguments[0]);", examplestan)
    WebDriverWait(chrome, 5).until(lambda d: "focus=" in d.current_url)
    url, shown = chrome.current_url, visible(chrome)
    assert "lang=en" in url and "from=2019-01-01" in url and "types=" in url
    chrome.get("about:blank")
    chrome.get(url)
    WebDriverWait(chrome, 30).until(lambda d: d.execute_script("return window.dgReadyAt !== undefined"))
    assert visible(chrome) == shown
    assert js(chrome, "dg.lang()") == "en"
    assert chrome.find_element(By.ID, "dg-details").get_attribute("data-showing") == examplestan
    assert chrome.find_element(By.ID, "dg-focus-bar").is_displayed()
    assert not chrome.find_element(By.CSS_SELECTOR, 'input[data-filter="Congratulation"]').is_selected()


def test_labels_of_the_top_nodes_are_drawn_at_any_zoom(chrome, tmp_path: Path, synth) -> None:
    import pyoxigraph as ox

    store = ox.Store()
    store.extend(synth.make_quads(300, seed=5, n_countries=12))
    page = tmp_path / "synth.html"
    page.write_text(render_html(build_view(store), mode="full"), encoding="utf-8")
    open_page(chrome, page)
    for zoom in (1, 0.05, 1 / 0.05 * 0.6):
        chrome.execute_script("dg.zoom(arguments[0]); dg.redraw()", zoom)
        on_screen = set(js(chrome, "dg.onScreen()"))
        top = [i for i in js(chrome, "dg.topNodes(10)") if i in on_screen]
        assert top and set(top) <= set(js(chrome, "dg.drawnLabels()")), zoom
    chrome.execute_script("dg.setMode('dyad'); dg.redraw()")
    states = set(js(chrome, "dg.visibleNodes()"))
    assert states <= set(js(chrome, "dg.drawnLabels()"))     # every state named in the overview


def test_large_graphs_fold_people_and_documents_into_their_states(chrome, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch,
                                                                  testland_view: View) -> None:
    monkeypatch.setattr(render, "COLLAPSE_THRESHOLD", 5)
    page = tmp_path / "folded.html"
    page.write_text(render_html(build_view(make_testland_store()), mode="full"), encoding="utf-8")
    open_page(chrome, page)
    kinds = {n.id: n.kind for n in testland_view.nodes}
    shown = visible(chrome)
    assert not any(kinds[i] in ("person", "document") for i in shown)
    signing = next(n for n in testland_view.nodes if n.subtype == "Signing")
    edges = {(f, t) for f, t, _ in js(chrome, "dg.visibleEdges()")}
    assert {(signing.id, s) for s in signing.states} <= edges       # tied to the signatories' states
    alef = node_id(testland_view, "Alef Ba")
    chrome.execute_script("dg.search('Alef')")
    assert alef in visible(chrome)                                  # asked for: people unfold


def test_hostile_labels_and_sentences_stay_text(chrome, testland_page: Path, testland_view: View) -> None:
    open_page(chrome, testland_page)
    chrome.execute_script("dg.visibleNodes().forEach(function (id) { dg.showNode(id); });"
                          "dg.visibleEdges().forEach(function (e) { dg.showEdge(e[2]); });")
    hostile = next(n.id for n in testland_view.nodes if "<img" in n.ar)
    assert js(chrome, "dg.search('إعلان تعاون')")[0] == hostile
    heading = chrome.find_element(By.CSS_SELECTOR, "#dg-details h3").text
    assert '<img src=x onerror="window.__xss=5">' in heading
    chrome.find_element(By.ID, "dg-search").send_keys(Keys.ESCAPE)
    box = chrome.find_element(By.ID, "dg-search")
    box.clear()
    box.send_keys("svg")
    WebDriverWait(chrome, 5).until(lambda d: "<svg" in d.find_element(By.ID, "dg-results").text)
    for i in [n.id for n in testland_view.nodes if n.subtype == "Congratulation"]:
        chrome.execute_script("dg.showNode(arguments[0])", i)
    assert "window.__xss" in chrome.find_element(By.ID, "dg-details").text
    chrome.execute_script("dg.setLabels('both'); dg.setMode('dyad'); dg.setMode('full'); dg.setLang('en');")
    assert js(chrome, "dg.drawnLabels().length") > 0
    assert_no_script_ran(chrome)
    assert chrome.title == "Testland <b>relations</b>"


def test_responsive_down_to_1024_pixels(chrome, testland_page: Path) -> None:
    open_page(chrome, testland_page, size=(1024, 768))
    graph = chrome.find_element(By.ID, "dg-graph-box").rect["width"]
    assert graph >= 450
    assert js(chrome, "document.documentElement.scrollWidth <= window.innerWidth")
    chrome.find_element(By.ID, "dg-toggle-controls").click()
    chrome.find_element(By.ID, "dg-toggle-panel").click()
    assert chrome.find_element(By.ID, "dg-graph-box").rect["width"] >= 1000
    assert not chrome.find_element(By.ID, "dg-controls").is_displayed()
    assert all_on_screen(chrome)


def test_dyad_view_weights_follow_the_filters(chrome, testland_page: Path, testland_view: View) -> None:
    open_page(chrome, testland_page)
    chrome.find_element(By.ID, "dg-mode-dyad").click()
    assert js(chrome, "dg.mode()") == "dyad"
    assert visible(chrome) == {n.id for n in testland_view.nodes if n.kind == "country"}
    weights = sorted(tuple(w) for w in js(chrome, "dg.edgeWeights()"))
    assert weights == sorted((d.source, d.target, d.weight) for d in testland_view.dyad_edges)
    chrome.find_element(By.CSS_SELECTOR, 'input[data-filter="Congratulation"]').click()
    pair = next(d for d in testland_view.dyad_edges if d.weight == 4)
    weights = {(f, t): w for f, t, w in js(chrome, "dg.edgeWeights()")}
    assert weights[(pair.source, pair.target)] == 2
    chrome.execute_script("dg.showEdge(arguments[0])", pair.id)
    showing = chrome.find_element(By.ID, "dg-details").get_attribute("data-showing")
    assert showing == f"{pair.source}|{pair.target}"
    chrome.find_element(By.ID, "dg-mode-full").click()
    chrome.find_element(By.ID, "dg-reset").click()
    assert js(chrome, "dg.visibleNodeCount()") == len(testland_view.nodes)


def test_screenshot_shows_arabic(chrome, testland_page: Path, tmp_path: Path) -> None:
    open_page(chrome, testland_page)
    shot = tmp_path / "testland.png"
    chrome.save_screenshot(str(shot))
    assert shot.stat().st_size > 20_000
    # the page's Arabic font resolves to one with Arabic glyphs (not a box-drawing fallback)
    assert chrome.execute_script("return document.fonts.check('16px \"Noto Sans Arabic\"', 'تستلاند')")


def test_an_empty_graph_opens(chrome, tmp_path: Path) -> None:
    import pyoxigraph as ox

    page = tmp_path / "empty.html"
    page.write_text(render_html(build_view(ox.Store())), encoding="utf-8")
    open_page(chrome, page)
    assert js(chrome, "dg.visibleNodeCount()") == 0
    chrome.execute_script("dg.setMode('dyad'); dg.search('x'); dg.csv(); dg.fit();")
    assert [e for e in chrome.get_log("browser") if e["level"] == "SEVERE"] == []


def test_seed_graph_states_stand_apart_and_their_edge_takes_a_click(chrome, seed_graph_dir: Path) -> None:
    from diplograph.store import load_store

    view = build_view(load_store(seed_graph_dir))
    iso = {n.details["isoCode"][0]: n for n in view.nodes if n.kind == "country"}
    ru, az = iso["RU"], iso["AZ"]
    (edge,) = [e for e in view.edges if e.relation == "hasDiplomaticRelationsWith"]
    open_page(chrome, seed_graph_dir / "diplograph.html")
    x1, y1 = js(chrome, "dg.toScreen(arguments[0])", ru.id)
    x2, y2 = js(chrome, "dg.toScreen(arguments[0])", az.id)
    k = js(chrome, "dg.camera()")["k"]
    assert ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5 > max(7, (ru.size + az.size) * 0.5 * k) + 4
    box = chrome.find_element(By.ID, "dg-graph")
    w, h = box.size["width"], box.size["height"]
    for t in (0.5, 0.4, 0.6, 0.3, 0.7):    # somewhere along the edge, off the states' shapes
        x, y = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
        ActionChains(chrome).move_to_element_with_offset(box, int(x - w / 2), int(y - h / 2)) \
            .click().perform()
        if chrome.find_element(By.ID, "dg-details").get_attribute("data-showing") == edge.id:
            break
    assert chrome.find_element(By.ID, "dg-details").get_attribute("data-showing") == edge.id
    assert "1992-04-04" in chrome.find_element(By.ID, "dg-details").text
