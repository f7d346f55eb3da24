"""The widget, article pages and staff view in Debian's Chromium, against a real uvicorn server.

Playwright drives /usr/bin/chromium (never a browser of its own). The server is `assistant serve` over the
bundled corpus, with staff credentials and one other site allowed to embed the widget. That other site is a
plain static server: as http://127.0.0.1:<port> it is allowed, as http://localhost:<port> it is not.

Set ASSISTANT_SCREENSHOT_DIR=docs to refresh the screenshots in docs/ (the README and docs/widget.md show them).
"""

from __future__ import annotations

import csv
import functools
import http.server
import io
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect, sync_playwright

from assistant.config import Settings
from assistant.index.loaded import Index
from tests.servers import free_port, served

CHROMIUM = Path(os.environ.get("ASSISTANT_TEST_CHROMIUM", "/usr/bin/chromium"))
# As root in a container, without a GPU, with the background services that would try the closed network off.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STAFF = ("editor", "browser-test-password")
WITHDRAWAL = "What happens if I stop baclofen suddenly?"
EMERGENCY = "My husband has crushing chest pain and his left arm has gone numb"


@dataclass(frozen=True)
class Sites:
    app: str  # the assistant
    allowed: str  # another site allowed to embed the widget
    refused: str  # the same pages under an origin that is not allowed


@pytest.fixture(scope="module")
def sites(
    bundled_settings: Settings, bundled_index: Index, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Sites]:
    host_dir = tmp_path_factory.mktemp("other-site")
    host_port, app_port = free_port(), free_port()
    app = f"http://127.0.0.1:{app_port}"
    (host_dir / "clinic.html").write_text(
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Clinic</title></head><body>"
        "<h1>Riverside Clinic</h1><p>Opening hours and directions.</p>"
        f'<script src="{app}/widget.js" data-title="Clinic help desk" data-color="#5b2a86" '
        'data-position="bottom-left" data-greeting="Hello from the clinic." defer></script></body></html>',
        encoding="utf-8",
    )
    handler = functools.partial(QuietHandler, directory=str(host_dir))
    static = http.server.ThreadingHTTPServer(("127.0.0.1", host_port), handler)
    threading.Thread(target=static.serve_forever, daemon=True).start()
    env = {
        "ASSISTANT_INDEX_DIR": str(bundled_settings.index_dir),
        "ASSISTANT_DATA_DIR": str(tmp_path_factory.mktemp("browser-data")),
        "ASSISTANT_STAFF_USER": STAFF[0],
        "ASSISTANT_STAFF_PASSWORD": STAFF[1],
        "ASSISTANT_CORS_ORIGINS": f"http://127.0.0.1:{host_port}",
    }
    try:
        with served(env, port=app_port):
            yield Sites(app, f"http://127.0.0.1:{host_port}", f"http://localhost:{host_port}")
    finally:
        static.shutdown()
        static.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: scripts/test installs Debian's chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def context(browser: Browser, sites: Sites) -> Iterator[BrowserContext]:
    context = browser.new_context(base_url=sites.app, viewport={"width": 1280, "height": 860})
    context.set_default_timeout(30_000)
    yield context
    context.close()


@pytest.fixture()
def page(context: BrowserContext) -> Page:
    page = context.new_page()
    page.on("dialog", lambda dialog: pytest.fail(f"a dialog opened: {dialog.message}"))
    return page


def open_widget(page: Page) -> None:
    page.locator(".ha-launcher").click()
    expect(page.locator(".ha-panel")).to_be_visible()


def ask(page: Page, message: str) -> Locator:
    """Type and send a message; the answer it gets, once it has arrived."""
    before = page.locator(".ha-log .ha-answer").count()
    page.locator(".ha-input").fill(message)
    page.locator(".ha-input").press("Enter")
    answers = page.locator(".ha-log .ha-answer")
    expect(answers).to_have_count(before + 1)
    answer = answers.last
    expect(answer.locator(".ha-lead, .ha-error").first).to_be_visible()
    return answer


