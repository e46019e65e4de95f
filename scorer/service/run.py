"""Start the server: the part of ``scorer serve`` after its options are parsed."""

from __future__ import annotations

import socket
import stat
import sys
from pathlib import Path

from .settings import Settings, default_workers

EXIT_OK, EXIT_USAGE = 0, 2
LOOPBACK = ("127.0.0.1", "::1", "localhost")


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def read_token(path: Path) -> str:
    """The token in ``path`` (surrounding whitespace dropped); raises ValueError with a message."""
    try:
        token = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as e:
        raise ValueError(f"--token-file: 无法读取 {path} (cannot read: {getattr(e, 'strerror', None) or e})") from None
    if not token or any(c.isspace() for c in token):
        raise ValueError(f"--token-file: {path} 须包含一个不含空白的令牌 (the file must hold one token without spaces)")
    if len(token) < 16:
        raise ValueError("--token-file: 令牌太短，至少 16 个字符 (token shorter than 16 characters)")
    return token


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say TCP, and
    # without it every keep-alive answer waits ≈ 40 ms for a delayed ACK (headers and body
    # are two writes)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def serve(host, port, pack, waivers, workers, queue_size, token_file, max_upload_mb, timeout, cors_origins) -> int:
    token = None
    if token_file is not None:
        try:
            token = read_token(token_file)
        except ValueError as e:
            _say(str(e))
            return EXIT_USAGE
        mode = token_file.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            _say(f"warning: {token_file} 可被其他用户读取，建议 chmod 600 (token file readable by others)")
    if host not in LOOPBACK and token is None:
        _say(f"warning: 在 {host} 上监听且没有 --token-file，任何人都可以调用 (listening beyond loopback without a token)")
    try:
        sock = _bind(host, port)
    except OSError as e:
        _say(f"无法监听 {host}:{port}：{e.strerror or e} (cannot listen)")
        return EXIT_USAGE
    settings = Settings(
        pack=pack,
        waivers=waivers,
        workers=workers or default_workers(),
        queue_size=queue_size,
        token=token,
        max_upload_bytes=int(max_upload_mb * 1024 * 1024),
        timeout=timeout,
        cors_origins=list(cors_origins),
    )
    import uvicorn

    from .app import create_app

    app = create_app(settings)
    bound = sock.getsockname()
    shown = f"[{bound[0]}]" if ":" in bound[0] else bound[0]
    _say(
        f"scorer serve: http://{shown}:{bound[1]}  （规则包 {pack.name} {pack.version}，{settings.workers} 个评分进程，"
        f"队列 {queue_size}，上传上限 {max_upload_mb:g} MB，超时 {timeout:g} 秒"
        + ("，需要令牌" if token else "") + "）  接口说明：/docs"
    )
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,  # ours is one JSON line per request (scorer.service.app.AccessLog)
        server_header=False,
        # connections beyond this get 503 from uvicorn itself: bounds the memory held by
        # bodies being read (each at most --max-upload-mb)
        limit_concurrency=max(32, 4 * settings.capacity),
        timeout_graceful_shutdown=5,
        lifespan="on",
    )
    server = uvicorn.Server(config)
    server.run(sockets=[sock])
    return EXIT_OK if server.started else 1
