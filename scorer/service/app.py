"""The FastAPI application of ``scorer serve``: endpoints, access log, token, CORS.

Endpoints (documented at ``/docs``, schema at ``/openapi.json``):

- ``POST /v1/score`` — one or more files (multipart field ``file``) or a JSON text;
  answers the ``--format json`` document (``?explain=true`` adds each item's reasoning),
  or with ``?format=html`` one report's page as ``--format html`` writes it;
- ``GET /v1/rules`` — the loaded pack's rules; ``GET /v1/schema/output`` — the output
  JSON Schema (``scorer schema output``);
- ``GET /healthz`` — the process answers; ``GET /readyz`` — the workers are up.

Error answers are ``{"detail": message, "code": code}``; the message is Chinese with
an English gloss, like the CLI's.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import datetime as dt
import hmac
import io
import json
import sys
import time
from contextlib import asynccontextmanager
from typing import Literal

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response

from .. import __version__
from ..output.json_ import JsonWriter
from ..reading.errors import INTERNAL_ERROR, TIMEOUT
from ..results import ErrorRow, PackInfo, output_schema
from .body import BodyError, read_uploads
from .pool import Busy, Pool
from .settings import Settings

OPEN_PATHS = ("/healthz", "/readyz")  # answered without the token
PROTECTED_PREFIX = "/v1/"
RETRY_AFTER = "1"  # seconds, with a 503 when every worker is busy

_SCORE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                            "description": "one or more report files (.txt in any encoding, .docx, .pdf, .html); repeat the field for several",
                        }
                    },
                }
            },
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["text"],
                    "additionalProperties": False,
                    "properties": {
                        "text": {"type": "string", "description": "the report's full text"},
                        "name": {"type": "string", "description": "shown as the report's `file` (default `<text>`)"},
                    },
                }
            },
        },
    }
}

_ERROR = {"description": "error: `{\"detail\": message, \"code\": code}`"}
_SCORE_RESPONSES = {
    200: {
        "description": "the `scorer score --format json` document (schema_version 1; unreadable files are error rows "
        "with a `code`), or with `format=html` the report page",
        "content": {"application/json": {}, "text/html": {}},
    },
    400: _ERROR,
    401: _ERROR,
    408: _ERROR,
    413: _ERROR,
    415: _ERROR,
    422: {"description": "format=html and the file cannot be read: its error row"},
    503: {"description": "every worker busy and the queue full; retry after `Retry-After` seconds"},
    504: {"description": "format=html and the report was not scored within the time limit"},
}


def error(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"detail": message, "code": code}, status_code=status, headers=headers)


def _log(record: dict) -> None:
    sys.stderr.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stderr.flush()


class AccessLog:
    """One JSON line on stderr per request: time, method, path, status, bytes received,
    duration in ms.  Never the body, the query string or a header.  (It also adds
    ``X-Content-Type-Options: nosniff`` to every answer.)"""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        received = 0
        status = 500

        async def counting_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
            return message

        async def status_send(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", ()), (b"x-content-type-options", b"nosniff")]
            await send(message)

        try:
            await self.app(scope, counting_receive, status_send)
        finally:
            _log(
                {
                    "time": dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds"),
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status,
                    "request_bytes": received,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                }
            )


class BearerToken:
    """Requests to ``/v1/…`` need ``Authorization: Bearer <token>`` (compared in constant time)."""

    def __init__(self, app, token: str):
        self.app = app
        self.token = token.encode("utf-8")

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["path"].startswith(PROTECTED_PREFIX) and scope["method"] != "OPTIONS":
            given = b""
            for key, value in scope["headers"]:
                if key == b"authorization":
                    given = value
                    break
            scheme, _, credential = given.partition(b" ")
            if scheme.lower() != b"bearer" or not hmac.compare_digest(credential.strip(), self.token):
                response = error(401, "unauthorized", "需要有效的访问令牌 (missing or wrong bearer token)", {"WWW-Authenticate": "Bearer"})
                return await response(scope, receive, send)
        return await self.app(scope, receive, send)


def _rules_document(pack) -> dict:
    return {
        "rule_pack": {"name": pack.name, "version": pack.version, "source": pack.source},
        "total": pack.spec.total,
        "rules": [
            {
                "id": r.id,
                "title": r.title,
                "category": r.category,
                "weight": r.weight,
                "critical": r.critical,
                "kind": r.kind,
                "basis": r.basis,
            }
            for r in pack.rules
        ],
    }


def create_app(settings: Settings) -> FastAPI:
    pack = settings.pack
    pool = Pool(pack, settings.waivers, settings.workers, settings.queue_size)
    info = PackInfo(name=pack.name, version=pack.version, source=pack.source, digest=pack.digest or None)
    rules_body = json.dumps(_rules_document(pack), ensure_ascii=False).encode("utf-8")
    schema_body = (json.dumps(output_schema(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        async def warm():
            try:
                await pool.warm_up()
            except Exception as e:  # noqa: BLE001 - stays not ready; say why
                _log({"event": "warm_up_failed", "error": f"{type(e).__name__}: {e}"})

        task = asyncio.create_task(warm()) if settings.warm_up else None
        if task is None:
            pool.ready = True
        try:
            yield
        finally:
            if task is not None:
                task.cancel()
            pool.shutdown()

    app = FastAPI(
        title="scorer",
        version=__version__,
        summary="法治政府建设年度报告评分服务 (scoring service for annual rule-of-law government reports)",
        description="The `scorer score --format json` contract over HTTP: see docs/output-json-v1.md.",
        lifespan=lifespan,
    )
    app.state.pool = pool

    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request: Request, exc: RequestValidationError):
        where = "; ".join(".".join(str(x) for x in e.get("loc", ())) + ": " + str(e.get("msg", "")) for e in exc.errors())
        return error(400, "bad_request", f"请求参数错误 (invalid parameters: {where})")

    @app.post("/v1/score", openapi_extra=_SCORE_BODY, responses=_SCORE_RESPONSES, summary="Score uploaded reports (评分)")
    async def score(
        request: Request,
        explain: bool = Query(False, description="add each item's `explanation` (what `scorer explain` prints)"),
        format: Literal["json", "html"] = Query("json", description="`json` (the --format json document) or `html` (one report's page)"),
    ):
        loop = asyncio.get_running_loop()
        deadline = loop.time() + settings.timeout
        try:
            async with asyncio.timeout(settings.timeout):
                uploads = await read_uploads(request, settings.max_upload_bytes, settings.max_files)
        except BodyError as e:
            return error(e.status, e.code, e.message)
        except TimeoutError:
            return error(408, TIMEOUT, f"上传超时：超过 {settings.timeout:g} 秒 (upload timed out)")
        if format == "html" and len(uploads) != 1:
            return error(400, "bad_request", "format=html 一次只能评一份报告 (format=html takes one file)")
        try:
            future = pool.submit(uploads, format, explain)
        except Busy:
            return error(503, "busy", "评分服务繁忙，请稍后重试 (all workers busy, queue full)", {"Retry-After": RETRY_AFTER})
        try:
            # on timeout the wrapper is cancelled, which cancels a task still queued (freeing
            # its place); a running one finishes in its worker (see scorer.service.pool)
            results = await asyncio.wait_for(asyncio.wrap_future(future), max(0.0, deadline - loop.time()))
        except TimeoutError:
            if format == "html":
                return error(504, TIMEOUT, f"评分超时：超过 {settings.timeout:g} 秒 (scoring timed out)")
            message = f"评分超时：超过 {settings.timeout:g} 秒，请稍后重试或拆分上传 (timed out)"
            results = [ErrorRow(file=u.name, error=message, code=TIMEOUT) for u in uploads]
        except cf.BrokenExecutor:
            message = "内部错误：评分进程意外退出 (internal error: worker process died)"
            results = [ErrorRow(file=u.name, error=message, code=INTERNAL_ERROR) for u in uploads]
        if format == "html":
            (page,) = results
            if isinstance(page, ErrorRow):
                return JSONResponse({"detail": page.error, "code": page.code, "file": page.file}, status_code=422)
            return Response(page, media_type="text/html; charset=utf-8")
        buf = io.StringIO()
        writer = JsonWriter(buf)  # exactly what `scorer score --format json` writes
        writer.begin(info)
        for r in results:
            if isinstance(r, ErrorRow):
                writer.error(r)
            else:
                writer.report(r)
        writer.end()
        return Response(buf.getvalue().encode("utf-8"), media_type="application/json")

    @app.get("/v1/rules", summary="The loaded pack's rules (规则列表)")
    async def rules():
        return Response(rules_body, media_type="application/json")

    @app.get("/v1/schema/output", summary="JSON Schema of the score document (scorer schema output)")
    async def schema():
        return Response(schema_body, media_type="application/schema+json")

    @app.get("/healthz", summary="Liveness: the process answers")
    async def healthz():
        return {"status": "ok"}

    @app.get("/readyz", summary="Readiness: the workers are up")
    async def readyz():
        if not pool.ready:
            return error(503, "starting", "评分进程启动中 (workers starting)", {"Retry-After": RETRY_AFTER})
        return {"status": "ready", "workers": pool.workers, "admitted": pool.admitted, "capacity": pool.capacity}

    if settings.token:
        app.add_middleware(BearerToken, token=settings.token)
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(AccessLog)
    return app
