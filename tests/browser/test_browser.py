"""End to end in headless Chromium: the widget on the demo page, the moderator's queue by
keyboard, and comments full of markup that must stay text."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

XSS = ('<script>window.__xss = 1</script><img src="x" onerror="window.__xss = 2">'
       '<a href="javascript:window.__xss = 3">click me</a> The ferry matters.')


def wait(driver: WebDriver, seconds: float = 20) -> WebDriverWait[WebDriver]:
    return WebDriverWait(driver, seconds)


def shot(driver: WebDriver, name: str) -> None:
    folder = os.environ.get("CIVILITY_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / name))


def post_in_widget(driver: WebDriver, name: str, text: str) -> str:
    form = driver.find_element(By.CSS_SELECTOR, ".civility .cv-form")
    name_box = form.find_element(By.CSS_SELECTOR, "input[name=name]")
    name_box.clear()
    name_box.send_keys(name)
    area = form.find_element(By.CSS_SELECTOR, "textarea")
    area.clear()
    driver.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))",
                          area, text)
    before = driver.find_element(By.CSS_SELECTOR, ".cv-result").text
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(driver).until(lambda d: d.find_element(By.CSS_SELECTOR, ".cv-result").text not in ("", before))
    return str(driver.find_element(By.CSS_SELECTOR, ".cv-result").text)


def open_demo(driver: WebDriver, server: Any) -> None:
    driver.get(server.url + "/demo")
    wait(driver).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".civility .cv-form")))
    wait(driver).until(lambda d: "Comments (" in d.find_element(By.CSS_SELECTOR, ".civility").text)


def test_widget_says_why_a_comment_is_rejected(browser: Any, server: Any) -> None:
    open_demo(browser, server)
    seed = "A comment with the rejectword that the test policy bans."
    result = post_in_widget(browser, "Ararat", seed)
    assert "was not published" in result
    assert "The comment uses a word that is not allowed here." in result
    assert seed[:40] not in browser.find_element(By.CSS_SELECTOR, ".cv-list").text


def test_widget_publishes_a_paragraph_into_the_thread(browser: Any, server: Any,
                                                      fixture_article: dict[str, Any]) -> None:
    open_demo(browser, server)
    paragraph = fixture_article["article"]["paragraphs"][2]
    result = post_in_widget(browser, "Lusine", paragraph)
    assert "published" in result
    wait(browser).until(lambda d: paragraph[:60] in d.find_element(By.CSS_SELECTOR, ".cv-list").text)
    browser.execute_script("document.querySelector('.cv-submit').scrollIntoView({block: 'start'})")
    shot(browser, "widget.png")
    browser.set_window_size(390, 844)  # a phone
    open_demo(browser, server)
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    shot(browser, "widget-phone.png")
    browser.set_window_size(1280, 1000)


def test_markup_in_comments_runs_nothing(browser: Any, server: Any) -> None:
    with server.api(server.publisher) as api:
        api.post("/articles", json={"id": "demo-night-ferry", "title": "The night ferry still runs"})
        shown = api.post("/comments", json={
            "article_id": "demo-night-ferry", "author_id": "guest-xss00001",
            "author_name": '<img src=x onerror="window.__xss=4">', "text": XSS})
        held = api.post("/comments", json={"article_id": "demo-night-ferry", "author_id": "guest-xss00002",
                                           "text": "This holdword war never ends. " + XSS})
    assert shown.json()["status"] == "published" and held.json()["status"] == "held"
    open_demo(browser, server)
    wait(browser).until(lambda d: "The ferry matters." in d.find_element(By.CSS_SELECTOR, ".cv-list").text)
    texts = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".cv-text")]
    assert XSS in texts  # shown as the characters the reader typed
    assert browser.execute_script("return window.__xss === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, ".civility img, .civility script, .civility a[href]")
    log_in(browser, server)
    assert XSS in browser.find_element(By.ID, f"c{held.json()['id']}").text
    assert browser.execute_script("return window.__xss === undefined")
    browser.get(f"{server.url}/moderate/comments/{shown.json()['id']}")
    assert XSS in browser.find_element(By.CSS_SELECTOR, "p.text").text
    assert '<img src=x onerror="window.__xss=4">' in browser.find_element(By.CSS_SELECTOR, ".author").text
    assert browser.execute_script("return window.__xss === undefined")


def log_in(driver: WebDriver, server: Any) -> None:
    driver.get(server.url + "/moderate/login")
    driver.find_element(By.ID, "key").send_keys(server.moderator)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait(driver).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".toolbar")))


def test_moderator_approves_and_rejects_with_the_keyboard(browser: Any, server: Any) -> None:
    texts = ["This holdword war never ends, says the skipper.", "Holdword, the ferry was late again.",
             "A third holdword comment about the tourists."]
    with server.api(server.publisher) as api:
        api.post("/articles", json={"id": "demo-night-ferry", "title": "The night ferry still runs"})
        ids = [api.post("/comments", json={"article_id": "demo-night-ferry", "author_id": f"reader-k{i}",
                                           "text": t}).json()["id"] for i, t in enumerate(texts)]
    log_in(browser, server)
    body = browser.find_element(By.TAG_NAME, "body")
    queue = [int(e.get_attribute("data-id")) for e in browser.find_elements(By.CSS_SELECTOR, ".item")]
    assert all(i in queue for i in ids)
    while int(browser.execute_script("return document.querySelector('.item.current').dataset.id")) != ids[0]:
        body.send_keys("j")
    body.send_keys("a")  # approve the first
    wait(browser).until(lambda d: "Published" in d.find_element(By.ID, f"c{ids[0]}").text)
    current = int(browser.execute_script("return document.querySelector('.item.current').dataset.id"))
    assert current == ids[1]  # the cursor moved on
    body.send_keys("r")  # reject the second
    wait(browser).until(lambda d: "Rejected" in d.find_element(By.ID, f"c{ids[1]}").text)
    body.send_keys("x")  # select the third, then reject the selection with the toolbar
    browser.find_element(By.CSS_SELECTOR, "[data-bulk=reject]").click()
    wait(browser).until(lambda d: "Rejected" in d.find_element(By.ID, f"c{ids[2]}").text)
    with server.api(server.moderator) as api:
        statuses = [api.get(f"/comments/{i}").json()["status"] for i in ids]
    assert statuses == ["published", "rejected", "rejected"]
    open_demo(browser, server)
    wait(browser).until(lambda d: texts[0] in d.find_element(By.CSS_SELECTOR, ".cv-list").text)
    assert texts[1] not in browser.find_element(By.CSS_SELECTOR, ".cv-list").text
    browser.get(server.url + "/moderate/dashboard")
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart rect")
    assert "overruled" in browser.find_element(By.TAG_NAME, "main").text
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.END)
