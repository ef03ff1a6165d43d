#!/usr/bin/env python3
"""Browser tests for Youcheng: a real `youcheng serve --demo` on a throwaway SQLite file, driven by headless Chromium.

Run by `scripts/test` after the Swift tests (the binary must already be built: `swift build --build-tests`).

    python3 Tests/Browser/run_browser_tests.py

Needs Python 3 with Selenium and axe-selenium-python (`python3 -m pip install selenium axe-selenium-python`),
`chromium` and `chromium-driver`. Without them the tests are skipped (exit 0; without axe only the accessibility test
is), except under CI (`CI=true`), where that is a failure. Selenium never downloads a driver (SE_OFFLINE=true), and
axe-core is read from the installed package, never from the network. Screenshots of every test (and of every page the
accessibility test checks) go to $YOUCHENG_SCREENSHOTS (else a temporary directory).

Environment overrides: YOUCHENG_BIN (the youcheng binary), CHROME_BIN, CHROMEDRIVER.

The last line printed is always `N passed, M failed` (except when skipped); exit status 0 only when M is 0.
"""

import base64
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import accessibility

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
HEALTH_TIMEOUT = 30  # seconds for the server to answer /health
USERNAME = "browser"  # the administrator the tests sign in as, made with `youcheng user create`
PASSWORD = "browser-password-1"
EDITOR = "browser-editor"  # an editor of a demo unit, made once the demo has created the unit
EDITOR_PASSWORD = "editor-password-1"
EDITOR_UNIT = "苏州市商务局"  # leads tasks 1, 1.1 and 1.2 of the demo plan; the fair invitation is addressed to it
WAIT = 15  # seconds for a page to change after a click
HTTP_TIMEOUT = 10  # seconds for one API request

# Facts of the demo registry (Sources/YouchengCommands/Resources/demo_registry.csv): 62 partnerships of 苏州市 and its
# districts, 61 not ended (哥德堡 Gothenburg, SE, is ended), 12 sister cities among those, 7 in Japan (the most).
DEMO_TOTAL = 62
DEMO_NOT_ENDED = 61
DEMO_SISTER_CITIES = 12
DEMO_JAPAN = 7

# UN M49 region 150 (Europe), ISO 3166-1 alpha-2; kept here so the test does not trust the app's own country table.
EUROPE = set(
    "AD AL AT AX BA BE BG BY CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT "
    "NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK".split()
)

# No proxy may stand between us and 127.0.0.1 (urllib, Selenium's connection to chromedriver, Chromium).
for _name in ("NO_PROXY", "no_proxy"):
    os.environ[_name] = ",".join(filter(None, [os.environ.get(_name, ""), "127.0.0.1", "localhost"]))
os.environ["SE_OFFLINE"] = "true"
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))

IN_CI = os.environ.get("CI", "").lower() == "true"


def missing(reason):
    """Selenium or the browser is not there: skipped locally, a failure under CI."""
    if IN_CI:
        print(f"error: browser tests cannot run under CI: {reason}", flush=True)
        print(f"0 passed, {len(TEST_NAMES)} failed", flush=True)
        sys.exit(1)
    print(f"skipped: browser tests ({reason})", flush=True)
    sys.exit(0)


def fail_setup(message, output=None):
    """Something the tests need could not be set up: say what, show the server's output if any, and fail."""
    print(f"error: {message}", flush=True)
    if output:
        print("---- server output ----", flush=True)
        print(output.rstrip(), flush=True)
        print("---- end of server output ----", flush=True)
    print(f"0 passed, {len(TEST_NAMES)} failed", flush=True)
    sys.exit(1)


try:
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait
    SELENIUM_MISSING = None
except ImportError as _error:
    SELENIUM_MISSING = f"selenium is not installed: python3 -m pip install selenium ({_error})"
    WebDriverException = Exception  # only named in except clauses, which never run without selenium


