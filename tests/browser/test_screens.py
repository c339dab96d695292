"""Every page of the desk at 1280 px and at 390 px, on a server with the default policy and the
shipped model, the way a newsroom first sees it: each page shows its heading and, on a phone,
nothing scrolls sideways. With CIVILITY_SCREENSHOTS=folder each page is saved there too (the
README's screenshots are made this way). Nothing here depends on how the model judges a comment:
whatever it decides, every page must render."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from test_browser import log_in, shot, wait
from test_phone import _fits, _wide_elements

from conftest import Running
from helpers import new_key, running_server

DEFAULT_POLICY = Path(__file__).parents[2] / "src" / "civility" / "policy" / "default.toml"
ARTICLES = {"ferry-fares": "Ferry fares rise for the third time this year",
            "city-budget": "Council approves the new city budget",
            "border-talks": "Talks on the border crossing resume in Geneva"}
COMMENTS = [  # (article, reader, name, text): invented for the screenshots
    ("ferry-fares", "r-anna", "Anna K.",
     "The morning boat was full again; a second sailing would help more than a fare rise."),
    ("ferry-fares", "r-bert", "Bert",
     "What a load of crap. They raise the fares and the boats are still late."),
    ("ferry-fares", "r-cleo", "Cleo",
     "Has anyone seen the operator's accounts? The report mentions a subsidy."),
    ("ferry-fares", "r-dan", "dan_on_deck", "Only an idiot like you would defend this operator, Cleo."),
    ("city-budget", "r-eva", "Eva", "Good to see the library hours restored in the budget."),
    ("city-budget", "r-dan", "dan_on_deck",
     "The councillors who voted for this should be dragged out and beaten."),
    ("city-budget", "r-finn", "Finn",
     "Buy cheap watches at http://deals.example and message me on WhatsApp +1 555 0100"),
    ("border-talks", "r-gia", "Gia",
     "My family crosses that border every week. I hope the talks reopen the old road."),
    ("border-talks", "r-hugo", "Hugo", "Those people are vermin and should be driven out of the country."),
    ("border-talks", "r-anna", "Anna K.",
     "A commenter above called our neighbours vermin. That is hateful and should be removed."),
]


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    folder = tmp_path_factory.mktemp("screens")
    db = f"sqlite:///{folder / 'civility.db'}"
    keys = {role: new_key(role, db, folder) for role in ("admin", "moderator", "publisher")}
    with running_server(db, folder, "--policy", str(DEFAULT_POLICY)) as url:
        yield Running(url, keys["admin"], keys["moderator"], keys["publisher"])


def _seed(server: Running) -> dict[str, Any]:
    made: dict[str, Any] = {"ids": []}
    with server.api(server.publisher) as api:
        for aid, title in ARTICLES.items():
            api.post("/articles", json={"id": aid, "title": title, "url": f"/news/{aid}"})
        for aid, reader, name, text in COMMENTS:
            made["ids"].append(api.post("/comments", json={"article_id": aid, "author_id": reader,
                                                           "author_name": name, "text": text}).json())
        published = [c for c in made["ids"] if c.get("status") == "published"]
        for reporter in ("r-gia", "r-eva"):
            if published:
                api.post(f"/comments/{published[0]['id']}/reports",
                         json={"reporter_id": reporter, "reason": "Off topic and rude to another reader"})
    with server.api(server.moderator) as api:
        held = [c for c in made["ids"] if c.get("status") == "held"]
        for i, c in enumerate(held[:-1]):  # leave one in the queue
            api.post(f"/comments/{c['id']}/decision",
                     json={"action": "approve"} if i == 0 else {"action": "reject", "reason": "other"})
        api.post("/users/r-dan/standing", json={"action": "suspend", "hours": 72,
                                                "note": "Two personal attacks this week"})
    with server.api(server.publisher) as api:
        api.post("/users/r-dan/appeal", json={"text": "I was angry about the fares. I will keep it civil."})
        api.patch("/articles/border-talks", json={"premoderate": True})
    return made


def test_every_page_at_two_widths(browser: Any, newsroom: Running) -> None:
    made = _seed(newsroom)
    first = made["ids"][0]["id"]
    pages = {"login": "/moderate/login", "queue": "/moderate/", "comments": "/moderate/comments",
             "comments-rejected": "/moderate/comments?view=rejected",
             "comment": f"/moderate/comments/{first}", "reader": "/moderate/users/r-dan",
             "reports": "/moderate/reports", "appeals": "/moderate/appeals",
             "articles": "/moderate/articles", "article": "/moderate/articles/border-talks",
             "dashboard": "/moderate/dashboard", "demo": "/demo"}
    log_in(browser, newsroom)
    browser.get(newsroom.url + "/moderate/users/r-dan")
    browser.find_element(By.CSS_SELECTOR, ".note-form textarea").send_keys("Asked by email to keep it civil.")
    browser.find_element(By.CSS_SELECTOR, ".note-form button").click()
    wait(browser).until(lambda d: "Note added." in d.find_element(By.ID, "status").text)
    wide = []
    try:
        for width, height in ((1280, 1000), (390, 844)):
            browser.set_window_size(width, height)
            for name, path in pages.items():
                browser.get(newsroom.url + path)
                wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "h1, .civility .cv-form"))
                if name == "demo":
                    wait(browser).until(
                        lambda d: "Comments (" in d.find_element(By.CSS_SELECTOR, ".civility").text)
                if width < 600 and not _fits(browser):
                    wide.append(f"{path} {_wide_elements(browser)}")
                _whole_page(browser, width, height, f"{name}-{width}.png")
    finally:
        browser.set_window_size(1280, 1000)
    assert wide == []


def _whole_page(browser: Any, width: int, height: int, name: str) -> None:
    """The whole page (up to 3,000 px tall) in one screenshot, when screenshots are asked for."""
    tall = int(browser.execute_script("return document.documentElement.scrollHeight"))
    browser.set_window_size(width, max(height, min(tall, 3000)))
    shot(browser, name)
    browser.set_window_size(width, height)
