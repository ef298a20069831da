"""The desk's real HTTP server (uvicorn) in a background thread, on a free local port: for browser tests and
benchmarks, which must talk to the same server `claimtrack serve` runs."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn


@contextmanager
def serving(app, host: str = "127.0.0.1", timeout: float = 20.0) -> Iterator[str]:
    """Serve `app` until the block ends; yields its base URL, e.g. http://127.0.0.1:53817."""
    config = uvicorn.Config(app, host=host, port=0, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="claimtrack-desk", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the desk's server did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]  # port 0: the system picked a free one
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
