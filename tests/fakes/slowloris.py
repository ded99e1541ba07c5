"""A slowloris client, run as its own process: `python slowloris.py PORT COUNT PATH`.

Opens COUNT connections to 127.0.0.1:PORT that never finish a request (idle, half-sent
headers, or a body that trickles in), sends one more byte on each every half second, and
prints "opened" once all are open. When every connection has been closed by the server
(or on stdin EOF) it prints one JSON line: {"opened", "failed", "closed_after": [...]}.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import resource
import sys
import time


async def main(port: int, count: int, path: str) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, count + 256)), hard))
    half_headers = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".encode()
    slow_body = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: 100000\r\n\r\n{{"
    ).encode()
    writers: list[asyncio.StreamWriter] = []
    closed_after: list[float] = []
    failed = 0

    async def watch(reader: asyncio.StreamReader, opened: float) -> None:
        with contextlib.suppress(OSError):
            while await reader.read(65536):
                pass
        closed_after.append(time.monotonic() - opened)

    async def one(i: int) -> None:
        nonlocal failed
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 2)
        except (OSError, TimeoutError):
            failed += 1
            return
        if i % 3 == 1:
            writer.write(half_headers)
        elif i % 3 == 2:
            writer.write(slow_body)
        writers.append(writer)
        watchers.append(asyncio.create_task(watch(reader, time.monotonic())))

    watchers: list[asyncio.Task[None]] = []
    for first in range(0, count, 100):
        await asyncio.gather(*(one(i) for i in range(first, min(count, first + 100))))
    print("opened", flush=True)
    stdin_closed = asyncio.ensure_future(asyncio.to_thread(sys.stdin.read))
    while len(closed_after) < len(writers) and not stdin_closed.done():
        for writer in writers:
            if not writer.is_closing():
                with contextlib.suppress(OSError):
                    writer.write(b"a")
        await asyncio.sleep(0.5)
    print(json.dumps({"opened": len(writers), "failed": failed, "closed_after": closed_after}))
    for writer in writers:
        writer.close()
    for task in watchers:
        task.cancel()
    await asyncio.gather(*watchers, return_exceptions=True)
    stdin_closed.cancel()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]))
