"""Drives the built site in headless Chromium over file://, as a reader would.

    python Tests/Browser/test_site.py SITE_DIR

Prints one line per check and "N passed, M failed" last; exits 1 when a check failed.
"""
import json
import pathlib
import sys
import traceback

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

SITE = pathlib.Path(sys.argv[1]).resolve()


def url(path):
    return (SITE / path).as_uri()


def driver():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def results(browser, timeout=5):
    WebDriverWait(browser, timeout).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, "#search-results [role=option]"))
    return browser.find_elements(By.CSS_SELECTOR, "#search-results [role=option]")


def type_query(browser, text):
    box = browser.find_element(By.ID, "search-input")
    box.clear()
    box.send_keys(text)
    return box


def test_search_typo_finds_infogerance_first(browser):
    browser.get(url("fr/index.html"))
    box = WebDriverWait(browser, 5).until(EC.visibility_of_element_located((By.ID, "search-input")))
    assert not browser.find_element(By.CSS_SELECTOR, ".search-fallback").is_displayed(), "fallback link hidden with JS"
    type_query(browser, "infogerence")
    first = results(browser)[0]
    assert first.get_attribute("data-href").endswith("fr/concepts/infogerance.html"), first.get_attribute("data-href")
    assert box.get_attribute("aria-expanded") == "true"
    box.send_keys(Keys.ARROW_DOWN)
    assert first.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    box.send_keys(Keys.ENTER)
    WebDriverWait(browser, 5).until(lambda b: b.current_url.endswith("fr/concepts/infogerance.html"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "infogérance"
    assert browser.find_element(By.CSS_SELECTOR, "svg.concept-map").is_displayed()


def test_click_result_and_switch_language(browser):
    browser.get(url("en/index.html"))
    type_query(browser, "SSII")
    first = results(browser)[0]
    assert first.get_attribute("data-href").endswith("en/concepts/esn.html")
    assert "SSII" in first.text
    first.click()
    WebDriverWait(browser, 5).until(lambda b: b.current_url.endswith("en/concepts/esn.html"))
    browser.find_element(By.CSS_SELECTOR, "a.lang-switch").click()
    WebDriverWait(browser, 5).until(lambda b: b.current_url.endswith("fr/concepts/esn.html"))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"


def test_escape_closes_and_ligatures_fold(browser):
    browser.get(url("fr/a-z.html"))
    box = type_query(browser, "CŒUR de métier")
    assert results(browser)[0].get_attribute("data-href").endswith("concepts/coeur-de-metier.html")
    box.send_keys(Keys.ESCAPE)
    assert not browser.find_element(By.ID, "search-results").is_displayed()
    assert box.get_attribute("aria-expanded") == "false"


def test_fold_matches_the_index(browser):
    """The browser folds every indexed term exactly as Swift folded it at build time."""
    browser.get(url("fr/index.html"))
    WebDriverWait(browser, 5).until(EC.visibility_of_element_located((By.ID, "search-input")))
    # Term shards are packed with ranked and vocabulary files (SearchPack.swift), under the name
    # of a pack's first file: every such file is loaded.
    files = sorted(p.name for p in (SITE / "search").glob("[srw]-*.js"))
    mismatches = browser.execute_async_script("""
        const done = arguments[arguments.length - 1];
        const files = arguments[0], bad = [];
        const raw = {};
        const previous = window.GLOSSARY_SHARD;
        window.GLOSSARY_SHARD = (k, d) => { raw[k] = d; previous(k, d); };
        Promise.all(files.map(f => new Promise(r => {
            const s = document.createElement('script');
            s.src = '../search/' + f + '?raw'; s.onload = r; s.onerror = r;
            document.head.appendChild(s);
        }))).then(() => {
            for (const k of Object.keys(raw)) for (const t of raw[k].t) {
                const folded = t[4] === 0 ? t[3] : t[4];
                if (GlossarySearch.fold(t[3]) !== folded) bad.push([t[3], folded, GlossarySearch.fold(t[3])]);
            }
            done(bad.slice(0, 10).concat([Object.keys(raw).length]));
        });
    """, files)
    assert mismatches[-1] > 0, "shards loaded"
    assert mismatches[:-1] == [], mismatches


def set_width(browser, width, height=900):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def test_phone_layout(browser):
    """At 390 px: nothing wider than the screen, the concept map either hidden or with labels of
    at least 12 CSS px, a language nav at the top of the concept page, no map label cut inside a word."""
    try:
        set_width(browser, 390, 844)
        for page in ("fr/index.html", "fr/concepts/esn.html", "en/concepts/infogerance.html", "fr/a-z.html"):
            browser.get(url(page))
            overflow = browser.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, (page, overflow)
        browser.get(url("fr/concepts/esn.html"))
        sizes = browser.execute_script("""
            const map = document.querySelector('svg.concept-map');
            if (!map || !map.getClientRects().length) return [];
            return [...map.querySelectorAll('text')].map(t => t.getBoundingClientRect().height);""")
        assert all(h >= 12 for h in sizes), sizes
        nav = browser.find_elements(By.CSS_SELECTOR, ".lang-nav a[href='#col-en']")
        assert nav and nav[0].is_displayed()
        nav[0].click()
        top = browser.execute_script("return document.getElementById('col-en').getBoundingClientRect().top")
        assert 0 <= top < 60, top
    finally:
        set_width(browser, 1280)


def test_map_labels_whole_words_on_desktop(browser):
    browser.get(url("fr/concepts/esn.html"))
    labels = browser.execute_script("""return [...document.querySelectorAll('svg.concept-map text')].map(t =>
        t.querySelector('tspan') ? [...t.querySelectorAll('tspan')].map(s => s.textContent).join(' ') : t.textContent)""")
    assert any("numérique" in label for label in labels), labels
    headwords = set(browser.execute_script("return [...document.querySelectorAll('.relations a, h1')].map(a => a.textContent)"))
    for label in labels:
        for word in label.replace("…", " ").split():
            assert any(word in h.split() for h in headwords), (word, label)


def test_layout_stable_between_short_and_long_pages(browser):
    lefts = []
    for page in ("404.html", "fr/a-z.html", "fr/concepts/esn.html"):
        browser.get(url(page))
        lefts.append(browser.execute_script("return document.querySelector('.brand').getBoundingClientRect().left"))
    assert len(set(lefts)) == 1, lefts


def test_approximate_notice_above_results_and_plurals(browser):
    browser.get(url("fr/index.html"))
    type_query(browser, "infogerence")
    options = results(browser)
    status = browser.find_element(By.CSS_SELECTOR, ".search-status")
    assert "approchés" in status.text, status.text
    assert status.rect["y"] + status.rect["height"] <= browser.find_element(By.ID, "search-results").rect["y"] + 1
    n = len(options)
    text = status.get_attribute("textContent")
    assert text.endswith(f"{n}\u00a0résultat" + ("s" if n > 1 else "")), text
    assert "(s)" not in status.text


def test_domain_page_lists_definitions_without_repeats(browser):
    browser.get(url("fr/domains/cloud.html"))
    items = browser.find_elements(By.CSS_SELECTOR, ".concept-list li")
    assert items
    for li in items:
        name = li.find_element(By.CSS_SELECTOR, "a").text
        others = li.find_elements(By.CSS_SELECTOR, ".other")
        assert not others or others[0].text != name, name
        assert li.find_elements(By.CSS_SELECTOR, ".summary"), name


def test_chromium_ranks_as_node_on_a_sample_of_the_relevance_queries(browser):
    """Every 8th query of the relevance benchmark, typed into the page: Chromium's first three
    results are the ones the benchmark's node run gives (the score it reports is the page's)."""
    import subprocess
    root = pathlib.Path(__file__).resolve().parents[2]
    rows = [line.split("\t") for line in (root / "Benchmarks/relevance/queries.tsv").read_text().splitlines()
            if line.strip() and not line.startswith("#")]
    sample = [row[1] for row in rows[::8]]
    node = subprocess.run(["node", str(root / "Benchmarks/relevance/site_engine.js"), str(SITE)], input="\n".join(sample) + "\n",
                          capture_output=True, text=True, check=True).stdout.splitlines()
    browser.get(url("fr/index.html"))
    for query, line in zip(sample, node):
        expected = json.loads(line)[:3]
        type_query(browser, query)
        if not expected:
            continue
        WebDriverWait(browser, 5, ignored_exceptions=(StaleElementReferenceException,)).until(lambda b: [o.get_attribute("data-href").rsplit("/", 1)[-1][:-5]
                                                   for o in b.find_elements(By.CSS_SELECTOR, "#search-results [role=option]")][:3] == expected,
                                        f"{query!r}: expected {expected}")


def test_corrected_query_keeps_accents_and_first_letter_typos(browser):
    """A typo is corrected to the word as the terms write it ("infogérance", not the folded
    "infogerance"), also when the typo is in the first letter."""
    browser.get(url("fr/index.html"))
    for typed, expected in (("infogerence", "infogérance"), ("nfogérance", "infogérance"), ("xnearshore", "nearshore")):
        type_query(browser, typed)
        options = results(browser)
        WebDriverWait(browser, 5).until(lambda b: expected in b.find_element(By.CSS_SELECTOR, ".search-status").text)
        status = browser.find_element(By.CSS_SELECTOR, ".search-status").text.replace("\u202f", " ").replace("\u00a0", " ")
        assert f"« {expected} »" in status, (typed, status)
        assert options[0].get_attribute("data-href").endswith(".html"), typed


def test_real_word_is_not_replaced_but_offered_as_see_also(browser):
    """"parité" is French, and no concept is called so: the page says so, as typed, and offers
    near concepts as "see also", never as results."""
    browser.get(url("fr/index.html"))
    type_query(browser, "parité")
    WebDriverWait(browser, 5).until(lambda b: "parité" in b.find_element(By.CSS_SELECTOR, ".search-status").text)
    status = browser.find_element(By.CSS_SELECTOR, ".search-status").text.replace("\u202f", " ").replace("\u00a0", " ")
    assert status == "Aucune notion ne s’appelle « parité ».", status
    options = results(browser)
    see_also = browser.find_elements(By.CSS_SELECTOR, "#search-results li.see-also")
    assert see_also and len(see_also) == len(options), "every option is a see also"
    assert see_also[0].text.lower().startswith("voir aussi"), see_also[0].text
    assert "approchés" not in status


def test_no_javascript_errors(browser):
    """No console error on any page, and no failed load while typing queries letter by letter:
    the page asks only for index files that exist (their first letter's key file lists them)."""
    for page in ("index.html", "fr/index.html", "en/a-z.html", "fr/concepts/infogerance.html", "404.html"):
        browser.get(url(page))
    browser.get(url("fr/index.html"))
    for query in ("inf", "qzxw", "consup dataagehost", "xnearshore", "relocalisation", "é", "日本語", "zzzz yyyy"):
        type_query(browser, query)
    WebDriverWait(browser, 5).until(lambda b: b.find_element(By.CSS_SELECTOR, ".search-status").text)
    severe = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert not severe, severe


def main():
    browser = driver()
    passed = failed = 0
    try:
        for name, test in [(n, f) for n, f in globals().items() if n.startswith("test_")]:
            try:
                test(browser)
                passed += 1
                print(f"browser: ok   {name}")
            except Exception:
                failed += 1
                print(f"browser: FAIL {name}")
                traceback.print_exc()
    finally:
        browser.quit()
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
