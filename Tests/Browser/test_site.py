"""Drives the built site in headless Chromium over file://, as a reader would.

    python Tests/Browser/test_site.py SITE_DIR

Prints one line per check and "N passed, M failed" last; exits 1 when a check failed.
"""
import pathlib
import sys
import traceback

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
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
    mismatches = browser.execute_async_script("""
        const done = arguments[arguments.length - 1];
        const keys = window.GLOSSARY_INDEX.shards, bad = [];
        const raw = {};
        const previous = window.GLOSSARY_SHARD;
        window.GLOSSARY_SHARD = (k, d) => { raw[k] = d; previous(k, d); };
        Promise.all(keys.map(k => new Promise(r => {
            const s = document.createElement('script');
            s.src = '../search/' + GlossarySearch.fileName(k) + '?raw'; s.onload = r; s.onerror = r;
            document.head.appendChild(s);
        }))).then(() => {
            for (const k of keys) for (const t of (raw[k] || {t: []}).t) {
                const folded = t[4] === 0 ? t[3] : t[4];
                if (GlossarySearch.fold(t[3]) !== folded) bad.push([t[3], folded, GlossarySearch.fold(t[3])]);
            }
            done(bad.slice(0, 10).concat([Object.keys(raw).length]));
        });
    """)
    assert mismatches[-1] > 0, "shards loaded"
    assert mismatches[:-1] == [], mismatches


def test_no_javascript_errors(browser):
    for page in ("index.html", "fr/index.html", "en/a-z.html", "fr/concepts/infogerance.html", "404.html"):
        browser.get(url(page))
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
