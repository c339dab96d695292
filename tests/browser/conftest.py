"""A running `civility serve` and Debian's headless Chromium, for the browser tests.

They run wherever /usr/bin/chromium and /usr/bin/chromedriver are (`.ci/run` installs them) and
are skipped elsewhere, except under CI, where a missing browser is an error.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from helpers import new_key, running_server

CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
HAVE_BROWSER = CHROMIUM.exists() and DRIVER.exists()
if os.environ.get("CI") and not HAVE_BROWSER:
    raise RuntimeError("CI must run the browser tests: install Debian's chromium and chromium-driver")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "browser" in item.nodeid.split("/"):
            item.add_marker(pytest.mark.browser)
            if not HAVE_BROWSER:
                item.add_marker(pytest.mark.skip(
                    reason="Debian's chromium and chromium-driver are not installed"))


@dataclass
class Running:
    url: str
    admin: str
    moderator: str
    publisher: str

    def api(self, key: str) -> httpx.Client:
        return httpx.Client(base_url=self.url + "/api/v1", headers={"Authorization": f"Bearer {key}"},
                            timeout=30)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    folder = tmp_path_factory.mktemp("browser")
    db = f"sqlite:///{folder / 'civility.db'}"
    keys = {role: new_key(role, db, folder) for role in ("admin", "moderator", "publisher")}
    with running_server(db, folder) as url:
        yield Running(url, keys["admin"], keys["moderator"], keys["publisher"])


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium look for a driver online
    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
