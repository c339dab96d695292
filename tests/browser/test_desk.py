"""The desk in headless Chromium: reversing a machine rejection from the rejected view, search
and each filter, an appeal decided with one key. The server's policy holds and rejects by its
marker words (holdword, rejectword), never by how the model judges a sentence."""

from __future__ import annotations

from typing import Any

from selenium.webdriver.common.by import By
from test_browser import log_in, shot, wait


def _strikes(server: Any, user: str) -> int:
    with server.api(server.moderator) as api:
        return int(api.get(f"/users/{user}").json()["standing"]["strikes"])


def _post(server: Any, article: str, author: str, text: str, name: str | None = None) -> dict[str, Any]:
    with server.api(server.publisher) as api:
        api.post("/articles", json={"id": article, "title": f"The {article.replace('-', ' ')} story"})
        body = {"article_id": article, "author_id": author, "text": text}
        if name:
            body["author_name"] = name
        return dict(api.post("/comments", json=body).json())


def _shown(browser: Any) -> list[int]:
    return [int(e.get_attribute("data-id")) for e in browser.find_elements(By.CSS_SELECTOR, "ol.queue .item")]


def test_reversing_a_machine_rejection_from_the_rejected_view(browser: Any, server: Any) -> None:
    c = _post(server, "harbour", "reader-rev", "The harbour fee is a rejectword, says the mayor.")
    assert c["status"] == "rejected" and _strikes(server, "reader-rev") == 1
    log_in(browser, server)
    browser.get(server.url + "/moderate/comments?view=rejected")
    item = wait(browser).until(lambda d: d.find_element(By.ID, f"c{c['id']}"))
    shot(browser, "rejected-view.png")
    item.find_element(By.CSS_SELECTOR, "button[data-act=approve]").click()
    wait(browser).until(lambda d: item.find_element(By.CSS_SELECTOR, ".done-label").text == "Published")
    assert _strikes(server, "reader-rev") == 0
    status = browser.find_element(By.ID, "status")
    assert "1 published" in status.text
    status.find_element(By.CSS_SELECTOR, "button.undo").click()  # undo puts the rejection back
    wait(browser).until(lambda d: "Undone" in d.find_element(By.ID, "status").text)
    assert _strikes(server, "reader-rev") == 1
    item.find_element(By.CSS_SELECTOR, "button[data-act=approve]").click()
    wait(browser).until(lambda d: item.find_element(By.CSS_SELECTOR, ".done-label").text == "Published")
    assert _strikes(server, "reader-rev") == 0
    browser.get(server.url + f"/moderate/comments/{c['id']}")
    assert "reversing the rejection" in browser.page_source and "took back the strike" in browser.page_source


def _search(browser: Any, server: Any, view: str = "all", **fields: str) -> list[int]:
    start = server.url + f"/moderate/comments?view={view}"
    browser.get(start)
    # date and number inputs take their value the same way; the form is then sent with its button
    browser.execute_script("""
        const form = document.querySelector('form.filters');
        for (const [name, value] of Object.entries(arguments[0])) form.elements[name].value = value;
        form.querySelector('button[type=submit]').click();""", fields)
    # the results are the next page's (its address holds the query), not this one's
    wait(browser).until(lambda d: d.current_url != start
                        and d.execute_script("return document.readyState") == "complete"
                        and d.find_elements(By.CSS_SELECTOR, "p.found, p.error"))
    assert not browser.find_elements(By.CSS_SELECTOR, "p.error"), browser.find_element(By.CSS_SELECTOR,
                                                                                        "p.error").text
    return _shown(browser)


