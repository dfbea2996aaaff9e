"""Screenshots of the built site for a human to look at (not a test).

    python Tests/Browser/screenshots.py SITE_DIR OUT_DIR

Home and a concept page, light and dark (prefers-color-scheme emulated through the DevTools
protocol), at desktop and phone widths; plus the search list open.
"""
import pathlib
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

site, out = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
options = webdriver.ChromeOptions()
for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars"):
    options.add_argument(argument)
options.binary_location = "/usr/bin/chromium"
browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    for scheme in ("light", "dark"):
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        for width, height, label in ((1280, 900, "desktop"), (390, 844, "phone")):
            browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": label == "phone"})
            for page, name in (("fr/index.html", "home"), ("fr/concepts/infogerance.html", "concept")):
                browser.get((site / page).as_uri())
                time.sleep(0.3)
                browser.save_screenshot(str(out / f"{name}-{label}-{scheme}.png"))
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})
        browser.get((site / "en/index.html").as_uri())
        browser.find_element(By.ID, "search-input").send_keys("SSII")
        time.sleep(0.5)
        browser.save_screenshot(str(out / f"search-{scheme}.png"))
finally:
    browser.quit()
print("\n".join(sorted(str(p) for p in out.glob("*.png"))))
