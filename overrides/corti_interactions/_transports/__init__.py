"""How requests reach the network: the choice of async transport, aiohttp's, the direct send.

- `choice`: which async transport a client mounts (httpx's own by default);
- `aiohttp`: httpx's transport API over aiohttp's pool (the `[aiohttp]` extra);
- `direct`: one send on a pool the client made itself, straight to its transport.
"""