def test_search_and_each_filter(browser: Any, server: Any) -> None:
    a = _post(server, "tram-line", "reader-s1", "Searchable: the tram line opens in May.", "Sona")
    b = _post(server, "tram-line", "reader-s2", "Searchable: a holdword about the tram.", "Tigran")
    c = _post(server, "city-budget", "reader-s2", "Searchable: a rejectword about the budget.", "Tigran")
    d = _post(server, "city-budget", "reader-s1", "Searchable: Sona again on the budget.", "Sona")
    ours = {a["id"], b["id"], c["id"], d["id"]}
    log_in(browser, server)

    def found(**fields: str) -> list[int]:
        return [i for i in _search(browser, server, **fields) if i in ours]

    assert found(q="searchable") == [d["id"], c["id"], b["id"], a["id"]]
    assert found(q="TRAM LINE") == [a["id"]]
    assert found(view="held", q="searchable") == [b["id"]]
    assert found(view="rejected", q="searchable") == [c["id"]]
    assert found(view="approved", q="searchable") == [d["id"], a["id"]]
    assert found(author="Tigran") == [c["id"], b["id"]]
    assert found(author="reader-s1") == [d["id"], a["id"]]
    assert found(article="city budget") == [d["id"], c["id"]]
    assert found(reason="banned_word") == [c["id"]]
    assert found(reason="suspect_word") == [b["id"]]
    assert found(q="searchable", new="1") == [b["id"], a["id"]]  # each reader's first comment
    with server.api(server.moderator) as api:
        today = api.get(f"/comments/{a['id']}").json()["created_at"][:10]
    assert found(q="searchable", since=today, until=today) == [d["id"], c["id"], b["id"], a["id"]]
    assert found(q="searchable", until="2001-01-01") == []
    # a score range: the expected set is read from the stored scores, not from a judgement
    with server.api(server.moderator) as api:
        scores = {i: api.get(f"/comments/{i}").json()["scores"].get("toxicity") for i in ours}
    cut = sorted(s for s in scores.values() if s is not None)[1]
    expected = sorted((i for i, s in scores.items() if s is not None and s <= cut), reverse=True)
    assert found(q="searchable", category="toxicity", min="0", max=str(cut)) == expected
    shot(browser, "comments.png")


def test_an_appeal_decided_from_its_page(browser: Any, server: Any) -> None:
    _post(server, "ferry", "reader-ap", "The ferry crew are rejectword people.")
    with server.api(server.moderator) as api:
        api.post("/users/reader-ap/standing", json={"action": "suspend", "hours": 48})
    with server.api(server.publisher) as api:
        appeal = api.post("/users/reader-ap/appeal", json={"text": "I meant the timetable, not the crew."})
        assert appeal.status_code == 201
    log_in(browser, server)
    browser.get(server.url + "/moderate/appeals")
    selector = f"[data-appeal='{appeal.json()['id']}']"
    item = wait(browser).until(lambda d: d.find_element(By.CSS_SELECTOR, selector))
    assert "I meant the timetable, not the crew." in item.text and "banned word" in item.text
    assert browser.find_element(By.CSS_SELECTOR, ".count[data-count=appeals]").text == "1"
    shot(browser, "appeals.png")
    browser.find_element(By.TAG_NAME, "body").send_keys("g")  # the first appeal has the focus
    wait(browser).until(lambda d: "Granted" in item.find_element(By.CSS_SELECTOR, ".done-label").text)
    with server.api(server.moderator) as api:
        assert api.get("/users/reader-ap").json()["standing"]["state"] == "good"
    wait(browser, 15).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".count[data-count=appeals]").text == "0")


def test_the_queue_count_follows_new_comments_and_selection(browser: Any, server: Any) -> None:
    log_in(browser, server)
    browser.get(server.url + "/moderate/")
    before = int(browser.find_element(By.CSS_SELECTOR, "[data-queue-size]").text)
    _post(server, "ferry", "reader-live", "A holdword arriving while the moderator reads.")
    wait(browser, 20).until(lambda d: int(d.find_element(By.CSS_SELECTOR, "[data-queue-size]").text)
                            == before + 1)
    browser.get(server.url + "/moderate/")
    boxes = browser.find_elements(By.CSS_SELECTOR, ".item .select")
    for box in boxes[:2]:
        box.click()
    assert browser.find_element(By.CSS_SELECTOR, ".selected-count").text == f"{min(2, len(boxes))} selected"
    browser.find_element(By.CSS_SELECTOR, "[data-bulk=approve]").click()
    left = before + 1 - min(2, len(boxes))
    wait(browser).until(lambda d: int(d.find_element(By.CSS_SELECTOR, "[data-queue-size]").text) == left)
    assert int(browser.find_element(By.CSS_SELECTOR, ".count[data-count=queue]").text) == left