def screenshot(target: Page | Locator, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("ASSISTANT_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    target.screenshot(path=str(folder / name))
    assert (folder / name).stat().st_size > 10_000


def shadow(page: Page, script: str) -> object:
    """Evaluate `script` with `root` bound to the widget's shadow root."""
    return page.evaluate(
        f"(() => {{ const root = document.getElementById('health-assistant-widget').shadowRoot; {script} }})()"
    )


def test_a_visitor_asks_opens_the_source_asks_a_follow_up_and_leaves_feedback(
    page: Page, context: BrowserContext, browser: Browser, sites: Sites, tmp_path: Path
) -> None:
    page.goto("/")
    expect(page.locator("h1")).to_have_text("Baclofen")
    open_widget(page)
    answer = ask(page, WITHDRAWAL)
    quotes = answer.locator(".ha-quote")
    expect(quotes.first).to_be_visible()
    expect(quotes.first.locator("mark").first).to_be_visible()
    source = answer.locator(".ha-source").first
    expect(source).to_contain_text("Baclofen")
    expect(source).to_contain_text(re.compile(r"updated \d{4}-\d{2}-\d{2}"))
    assert answer.locator(".ha-disclaimer").count() >= 1
    screenshot(page, "widget.png", tmp_path)

    # The source link opens the article at the quoted passage, highlighted and in view.
    link = source.locator("a")
    assert "passage=" in (link.get_attribute("href") or "")
    with context.expect_page() as opened:
        link.click()
    article = opened.value
    article.wait_for_load_state()
    mark = article.locator("mark.passage").first
    expect(mark).to_be_visible()
    expect(mark).to_be_in_viewport()
    quoted_words = re.sub(r"\s+", " ", quotes.first.inner_text()).strip()[:60]
    assert quoted_words.split(" ")[0] in article.locator("mark.passage").all_inner_texts()[0]
    # The sentences the widget marked as answering are emphasised in the article too.
    answering = article.locator("mark.passage.answer")
    expect(answering.first).to_be_visible()
    assert answering.first.inner_text().strip() in " ".join(quotes.first.locator("mark").all_inner_texts())
    article.close()

    follow = ask(page, "and its side effects?")
    expect(follow.locator(".ha-quote").first).to_be_visible()
    expect(follow.locator(".ha-source").first).to_contain_text(re.compile("side effects", re.I))

    follow.locator(".ha-not-helpful").click()
    follow.locator(".ha-feedback textarea").fill("I wanted to know how long they last.")
    follow.locator(".ha-feedback-send").click()
    expect(follow.locator(".ha-thanks")).to_be_visible()

    # The conversation goes on on another page of the site.
    page.goto("/articles/acetaminophen-and-liver-safety")
    open_widget(page)
    expect(page.locator(".ha-log .ha-user")).to_have_count(2)

    # Staff find the conversation, the follow-up reading and the feedback.
    staff = browser.new_context(
        base_url=sites.app, http_credentials={"username": STAFF[0], "password": STAFF[1]}
    )
    try:
        view = staff.new_page()
        view.goto("/staff?negative=true")
        rows = view.locator("table.conversations tbody tr")
        expect(rows).to_have_count(1)
        rows.first.locator("a").click()
        turn = view.locator(".turn-record").nth(1)
        expect(turn).to_contain_text("and its side effects?")
        expect(turn).to_contain_text("searched as: and its side effects? (Baclofen)")
        expect(turn.locator(".feedback-record")).to_contain_text("not helpful")
        expect(turn.locator(".feedback-record")).to_contain_text("how long they last")
        expect(turn.locator("table.scores").first).to_contain_text("dense")
        screenshot(turn, "staff-turn.png", tmp_path)
    finally:
        staff.close()


def test_an_emergency_shows_the_banner_before_anything_else(page: Page) -> None:
    page.goto("/")
    open_widget(page)
    answer = ask(page, EMERGENCY)
    banner = answer.locator(".ha-banner").first
    expect(banner).to_be_visible()
    expect(banner).to_have_attribute("role", "alert")
    expect(banner).to_contain_text("911")
    first_class = answer.evaluate(
        "node => node.querySelector('.ha-banner, .ha-notice, .ha-lead, .ha-quote').className"
    )
    assert "ha-banner" in first_class
    color = banner.evaluate("node => getComputedStyle(node).backgroundColor")
    lead = answer.locator(".ha-lead").evaluate("node => getComputedStyle(node).backgroundColor")
    assert color != lead  # a distinct banner, not body text


def test_markup_in_a_message_is_shown_as_text_and_runs_nothing(page: Page) -> None:
    hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><b>bold?</b>'
    page.goto("/")
    open_widget(page)
    ask(page, hostile)
    expect(page.locator(".ha-log .ha-user").last).to_contain_text(hostile)
    assert page.evaluate("window.pwned") is None
    assert shadow(page, "return root.querySelectorAll('.ha-log img, .ha-log script, .ha-log b').length;") == 0


def test_keyboard_alone_opens_asks_and_closes(page: Page) -> None:
    page.goto("/")
    for _ in range(80):
        page.keyboard.press("Tab")
        if shadow(page, "return root.activeElement && root.activeElement.classList.contains('ha-launcher');"):
            break
    else:
        pytest.fail("Tab never reached the widget's launcher")
    page.keyboard.press("Enter")
    expect(page.locator(".ha-panel")).to_be_visible()
    assert shadow(page, "return root.activeElement.classList.contains('ha-input');")
    assert page.locator(".ha-launcher").get_attribute("aria-expanded") == "true"
    page.keyboard.type("What is baclofen used for?")
    page.keyboard.press("Enter")
    expect(page.locator(".ha-log .ha-answer .ha-quote").first).to_be_visible()
    assert page.locator(".ha-log").get_attribute("aria-live") == "polite"
    page.keyboard.press("Escape")
    expect(page.locator(".ha-panel")).to_be_hidden()
    assert shadow(page, "return root.activeElement && root.activeElement.classList.contains('ha-launcher');")
    assert page.locator(".ha-launcher").get_attribute("aria-expanded") == "false"


def test_every_control_is_labelled_and_text_is_readable(page: Page) -> None:
    page.goto("/")
    open_widget(page)
    ask(page, WITHDRAWAL)
    unlabelled = shadow(
        page,
        """return [...root.querySelectorAll('button, textarea, input, a')].filter(node => {
             const name = (node.getAttribute('aria-label') || node.textContent || '').trim();
             const labelled = node.labels && node.labels.length > 0;
             return !name && !labelled && !node.getAttribute('aria-labelledby');
           }).map(node => node.outerHTML.slice(0, 80));""",
    )
    assert unlabelled == []
    # WCAG contrast of text against the background it is drawn on (the nearest opaque one).
    ratios = shadow(
        page,
        """
        const rgb = c => c.match(/[\\d.]+/g).map(Number);
        const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                                     .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
        const background = node => { for (; node; node = node.parentElement || node.getRootNode().host) {
            const c = getComputedStyle(node).backgroundColor; const p = rgb(c);
            if (p.length < 4 || p[3] > 0.9) return p; } return [255, 255, 255]; };
        const out = {};
        for (const sel of ['.ha-title', '.ha-lead', '.ha-quote p, .ha-quote li', '.ha-source a', '.ha-disclaimer', '.ha-send', '.ha-launcher']) {
            const node = root.querySelector(sel); if (!node) { out[sel] = 0; continue; }
            const a = lum(rgb(getComputedStyle(node).color)), b = lum(background(node));
            out[sel] = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }
        return out;""",
    )
    assert isinstance(ratios, dict)
    low = {selector: round(r, 2) for selector, r in ratios.items() if r < 4.5}
    assert low == {}, f"contrast below 4.5:1: {low}"


def test_a_phone_width_has_no_horizontal_scroll(browser: Browser, sites: Sites, tmp_path: Path) -> None:
    phone = browser.new_context(base_url=sites.app, viewport={"width": 360, "height": 740}, is_mobile=True)
    try:
        page = phone.new_page()
        page.goto("/")
        open_widget(page)
        answer = ask(
            page, "Can I drink alcohol with baclofen? " + "pneumonoultramicroscopicsilicovolcanoconiosis" * 2
        )
        expect(answer.locator(".ha-lead")).to_be_visible()
        ask(page, WITHDRAWAL)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        box = page.locator(".ha-panel").bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360
        # No block in the conversation is wider than its box (long words wrap rather than spill).
        overflowing = shadow(
            page,
            "return [...root.querySelectorAll('.ha-log *')].filter(n => n.clientWidth > 0"
            " && n.scrollWidth > n.clientWidth + 1).map(n => n.className || n.tagName);",
        )
        assert overflowing == []
        screenshot(page, "widget-phone.png", tmp_path)
    finally:
        phone.close()


def test_the_widget_does_not_shift_the_host_page(context: BrowserContext) -> None:
    def layout(page: Page) -> list[list[float]]:
        return page.evaluate(
            "[...document.querySelectorAll('main *, header, footer')].map(n => { const r = n.getBoundingClientRect();"
            " return [r.x, r.y, r.width, r.height]; })"
        )

    bare = context.new_page()
    bare.route("**/widget.js", lambda route: route.abort())
    bare.goto("/")
    without = layout(bare)
    page = context.new_page()
    page.goto("/")
    expect(page.locator(".ha-launcher")).to_be_visible()
    assert layout(page) == without
    open_widget(page)
    assert layout(page) == without


def test_another_allowed_site_embeds_the_widget_with_its_options(page: Page, sites: Sites) -> None:
    page.goto(f"{sites.allowed}/clinic.html")
    launcher = page.locator(".ha-launcher")
    expect(launcher).to_be_visible()
    box = launcher.bounding_box()
    assert box is not None and box["x"] < 200  # bottom-left
    open_widget(page)
    expect(page.locator(".ha-title")).to_have_text("Clinic help desk")
    expect(page.locator(".ha-log")).to_contain_text("Hello from the clinic.")
    accent = page.locator(".ha-send").evaluate("node => getComputedStyle(node).backgroundColor")
    assert accent == "rgb(91, 42, 134)"
    answer = ask(page, WITHDRAWAL)
    expect(answer.locator(".ha-quote").first).to_be_visible()
    href = answer.locator(".ha-source a").first.get_attribute("href") or ""
    assert href.startswith(f"{sites.app}/articles/")


def test_a_site_that_is_not_allowed_gets_no_answers(page: Page, sites: Sites) -> None:
    message = "What is baclofen used for? (from a site that is not allowed)"
    page.goto(f"{sites.refused}/clinic.html")
    open_widget(page)
    answer = ask(page, message)
    expect(answer.locator(".ha-error")).to_be_visible()
    assert answer.locator(".ha-quote").count() == 0
    export = httpx.get(f"{sites.app}/staff/export.csv", auth=STAFF, timeout=30)
    assert message not in {row["question"] for row in csv.DictReader(io.StringIO(export.text))}


def test_staff_filter_the_conversation_list_by_triage(browser: Browser, sites: Sites, tmp_path: Path) -> None:
    for message in (EMERGENCY, "How do I treat a rattlesnake bite?", "Can I drink alcohol with baclofen?"):
        assert httpx.post(f"{sites.app}/api/chat", json={"message": message}, timeout=30).status_code == 200
    staff = browser.new_context(
        base_url=sites.app,
        viewport={"width": 1280, "height": 720},
        http_credentials={"username": STAFF[0], "password": STAFF[1]},
    )
    try:
        view = staff.new_page()
        view.goto("/staff")
        expect(view.locator("table.conversations .badge.emergency").first).to_be_visible()
        screenshot(view, "staff-list.png", tmp_path)
        view.locator("select[name=category]").select_option("emergency")
        view.get_by_role("button", name="Apply").click()
        rows = view.locator("table.conversations tbody tr")
        expect(rows.first).to_be_visible()
        for row in rows.all():
            expect(row.locator(".badge.emergency")).to_be_visible()
        view.goto("/staff/unanswered")
        expect(view.locator("table.unanswered")).to_contain_text("rattlesnake")
    finally:
        staff.close()
