"""Issue 14, hardening round 2: nothing lost, nothing hangs, no tracebacks.

Hostile inputs are generated here, never checked in.
"""

from __future__ import annotations

import json
import os
import shutil

import pytest
from typer.testing import CliRunner

from scorer.cli import app

from .conftest import SAMPLES

SAMPLE = SAMPLES[0]
runner = CliRunner()


def cli(*args: str):
    return runner.invoke(app, [str(a) for a in args])


BAD_NAME = os.fsdecode(b"\xff\xfe\xe6\x8a\xa5\xe5\x91\x8a.txt")  # not UTF-8: surrogate-escaped


@pytest.fixture
def bad_named(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / BAD_NAME)
    shutil.copy(SAMPLE, folder / "a\x1b[31m\nb.txt")
    return folder


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "table"])
def test_undecodable_and_control_file_names_to_stdout(bad_named, fmt):
    r = cli("score", bad_named, "--format", fmt)
    assert r.exit_code == 0, r.output
    assert r.exception is None
    out = r.stdout_bytes.decode("utf-8")  # valid UTF-8
    assert "\ufffd\ufffd报告" in out
    if fmt == "json":
        files = [x["file"] for x in json.loads(out)["reports"]]
        assert any(f.endswith("\ufffd\ufffd报告.txt") for f in files)
        (pair,) = json.loads(out)["copies"]["pairs"]  # the two files are one report: a copy, names shown alike
        assert {pair["file_a"], pair["file_b"]} == set(files)
    if fmt in ("md", "table"):
        assert "\x1b" not in out and "x1b" in out
        assert "\nb.txt" not in out  # the row is not split


@pytest.mark.parametrize("fmt,target", [("json", "o.json"), ("csv", "o.csv"), ("xlsx", "o.xlsx"), ("md", "o.md"), ("html", "site")])
def test_undecodable_file_names_to_out(bad_named, tmp_path, fmt, target):
    out = tmp_path / target
    r = cli("score", bad_named, "--format", fmt, "--out", out)
    assert r.exit_code == 0, r.output
    assert out.exists()
    if fmt == "html":
        index = (out / "index.html").read_text(encoding="utf-8")
        assert "\ufffd\ufffd报告" in index
        assert len(list(out.glob("*.html"))) == 3


def test_explain_with_an_undecodable_name(bad_named):
    r = cli("explain", bad_named / BAD_NAME)
    assert r.exit_code == 0
    assert r.stdout_bytes.decode("utf-8").startswith(str(bad_named) + "/\ufffd\ufffd报告.txt\n")


# --- things that are not regular files; the same file twice -------------------------------------


def test_fifo_in_a_folder_and_named_is_an_error_row_not_a_hang(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "a.txt")
    os.mkfifo(folder / "pipe.txt")
    r = cli("score", folder, folder / "pipe.txt", "--format", "json")
    assert r.exit_code == 3
    out = json.loads(r.stdout)
    assert len(out["reports"]) == 1
    (err,) = out["errors"]
    assert err["file"].endswith("pipe.txt") and "不是普通文件" in err["error"]


def test_fifo_as_pack_or_waiver_file_does_not_hang(tmp_path):
    os.mkfifo(tmp_path / "p.yaml")
    r = cli("score", SAMPLE, "--pack", tmp_path / "p.yaml")
    assert r.exit_code == 4 and "not a regular file" in r.output
    r = cli("score", SAMPLE, "--waivers", tmp_path / "p.yaml")
    assert r.exit_code == 4 and "not a regular file" in r.output


def test_same_file_under_two_spellings_is_scored_once(tmp_path, monkeypatch):
    shutil.copy(SAMPLE, tmp_path / "a.txt")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    monkeypatch.chdir(tmp_path)
    r = cli("score", "./a.txt", "a.txt", "link.txt", tmp_path, "--format", "json")
    assert r.exit_code == 0
    assert [x["file"] for x in json.loads(r.stdout)["reports"]] == ["a.txt"]


