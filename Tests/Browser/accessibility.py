"""Accessibility checks for the browser tests: which pages to visit, axe-core run in the page, its findings as text.

Used by `run_browser_tests.py` (test_9). axe-core comes from the PyPI package axe-selenium-python, read from disk
and injected with `execute_script`; nothing is fetched from the network.
"""

import re
import urllib.parse

# Impacts that fail the test; moderate and minor findings are reported but do not fail it.
BLOCKING_IMPACTS = ("critical", "serious")

# Paths that are not HTML pages (downloads, the API, static files, the health check) or that act (sign out).
NOT_A_PAGE = re.compile(r"^/(api/|static/|health$|logout$)|\.(csv|xlsx|ics|json)$")

# Pages the crawl must reach, as patterns (a number in the path is `{id}`): if a link to one of them disappears,
# the test says so instead of quietly checking fewer pages.
REQUIRED_PAGES = (
    "/", "/partnerships", "/partners/{id}", "/partnerships/new", "/partnerships/{id}/edit",
    "/partnerships/{id}/delete", "/import", "/exchanges", "/exchanges/new", "/exchanges/{id}/edit",
    "/exchanges/{id}/delete", "/dormant", "/activity", "/map", "/map/china", "/charts", "/anniversaries", "/calendar",
    "/peers", "/reports/annual", "/units", "/units/new", "/units/{id}/edit", "/units/{id}/deactivate", "/users",
    "/users/new", "/users/{id}/edit", "/audit", "/notices", "/notices/new", "/notices/{id}", "/plans", "/plans/new",
    "/plans/{id}", "/plans/{id}/edit", "/plans/{id}/tasks/new", "/tasks/{id}", "/tasks/{id}/edit", "/meetings",
    "/meetings/new", "/meetings/{id}", "/meetings/{id}/edit", "/meetings/{id}/delete", "/workspace",
    "/units/responsiveness",
    "/projects", "/projects/new", "/projects/{id}", "/projects/{id}/edit", "/projects/{id}/delete", "/projects/funnel",
    "/pipeline", "/prospects", "/prospects/new", "/prospects/{id}", "/prospects/{id}/edit", "/prospects/{id}/delete",
    "/units/responsiveness", "/indicators", "/indicators/manage", "/indicators/new", "/indicators/{id}/edit",
    "/indicators/{id}/delete", "/indicators/{id}/year", "/scorecard", "/money",
    "/units/responsiveness", "/pipeline/suggestions", "/pipeline/thin", "/pipeline/suggestions/settings",
    "/pipeline/suggestions/cities/{id}/themes",
)

MAX_PAGES = 120  # a guard against a crawl that never ends (e.g. a link that grows on every page)

# Runs axe on the document and hands back only what the report needs (the full result is megabytes on the maps).
AXE_RUN = """
var done = arguments[arguments.length - 1];
axe.run(document).then(function (result) {
    done({violations: result.violations.map(function (rule) {
        return {id: rule.id, impact: rule.impact, help: rule.help, count: rule.nodes.length,
                targets: rule.nodes.slice(0, 3).map(function (node) { return node.target.join(" "); })};
    })});
}, function (error) { done({error: String(error)}); });
"""


def page_pattern(path):
    """`/partners/17/edit` → `/partners/{id}/edit`: one visit per kind of page, not per record."""
    return "/".join("{id}" if segment.isdigit() else segment for segment in path.split("/"))


def same_site_pages(base, hrefs):
    """The paths (no query, no fragment) of links that lead to a page of the site at `base`."""
    site = urllib.parse.urlsplit(base)
    paths = []
    for href in hrefs:
        if not href:
            continue
        link = urllib.parse.urlsplit(urllib.parse.urljoin(base + "/", href))
        if link.scheme not in ("http", "https") or link.netloc != site.netloc:
            continue
        path = link.path or "/"
        if not NOT_A_PAGE.search(path):
            paths.append(path)
    return paths


def run_axe(driver, script):
    """axe's violations on the current page as a list of dicts (id, impact, help, count, targets)."""
    driver.execute_script(script)
    result = driver.execute_async_script(AXE_RUN)
    if not isinstance(result, dict) or "error" in result:
        raise AssertionError(f"axe did not run on {driver.current_url}: {result}")
    return result["violations"]


def describe(page, violation):
    """One line: the page, the rule, its impact and help, and the first elements it found."""
    targets = ", ".join(violation["targets"])
    more = f" (+{violation['count'] - len(violation['targets'])} more)" if violation["count"] > 3 else ""
    return f"{page}: {violation['id']} ({violation['impact']}) {violation['help']} — {targets}{more}"


def summarize(findings):
    """Findings as (page, violation) pairs, one line per rule: its impact, help, and the pages where it was found."""
    pages = {}
    for page, violation in findings:
        pages.setdefault((violation["id"], violation["impact"], violation["help"]), []).append(page)
    return [f"{rule} ({impact}) {text} — {len(where)} pages: {', '.join(where)}" for (rule, impact, text), where
            in pages.items()]
