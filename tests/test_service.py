"""`scorer serve`: a real server process on loopback, spoken to over HTTP.

Two servers per module: ``server`` (token, 1 MB upload limit, two workers) for the
endpoints, the contract and the errors; ``tight`` (one worker, no queue, a short time
limit, CORS for one origin) for the timeout, the full pool and CORS.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
pytest.importorskip("python_multipart")

from .conftest import SAMPLES  # noqa: E402

TOKEN = "s3cret-token-for-tests-0123456789"
ORIGIN = "https://portal.example.org"
START_TIMEOUT = 30.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, tmp: Path, *args: str):
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp / f"server-{self.port}.log"
        self.log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "scorer", "serve", "--host", "127.0.0.1", "--port", str(self.port), *args],
            stdout=subprocess.DEVNULL,
            stderr=self.log,
        )

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}: {self.log_path.read_text('utf-8')}")
            try:
                if httpx.get(self.base + "/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("server not ready in time: " + self.log_path.read_text("utf-8"))
            time.sleep(0.1)

    def log_lines(self) -> list[str]:
        return self.log_path.read_text("utf-8").splitlines()

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Until no request is admitted (a timed-out task may still run in its worker; on a loaded host, seconds)."""
        deadline = time.monotonic() + timeout
        while httpx.get(self.base + "/readyz", timeout=2).json()["admitted"]:
            assert time.monotonic() < deadline, "the pool never became idle"
            time.sleep(0.05)

    def stop(self, kill: bool = False) -> list[int]:
        """Stop the server (SIGTERM, or SIGKILL with ``kill``); the worker processes it
        had that are still alive 5 s later (there should be none)."""
        workers = _children(self.proc.pid)
        if kill:
            self.proc.kill()
        else:
            self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        self.log.close()
        deadline = time.monotonic() + 5
        while (alive := [p for p in workers if _alive(p)]) and time.monotonic() < deadline:
            time.sleep(0.1)
        return alive


def _children(pid: int) -> list[int]:
    """Child process ids (Linux /proc; empty elsewhere)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """Both servers, started together (each takes seconds to spawn and warm its workers)."""
    tmp = tmp_path_factory.mktemp("serve")
    token_file = tmp / "token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")
    token_file.chmod(0o600)
    main = Server(tmp, "--workers", "2", "--token-file", str(token_file), "--max-upload-mb", "1", "--timeout", "20")
    tight = Server(tmp, "--workers", "1", "--queue-size", "0", "--timeout", "0.15", "--max-upload-mb", "8", "--cors-origin", ORIGIN)
    try:
        main.wait_ready()
        tight.wait_ready()
        yield main, tight
    finally:
        left = main.stop()
        left_after_kill = tight.stop(kill=True)
    assert left == [], "worker processes outlived the server (SIGTERM)"
    assert left_after_kill == [], "worker processes outlived a killed server"


@pytest.fixture(scope="module")
def server(servers):
    return servers[0]


@pytest.fixture(scope="module")
def tight(servers):
    return servers[1]


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.base, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30) as c:
        yield c


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scorer", *args], capture_output=True, text=True, timeout=60)


def _files(*paths: Path) -> list:
    return [("file", (p.name, p.read_bytes(), "application/octet-stream")) for p in paths]


# --- health, token, documentation -------------------------------------------------------


def test_health_and_readiness_need_no_token(server):
    assert httpx.get(server.base + "/healthz").json() == {"status": "ok"}
    ready = httpx.get(server.base + "/readyz").json()
    assert ready["status"] == "ready" and ready["workers"] == 2


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong-token-wrong-token"}, {"Authorization": f"Basic {TOKEN}"}, {"Authorization": f"Bearer {TOKEN}x"}],
)
def test_v1_needs_the_token(server, headers):
    for method, path in (("GET", "/v1/rules"), ("GET", "/v1/schema/output"), ("POST", "/v1/score")):
        r = httpx.request(method, server.base + path, headers=headers, json={"text": "x"})
        assert r.status_code == 401, (method, path)
        assert r.headers["www-authenticate"] == "Bearer"
        assert r.json()["code"] == "unauthorized"


def test_openapi_documents_the_endpoints(server):
    spec = httpx.get(server.base + "/openapi.json").json()
    assert {"/v1/score", "/v1/rules", "/v1/schema/output", "/healthz", "/readyz"} <= set(spec["paths"])
    body = spec["paths"]["/v1/score"]["post"]["requestBody"]["content"]
    assert {"multipart/form-data", "application/json"} <= set(body)
    assert httpx.get(server.base + "/docs").status_code == 200


def test_rules_lists_the_loaded_pack(client, pack):
    data = client.get("/v1/rules").json()
    assert data["rule_pack"]["name"] == pack.name
    assert [r["id"] for r in data["rules"]] == [r.id for r in pack.rules]
    assert sum(r["weight"] for r in data["rules"]) == pytest.approx(100)
    first = data["rules"][0]
    assert set(first) >= {"id", "title", "weight", "category", "basis"} and first["basis"]


def test_output_schema_is_the_clis(client):
    r = client.get("/v1/schema/output")
    assert r.status_code == 200
    assert r.json() == json.loads(_cli("schema", "output").stdout)
    assert "code" in r.json()["$defs"]["ErrorRow"]["properties"]


# --- the contract: parity with the CLI --------------------------------------------------


def _as_uploaded(cli_json: str) -> str:
    """The CLI's document with each `file` reduced to the name a portal uploads."""
    return re.sub(r'"file": "[^"]*/([^"/]+)"', r'"file": "\1"', cli_json)


