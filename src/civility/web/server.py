"""Run the app under uvicorn."""

from __future__ import annotations

import logging

from civility.service.site import Site
from civility.web.app import create_app


def serve(site: Site, host: str, port: int, *, access_log: bool = False) -> None:
    import uvicorn


    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = uvicorn.Config(create_app(site, serving=True), host=host, port=port, access_log=access_log,
                            log_level="info", server_header=False)
    uvicorn.Server(config).run()