def test_a_folder_reached_through_a_link_and_links_inside_it_list_each_file_once(tmp_path):
    from scorer.batch import collect

    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    for name in ("a.txt", "sub/b.txt"):
        (real / name).write_text("x", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("x", encoding="utf-8")
    (real / "link-a.txt").symlink_to(real / "a.txt")  # the same file again
    (real / "sub" / "link-out.txt").symlink_to(tmp_path / "outside.txt")  # a file of its own
    (tmp_path / "alias").symlink_to(real, target_is_directory=True)
    got = collect([tmp_path / "alias", real / "a.txt", real, tmp_path / "outside.txt"]).files
    alias = tmp_path / "alias"
    assert got == [alias / "a.txt", alias / "sub" / "b.txt", alias / "sub" / "link-out.txt"]


def test_pack_messages(tmp_path):
    from scorer.pack import PackError, load_pack

    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:secret-content:/root:/bin/bash\nbin:x:1:1::/:\n")
    with pytest.raises(PackError) as e:
        load_pack(secret)
    assert "secret-content" not in str(e.value) and "root:x" not in str(e.value)
    (tmp_path / "empty").mkdir()
    with pytest.raises(PackError) as e:
        load_pack(tmp_path / "empty")
    assert "no rule pack" in str(e.value) and "several" not in str(e.value)


# --- exit codes: nested YAML, output that cannot be written, Ctrl-C, broken pipe ---------------


@pytest.mark.parametrize("option", ["--pack", "--waivers"])
@pytest.mark.parametrize("style", ["flow", "block"])
def test_deeply_nested_pack_or_waivers_exit_4(tmp_path, option, style):
    d = 300
    if style == "flow":
        body = "[" * d + "]" * d
    else:
        body = "\n" + "".join("  " * i + "- \n" for i in range(1, d)).replace("- \n", "-\n") + "  " * d + "- x\n"
    f = tmp_path / "deep.yaml"
    f.write_text(("waivers: " if option == "--waivers" else "name: x\nversion: '1'\nrules: ") + body)
    r = cli("score", SAMPLE, option, f)
    assert r.exit_code == 4, r.output
    assert "nested too deeply" in r.output


def test_out_that_cannot_be_written_exits_5_before_scoring(tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "plain").write_text("x")
    for out in (tmp_path / "folder", tmp_path / "plain" / "x.json"):
        r = cli("score", SAMPLE, "--format", "json", "--out", out)
        assert r.exit_code == 5, r.output
        assert "无法写入输出" in r.output and r.exception is None or isinstance(r.exception, SystemExit)
    r = cli("score", SAMPLE, "--format", "html", "--out", tmp_path / "plain" / "site")
    assert r.exit_code == 5


def test_read_only_folder_and_full_disk_exit_5(tmp_path, monkeypatch):
    import scorer.atomic

    def denied(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", denied)
    r = cli("score", SAMPLE, "--format", "json", "--out", tmp_path / "o.json")
    assert r.exit_code == 5 and "没有写入权限" in r.output
    monkeypatch.undo()

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(scorer.atomic.os, "fsync", full)
    r = cli("score", SAMPLE, "--format", "csv", "--out", tmp_path / "o.csv")
    assert r.exit_code == 5 and "No space left on device" in r.output
    assert not (tmp_path / "o.csv").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def _scorer(*args, **kw):
    import subprocess
    import sys

    return subprocess.Popen([sys.executable, "-m", "scorer", *map(str, args)], stderr=subprocess.PIPE, **kw)


def test_ctrl_c_during_a_jobs_2_batch_exits_130_with_one_line(tmp_path):
    import signal
    import subprocess
    import time

    folder = tmp_path / "many"
    folder.mkdir()
    data = SAMPLE.read_bytes()
    for i in range(3000):
        (folder / f"r{i:04}.txt").write_bytes(data)
    p = _scorer("score", folder, "--jobs", "2", "--format", "json", stdout=subprocess.DEVNULL, start_new_session=True)
    time.sleep(1.5)
    assert p.poll() is None, "the batch ended before the interrupt"
    os.killpg(p.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group
    _, err = p.communicate(timeout=30)
    err = err.decode()
    assert p.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err.strip().count("\n") == 0 and "中断" in err


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "md"])
def test_broken_pipe_exits_141_quietly_in_every_format(fmt):
    import subprocess

    p = _scorer("score", SAMPLE, "--format", fmt, stdout=subprocess.PIPE)
    p.stdout.close()  # the reader went away (`| head` that has had enough)
    _, err = p.communicate(timeout=60)
    assert p.returncode == 141, err
    assert err == b""


# --- API -----------------------------------------------------------------------------------------


def test_score_text_argument_errors(pack):
    from scorer import score_text
    from scorer.pack import PackError
    from scorer.reading import ReadError

    text = SAMPLE.read_text(encoding="utf-8")
    with pytest.raises(TypeError, match="NoneType"):
        score_text(None, pack)
    with pytest.raises(TypeError, match="bytes: decode them first"):
        score_text(text.encode(), pack)
    with pytest.raises(TypeError, match="pack must be"):
        score_text(text, 42)
    for blank in ("", "  \n\u3000"):
        with pytest.raises(ReadError, match="empty"):
            score_text(blank, pack)
    assert score_text(text, "national").score == score_text(text, pack).score
    with pytest.raises(PackError):
        score_text(text, "no-such-pack")


# --- readers: .docx XML guard, UTF-16 without BOM ----------------------------------------------


def _docx_with(**members: bytes) -> bytes:
    from .test_bad_inputs import rezip, sample_docx_bytes

    return rezip(sample_docx_bytes(), add=members)


def test_docx_guard_checks_members_whatever_their_names(tmp_path, pack):
    from .test_bad_inputs import error_of, rezip, sample_docx_bytes

    bomb = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><r>&a;</r>'
    ct = (
        b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="dat" ContentType="application/xml"/>'
        b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        b"</Types>"
    )
    base = sample_docx_bytes()
    cases = {
        "declared.docx": rezip(base, replace={"[Content_Types].xml": ct}, add={"word/custom.dat": bomb}),
        "sniffed.docx": rezip(base, add={"word/custom.bin": bomb}),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        assert "DTD" in error_of(tmp_path / name, pack), name
    # an image stays bytes, whatever it holds
    png = b"\\x89PNG\\r\\n\\x1a\\n" + bomb
    (tmp_path / "img.docx").write_bytes(rezip(base, add={"word/media/image1.png": png}))
    from .test_bad_inputs import scored

    scored(tmp_path / "img.docx", pack)


def test_zero_filled_xml_member_has_the_right_reason(tmp_path, pack):
    from .test_bad_inputs import error_of, rezip, sample_docx_bytes

    (tmp_path / "z.docx").write_bytes(rezip(sample_docx_bytes(), add={"word/zeros.xml": bytes(2 * 1024 * 1024)}))
    reason = error_of(tmp_path / "z.docx", pack)
    assert "DTD" not in reason and "没有 XML 内容" in reason


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(tmp_path, pack, encoding):
    from scorer.batch import score_file

    text = SAMPLE.read_text(encoding="utf-8")
    (tmp_path / "u.txt").write_bytes(text.encode(encoding))
    expected = score_file(SAMPLE, pack)
    got = score_file(tmp_path / "u.txt", pack)
    assert got.score == expected.score and got.missing == expected.missing


def test_binary_with_nuls_is_still_refused(tmp_path, pack):
    from .test_bad_inputs import error_of

    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "e.txt").write_bytes("just some english text here\n".encode("utf-16-le") * 50)
    assert "二进制" in error_of(tmp_path / "b.txt", pack)
    assert "二进制" in error_of(tmp_path / "e.txt", pack)


# --- output: temporary files of killed runs, concurrent html runs --------------------------------


def test_temporary_file_of_a_killed_run_is_removed_by_the_next(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    target = tmp_path / "out.json"
    code = "import sys,time; from scorer.atomic import atomic_write\nwith atomic_write(sys.argv[1]) as fh:\n fh.write('x'); fh.flush(); print('ready', flush=True); time.sleep(60)\n"
    p = subprocess.Popen([sys.executable, "-c", code, str(target)], stdout=subprocess.PIPE)
    assert p.stdout.readline().strip() == b"ready"
    p.send_signal(signal.SIGKILL)
    p.wait(timeout=10)
    leftovers = [f for f in tmp_path.iterdir() if f.name != "out.json"]
    assert len(leftovers) == 1 and leftovers[0].name.startswith(".scorer-tmp-")
    r = cli("score", SAMPLE, "--format", "json", "--out", target)
    assert r.exit_code == 0
    assert [f.name for f in tmp_path.iterdir()] == ["out.json"]


def test_html_runs_into_one_folder_wait_for_each_other(tmp_path, monkeypatch):
    import fcntl

    import scorer.output.html as html

    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setattr(html, "LOCK_WAIT", 0.3)
    other = os.open(site, os.O_RDONLY)  # another run is writing
    try:
        fcntl.flock(other, fcntl.LOCK_EX)
        r = cli("score", SAMPLE, "--format", "html", "--out", site)
        assert r.exit_code == 5 and "另一个 scorer 正在写入" in r.output
    finally:
        os.close(other)
    r = cli("score", SAMPLE, "--format", "html", "--out", site)
    assert r.exit_code == 0 and (site / "index.html").exists()


# --- bounded work --------------------------------------------------------------------------------


def test_html_reader_is_linear_in_sibling_elements(monkeypatch):
    """bs4 finds an element's place by scanning its siblings (Tag.index): calling it per
    element made a 4 MB page of paragraphs take 159 s."""
    from bs4 import Tag

    from scorer.reading.html import read_html

    calls = []
    original = Tag.index
    monkeypatch.setattr(Tag, "index", lambda self, el: calls.append(1) or original(self, el))
    paragraphs = "".join(f"<p>第{i}段：本局依法行政，加强法治政府建设。</p><!-- c -->" for i in range(3000))
    page = f"<html><head><title>某局2023年度法治政府建设情况报告</title></head><body><div class='nav'>导航</div><div class='content'>{paragraphs}</div></body></html>"
    text, *_ = read_html(page.encode())
    assert text.count("\n") == 3000  # the title and every paragraph
    assert len(calls) < 50


def test_html_page_with_too_many_tags_is_refused_before_parsing(monkeypatch):
    import scorer.reading.html as html
    from scorer.reading import ReadError

    monkeypatch.setattr(html, "MAX_TAGS", 1000)
    with pytest.raises(ReadError, match="网页元素过多"):
        html.read_html(("<html><body>" + "<p>法治政府</p>" * 600 + "</body></html>").encode())


def test_pattern_set_commonness_is_computed_in_one_pass_and_agrees_with_brute_force():
    import random

    from scorer.patterns import PatternSet, _containment

    rng = random.Random(3)
    alphabet = "法治政府建设依规"
    candidates = {"".join(rng.choices(alphabet, k=rng.randint(1, 5))) for _ in range(400)}
    texts = set(rng.sample(sorted(candidates), 100))
    brute = {t: sum(1 for c in candidates if t in c and t != c) for t in texts}
    assert _containment(candidates, texts) == brute
    # a large pack's set builds (the quadratic version took minutes at 12,300 patterns)
    han = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    patterns = ["".join(rng.choices(han, k=3)) + ".{0,10}" + "".join(rng.choices(han, k=2)) for _ in range(3000)]
    ps = PatternSet(tuple(patterns))
    assert len(ps.plans) == 3000


def test_report_time_budget_caps_catastrophic_rules(tmp_path):
    import time

    from scorer import load_pack, score_text

    rules = "\n".join(
        f"  - {{id: slow{i}, title: 慢{i}, category: c, weight: 1, basis: b, message: m, kind: phrases, patterns: ['(a|aa)+$']}}"
        for i in range(10)
    )
    f = tmp_path / "slow.yaml"
    f.write_text(f"name: slow\nversion: '1'\ntotal: 10\nregex_timeout: 0.2\nreport_timeout: 0.3\nrules:\n{rules}\n", encoding="utf-8")
    pack = load_pack(f)
    text = "某局2023年度法治政府建设情况报告\n" + "a" * 40 + "b\n"
    started = time.perf_counter()
    result = score_text(text, pack)
    assert time.perf_counter() - started < 1.5  # 10 rules × 0.2 s without the budget
    assert all(i.status == "error" for i in result.items)
    assert "report_timeout" in result.items[-1].detail and "0.3" in result.items[-1].detail


def test_pdf_whose_content_inflates_too_much_is_refused_quickly(monkeypatch):
    """A 100 KB page that inflates to 100 MB took 94 s; the budget is checked by
    inflating into a bounded buffer before PDFium interprets anything."""
    import time

    import scorer.reading.pdf as pdf
    from scorer.reading import ReadError

    from .pdf_builder import pdf_bytes

    monkeypatch.setattr(pdf, "MAX_PAGE_CONTENT_BYTES", 64 * 1024)
    lines = [(72, 100 + (i % 600), 12, "法治政府建设") for i in range(4000)]  # ≈ 250 KB of operators
    started = time.perf_counter()
    with pytest.raises(ReadError, match="解压后过大"):
        pdf.read_pdf(pdf_bytes([lines]))
    assert time.perf_counter() - started < 2


def test_pdf_time_budget(monkeypatch):
    import scorer.reading.pdf as pdf
    from scorer.reading import ReadError

    from .pdf_builder import layout, pdf_bytes

    monkeypatch.setattr(pdf, "MAX_SECONDS", 0)
    with pytest.raises(ReadError, match="解析时间过长"):
        pdf.read_pdf(pdf_bytes(layout(SAMPLE.read_text(encoding="utf-8").split("\n"))))


def test_every_file_has_a_time_limit(tmp_path, monkeypatch, pack):
    import time

    import scorer.batch as batch

    shutil.copy(SAMPLE, tmp_path / "a.txt")
    monkeypatch.setattr(batch, "FILE_TIMEOUT", 0.2)
    monkeypatch.setattr(batch, "_score_file", lambda *a, **k: time.sleep(5))
    started = time.perf_counter()
    (row,) = list(batch.run([tmp_path / "a.txt"], pack))
    assert time.perf_counter() - started < 2
    assert "处理超时" in row.error


def test_big_flow_style_pack_uses_the_fast_yaml_loader(monkeypatch):
    import scorer.pack.yamlpos as pack_module

    text = "name: x\nversion: '1'\nrules:\n" + "".join(f"  - {{id: r{i}, patterns: ['a{i}']}}\n" for i in range(3000))
    assert pack_module._depth_bound(text) > pack_module._C_MAX_DEPTH  # the quick bound cannot tell
    monkeypatch.setattr(pack_module, "_load_slowly", lambda *a: pytest.fail("pure-Python loader used"))
    assert len(pack_module.load_yaml(text, "big.yaml")["rules"]) == 3000
