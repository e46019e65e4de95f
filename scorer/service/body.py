"""Reading a request body under a size limit: multipart uploads or a JSON text.

The body is counted as it streams in and refused (413) as soon as it passes the
limit — before, when ``Content-Length`` already says so.  Uploads stay in memory
(bounded by the limit and by the number of requests admitted): nothing is written
to disk, and a client's file name is only echoed and used for its suffix.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

from python_multipart.multipart import MultipartParser, parse_options_header

from .pool import Upload

DRAIN_LIMIT = 8 * 1024 * 1024  # after a refusal, at most this much more is read (and dropped)


@dataclass
class BodyError(Exception):
    status: int
    code: str
    message: str


def too_large(limit: int) -> BodyError:
    mb = limit / (1024 * 1024)
    return BodyError(413, "too_large", f"上传内容过大，上限 {mb:g} MB (request body too large)")


def base_name(name: str) -> str:
    """The last component of a client's file name (``/`` and ``\\`` both separate folders)."""
    return PureWindowsPath(PurePosixPath(name).name).name.strip() or "upload"


async def _drain(stream) -> None:
    """Read and drop what the client still sends (bounded), so it can read our 413."""
    dropped = 0
    async for chunk in stream:
        dropped += len(chunk)
        if dropped > DRAIN_LIMIT:
            return


class _Parts:
    """python-multipart callbacks collecting each part's headers and data."""

    def __init__(self):
        self.parts: list[tuple[dict[str, bytes], bytearray]] = []
        self._headers: dict[str, bytes] = {}
        self._field = bytearray()
        self._value = bytearray()
        self._data = bytearray()

    def callbacks(self) -> dict:
        return {
            "on_part_begin": self._begin,
            "on_header_field": lambda d, s, e: self._field.extend(d[s:e]),
            "on_header_value": lambda d, s, e: self._value.extend(d[s:e]),
            "on_header_end": self._header_end,
            "on_part_data": lambda d, s, e: self._data.extend(d[s:e]),
            "on_part_end": self._end,
        }

    def _begin(self) -> None:
        self._headers, self._data = {}, bytearray()

    def _header_end(self) -> None:
        self._headers[self._field.decode("latin-1").lower()] = bytes(self._value)  # parsed as bytes: names may be UTF-8
        self._field, self._value = bytearray(), bytearray()

    def _end(self) -> None:
        self.parts.append((self._headers, self._data))


async def read_uploads(request, limit: int, max_files: int) -> list[Upload]:
    """The uploads of a ``POST /v1/score`` body; raises :class:`BodyError`."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > limit:
                raise too_large(limit)
        except ValueError:
            raise BodyError(400, "bad_request", "Content-Length 无效 (invalid Content-Length)") from None
    ctype, options = parse_options_header(request.headers.get("content-type", ""))
    stream = request.stream()
    if ctype == b"multipart/form-data":
        boundary = options.get(b"boundary")
        if not boundary:
            raise BodyError(400, "bad_request", "multipart 请求缺少 boundary (multipart body without boundary)")
        parts = _Parts()
        parser = MultipartParser(boundary, parts.callbacks())
        feed = parser.write
    elif ctype == b"application/json" or ctype.endswith(b"+json"):
        buf = bytearray()
        feed = buf.extend
    else:
        raise BodyError(
            415,
            "unsupported_media_type",
            "请以 multipart/form-data 上传文件（字段 file），或以 application/json 提交 {\"text\": …} "
            "(send multipart/form-data or application/json)",
        )
    received = 0
    try:
        async for chunk in stream:
            received += len(chunk)
            if received > limit:
                await _drain(stream)
                raise too_large(limit)
            feed(chunk)
        if ctype == b"multipart/form-data":
            parser.finalize()
    except BodyError:
        raise
    except Exception:  # python-multipart's errors, a client that went away mid-body
        raise BodyError(400, "bad_request", "请求内容格式错误 (malformed request body)") from None
    if ctype == b"multipart/form-data":
        return _files(parts, max_files)
    return [_text(bytes(buf))]


def _files(parts: _Parts, max_files: int) -> list[Upload]:
    uploads = []
    for headers, data in parts.parts:
        _, opts = parse_options_header(headers.get("content-disposition", b""))
        if opts.get(b"name") != b"file":
            continue  # other form fields are ignored
        filename = opts.get(b"filename")
        if filename is None:
            raise BodyError(400, "bad_request", "字段 file 必须是上传的文件 (field `file` must be a file upload)")
        uploads.append(Upload(base_name(filename.decode("utf-8", "replace")), bytes(data)))
    if not uploads:
        raise BodyError(400, "bad_request", "没有上传文件：请用字段 file 上传 (no file in field `file`)")
    if len(uploads) > max_files:
        raise BodyError(400, "bad_request", f"一次最多上传 {max_files} 个文件 (too many files)")
    return uploads


def _text(raw: bytes) -> Upload:
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise BodyError(400, "bad_request", "JSON 格式错误 (invalid JSON)") from None
    if not isinstance(body, dict) or not isinstance(body.get("text"), str):
        raise BodyError(400, "bad_request", "JSON 须为 {\"text\": \"报告全文\", \"name\": \"可选.txt\"} (expected an object with a string `text`)")
    name = body.get("name", "<text>")
    if not isinstance(name, str) or not name.strip():
        raise BodyError(400, "bad_request", "name 须为非空字符串 (`name` must be a non-empty string)")
    unknown = set(body) - {"text", "name"}
    if unknown:
        raise BodyError(400, "bad_request", f"未知字段：{', '.join(sorted(unknown))} (unknown fields)")
    try:
        data = body["text"].encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (\ud800) in the JSON string
        raise BodyError(400, "bad_request", "text 含有无效字符 (`text` is not valid Unicode)") from None
    return Upload(base_name(name) if name != "<text>" else name, data, as_text=True)
