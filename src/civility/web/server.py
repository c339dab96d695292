"""Run the app under uvicorn: forwarded headers trusted only from named proxies, and an access
log that never prints a key."""

from __future__ import annotations

import logging
import re

from civility import settings
from civility.service.site import Site
from civility.web.app import create_app

_SECRET_PARAM = re.compile(r"(?i)([?&](?:key|token|api_key|access_token)=)[^&#\s]*")


def redact(text: str) -> str:
    """``text`` with the values of key-like query parameters replaced by ``REDACTED``."""
    return _SECRET_PARAM.sub(r"\1REDACTED", text)


class RedactKeys(logging.Filter):
    """Takes keys out of uvicorn's access lines (whose path, query included, is an argument)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        record.msg = redact(str(record.msg))
        return True


def trusted_proxies() -> str | None:
    """The ``trusted-proxies`` setting as uvicorn takes it; None trusts no forwarded header."""
    value = settings.get("trusted-proxies").strip()
    return value or None


def serve(site: Site, host: str, port: int, *, access_log: bool = False) -> None:
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name in ("uvicorn.access", "uvicorn.error"):
        logging.getLogger(name).addFilter(RedactKeys())
    proxies = trusted_proxies()
    config = uvicorn.Config(create_app(site, serving=True), host=host, port=port, access_log=access_log,
                            log_level="info", server_header=False,
                            proxy_headers=proxies is not None, forwarded_allow_ips=proxies or "")
    uvicorn.Server(config).run()