@pytest.fixture(scope="module")
def cli_document() -> str:
    """`scorer score <the five samples> --format json --no-copies`, run once (the service
    scores each upload on its own: a request is no batch to look for copies in)."""
    assert len(SAMPLES) == 5
    cli = _cli("score", *map(str, SAMPLES), "--format", "json", "--no-copies")
    assert cli.returncode in (0, 1), cli.stderr
    return cli.stdout


def test_score_is_byte_for_byte_the_cli_document(client, cli_document):
    r = client.post("/v1/score", files=_files(*SAMPLES))
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    assert r.text == _as_uploaded(cli_document)
    assert [x["file"] for x in r.json()["reports"]] == [p.name for p in SAMPLES]


@pytest.mark.parametrize("index", range(5), ids=lambda i: SAMPLES[i].name[:3])
def test_each_sample_alone_matches_the_cli(client, cli_document, index):
    expected = json.loads(cli_document)
    got = client.post("/v1/score", files=_files(SAMPLES[index])).json()
    assert got["rule_pack"] == expected["rule_pack"] and got["errors"] == []
    (report,) = got["reports"]
    cli_report = expected["reports"][index]
    assert cli_report.pop("file") == str(SAMPLES[index]) and report.pop("file") == SAMPLES[index].name
    assert report == cli_report
    assert report["score"] > 0


CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the development corpus (../shared/corpus) is not beside the checkout")
def test_corpus_uploads_match_the_cli(client):
    """Every shape of the development corpus (GB18030 and traditional text, .docx with
    automatic numbering, saved web pages) answers what the CLI writes for the same file."""
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx", ".html"))
    assert files
    cli = _cli("score", *map(str, files), "--format", "json", "--no-copies")
    assert cli.returncode in (0, 1, 3), cli.stderr
    r = client.post("/v1/score", files=_files(*files))
    assert r.status_code == 200
    assert r.text == _as_uploaded(cli.stdout)


def test_json_text_scores_like_the_uploaded_file(client):
    sample = SAMPLES[0]
    uploaded = client.post("/v1/score", files=_files(sample)).json()
    text = client.post("/v1/score", json={"text": sample.read_text("utf-8"), "name": sample.name}).json()
    assert text == uploaded
    unnamed = client.post("/v1/score", json={"text": sample.read_text("utf-8")}).json()
    assert unnamed["reports"][0]["file"] == "<text>"


