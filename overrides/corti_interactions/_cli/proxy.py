"""`corti-interactions proxy --port P [--host H]`: `CortiProxy` served by uvicorn, for local
development.

The upstream is the usual `CORTI_*` variables (as every command); a browser is admitted when
its query parameter `proxy-auth-token` equals `CORTI_PROXY_TOKEN` (as Corti's own proxy
example does). The development page (`proxy.page`) is at the root. Prints
`proxy URL: ws://H:P` once it accepts connections; Ctrl-C stops it. uvicorn's access log is
off: it would print each socket's query string, and with it the proxy token.
"""

from __future__ import annotations

import argparse
import contextlib
import hmac
import os
from typing import Any, TextIO

__all__ = ["ENV_PROXY_TOKEN", "add_proxy_command", "run_proxy", "uvicorn_config"]

ENV_PROXY_TOKEN = "CORTI_PROXY_TOKEN"  # noqa: S105 - a variable's name


class ProxyUsageError(ValueError):
    """Bad usage found before serving (exit 2 with this message)."""


def add_proxy_command(commands: Any, port: Any) -> None:
    """Register `proxy` on the command line's subcommands (`port`: the port type)."""
    proxy = commands.add_parser("proxy", help="serve a websocket proxy for browsers (local development)")
    proxy.add_argument("--port", type=port, required=True, help="port to listen on (0: any free one)")
    proxy.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")


def build_app(client: Any, proxy_token: str) -> Any:
    """The served app: `CortiProxy` at the root, its page at `GET /`."""
    from starlette.applications import Starlette
    from starlette.responses import HTMLResponse
    from starlette.routing import Mount, Route

    from corti_interactions.proxy import CortiProxy, Handshake
    from corti_interactions.proxy.page import dev_page

    expected = proxy_token.encode()

    def authorize(handshake: Handshake) -> bool:
        given = handshake.query.get("proxy-auth-token", "")
        return hmac.compare_digest(given.encode(), expected)

    page = dev_page()

    async def index(request: Any) -> HTMLResponse:
        return HTMLResponse(page)

    return Starlette(routes=[Route("/", index), Mount("/", app=CortiProxy(client, authorize=authorize))])


def uvicorn_config(app: Any, *, host: str, port: int) -> Any:
    """How the command serves `app` (`bench.proxy` serves with the same settings).

    uvicorn's default websocket implementation (`auto`: `websockets-sansio` with websockets
    installed) measured cheaper per frame than its legacy `websockets` one; permessage-deflate
    is off because browsers always offer it and audio does not deflate: it would only cost CPU.
    """
    import uvicorn

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,  # it would log query strings, proxy tokens included
        ws_per_message_deflate=False,  # audio does not deflate: compressing it only costs CPU
        lifespan="off",
    )


def run_proxy(args: argparse.Namespace, out: TextIO) -> int:
    """Serve until Ctrl-C, the upstream client from the `CORTI_*` variables; the exit code."""
    import asyncio  # here, not at import: the command line's parser lists this command

    try:
        import uvicorn

        from corti_interactions.proxy import CortiProxy  # noqa: F401 - the extra's check
    except ImportError:
        raise ProxyUsageError(
            "proxy needs the proxy extra: pip install 'corti-interactions[proxy]'"
        ) from None
    proxy_token = os.environ.get(ENV_PROXY_TOKEN, "")
    if not proxy_token:
        raise ProxyUsageError(f"set {ENV_PROXY_TOKEN}: browsers must give it as ?proxy-auth-token=...")
    from corti_interactions._client import AsyncCortiClient

    client = AsyncCortiClient()  # the CORTI_* variables; a ValueError names what is missing
    server = uvicorn.Server(uvicorn_config(build_app(client, proxy_token), host=args.host, port=args.port))

    async def serve() -> None:
        task = asyncio.create_task(server.serve())
        while not server.started:
            if task.done():
                await task
                raise ProxyUsageError(f"--port {args.port}: the proxy could not start")
            await asyncio.sleep(0.02)
        port = server.servers[0].sockets[0].getsockname()[1]
        out.write(f"proxy URL: ws://{args.host}:{port}\nCtrl-C stops it.\n")
        out.flush()
        await task

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve())
    return 0
