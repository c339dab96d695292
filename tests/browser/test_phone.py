"""Every page at a phone's width (390 px) in headless Chromium: nothing scrolls sideways."""

from __future__ import annotations

from typing import Any

from test_browser import log_in, open_demo

LONG = "A-very-long-unbroken-string-" * 12 + " and a link https://news.example/" + "x" * 120


def test_no_page_scrolls_sideways_on_a_phone(browser: Any, server: Any) -> None:
    with server.api(server.publisher) as api:
        api.post("/articles", json={"id": "phone", "title": "A story with a " + "very " * 20 + "long title"})
        held = api.post("/comments", json={"article_id": "phone", "author_id": "reader-" + "z" * 150,
                                           "author_name": "N" * 80, "text": "holdword " + LONG}).json()
        shown = api.post("/comments", json={"article_id": "phone", "author_id": "reader-w",
                                            "text": "Fine. " + LONG}).json()
        api.post(f"/comments/{shown['id']}/reports", json={"reporter_id": "r-" + "q" * 150, "reason": LONG})
        api.post("/comments", json={"article_id": "phone", "author_id": "reader-w",
                                    "text": "rejectword " + LONG})
    with server.api(server.moderator) as api:
        api.post("/users/reader-w/standing", json={"action": "ban"})
    with server.api(server.publisher) as api:
        api.post("/users/reader-w/appeal", json={"text": LONG})
    browser.set_window_size(390, 844)
    try:
        pages = ["/moderate/login"]
        open_demo(browser, server)
        assert _fits(browser), "/demo"
        log_in(browser, server)
        pages += ["/moderate/", f"/moderate/comments/{held['id']}", "/moderate/users/reader-" + "z" * 150,
                  "/moderate/dashboard", "/moderate/comments", "/moderate/comments?view=rejected&q=x",
                  "/moderate/reports", "/moderate/appeals", "/moderate/articles", "/moderate/articles/phone"]
        wide = []
        for page in pages:
            browser.get(server.url + page)
            if not _fits(browser):
                widths = browser.execute_script(
                    "return [document.documentElement.scrollWidth, window.innerWidth]")
                wide.append(f"{page[:40]} {widths} {_wide_elements(browser)}")
        assert wide == []
    finally:
        browser.set_window_size(1280, 1000)


def _fits(browser: Any) -> bool:
    return bool(browser.execute_script(
        "return document.documentElement.scrollWidth <= window.innerWidth + 1"))


def _wide_elements(browser: Any) -> list[str]:
    return list(browser.execute_script("""
        const out = [];
        for (const e of document.querySelectorAll('body *')) {
          const r = e.getBoundingClientRect();
          if (r.right > window.innerWidth + 1) out.push(e.tagName + '.' + e.className);
        }
        return out.slice(0, 8);"""))