def test_other_encodings_and_formats_are_read(client, tmp_path):
    sample = SAMPLES[1]
    reference = client.post("/v1/score", files=_files(sample)).json()["reports"][0]
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(sample.read_text("utf-8").encode("gb18030"))
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for line in sample.read_text("utf-8").splitlines():
        d.add_paragraph(line)
    d.save(tmp_path / "r.docx")
    got = client.post("/v1/score", files=_files(gbk, tmp_path / "r.docx")).json()
    assert got["errors"] == []
    assert [r["score"] for r in got["reports"]] == [reference["score"]] * 2


def test_explain_adds_the_reasoning(client):
    plain = client.post("/v1/score", files=_files(SAMPLES[2])).json()
    explained = client.post("/v1/score", params={"explain": "true"}, files=_files(SAMPLES[2])).json()
    items = explained["reports"][0]["items"]
    assert all(isinstance(i["explanation"], list) for i in items)
    assert any(i["explanation"] for i in items)
    for i in items:
        i.pop("explanation")
    assert explained == plain


def test_html_is_the_report_page(client):
    sample = SAMPLES[0]
    r = client.post("/v1/score", params={"format": "html"}, files=_files(sample))
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    score = client.post("/v1/score", files=_files(sample)).json()["reports"][0]
    assert r.text.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in r.text
    assert f"得分 {score['score']:.1f}" in r.text
    assert 'id="L1"' in r.text  # the text with line anchors
    two = client.post("/v1/score", params={"format": "html"}, files=_files(*SAMPLES[:2]))
    assert two.status_code == 400 and two.json()["code"] == "bad_request"
    bad = client.post("/v1/score", params={"format": "html"}, files=[("file", ("a.xlsx", b"PK", "application/octet-stream"))])
    assert bad.status_code == 422 and bad.json()["code"] == "unsupported_type"


# --- errors -------------------------------------------------------------------------------


def test_unreadable_uploads_are_error_rows_with_codes(client):
    files = [
        ("file", ("表格.xlsx", b"PK\x03\x04 not really", "application/octet-stream")),
        ("file", ("empty.txt", b"", "text/plain")),
        ("file", ("binary.txt", bytes(range(256)) * 8, "text/plain")),
        ("file", ("english.txt", b"An annual report without Chinese text. " * 20, "text/plain")),
        ("file", ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "application/msword")),
        ("file", ("../../etc/passwd.txt", SAMPLES[0].read_bytes(), "text/plain")),
    ]
    r = client.post("/v1/score", files=files)
    assert r.status_code == 200
    doc = r.json()
    assert [x["file"] for x in doc["reports"]] == ["passwd.txt"]  # only the name is kept, never a path
    codes = {e["file"]: e["code"] for e in doc["errors"]}
    assert codes == {
        "表格.xlsx": "unsupported_type",
        "empty.txt": "empty",
        "binary.txt": "unreadable",
        "english.txt": "not_a_report",
        "old.doc": "unsupported_type",
    }
    assert all(e["error"] for e in doc["errors"])


def test_cli_error_rows_carry_the_same_codes(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "a.xlsx").write_bytes(b"PK")
    cli = _cli("score", str(tmp_path / "empty.txt"), str(tmp_path / "a.xlsx"), str(tmp_path / "gone.txt"), "--format", "json", "--no-copies")
    assert cli.returncode == 3
    codes = [e["code"] for e in json.loads(cli.stdout)["errors"]]
    assert codes == ["empty", "unsupported_type", "not_found"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"content": b"{not json", "headers": {"Content-Type": "application/json"}},
        {"json": {"name": "a.txt"}},
        {"json": {"text": 42}},
        {"json": ["text"]},
        {"json": {"text": "x", "path": "/etc/passwd"}},
        {"files": [("other", ("a.txt", b"x", "text/plain"))]},
        {"data": {"file": "not a file"}, "files": [("x", ("a.txt", b"x", "text/plain"))]},
        {"content": b"--b\r\nbroken", "headers": {"Content-Type": "multipart/form-data; boundary=b"}},
        {"params": {"format": "xml"}, "json": {"text": "x"}},
        {"params": {"explain": "maybe"}, "json": {"text": "x"}},
    ],
)
def test_bad_requests_are_400(client, kwargs):
    r = client.post("/v1/score", **kwargs)
    assert r.status_code == 400, r.text
    assert r.json()["code"] == "bad_request" and r.json()["detail"]


