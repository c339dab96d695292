"""The reader's side of the widget in headless Chromium: the discussion policy, their own held
comment shown to them alone, and a suspension that says until when and takes an appeal."""

from __future__ import annotations

from typing import Any

from selenium.webdriver.common.by import By
from test_browser import open_demo, post_in_widget, shot, wait


def test_a_reader_sees_their_pending_comment_and_appeals_a_suspension(browser: Any, server: Any) -> None:
    open_demo(browser, server)
    policy = browser.find_element(By.CSS_SELECTOR, ".cv-policy")
    policy.find_element(By.TAG_NAME, "summary").click()
    assert "Threats and calls for violence against anyone are not allowed." in policy.text

    pending_text = "A holdword remark about the timetable, for a moderator to read."
    assert "waiting for a moderator" in post_in_widget(browser, "Ani", pending_text)
    wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".cv-pending"))
    mine = browser.find_element(By.CSS_SELECTOR, ".cv-pending")
    assert pending_text in mine.text and "Only you can see" in mine.text
    shot(browser, "widget-pending.png")

    # Another browser (no guest identity of Ani's) does not see it.
    browser.execute_script("window.localStorage.clear()")
    open_demo(browser, server)
    assert not browser.find_elements(By.CSS_SELECTOR, ".cv-pending")
    assert pending_text not in browser.find_element(By.CSS_SELECTOR, ".cv-list").text

    # Two rejections suspend this reader: the widget says so and takes an appeal.
    assert "was not published" in post_in_widget(browser, "Bo", "A first comment with the rejectword.")
    area = browser.find_element(By.CSS_SELECTOR, ".cv-form textarea")
    area.clear()
    area.send_keys("A second comment with the rejectword.")
    browser.find_element(By.CSS_SELECTOR, ".cv-submit").click()
    box = wait(browser).until(lambda d: d.find_element(By.CSS_SELECTOR, ".cv-standing:not([hidden])"))
    assert "suspended from commenting until" in box.text and "reinstate" in box.text
    assert not browser.find_element(By.CSS_SELECTOR, ".cv-form").is_displayed()
    box.find_element(By.TAG_NAME, "textarea").send_keys("I lost my temper; it will not happen again.")
    box.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(browser).until(lambda d: "with the moderators" in d.find_element(By.CSS_SELECTOR,
                                                                          ".cv-standing").text)
    shot(browser, "widget-suspended.png")
    with server.api(server.moderator) as api:
        appeals = api.get("/appeals").json()
    assert [a["text"] for a in appeals] == ["I lost my temper; it will not happen again."]
    # Coming back later, the reader is still told, before writing anything.
    open_demo(browser, server)
    wait(browser).until(lambda d: d.find_element(By.CSS_SELECTOR, ".cv-standing:not([hidden])"))
