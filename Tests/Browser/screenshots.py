"""Screenshots of the built site for a human to look at (not a test): every page type at
desktop (1280 px) and phone (390 px) widths, light mode, whole pages; plus the search list
open with results, with an approximate-results notice (a typo in the first letter, corrected
with its accents), and with "see also" for a real word no concept is called. Dark mode too with --dark.

    python Tests/Browser/screenshots.py SITE_DIR OUT_DIR [--dark]

The site check (.ci/checks/site.sh) runs it and keeps the images in $SCREENSHOTS_DIR when set.
"""
import pathlib
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

site, out = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2])
schemes = ("light", "dark") if "--dark" in sys.argv[3:] else ("light",)
out.mkdir(parents=True, exist_ok=True)
options = webdriver.ChromeOptions()
for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars"):
    options.add_argument(argument)
options.binary_location = "/usr/bin/chromium"
browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)

# One page of each type; the concept is one with a long headword, a map and authority verdicts
# when the content has it.
concept = "esn" if (site / "fr/concepts/esn.html").exists() else sorted((site / "fr/concepts").glob("*.html"))[0].stem
verdicts = "infogerance" if (site / "fr/concepts/infogerance.html").exists() else concept
domain = "cloud" if (site / "fr/domains/cloud.html").exists() else sorted((site / "fr/domains").glob("*.html"))[0].stem
PAGES = (("index.html", "root"), ("fr/index.html", "home"), (f"fr/concepts/{concept}.html", "concept"),
         (f"en/concepts/{verdicts}.html", "concept-en"), (f"fr/domains/{domain}.html", "domain"),
         ("fr/a-z.html", "az"), ("404.html", "404"))
SEARCHES = (("en/index.html", "SSII", "search"), ("fr/index.html", "nfogérance", "search-approximate"),
            # A real word no concept is called: "see also" (in the shipped content).
            ("fr/index.html", "parité", "search-see-also"))
MAX_HEIGHT = 9000


def metrics(width, height, mobile):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def whole_page(path, width, mobile):
    """Resizes the viewport to the page's height, so one screenshot holds all of it."""
    metrics(width, 900, mobile)
    browser.get((site / path).as_uri())
    time.sleep(0.3)
    height = min(MAX_HEIGHT, browser.execute_script("return document.documentElement.scrollHeight"))
    metrics(width, height, mobile)
    time.sleep(0.2)


missing = [page for page, _ in PAGES if not (site / page).exists()]
if missing:
    sys.exit(f"screenshots: no such page in {site}: {', '.join(missing)}")
try:
    for scheme in schemes:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        for width, height, label in ((1280, 900, "desktop"), (390, 844, "phone")):
            mobile = label == "phone"
            for page, name in PAGES:
                whole_page(page, width, mobile)
                browser.save_screenshot(str(out / f"{name}-{label}-{scheme}.png"))
            for page, query, name in SEARCHES:
                metrics(width, height, mobile)
                browser.get((site / page).as_uri())
                box = browser.find_element(By.ID, "search-input")
                box.send_keys(query)
                WebDriverWait(browser, 5).until(
                    lambda b: b.find_elements(By.CSS_SELECTOR, "#search-results [role=option]"))
                time.sleep(0.3)
                browser.save_screenshot(str(out / f"{name}-{label}-{scheme}.png"))
finally:
    browser.quit()
print("\n".join(sorted(str(p) for p in out.glob("*.png"))))