def test_other_media_types_are_415(client):
    r = client.post("/v1/score", content=b"hello", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415 and r.json()["code"] == "unsupported_media_type"


def test_too_large_is_413_by_declared_length_and_while_streaming(client, server):
    big = b"x" * (1024 * 1024 + 1)
    r = client.post("/v1/score", files=[("file", ("big.txt", big, "text/plain"))])
    assert r.status_code == 413 and r.json()["code"] == "too_large"

    def chunks():  # no Content-Length: the limit is found while reading
        for _ in range(40):
            yield b"y" * 65536

    r = client.post("/v1/score", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["code"] == "too_large"
    assert httpx.get(server.base + "/healthz").status_code == 200


def test_unknown_path_and_method(client):
    assert client.get("/v1/nothing").status_code == 404
    assert client.get("/v1/score").status_code == 405


# --- limits: time, pool, CORS (the tight server) --------------------------------------------


def _slow_report() -> bytes:
    """≈ 2 MB of report text: scoring takes ≈ 0.5 s on one core, far beyond 0.15 s."""
    return SAMPLES[0].read_bytes() * 200


def test_timeout_gives_timeout_rows_then_busy_while_the_worker_finishes(tight):
    tight.wait_idle()
    slow = [("file", ("slow.txt", _slow_report(), "text/plain"))]
    r = httpx.post(tight.base + "/v1/score", files=slow, timeout=30)
    assert r.status_code == 200
    assert r.json()["reports"] == []
    assert [(e["file"], e["code"]) for e in r.json()["errors"]] == [("slow.txt", "timeout")]
    # its task still runs in the only worker, and the queue is 0: the next request is refused
    busy = httpx.post(tight.base + "/v1/score", json={"text": SAMPLES[1].read_text("utf-8")}, timeout=30)
    assert busy.status_code == 503
    assert busy.headers["retry-after"] == "1" and busy.json()["code"] == "busy"
    tight.wait_idle()
    ok = httpx.post(tight.base + "/v1/score", json={"text": SAMPLES[1].read_text("utf-8")}, timeout=30)
    assert ok.status_code == 200 and ok.json()["reports"][0]["score"] > 0


def test_an_upload_that_never_finishes_is_408(tight):
    with socket.create_connection(("127.0.0.1", tight.port), timeout=10) as s:
        s.sendall(
            b"POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000\r\n\r\n{\"text\": \""
        )
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            chunk = s.recv(4096)
            if not chunk:
                break
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["code"] == "timeout"


def test_html_timeout_is_504(tight):
    tight.wait_idle()
    r = httpx.post(tight.base + "/v1/score", params={"format": "html"}, files=[("file", ("slow.txt", _slow_report(), "text/plain"))], timeout=30)
    assert r.status_code == 504 and r.json()["code"] == "timeout"
    tight.wait_idle()


def test_cors_only_when_configured(tight, server, client):
    pre = httpx.options(
        tight.base + "/v1/score",
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization"},
    )
    assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == ORIGIN
    other = httpx.get(tight.base + "/v1/rules", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers
    plain = client.get("/v1/rules", headers={"Origin": ORIGIN})  # the main server has no CORS
    assert "access-control-allow-origin" not in plain.headers


# --- access log -------------------------------------------------------------------------------


def test_access_log_is_one_json_line_per_request_without_content(client, server):
    marker = "独一无二的标记文字用于日志检查"
    client.post("/v1/score", json={"text": SAMPLES[0].read_text("utf-8") + marker, "name": "机密文件名.txt"})
    time.sleep(0.2)
    lines = server.log_lines()
    records = [json.loads(line) for line in lines if line.startswith("{")]
    assert records, lines
    last = [r for r in records if r["path"] == "/v1/score"][-1]
    assert set(last) == {"time", "method", "path", "status", "request_bytes", "duration_ms"}
    assert last["method"] == "POST" and last["status"] == 200 and last["request_bytes"] > 10000
    text = server.log_path.read_text("utf-8")
    assert marker not in text and "机密文件名" not in text and TOKEN not in text
    assert "Traceback" not in text


# --- the command ----------------------------------------------------------------------------


def test_help_does_not_import_the_web_stack():
    code = (
        "import sys\nfrom scorer.cli import main\nsys.argv = ['scorer', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('LOADED', 'fastapi' in sys.modules or 'uvicorn' in sys.modules, file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert "LOADED False" in out.stderr


def test_serve_help_lists_the_options():
    out = _cli("serve", "--help").stdout
    for option in ("--host", "--port", "--pack", "--waivers", "--workers", "--queue-size", "--token-file", "--max-upload-mb", "--timeout", "--cors-origin"):
        assert option in out


def test_missing_extra_says_what_to_install(monkeypatch):
    from typer.testing import CliRunner

    import scorer.service
    from scorer.cli import app

    monkeypatch.setattr(scorer.service, "missing_packages", lambda: ["fastapi", "uvicorn"])
    result = CliRunner().invoke(app, ["serve"])
    assert result.exit_code == 2
    assert "pip install 'scorer[serve]'" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_bad_token_file_and_busy_port_are_usage_errors(tmp_path, server):
    from typer.testing import CliRunner

    from scorer.cli import app

    short = tmp_path / "short"
    short.write_text("abc", encoding="utf-8")
    cases = (
        ["--port", str(_free_port()), "--token-file", str(tmp_path / "none")],
        ["--port", str(_free_port()), "--token-file", str(short)],
        ["--port", str(server.port)],  # taken by the module's server
    )
    for args in cases:
        result = CliRunner().invoke(app, ["serve", *args])
        assert result.exit_code == 2, (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "Traceback" not in result.output and result.output.strip()


def test_a_killed_worker_is_replaced(server, client):
    """A worker that dies (killed, out of memory) costs at most the requests it held."""
    if not Path("/proc").is_dir():
        pytest.skip("needs /proc")
    workers = [p for p in _children(server.proc.pid) if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()]
    assert len(workers) == 2
    os.kill(workers[0], 9)
    deadline = time.monotonic() + 20
    while True:
        r = client.post("/v1/score", files=_files(SAMPLES[0]))
        assert r.status_code == 200
        doc = r.json()
        if doc["reports"]:
            break
        assert [e["code"] for e in doc["errors"]] == ["internal_error"]
        assert time.monotonic() < deadline, "the pool was not replaced"
        time.sleep(0.1)
    assert httpx.get(server.base + "/readyz").status_code == 200


def test_rtf_and_ofd_uploads_are_scored_and_a_binary_wps_is_an_error_row(client):
    from .test_reading_formats import LINES, PAGE_1, PAGE_2, _ofd, _rtf_gbk

    files = [
        ("file", ("水务局.rtf", _rtf_gbk(LINES), "application/rtf")),
        ("file", ("水务局.ofd", _ofd([PAGE_1, PAGE_2]), "application/ofd")),
        ("file", ("水务局.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "application/octet-stream")),
    ]
    r = client.post("/v1/score", files=files)
    assert r.status_code == 200
    data = r.json()
    assert [(rep["file"], rep["organization"]) for rep in data["reports"]] == [("水务局.rtf", "某县水务局"), ("水务局.ofd", "某县水务局")]
    assert [(e["file"], e["code"]) for e in data["errors"]] == [("水务局.wps", "unsupported_type")]