try:
    import axe_selenium_python

    # axe-core as the package ships it, injected from disk: the tests run offline, never from a CDN.
    AXE_SCRIPT = Path(axe_selenium_python.__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
    AXE_MISSING = None if AXE_SCRIPT.is_file() else f"axe-selenium-python has no axe.min.js at {AXE_SCRIPT}"
except ImportError as _error:
    AXE_SCRIPT = None
    AXE_MISSING = f"axe-selenium-python is not installed: python3 -m pip install axe-selenium-python ({_error})"


def find_executable(env_name, candidates):
    explicit = os.environ.get(env_name)
    if explicit:
        return explicit if os.access(explicit, os.X_OK) else None
    for candidate in candidates:
        path = candidate if os.path.isabs(candidate) else shutil.which(candidate)
        if path and os.access(path, os.X_OK):
            return path
    return None


def find_app_binary():
    """The `youcheng` executable that `swift build --build-tests` made."""
    explicit = os.environ.get("YOUCHENG_BIN")
    if explicit:
        return Path(explicit)
    bin_dir = None
    if shutil.which("swift"):
        try:
            result = subprocess.run(
                ["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, timeout=120
            )
            lines = [line for line in result.stdout.splitlines() if line.strip()]
            if result.returncode == 0 and lines:
                bin_dir = Path(lines[-1].strip())
        except (OSError, subprocess.TimeoutExpired):
            pass
    return (bin_dir or ROOT / ".build" / "debug") / "youcheng"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Server:
    """`youcheng serve --demo` on a fresh SQLite file in a temporary directory, with an administrator and an API token
    made first by the same binary; always stopped and removed."""

    def __init__(self, binary):
        self.binary = binary
        self.dir = tempfile.mkdtemp(prefix="youcheng-browser.")
        self.log_path = os.path.join(self.dir, "server.log")
        self.port = free_port()
        self.base = f"http://{HOST}:{self.port}"
        self.process = None
        self.log = None
        self.token = None

    def create_account(self):
        """An administrator (and an API token for urllib) in the database, made with the built binary before the
        server starts; returns an error message, or None."""
        database = f"sqlite:{self.dir}/b.sqlite"
        try:
            made = subprocess.run(
                [str(self.binary), "user", "create", "--username", USERNAME, "--role", "admin",
                 "--password", PASSWORD, "--database", database],
                cwd=self.dir, capture_output=True, text=True, timeout=60,
            )
            if made.returncode != 0:
                return f"`youcheng user create` failed: {made.stdout}{made.stderr}"
            token = subprocess.run(
                [str(self.binary), "token", "create", "--username", USERNAME, "--database", database],
                cwd=self.dir, capture_output=True, text=True, timeout=60,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            return f"could not run youcheng to create the test account: {error}"
        found = re.search(r"^ycp_\S+", token.stdout, re.MULTILINE)
        if token.returncode != 0 or not found:
            return f"`youcheng token create` failed: {token.stdout}{token.stderr}"
        self.token = found.group(0)
        return None

    def start(self):
        problem = self.create_account()
        if problem:
            return problem
        self.log = open(self.log_path, "wb")
        command = [
            str(self.binary), "serve", "--database", f"sqlite:{self.dir}/b.sqlite",
            "--host", HOST, "--port", str(self.port), "--demo",
        ]
        self.process = subprocess.Popen(
            command, cwd=self.dir, stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + HEALTH_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return f"the server exited with status {self.process.returncode} before answering /health"
            try:
                with _OPENER.open(self.base + "/health", timeout=2) as response:
                    if response.status == 200:
                        return self.create_editor()
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        return f"the server did not answer GET /health with 200 within {HEALTH_TIMEOUT} s"

    def create_editor(self):
        """An editor of a demo unit, made with the built binary once the demo has created the unit; returns an error
        message, or None."""
        made = subprocess.run(
            [str(self.binary), "user", "create", "--username", EDITOR, "--role", "editor", "--unit", EDITOR_UNIT,
             "--password", EDITOR_PASSWORD, "--database", f"sqlite:{self.dir}/b.sqlite"],
            cwd=self.dir, capture_output=True, text=True, timeout=60,
        )
        return None if made.returncode == 0 else f"`youcheng user create` (editor) failed: {made.stdout}{made.stderr}"

    def output(self):
        try:
            if self.log:
                self.log.flush()
            with open(self.log_path, "rb") as f:
                return f.read().decode("utf-8", "replace")
        except OSError:
            return ""

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                try:
                    self.process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    print(f"warning: server (pid {self.process.pid}) did not stop", flush=True)
        if self.log:
            self.log.close()
            self.log = None

    def remove(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def make_driver(chromium, chromedriver):
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
        "--no-proxy-server", "--no-first-run", "--disable-extensions", "--lang=zh-CN",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(10)
    driver.implicitly_wait(0)
    return driver


class BrowserTest(unittest.TestCase):
    """Shared helpers; `server`, `driver` and `screenshots` are set by main() before the tests run."""

    server = None
    driver = None
    screenshots = None

    def setUp(self):
        self.shots = 0
        # Each test starts as a new visitor: no language cookie (an empty page on the site first, so the cookies
        # deleted are the site's).
        self.driver.get(self.server.base + "/health")
        self.driver.delete_all_cookies()
        self.sign_in()

    def sign_in(self, password=None, username=USERNAME):
        """Fills in and sends the sign-in form (the browser stays signed in through the session cookie)."""
        self.open("/login")
        self.one("#username").clear()
        self.one("#username").send_keys(username)
        self.one("#password").send_keys(password or PASSWORD)
        self.click_and_wait(self.one("#login-submit"))
        if password is None and urllib.parse.urlparse(self.driver.current_url).path == "/login":
            raise AssertionError("signing in with the right password left the browser on the sign-in page")

    def tearDown(self):
        self.screenshot("end")

    # Browser

    def open(self, path):
        self.driver.get(self.server.base + path)
        self.wait_ready()

    def wait_ready(self):
        WebDriverWait(self.driver, WAIT).until(
            lambda d: d.execute_script("return document.readyState") == "complete"
        )

    def click_and_wait(self, element):
        """Click something that loads a new page and wait until the new page is there."""
        # A mark on the old document's window; a new document has none. (Waiting for the old <html> to go stale is
        # flaky in Chromium: mid-navigation it may answer "Node with given id does not belong to the document".)
        self.driver.execute_script("window.__youchengOldPage = true;")
        element.click()

        def new_page_loaded(driver):
            try:
                return driver.execute_script(
                    "return !window.__youchengOldPage && document.readyState === 'complete';"
                )
            except WebDriverException:  # between documents
                return False

        WebDriverWait(self.driver, WAIT, poll_frequency=0.1).until(new_page_loaded, "no new page after the click")

    def one(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def all(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def text(self, css):
        return self.one(css).text.strip()

    def screenshot(self, step):
        """A full-page screenshot, named after the test and the step."""
        self.shots += 1
        name = f"{self._testMethodName}-{self.shots:02d}-{step}.png"
        path = os.path.join(self.screenshots, name)
        try:
            # The whole page, not just the window (Chromium's DevTools protocol); the window if that fails.
            try:
                size = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
                clip = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 10000), "scale": 1}
                shot = self.driver.execute_cdp_cmd(
                    "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip}
                )
                with open(path, "wb") as f:
                    f.write(base64.b64decode(shot["data"]))
            except (WebDriverException, KeyError):
                self.driver.save_screenshot(path)
        except Exception as error:  # a screenshot must never decide a test
            print(f"    (no screenshot {name}: {error.__class__.__name__})", flush=True)

    def rows(self):
        """The list page's rows as (id, country code, established text)."""
        return [
            (
                int(row.get_attribute("data-partnership-id")),
                row.find_element(By.CSS_SELECTOR, "td.country").get_attribute("data-country"),
                row.find_element(By.CSS_SELECTOR, "td.established").text.strip(),
            )
            for row in self.all("tr[data-partnership-id]")
        ]

    def result_total(self):
        return int(self.one("#result-count").get_attribute("data-total"))

    # API (urllib, straight to the server)

    def api(self, path, **params):
        url = self.server.base + path
        if params:
            url += "?" + urllib.parse.urlencode(params, doseq=True)
        request = urllib.request.Request(url, headers={"Authorization": f"Bearer {self.server.token}"})
        with _OPENER.open(request, timeout=HTTP_TIMEOUT) as response:
            self.assertEqual(response.status, 200, url)
            return json.load(response)

    def http_status(self, path):
        """The status of a page fetched with the browser's session cookie."""
        session = self.driver.get_cookie("youcheng_session") or {}
        request = urllib.request.Request(
            self.server.base + path, headers={"Cookie": f"youcheng_session={session.get('value', '')}"}
        )
        try:
            with _OPENER.open(request, timeout=HTTP_TIMEOUT) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def registry_total(self):
        return self.api("/api/v1/partnerships", per=1)["total"]


def established_key(text):
    """「2007年5月30日」, 「2008年6月」, "2007-05-30", "2006" → (2007, 5, 30), (2008, 6), … for ordering."""
    return tuple(int(part) for part in re.findall(r"\d+", text))


class YouchengBrowserTests(BrowserTest):
    def test_1_overview_chinese_by_default_and_language_switch(self):
        summary = self.api("/api/v1/summary")
        self.assertEqual(summary["partnerships"], DEMO_NOT_ENDED, "demo registry: partnerships not ended")
        self.assertEqual(summary["byKind"]["sisterCity"], DEMO_SISTER_CITIES)
        self.assertEqual(summary["topCountries"][0], {"country": "JP", "partnerships": DEMO_JAPAN})

        self.open("/")
        self.screenshot("overview-zh")
        self.assertTrue(self.one("html").get_attribute("lang").startswith("zh"), "page language is Chinese")
        paragraph = self.text("#situation-paragraph")
        self.assertTrue(paragraph.startswith("截至"), paragraph)
        self.assertIn(f"共缔结国际友城{summary['partnerships']}个", paragraph)
        self.assertIn(f"共缔结国际友城{DEMO_NOT_ENDED}个", paragraph)
        self.assertIn(f"分布在{summary['countries']}个国家", paragraph)
        self.assertIn(f"其中友好城市{DEMO_SISTER_CITIES}个", paragraph)

        top = self.all("#top-countries tr[data-country]")
        self.assertGreater(len(top), 0, "top countries table has rows")
        self.assertEqual(top[0].get_attribute("data-country"), "JP")
        self.assertEqual(top[0].find_element(By.CSS_SELECTOR, "td.num:last-child").text.strip(), str(DEMO_JAPAN))
        self.assertIn("日本", top[0].text)
        self.assertEqual(
            [row.get_attribute("data-country") for row in top],
            [entry["country"] for entry in summary["topCountries"]],
            "top countries in the API's order",
        )

        # Switch to English.
        switch = self.one("#lang-switch")
        self.assertEqual(switch.text.strip(), "English")
        self.click_and_wait(switch)
        self.screenshot("overview-en")
        self.assertEqual(self.one("html").get_attribute("lang"), "en")
        paragraph = self.text("#situation-paragraph")
        self.assertTrue(paragraph.startswith("As of"), paragraph)
        self.assertIn(f"{DEMO_NOT_ENDED} international partnerships", paragraph)
        self.assertIn("Japan", self.one("#top-countries tr[data-country='JP']").text)
        cookie = self.driver.get_cookie("lang")
        self.assertIsNotNone(cookie, "the language choice is kept in a cookie")
        self.assertEqual(cookie["value"], "en")

        # The choice persists: a fresh load of a page with no ?lang is in English.
        self.open("/")
        self.assertNotIn("lang=", self.driver.current_url)
        self.assertTrue(self.text("#situation-paragraph").startswith("As of"))
        self.open("/partnerships")
        self.assertEqual(self.one("html").get_attribute("lang"), "en")
        self.assertEqual(self.text("h1"), "Partnerships")
        self.assertTrue(self.text("th[data-column='established']").startswith("Established"))
        self.screenshot("list-en")

        # And back to Chinese, which persists too.
        switch = self.one("#lang-switch")
        self.assertEqual(switch.text.strip(), "中文")
        self.click_and_wait(switch)
        self.open("/")
        self.assertTrue(self.text("#situation-paragraph").startswith("截至"))
        self.assertEqual(self.driver.get_cookie("lang")["value"], "zh")

    def test_2_list_search_filter_and_sort(self):
        self.open("/partnerships")
        self.assertEqual(self.result_total(), DEMO_TOTAL, "the unfiltered list shows every partnership")

        # A Chinese substring, then an English name in another case: one row each, Venice.
        venice = self.api("/api/v1/partnerships", q="Venice")
        self.assertEqual(venice["total"], 1)
        venice_id = venice["items"][0]["id"]
        for query in ("威尼", "venice"):
            search = self.one("#search")
            search.clear()
            search.send_keys(query)
            self.click_and_wait(self.one("#filter-form #filter-submit"))
            self.screenshot(f"search-{'zh' if query == '威尼' else 'en'}")
            rows = self.all("tr[data-partnership-id]")
            self.assertEqual(len(rows), 1, f"search {query!r}: one row")
            self.assertEqual(self.result_total(), 1, f"search {query!r}: result count")
            self.assertEqual(int(rows[0].get_attribute("data-partnership-id")), venice_id)
            self.assertEqual(rows[0].find_element(By.CSS_SELECTOR, "td.partner-en").text.strip(), "Venice")
            self.assertEqual(rows[0].find_element(By.CSS_SELECTOR, "td.partner-zh").text.strip(), "威尼斯")
            self.assertEqual(rows[0].find_element(By.CSS_SELECTOR, "td.country").get_attribute("data-country"), "IT")
            self.assertEqual(self.one("#search").get_attribute("value"), query, "the search box keeps its text")

        # Continent and kind, no search text.
        params = {"continent": "europe", "kind": "friendshipCity"}
        expected = self.api("/api/v1/partnerships", per=200, **params)
        self.assertGreater(expected["total"], 1)
        self.one("#search").clear()
        Select(self.one("#filter-continent")).select_by_value("europe")
        Select(self.one("#filter-kind")).select_by_value("friendshipCity")
        self.click_and_wait(self.one("#filter-form #filter-submit"))
        self.screenshot("europe-friendship")
        self.assertEqual(Select(self.one("#filter-continent")).first_selected_option.get_attribute("value"), "europe")
        kind = Select(self.one("#filter-kind")).first_selected_option.get_attribute("value")
        self.assertEqual(kind, "friendshipCity")
        self.assertEqual(self.one("#search").get_attribute("value"), "")
        self.assertEqual(self.result_total(), expected["total"])
        rows = self.rows()
        per_page = self.api("/api/v1/partnerships", **params)["per"]
        self.assertEqual(len(rows), min(expected["total"], per_page))
        self.assertLess(len(rows), DEMO_TOTAL, "the filter narrowed the list")
        for partnership_id, country, _ in rows:
            self.assertIn(country, EUROPE, f"partnership {partnership_id}: {country} is not in Europe")
        api_countries = {item["id"]: item["country"] for item in expected["items"]}
        self.assertTrue(all(item["kind"] == "friendshipCity" for item in expected["items"]))
        self.assertTrue(set(api_countries.values()) <= EUROPE, "the API's rows are European too")
        for partnership_id, country, _ in rows:
            self.assertEqual(api_countries.get(partnership_id), country, f"partnership {partnership_id} per the API")
        for row in self.all("tr[data-partnership-id] td.kind"):
            self.assertEqual(row.get_attribute("data-kind"), "friendshipCity")

        # Sort by date established, ascending, then descending; the filters stay.
        before = [row[0] for row in rows]
        for direction, sort in (("ascending", "established"), ("descending", "-established")):
            self.click_and_wait(self.one("a.sort-link[data-sort=established]"))
            self.screenshot(f"sorted-{direction}")
            query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.driver.current_url).query)
            self.assertEqual(query.get("sort"), [sort], self.driver.current_url)
            self.assertEqual(query.get("continent"), ["europe"], "the sort link keeps the filters")
            self.assertEqual(self.result_total(), expected["total"])
            self.assertEqual(self.one("th[data-column=established]").get_attribute("aria-sort"), direction)
            rows = self.rows()
            ids = [row[0] for row in rows]
            self.assertNotEqual(ids, before, f"sorting {direction} changed the order")
            api_order = [item["id"] for item in self.api("/api/v1/partnerships", per=200, sort=sort, **params)["items"]]
            self.assertEqual(ids, api_order[: len(ids)], f"sort={sort}: the page shows the API's order")
            keys = [established_key(text) for _, _, text in rows if text]
            self.assertGreater(len(keys), 1)
            wanted = sorted(keys, reverse=(direction == "descending"))
            self.assertEqual(keys, wanted, f"established column {direction}: {[text for _, _, text in rows]}")
            before = ids

    def test_3_form_with_an_error_then_corrected(self):
        total_before = self.registry_total()
        self.assertEqual(self.api("/api/v1/partnerships", q="Test City")["total"], 0)

        self.open("/partnerships/new")
        values = {"#field-home": "南京", "#field-partner": "Test City", "#field-country": "日本"}
        for css, value in values.items():
            field = self.one(css)
            field.clear()
            field.send_keys(value)
        established = self.one("#field-established")
        established.clear()
        established.send_keys("2019-13-45")
        self.screenshot("filled")
        self.click_and_wait(self.one("#submit"))
        self.screenshot("error")

        error = self.one("p.field-error#error-established")
        self.assertIn("2019-13-45", error.text)
        self.assertTrue(error.is_displayed())
        self.assertTrue(self.one("#form-errors").is_displayed(), "a notice above the form")
        self.assertEqual(self.one("#field-established").get_attribute("aria-invalid"), "true")
        self.assertEqual(self.one("#field-established").get_attribute("aria-describedby"), "error-established")
        self.assertEqual(len(self.all("p.field-error")), 1, "only the date is wrong")
        for css, value in values.items():
            self.assertEqual(self.one(css).get_attribute("value"), value, f"{css} keeps its value")
        self.assertEqual(self.one("#field-established").get_attribute("value"), "2019-13-45")
        self.assertEqual(len(self.all("#partner")), 0, "no partner page")
        self.assertEqual(self.registry_total(), total_before, "nothing was saved")
        self.assertEqual(self.api("/api/v1/partnerships", q="Test City")["total"], 0)

        # Correct the date and save: the partner page, and one more partnership.
        established = self.one("#field-established")
        established.clear()
        established.send_keys("2019-05")
        self.click_and_wait(self.one("#submit"))
        self.screenshot("saved")
        partner = self.one("#partner")
        self.assertRegex(self.driver.current_url, r"/partners/\d+")
        partner_id = urllib.parse.urlsplit(self.driver.current_url).path.rsplit("/", 1)[-1]
        self.assertEqual(partner.get_attribute("data-partner-id"), partner_id)
        self.assertEqual(self.text("#partner-name"), "Test City")
        self.assertEqual(self.one("#partner-country").get_attribute("data-country"), "JP")
        rows = self.all("#partner-partnerships tr[data-partnership-id]")
        self.assertEqual(len(rows), 1)
        self.assertIn("南京市", rows[0].text)
        self.assertIn("2019年5月", rows[0].text)
        self.assertEqual(len(self.all("p.field-error")), 0)
        self.assertEqual(self.registry_total(), total_before + 1, "one partnership more")
        saved = self.api("/api/v1/partnerships", q="Test City")
        self.assertEqual(saved["total"], 1)
        item = saved["items"][0]
        self.assertEqual(item["home"]["code"], "320100")
        self.assertEqual(item["country"], "JP")
        self.assertEqual(item["established"], "2019-05")
        self.assertEqual(str(item["partner"]["id"]), partner.get_attribute("data-partner-id"))

    def test_4_odd_input_gets_an_error_page_not_a_500(self):
        cases = [
            ("/partnerships?page=abc", 400),
            ("/partnerships?page=-1", 400),
            ("/partnerships?sort=nonsense", 400),
            ("/partners/999999", 404),
        ]
        problems = []
        for path, status in cases:
            self.open(path)
            if path.endswith("page=abc"):
                self.screenshot("page-abc")
            pages = self.all(f"#error-page[data-status='{status}']")
            if len(pages) != 1:
                shown = [e.get_attribute("data-status") for e in self.all("#error-page")]
                problems.append(f"{path}: expected #error-page[data-status={status}], found statuses {shown}")
                continue
            if not self.text("#error-message"):
                problems.append(f"{path}: the error page has no message")
            if len(self.all("tr[data-partnership-id]")) != 0:
                problems.append(f"{path}: the error page shows rows")
            answered = self.http_status(path)
            if answered != status:
                problems.append(f"{path}: HTTP status {answered}, expected {status}")
        self.assertEqual(problems, [])

    def test_5_sign_out_wrong_password_then_sign_in(self):
        # Signed in by setUp: the header names the user; signing out leads to the sign-in form.
        self.open("/")
        self.assertEqual(self.text("#current-user"), USERNAME)
        self.click_and_wait(self.one("#logout"))
        self.assertIn("/login", self.driver.current_url)
        # A page asked for while signed out leads to the form, and back to the page after signing in.
        self.open("/partnerships")
        self.assertIn("/login?next=", self.driver.current_url)
        self.one("#username").send_keys(USERNAME)
        self.one("#password").send_keys("not-the-password")
        self.click_and_wait(self.one("#login-submit"))
        self.screenshot("wrong-password")
        self.assertIn("用户名或密码错误", self.text("#login-error"))
        self.assertEqual(len(self.all("#current-user")), 0)
        self.one("#password").send_keys(PASSWORD)
        self.click_and_wait(self.one("#login-submit"))
        self.screenshot("signed-in")
        self.assertEqual(urllib.parse.urlsplit(self.driver.current_url).path, "/partnerships")
        self.assertEqual(self.text("#current-user"), USERNAME)
        self.assertGreater(len(self.rows()), 0)

    def test_6_edit_a_partnership_and_see_it_in_the_history(self):
        item = self.api("/api/v1/partnerships", q="Kanazawa")["items"][0]
        note = f"browser edit {int(time.time())}"
        self.open(f"/partners/{item['partner']['id']}")
        row = self.one(f"#partner-partnerships tr[data-partnership-id='{item['id']}']")
        self.click_and_wait(row.find_element(By.CSS_SELECTOR, "a.edit-link"))
        notes = self.one("#field-notes")
        notes.clear()
        notes.send_keys(note)
        self.screenshot("edit")
        self.click_and_wait(self.one("#submit"))
        self.screenshot("saved")

        # Back on the partner page: its history shows the change, by this user, newest first.
        self.assertTrue(self.one("#saved-notice").is_displayed())
        first = self.all("#history tr[data-audit-id]")[0]
        self.assertEqual(first.find_element(By.CSS_SELECTOR, "td.action").get_attribute("data-action"), "update")
        self.assertEqual(first.find_element(By.CSS_SELECTOR, "td.actor").text.strip(), USERNAME)
        changed = first.find_element(By.CSS_SELECTOR, "li[data-field='notes']")
        self.assertEqual(changed.find_element(By.CSS_SELECTOR, ".change-after").text.strip(), note)
        entry_id = first.get_attribute("data-audit-id")
        saved = self.api(f"/api/v1/partnerships/{item['id']}")
        self.assertEqual(saved["notes"], note)
        self.assertEqual(saved["version"], item["version"] + 1)

        # The administrator's audit log has the same entry.
        self.open(f"/audit?entity=partnership:{item['id']}")
        self.screenshot("audit")
        entries = self.all("tr[data-audit-id]")
        self.assertGreater(len(entries), 0)
        self.assertEqual(entries[0].get_attribute("data-audit-id"), entry_id)

    def test_7_a_stale_form_shows_what_changed_meanwhile(self):
        item = self.api("/api/v1/partnerships", q="Kanazawa")["items"][0]
        self.open(f"/partnerships/{item['id']}/edit")
        # Someone else changes the status through the API while the form is open.
        body = json.dumps({"status": "suspended" if item["status"] != "suspended" else "active",
                           "version": item["version"]}).encode()
        request = urllib.request.Request(
            self.server.base + f"/api/v1/partnerships/{item['id']}", data=body, method="PATCH",
            headers={"Authorization": f"Bearer {self.server.token}", "Content-Type": "application/json"})
        with _OPENER.open(request, timeout=HTTP_TIMEOUT) as response:
            self.assertEqual(response.status, 200)
        notes = self.one("#field-notes")
        notes.clear()
        notes.send_keys("mine")
        self.click_and_wait(self.one("#submit"))
        self.screenshot("stale")

        self.assertTrue(self.one("#form-error").is_displayed())
        table = self.one("#changed-meanwhile table")
        self.assertIn("状态", table.text)
        self.assertEqual(self.one("#field-notes").get_attribute("value"), "mine")
        self.assertEqual(self.api(f"/api/v1/partnerships/{item['id']}")["notes"], item["notes"], "not overwritten")
        # Saving again, having seen the change, keeps the form's values.
        self.click_and_wait(self.one("#submit"))
        self.assertTrue(self.one("#saved-notice").is_displayed())
        self.assertEqual(self.api(f"/api/v1/partnerships/{item['id']}")["notes"], "mine")

    def test_8_the_map_and_a_chart(self):
        # The demo's partners with coordinates (matched from GeoNames on import) each have a marker on the world map.
        self.open("/map")
        self.screenshot("map")
        countries = self.all("svg path[data-iso]")
        self.assertGreater(len(countries), 150, "every country of the base map drawn")
        shaded = [c for c in countries if c.get_attribute("class") != "shade-0"]
        self.assertGreater(len(shaded), 0)
        markers = self.all("svg circle[data-partner-id]")
        self.assertGreater(len(markers), 0)
        self.assertEqual(len({m.get_attribute("data-partner-id") for m in markers}), len(markers), "one per partner")
        japan = self.one("svg path[data-iso='JP']")
        self.assertNotEqual(japan.get_attribute("class"), "shade-0", "Japan has the demo's most partnerships")
        # Clicking a marker opens its partner.
        partner_id = markers[0].get_attribute("data-partner-id")
        self.open(f"/partners/{partner_id}")
        self.assertEqual(self.one("#partner").get_attribute("data-partner-id"), partner_id)

        # A chart: an SVG with its title, a caption and its numbers as a table.
        self.open("/charts")
        self.screenshot("charts")
        figures = self.all("figure.chart")
        self.assertGreater(len(figures), 5)
        first = figures[0]
        self.assertTrue(first.find_element(By.CSS_SELECTOR, "figcaption").text.strip())
        self.assertEqual(first.find_element(By.CSS_SELECTOR, "svg").get_attribute("role"), "img")
        self.assertGreater(len(first.find_elements(By.CSS_SELECTOR, "table tr")), 1)

    def test_9_every_page_passes_axe(self):
        # Every page the administrator reaches by following links from the overview (one of each kind, in Chinese
        # and in English), then the import report, the 404 page and, signed out, the sign-in page: axe-core on each;
        # a serious or critical finding fails.
        if AXE_MISSING:
            self.skipTest(AXE_MISSING)
        script = AXE_SCRIPT.read_text(encoding="utf-8")
        self.driver.set_script_timeout(120)  # axe on the maps' hundreds of shapes takes a while
        blocking, other = [], []
        visited = {}  # pattern → the path visited for it
        queue = ["/"]
        try:
            while queue and len(visited) < accessibility.MAX_PAGES:
                path = queue.pop(0)
                pattern = accessibility.page_pattern(path)
                if pattern in visited:
                    continue
                visited[pattern] = path
                self.open(path)
                self.check_accessibility(path, script, blocking, other)
                hrefs = self.driver.execute_script(
                    "return Array.from(document.querySelectorAll('a[href]'), "
                    "link => new URL(link.getAttribute('href'), document.baseURI).href);"
                )
                queue.extend(accessibility.same_site_pages(self.server.base, hrefs))

            # The same pages in English (labels, and the lang of the page, differ).
            self.open("/?lang=en")
            for path in visited.values():
                self.open(path)
                self.check_accessibility(f"{path} (en)", script, blocking, other)
            self.open("/?lang=zh")

            # The import report, a POST's answer that no link reaches: one good row and one with a wrong date.
            upload = Path(self.server.dir) / "axe-import.csv"
            upload.write_text(
                "本地主体,外方城市,外方城市英文名,国家,类型,结好时间,状态\n"
                "苏州市,测试城,Axe Town,日本,友好城市,2020-01-01,有效\n"
                "苏州市,错误城,Bad Date Town,日本,友好城市,2020-13-45,有效\n",
                encoding="utf-8",
            )
            self.open("/import")
            self.one("#import-file").send_keys(str(upload))
            self.click_and_wait(self.one("#import-submit"))
            self.assertEqual(self.text("#import-report [data-count='created'] dd"), "1", "the import report")
            self.assertEqual(self.text("#import-report [data-count='rejected'] dd"), "1")
            self.check_accessibility("/import (report)", script, blocking, other)

            self.open("/no-such-page")
            self.assertEqual(len(self.all("#error-page[data-status='404']")), 1, "the 404 page")
            self.check_accessibility("/no-such-page (404)", script, blocking, other)
            self.driver.delete_all_cookies()
            self.open("/login")
            self.assertEqual(len(self.all("#login-submit")), 1, "the sign-in page, signed out")
            self.check_accessibility("/login (signed out)", script, blocking, other)
        finally:
            self.driver.set_script_timeout(10)

        checked = ", ".join(sorted(visited))
        print(f"    axe: {len(visited) + 3} pages checked: {checked} (each in Chinese and English), import report, "
              "404, sign-in", flush=True)
        for line in accessibility.summarize(other):
            print(f"    not failing: {line}", flush=True)
        unreached = [pattern for pattern in accessibility.REQUIRED_PAGES if pattern not in visited]
        problems = [f"{len(blocking)} serious or critical axe findings:"] + blocking if blocking else []
        if unreached:
            problems.append(f"pages the crawl did not reach by links: {', '.join(unreached)}")
        if problems:
            self.fail("\n".join(problems))

    def test_10_an_editor_reports_progress_and_answers_a_notice(self):
        # The editor of a member unit signs in and lands on the unit's workspace.
        self.driver.delete_all_cookies()
        self.sign_in(EDITOR_PASSWORD, username=EDITOR)
        self.assertEqual(urllib.parse.urlsplit(self.driver.current_url).path, "/workspace")
        self.screenshot("workspace")
        self.assertIn(EDITOR_UNIT, self.text("#workspace-unit"))
        self.assertGreater(len(self.all("#workspace-tasks-table tr[data-task-id]")), 0, "the unit's tasks")

        # A task it leads is due for a report this quarter: report on it from the task page.
        due = [item for item in self.all("#workspace-due li[data-task-id]")
               if item.find_element(By.CSS_SELECTOR, ".role").text.strip() == "牵头"]
        self.assertGreater(len(due), 0, "a task the unit leads is due for a report")
        task_id = due[0].get_attribute("data-task-id")
        self.click_and_wait(due[0].find_element(By.CSS_SELECTOR, "a"))
        self.assertEqual(urllib.parse.urlsplit(self.driver.current_url).path, f"/tasks/{task_id}")
        text = f"浏览器报送 {int(time.time())}"
        Select(self.one("#field-status")).select_by_value("inProgress")
        self.one("#field-progress").send_keys("70")
        self.one("#field-text").send_keys(text)
        self.screenshot("report-form")
        self.click_and_wait(self.one("#report-form #submit"))
        self.screenshot("reported")
        self.assertEqual(urllib.parse.urlsplit(self.driver.current_url).path, f"/tasks/{task_id}")
        latest = self.all("#report-timeline li.report")[0]
        self.assertEqual(latest.find_element(By.CSS_SELECTOR, ".report-text").text.strip(), text)
        self.assertEqual(latest.find_element(By.CSS_SELECTOR, ".unit").text.strip(), EDITOR_UNIT)
        self.assertEqual(latest.find_element(By.CSS_SELECTOR, ".progress").text.strip(), "70%")

        # Back on the workspace the task is no longer due; a notice waits for the unit's answer.
        self.open("/workspace")
        self.assertNotIn(task_id, [i.get_attribute("data-task-id") for i in self.all("#workspace-due li[data-task-id]")])
        waiting = self.all("#workspace-notices li[data-notice-id]")
        self.assertGreater(len(waiting), 0, "a notice waits for the unit's answer")
        notice_id = waiting[0].get_attribute("data-notice-id")
        self.click_and_wait(waiting[0].find_element(By.CSS_SELECTOR, "a"))
        Select(self.one("#field-answer")).select_by_value("interested")
        self.one("#field-comment").send_keys("可组织两家企业参展")
        self.one("#field-contact").send_keys("李明 0512-0000")
        self.click_and_wait(self.one("#answer-form #submit"))
        self.screenshot("answered")
        mine = self.one("#answers-table tr.mine")
        self.assertEqual(mine.find_element(By.CSS_SELECTOR, ".unit").text.strip(), EDITOR_UNIT)
        self.assertEqual(mine.find_element(By.CSS_SELECTOR, ".answer").get_attribute("data-answer"), "interested")

        # The API (the administrator's token) has the answer, and the workspace no longer lists the notice.
        answers = {a["unit"]["name"]: a["answer"] for a in self.api(f"/api/v1/notices/{notice_id}")["answers"]}
        self.assertEqual(answers.get(EDITOR_UNIT), "interested")
        self.open("/workspace")
        self.assertNotIn(notice_id, [i.get_attribute("data-notice-id")
                                     for i in self.all("#workspace-notices li[data-notice-id]")])

    def test_11_a_project_moves_a_stage_gets_a_note_and_the_stalled_filter_finds_the_demo_one(self):
        # The demo's stalled project shows under the stalled filter, with its badge.
        self.open("/projects?stalled=true")
        self.screenshot("projects-stalled")
        titles = [row.find_element(By.CSS_SELECTOR, ".title").text for row in self.all("#projects-table tbody tr")]
        self.assertTrue(any("停滞" in title for title in titles), f"the demo's stalled project: {titles}")
        self.assertGreater(len(self.all("#projects-table .badge")), 0, "the stalled badge")

        # A lead project moves to intent from its page, then gets a note; both show on the page.
        self.open("/projects?stage=lead")
        row = self.all("#projects-table tbody tr")[0]
        project_id = row.get_attribute("data-project-id")
        self.click_and_wait(row.find_element(By.CSS_SELECTOR, ".title a"))
        Select(self.one("#field-stage")).select_by_value("intent")
        self.click_and_wait(self.one("#stage-submit"))
        self.assertEqual(urllib.parse.urlsplit(self.driver.current_url).path, f"/projects/{project_id}")
        self.assertEqual(self.one("#project-facts .stage").get_attribute("data-stage"), "intent")
        text = f"浏览器跟进 {int(time.time())}"
        self.one("#field-text").send_keys(text)
        self.click_and_wait(self.one("#note-submit"))
        self.screenshot("project-noted")
        self.assertIn(text, self.text("#notes-list"))

        # The API agrees, and the funnel page draws its chart.
        project = self.api(f"/api/v1/projects/{project_id}")
        self.assertEqual(project["stage"], "intent")
        self.assertEqual(project["history"][-1]["stage"], "intent")
        self.open("/projects/funnel")
        self.screenshot("funnel")
        self.assertEqual(len(self.all("#funnel-chart-svg")), 1, "the funnel chart")

    def test_9z_an_administrator_signs_a_prospect_and_sees_the_new_partnership(self):
        # Named to run last (unittest sorts names as text): it adds a partnership, which the registry's counts in
        # test_1 and test_2 must not see, and the axe crawl of test_9 meets the demo's prospects still open.
        # The board shows the demo's prospects by stage; Toulouse has a letter of intent.
        self.open("/pipeline?home=320500")
        self.screenshot("pipeline")
        self.assertIn("年目标新结好", self.text("#progress-sentence"))
        card = self.one(".board-column[data-stage='letterOfIntent'] li.card a")
        self.assertEqual(card.text.strip(), "图卢兹")
        before = self.registry_total()
        self.click_and_wait(card)
        prospect_path = urllib.parse.urlsplit(self.driver.current_url).path

        # Sign it as a friendship city today: the page comes back with the partnership linked.
        Select(self.one("#field-stage")).select_by_value("signed")
        Select(self.one("#field-kind")).select_by_value("friendshipCity")
        self.screenshot("stage-form")
        self.click_and_wait(self.one("#stage-submit"))
        self.screenshot("signed")
        self.assertEqual(urllib.parse.urlsplit(self.driver.current_url).path, prospect_path)
        self.assertEqual(self.one("#prospect-facts .stage").get_attribute("data-stage"), "signed")
        self.assertEqual(len(self.all("#stage-form")), 0, "no stage follows signing")

        # The partner's page lists the new partnership, and the registry counts one more.
        self.click_and_wait(self.one("#prospect-partnership"))
        self.screenshot("partner")
        self.assertTrue(urllib.parse.urlsplit(self.driver.current_url).path.startswith("/partners/"))
        self.assertIn("Toulouse", self.driver.page_source)
        self.assertEqual(self.registry_total(), before + 1)
        found = self.api("/api/v1/partnerships", q="Toulouse")["items"]
        self.assertEqual([item["home"]["code"] for item in found], ["320500"])

    def test_9zz_an_administrator_deletes_a_prospect_after_confirming(self):
        # Named to run after test_9z, which signed Toulouse: a signed prospect stays, a shelved one can go.
        self.open("/prospects?home=320500")
        self.assertIn("home=320500", self.one("#export-csv").get_attribute("href"))
        stages = {row.find_element(By.CSS_SELECTOR, "td.stage").get_attribute("data-stage"): row
                  for row in self.all("#prospects-table tbody tr")}
        total = self.api("/api/v1/prospects", home="320500")["total"]

        # The signed one: no delete link on its page, and its confirmation page explains why, without a button.
        self.click_and_wait(stages["signed"].find_element(By.CSS_SELECTOR, "td.name a"))
        self.assertEqual(len(self.all("#prospect-delete")), 0, "a signed prospect offers no deletion")
        self.open(urllib.parse.urlsplit(self.driver.current_url).path + "/delete")
        self.screenshot("signed-delete")
        self.assertIn("已签约的结好意向不能删除", self.text("#delete-warning"))
        self.assertEqual(len(self.all("#confirm-delete")), 0, "no confirmation button")

        # The shelved one: its page links to the confirmation, which deletes it and comes back to the list.
        self.open("/prospects?home=320500&stage=shelved")
        self.click_and_wait(self.one("#prospects-table td.name a"))
        prospect_id = urllib.parse.urlsplit(self.driver.current_url).path.split("/")[-1]
        self.click_and_wait(self.one("#prospect-delete"))
        self.screenshot("delete-confirm")
        self.assertIn("阶段记录", self.text("#delete-warning"))
        self.click_and_wait(self.one("#confirm-delete"))
        self.screenshot("deleted")
        self.assertEqual(urllib.parse.urlsplit(self.driver.current_url).path, "/prospects")
        self.assertIn("结好意向已删除", self.text("#saved-notice"))
        self.assertEqual(self.api("/api/v1/prospects", home="320500")["total"], total - 1)
        ids = [str(item["id"]) for item in self.api("/api/v1/prospects", home="320500")["items"]]
        self.assertNotIn(prospect_id, ids)

    def test_11_an_admin_enters_an_indicator_figure_and_sees_its_status(self):
        # The indicator table of 2026, grouped by category, with the demo's targets.
        self.open("/indicators?year=2026")
        self.assertGreater(len(self.all("section.indicator-group")), 0, "the categories")
        row = self.one("tr[data-indicator='F2']")
        self.click_and_wait(row.find_element(By.CSS_SELECTOR, "a"))
        # A value without its source is refused, the input kept.
        self.one("#field-target").send_keys("3")
        self.one("#field-value").send_keys("2")
        self.click_and_wait(self.one("#indicator-year-form #submit"))
        self.assertEqual(len(self.all("#error-source")), 1, "the source is asked for")
        self.assertEqual(self.one("#field-value").get_attribute("value"), "2")
        self.one("#field-source").send_keys("市贸促会")
        self.click_and_wait(self.one("#indicator-year-form #submit"))
        # 2 against 3 is 67%: behind, in words.
        row = self.one("tr[data-indicator='F2']")
        self.assertEqual(row.find_element(By.CSS_SELECTOR, ".status").text.strip(), "落后")
        self.assertEqual(row.find_element(By.CSS_SELECTOR, ".source").text.strip(), "市贸促会")
        self.screenshot("indicators")
        self.open("/scorecard?year=2026")
        self.assertGreater(len(self.all("#scorecard-table tbody tr")), 0, "the units' scorecard")
        self.screenshot("scorecard")

    def test_9y_matching_suggestions_thin_regions_and_settings(self):
        # Named to run before test_9z, which signs Toulouse and so takes it out of the suggestions.
        # The nav's suggestions page opens on the demo home (苏州市, the home with the most partnerships); asking
        # for 航空航天 scores Toulouse (a demo city theme), each factor's points shown in its row.
        self.open("/")
        self.click_and_wait(self.one("#nav-suggestions"))
        self.assertEqual(self.one("#filter-home").get_attribute("value"), "320500")
        self.one("#filter-themes").send_keys("航空航天")
        Select(self.one("#filter-country")).select_by_value("FR")
        self.click_and_wait(self.one("#suggestion-filter-form button[type='submit']"))
        self.screenshot("suggestions")
        toulouse = self.one("#suggestions-table tr[data-geoname-id='2972315']")
        themes = toulouse.find_element(By.CSS_SELECTOR, "td[data-factor='themes'] .points").text.strip()
        self.assertEqual(themes, "10")
        points = [int(cell.text) for cell in toulouse.find_elements(By.CSS_SELECTOR, "td.factor .points")]
        self.assertEqual(sum(points), int(toulouse.find_element(By.CSS_SELECTOR, ".score").text))
        prospect = toulouse.find_element(By.CSS_SELECTOR, "a.make-prospect").get_attribute("href")
        self.assertIn("/prospects/new?home=320500", prospect)
        self.assertIn("geonameId=2972315", prospect)
        api = self.api("/api/v1/suggestions", home="320500", themes="航空航天", country="FR")
        first = api["suggestions"][0]
        self.assertEqual(first["score"], sum(f["points"] for f in first["factors"].values()))

        # The thin-regions table, then the administrator raises Europe's target to 60%: Europe falls below it.
        self.click_and_wait(self.one("#matching-thin-link"))
        self.screenshot("thin-regions")
        self.click_and_wait(self.one("#matching-settings-link"))
        europe = self.one("#field-share_continent_europe")
        europe.clear()
        europe.send_keys("60")
        asia = self.one("#field-share_continent_asia")
        asia.clear()
        self.click_and_wait(self.one("#match-settings-form #submit"))
        self.screenshot("thin-regions-saved")
        self.assertEqual(len(self.all("#saved-notice")), 1)
        self.assertEqual(self.one("#thin-regions-table tr[data-region='europe'] .status").text.strip(), "低于目标")

    def check_accessibility(self, page, script, blocking, other):
        """Runs axe on the open page; its findings go, described, to `blocking` or `other` by impact."""
        self.screenshot("page-" + (re.sub(r"[^a-z0-9]+", "-", page.lower()).strip("-") or "overview"))
        for violation in accessibility.run_axe(self.driver, script):
            if violation["impact"] in accessibility.BLOCKING_IMPACTS:
                blocking.append(accessibility.describe(page, violation))
            else:
                other.append((page, violation))


TEST_NAMES = unittest.defaultTestLoader.getTestCaseNames(YouchengBrowserTests)


class ReportingResult(unittest.TestResult):
    """Prints one line per test as it finishes."""

    def __init__(self):
        super().__init__()
        self.passed = 0
        self.started = 0.0

    def startTest(self, test):
        super().startTest(test)
        self.started = time.monotonic()
        print(f"{test._testMethodName} …", flush=True)

    def _line(self, word, test):
        print(f"{word:<6} {test._testMethodName} ({time.monotonic() - self.started:.1f} s)", flush=True)

    def addSuccess(self, test):
        super().addSuccess(test)
        self.passed += 1
        self._line("ok", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._line("FAIL", test)
        print(self._indent(self.failures[-1][1]), flush=True)

    def addError(self, test, err):
        super().addError(test, err)
        self._line("ERROR", test)
        print(self._indent(self.errors[-1][1]), flush=True)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._line("skip", test)
        print(f"    {reason}", flush=True)

    @staticmethod
    def _indent(text):
        return "\n".join("    " + line for line in text.rstrip().splitlines())


def _stop_on_signal(_signum, _frame):
    # KeyboardInterrupt, not SystemExit: unittest records SystemExit as a test error and goes on; it lets
    # KeyboardInterrupt through, so the run stops and the server and browser are stopped on the way out.
    raise KeyboardInterrupt


def main():
    signal.signal(signal.SIGTERM, _stop_on_signal)
    if SELENIUM_MISSING:
        missing(SELENIUM_MISSING)
    if AXE_MISSING and IN_CI:
        missing(AXE_MISSING)  # locally only the accessibility test is skipped

    chromium = find_executable("CHROME_BIN", ["/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"])
    if not chromium:
        missing("chromium not found (apt-get install chromium chromium-driver)")
    chromedriver = find_executable("CHROMEDRIVER", ["/usr/bin/chromedriver", "chromedriver"])
    if not chromedriver:
        missing("chromedriver not found (apt-get install chromium-driver)")

    binary = find_app_binary()
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        fail_setup(f"the youcheng binary is missing at {binary}; build it first: swift build --build-tests")

    server = Server(binary)
    driver = None
    result = ReportingResult()
    setup_error = None  # (message, server output) when the tests could not start
    interrupted = False
    try:
        problem = server.start()
        if problem:
            setup_error = (problem, server.output())
        else:
            print(f"server: {server.base} ({binary})", flush=True)
            print(f"browser: {chromium} with {chromedriver}", flush=True)
            try:
                driver = make_driver(chromium, chromedriver)
            except WebDriverException as error:
                # Installed but not working (e.g. a chromedriver of another version): a failure, not a skip.
                setup_error = (f"could not start headless Chromium: {(error.msg or str(error)).strip()}", None)
        if driver is not None:
            screenshots = os.environ.get("YOUCHENG_SCREENSHOTS") or tempfile.mkdtemp(prefix="youcheng-screenshots.")
            os.makedirs(screenshots, exist_ok=True)
            print(f"screenshots: {screenshots}", flush=True)
            BrowserTest.server = server
            BrowserTest.driver = driver
            BrowserTest.screenshots = screenshots
            suite = unittest.defaultTestLoader.loadTestsFromTestCase(YouchengBrowserTests)
            suite.run(result)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        if driver is not None:
            try:
                driver.quit()
            except Exception:
                pass
        server.stop()
        failed = len(result.failures) + len(result.errors)
        if failed:
            output = server.output().rstrip().splitlines()
            print("---- server output (last 40 lines) ----")
            print("\n".join(output[-40:]))
            print("---- end of server output ----", flush=True)
        server.remove()

    if setup_error:
        fail_setup(*setup_error)
    if interrupted:
        print("error: interrupted; the test that was running counts as failed", flush=True)
        failed += 1
    print(f"{result.passed} passed, {failed} failed", flush=True)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
