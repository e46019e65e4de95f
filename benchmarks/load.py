#!/usr/bin/env python3
"""Load test of ``scorer serve`` next to the CLI-per-upload baseline (a script, not a test).

Starts ``scorer serve`` on 127.0.0.1 (a free port), waits for ``/readyz``, then for
each concurrency level (1, 8 and 32 clients by default) posts the sample reports in
``reports/`` (one multipart upload per request, round robin) until a fixed number of
requests is done, and prints throughput, p50/p95/p99 latency and the error count
(any answer but 200, or a transport error).  The baseline, measured in the same run:
what portals do today, ``scorer score FILE --format json`` in a new process per
upload, with 1 and 8 uploads at a time.  Everything is bounded: it stops by itself.

    python benchmarks/load.py                       # 300 requests per level, 2 workers
    python benchmarks/load.py -n 1000 --workers 2 --levels 1,8,32 --cli-uploads 40

Needs ``pip install -e '.[dev]'`` (httpx, fastapi, uvicorn).
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "reports").glob("*.txt"))
SCORER = Path(sys.executable).with_name("scorer")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of values, in the values' unit."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1))
    return ordered[k]


def _row(label: str, n: int, wall: float, latencies: list[float], errors: int) -> str:
    ms = [x * 1000 for x in latencies] or [float("nan")]
    return (
        f"{label:<28} {n:>6} {n / wall:>9.1f} {_pct(ms, 50):>8.1f} {_pct(ms, 95):>8.1f} {_pct(ms, 99):>8.1f} {errors:>6}"
    )


HEADER = f"{'':<28} {'reqs':>6} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}"


class Server:
    def __init__(self, workers: int, queue: int):
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        cmd = [str(SCORER) if SCORER.exists() else "scorer", "serve", "--port", str(self.port), "--workers", str(workers), "--queue-size", str(queue)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started = time.perf_counter()
        while True:
            if self.proc.poll() is not None:
                raise SystemExit(f"scorer serve exited with {self.proc.returncode}")
            try:
                if httpx.get(self.base + "/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.perf_counter() - started > 60:
                self.stop()
                raise SystemExit("scorer serve not ready within 60 s")
            time.sleep(0.05)
        self.ready_after = time.perf_counter() - started

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _multipart(name: str, data: bytes) -> tuple[bytes, bytes]:
    """(content type, body) of a one-file upload in field ``file``."""
    boundary = "scorer-load-boundary-7f3a"
    head = f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\nContent-Type: text/plain\r\n\r\n'
    return f"multipart/form-data; boundary={boundary}".encode(), head.encode() + data + f"\r\n--{boundary}--\r\n".encode()


async def _post(reader, writer, port: int, ctype: bytes, body: bytes) -> tuple[int, bytes]:
    writer.write(
        b"POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n"
        % (port, ctype, len(body))
        + body
    )
    await writer.drain()
    status_line = await reader.readline()
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        key, _, value = line.partition(b":")
        if key.strip().lower() == b"content-length":
            length = int(value)
    return int(status_line.split()[1]), await reader.readexactly(length)


async def _level(port: int, clients: int, total: int, bodies: list[tuple[str, bytes]]) -> tuple[float, list[float], int]:
    """``clients`` keep-alive connections posting until ``total`` requests are done.

    A minimal HTTP/1.1 client on asyncio streams rather than httpx: with 32 connections
    httpx's own pool adds seconds of client-side queueing on two shared cores, which
    would be measured as the server's latency."""
    latencies: list[float] = []
    errors = 0
    next_index = 0
    uploads = [_multipart(name, data) for name, data in bodies]

    async def client() -> None:
        nonlocal next_index, errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while next_index < total:
                i = next_index
                next_index += 1
                t = time.perf_counter()
                try:
                    status, content = await _post(reader, writer, port, *uploads[i % len(uploads)])
                    ok = status == 200 and b'"reports": [\n{' in content
                except (OSError, ValueError, IndexError, asyncio.IncompleteReadError):
                    ok = False
                    writer.close()
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                latencies.append(time.perf_counter() - t)
                errors += not ok
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return time.perf_counter() - started, latencies, errors


def _cli_upload(path: Path) -> tuple[float, bool]:
    t = time.perf_counter()
    out = subprocess.run([str(SCORER) if SCORER.exists() else "scorer", "score", str(path), "--format", "json"], capture_output=True)
    return time.perf_counter() - t, out.returncode in (0, 1) and b'"reports": [\n{' in out.stdout


def _cli_level(clients: int, total: int) -> tuple[float, list[float], int]:
    files = [SAMPLES[i % len(SAMPLES)] for i in range(total)]
    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(_cli_upload, files))
    wall = time.perf_counter() - started
    return wall, [r[0] for r in results], sum(not r[1] for r in results)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--requests", type=int, default=300, help="requests per concurrency level")
    ap.add_argument("--levels", default="1,8,32", help="concurrent clients, comma-separated")
    ap.add_argument("--workers", type=int, default=2, help="scorer serve --workers")
    ap.add_argument("--queue-size", type=int, default=64, help="scorer serve --queue-size (below the clients: 503s)")
    ap.add_argument("--cli-uploads", type=int, default=40, help="uploads for each CLI baseline level")
    ap.add_argument("--cli-levels", default="1,8", help="concurrent CLI processes, comma-separated")
    ap.add_argument("--skip-cli", action="store_true")
    args = ap.parse_args()
    if not SAMPLES:
        raise SystemExit("no sample reports in reports/")
    bodies = [(p.name, p.read_bytes()) for p in SAMPLES]
    levels = [int(x) for x in args.levels.split(",") if x]

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {len(SAMPLES)} sample reports "
          f"(mean {statistics.mean(len(b) for _, b in bodies) / 1024:.1f} KB)")
    server = Server(args.workers, args.queue_size)
    print(f"scorer serve --workers {args.workers} --queue-size {args.queue_size}: ready after {server.ready_after:.2f} s")
    print(HEADER)
    try:
        asyncio.run(_level(server.port, 2, 20, bodies))  # warm the connections and workers
        for clients in levels:
            wall, lat, errors = asyncio.run(_level(server.port, clients, args.requests, bodies))
            print(_row(f"service, {clients} client{'s' * (clients != 1)}", args.requests, wall, lat, errors), flush=True)
    finally:
        server.stop()
    if not args.skip_cli:
        for clients in (int(x) for x in args.cli_levels.split(",") if x):
            wall, lat, errors = _cli_level(clients, args.cli_uploads)
            print(_row(f"CLI per upload, {clients} at once", args.cli_uploads, wall, lat, errors), flush=True)


if __name__ == "__main__":
    main()
