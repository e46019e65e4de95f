"""Bad submissions: every one ends as a readable error row (or is scored), never a crash."""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from scorer import reading
from scorer.batch import collect, run, score_file
from scorer.reading import docx as docx_reader
from scorer.results import ErrorRow, ReportResult

from .conftest import SAMPLES
from .pdf_builder import layout, pdf_bytes, write_pdf

SAMPLE = SAMPLES[0]
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def error_of(path: Path, pack) -> str:
    result = score_file(path, pack)
    assert isinstance(result, ErrorRow), f"expected an error row, got a score for {path.name}"
    assert result.file == str(path)
    return result.error


def scored(path: Path, pack) -> ReportResult:
    result = score_file(path, pack)
    assert isinstance(result, ReportResult), result
    return result


def sample_docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def rezip(data: bytes, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> bytes:
    """A copy of the zip ``data`` with some members replaced or added."""
    replace, add = replace or {}, add or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info)))
        for name, content in add.items():
            dst.writestr(name, content)
    return out.getvalue()


# --------------------------------------------------------------------------- empty, binary, text


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty.txt", b""),
        ("spaces.txt", b"  \r\n\t\n  \n"),
        ("fullwidth.txt", "\u3000\u3000\n\u3000 \n".encode("utf-8")),
        ("fullwidth-bom.txt", "\ufeff\u3000\u3000\n".encode("utf-8")),
        ("fullwidth-gb.txt", "\u3000\u3000\r\n\u3000".encode("gb18030")),
        ("fullwidth-utf16.txt", "\u3000\u3000\n \n".encode("utf-16")),
    ],
)
def test_empty_and_whitespace_only(tmp_path, pack, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    assert "文件为空" in error_of(path, pack)


def test_binary_data_named_txt(tmp_path, pack):
    path = tmp_path / "report.txt"
    path.write_bytes(bytes(range(256)) * 64)
    assert "二进制" in error_of(path, pack)
    noisy = tmp_path / "noise.txt"  # no NUL bytes, still not text
    noisy.write_bytes(bytes(b for b in os.urandom(20000) if b))
    assert "不是文本" in error_of(noisy, pack) or "编码" in error_of(noisy, pack)


def test_a_few_damaged_bytes_do_not_reject_a_report(tmp_path, pack):
    text = SAMPLE.read_text(encoding="utf-8")
    utf8 = text.encode("utf-8")
    gb = text.encode("gb18030")
    for name, data in (("utf8.txt", utf8[:3000] + b"\xe6\xb3" + utf8[3000:]), ("gb.txt", gb[:3000] + b"\xff" + gb[3000:])):
        path = tmp_path / name
        path.write_bytes(data)
        doc = reading.read_document(path)
        assert "bad bytes" in doc.source and doc.text.count("\ufffd") <= 2
        assert scored(path, pack).score == scored(SAMPLE, pack).score
    noise = tmp_path / "gb-noise.txt"  # any high bytes decode as GB18030: rare characters give it away
    noise.write_bytes(bytes(0x81 + b % 0x7E for b in os.urandom(20000)))
    assert "编码" in error_of(noise, pack)


def test_zip_named_txt_is_not_text(tmp_path, pack):
    path = tmp_path / "archive.txt"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.bin", os.urandom(2000))
    path.write_bytes(buf.getvalue())
    assert "二进制" in error_of(path, pack)


def test_text_without_chinese(tmp_path, pack):
    path = tmp_path / "readme.txt"
    path.write_text("This is an English note about the annual report.\n" * 50, encoding="utf-8")
    assert "几乎没有中文" in error_of(path, pack)


def test_fifteen_megabyte_text_is_scored(tmp_path, pack):
    text = SAMPLE.read_text(encoding="utf-8")
    appendix = "附件材料" * 500 + "\n"  # long lines without punctuation keep the engine quick
    path = tmp_path / "big.txt"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(text)
        for _ in range(15 * 1024 * 1024 // len(appendix.encode()) + 1):
            fh.write(appendix)
    assert path.stat().st_size > 15 * 1024 * 1024
    result = scored(path, pack)
    assert result.title and result.score > 0


def test_one_enormous_line(tmp_path, pack):
    text = SAMPLE.read_text(encoding="utf-8").replace("\n", "")
    path = tmp_path / "oneline.txt"
    path.write_text(text + "附件材料" * 1_000_000, encoding="utf-8")  # ≈ 12 MB, no line break
    result = score_file(path, pack)
    assert isinstance(result, (ReportResult, ErrorRow))
    if isinstance(result, ErrorRow):
        assert result.error


def test_file_too_large(tmp_path, pack, monkeypatch):
    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    assert "文件过大" in error_of(SAMPLE, pack)


def test_odd_file_names(tmp_path, pack):
    data = SAMPLE.read_bytes()
    for name in ("报告 (终稿) 2023.txt", "  leading spaces.txt", "法治政府（2023）【定稿】.TXT", "-dash.txt", "a'b\"c.md"):
        path = tmp_path / name
        path.write_bytes(data)
        assert scored(path, pack).file == str(path)


def test_missing_file_directory_and_unknown_types(tmp_path, pack):
    assert "文件不存在" in error_of(tmp_path / "nope.txt", pack)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "文件夹" in error_of(folder, pack)
    for name, expected in (("a.xyz", "不支持的文件类型"), ("a.wps", "另存为 .docx"), ("a.xlsx", "Excel")):
        path = tmp_path / name
        path.write_bytes(SAMPLE.read_bytes())
        assert expected in error_of(path, pack)


def test_web_page_and_rtf_saved_as_doc(tmp_path, pack):
    body = "".join(f"<p>{ln}</p>" for ln in SAMPLE.read_text(encoding="utf-8").splitlines())
    page = tmp_path / "网页另存.doc"
    page.write_text(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>", encoding="utf-8")
    assert reading.read_document(page).source == "html/utf-8"
    scored(page, pack)
    rtf = tmp_path / "rtf.doc"  # Word's "save as RTF" keeping the .doc suffix: read as the RTF it is
    rtf.write_bytes(b"{\\rtf1\\ansi\\ansicpg936 " + "".join(f"\\'{b:02x}" for b in ("法治政府建设" * 5).encode("gbk")).encode() + b"}")
    assert reading.read_document(rtf).source == "rtf"
    assert "法治政府建设" in reading.read_document(rtf).text


def test_pdf_saved_as_txt_is_read_as_pdf(tmp_path, pack):
    paras = [ln for ln in SAMPLE.read_text(encoding="utf-8").splitlines() if ln.strip()]
    path = tmp_path / "actually-a-pdf.txt"
    path.write_bytes(pdf_bytes(layout(paras)))
    assert reading.read_document(path).source == "pdf"
    scored(path, pack)


# --------------------------------------------------------------------------- docx


def test_docx_that_is_not_a_zip(tmp_path, pack):
    path = tmp_path / "report.docx"
    path.write_bytes(SAMPLE.read_bytes())
    assert "不是有效的 .docx 文件（不是 zip 压缩包）" in error_of(path, pack)


def test_truncated_docx(tmp_path, pack):
    data = sample_docx_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    assert "损坏或不完整" in error_of(path, pack)


def test_docx_with_a_damaged_member(tmp_path, pack):
    data = bytearray(sample_docx_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 20, start + info.compress_size - 20, 7):  # scramble the compressed data
        data[i] ^= 0x5A
    path = tmp_path / "damaged.docx"
    path.write_bytes(bytes(data))
    assert ".docx" in error_of(path, pack)


def test_zip_bomb_with_real_content(tmp_path, pack):
    """A member that really inflates past the limit: refused from the zip directory alone."""
    path = tmp_path / "bomb.docx"
    path.write_bytes(sample_docx_bytes())
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf, zf.open("word/media/padding.bin", "w") as fh:
        for _ in range(docx_reader.MAX_UNCOMPRESSED // len(chunk) + 2):
            fh.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    error = error_of(path, pack)
    assert "恶意压缩包" in error and "zip bomb" in error


def test_zip_bomb_by_compression_ratio(tmp_path, pack):
    data = rezip(sample_docx_bytes(), add={"word/media/image1.png": b"\0" * (25 * 1024 * 1024)})
    path = tmp_path / "ratio.docx"
    path.write_bytes(data)
    assert "压缩比异常" in error_of(path, pack)


def test_zip_bomb_that_lies_about_its_size(tmp_path, pack):
    """The central directory claims 4 GB for document.xml."""
    data = bytearray(sample_docx_bytes())
    name = b"word/document.xml"
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46 : pos + 46 + name_len] == name:
            struct.pack_into("<I", data, pos + 24, 0xFFFFFFF0)  # uncompressed size
        pos = data.find(b"PK\x01\x02", pos + 4)
    path = tmp_path / "liar.docx"
    path.write_bytes(bytes(data))
    assert "zip bomb" in error_of(path, pack)


BILLION_LAUGHS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    + b"]>\n"
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize("member", ["word/document.xml", "word/styles.xml"])
def test_xml_entity_expansion_is_refused(tmp_path, pack, member):
    data = rezip(sample_docx_bytes(), replace={member: BILLION_LAUGHS})
    path = tmp_path / "laughs.docx"
    path.write_bytes(data)
    error = error_of(path, pack)
    assert "实体声明" in error and member in error


def test_entity_declarations_hidden_behind_a_long_prolog_are_refused(tmp_path, pack):
    padded = BILLION_LAUGHS.replace(b"<!DOCTYPE", b"<!--" + b" padding " * 20000 + b"-->\n<!DOCTYPE", 1)
    path = tmp_path / "padded.docx"
    path.write_bytes(rezip(sample_docx_bytes(), replace={"word/document.xml": padded}))
    assert "实体声明" in error_of(path, pack)


def test_docx_without_document_part(tmp_path, pack):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    path = tmp_path / "renamed-xlsx.docx"
    path.write_bytes(buf.getvalue())
    assert "Excel" in error_of(path, pack)


def test_legacy_doc(tmp_path, pack):
    path = tmp_path / "旧版报告.doc"
    path.write_bytes(OLE_MAGIC + os.urandom(4096))
    error = error_of(path, pack)
    assert "另存为" in error and "libreoffice --headless --convert-to docx" in error
    encrypted = tmp_path / "加密.docx"  # password-protected .docx files are OLE containers too
    encrypted.write_bytes(OLE_MAGIC + os.urandom(4096))
    assert "加密" in error_of(encrypted, pack)


# --------------------------------------------------------------------------- pdf


def test_scanned_pdf_without_text_layer(tmp_path, pack):
    path = write_pdf(tmp_path / "scan.pdf", [[], [], []], image=True)
    assert "PDF 没有可提取的文字（可能是扫描件），请提供文字版" in error_of(path, pack)


def test_scanned_pdf_with_only_page_numbers(tmp_path, pack):
    pages = [[(280, 40, 10, f"第{n}页")] for n in range(1, 6)]
    path = write_pdf(tmp_path / "scan-numbered.pdf", pages, image=True)
    assert "扫描件" in error_of(path, pack)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("garbage.pdf", b"%PDF-1.4\n" + os.urandom(3000)),
        ("not-a.pdf", "这不是PDF文件，而是改了扩展名的文本。".encode() * 20),
        ("empty.pdf", b""),
    ],
)
def test_broken_pdf(tmp_path, pack, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    assert error_of(path, pack)


def test_password_protected_pdf(tmp_path, pack):
    path = tmp_path / "locked.pdf"
    path.write_bytes(pdf_bytes(layout(["某局2023年度法治政府建设情况报告"] * 3), locked=True))
    assert "PDF 已加密" in error_of(path, pack)


def test_truncated_pdf_does_not_crash(tmp_path, pack):
    paras = [ln for ln in SAMPLE.read_text(encoding="utf-8").splitlines() if ln.strip()]
    data = pdf_bytes(layout(paras))
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) * 2 // 3])
    assert isinstance(score_file(path, pack), (ErrorRow, ReportResult))


# --------------------------------------------------------------------------- html


def test_html_with_no_report(tmp_path, pack):
    path = tmp_path / "index.html"
    path.write_text(
        "<html><body><div class='nav'>首页 政务公开 政务服务</div><script>var a='很多很多中文字符很多很多中文字符很多很多中文字符';</script>"
        "<p>Page not found</p></body></html>",
        encoding="utf-8",
    )
    assert "几乎没有中文" in error_of(path, pack)


def test_deeply_nested_html(tmp_path, pack):
    path = tmp_path / "deep.html"
    text = SAMPLE.read_text(encoding="utf-8")
    path.write_text("<div>" * 5000 + "<p>" + text.replace("\n", "</p><p>") + "</p>" + "</div>" * 5000, encoding="utf-8")
    assert isinstance(score_file(path, pack), (ErrorRow, ReportResult))


# --------------------------------------------------------------------------- folders and the CLI


def test_folder_with_unreadable_entries(tmp_path, pack):
    shutil.copy(SAMPLE, tmp_path / "good.txt")
    (tmp_path / "坏链接.txt").symlink_to(tmp_path / "gone.txt")
    locked = tmp_path / "locked"
    locked.mkdir()
    shutil.copy(SAMPLE, locked / "inside.txt")
    locked.chmod(0)
    try:
        inputs = collect([tmp_path])
        results = list(run(inputs.files, pack))
        by_name = {Path(r.file).name: r for r in results}
        assert isinstance(by_name["good.txt"], ReportResult)
        assert "符号链接" in by_name["坏链接.txt"].error
        if os.geteuid() != 0:  # root reads through chmod 000
            assert any("无法读取文件夹" in e.error for e in inputs.errors)
    finally:
        locked.chmod(0o755)


def test_cli_batch_scores_good_files_and_lists_bad_ones(tmp_path):
    folder = tmp_path / "报告 材料"
    folder.mkdir()
    for s in SAMPLES:
        shutil.copy(s, folder / s.name)
    paras = [ln for ln in SAMPLE.read_text(encoding="utf-8").splitlines() if ln.strip()]
    write_pdf(folder / "pdf版 (1).pdf", layout(paras), "identity")
    (folder / "word版.docx").write_bytes(sample_docx_bytes())
    bad = {
        "empty.txt": b"",
        "blank.txt": "\u3000\u3000\n".encode(),
        "binary.txt": bytes(range(256)) * 16,
        "not-zip.docx": b"hello, not a zip",
        "old.doc": OLE_MAGIC + b"\0" * 512,
        "scan.pdf": pdf_bytes([[], []], image=True),
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    (folder / "truncated.docx").write_bytes(sample_docx_bytes()[:3000])
    bad["truncated.docx"] = b""
    p = subprocess.run(
        [sys.executable, "-m", "scorer", "score", str(folder), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert p.returncode == 3, p.stderr
    assert "Traceback" not in p.stderr
    out = json.loads(p.stdout)
    scored_names = sorted(Path(r["file"]).name for r in out["reports"])
    assert scored_names == sorted([s.name for s in SAMPLES] + ["pdf版 (1).pdf", "word版.docx"])
    errors = {Path(e["file"]).name: e["error"] for e in out["errors"]}
    assert sorted(errors) == sorted(bad)
    assert all(errors.values())
    assert "扫描件" in errors["scan.pdf"] and "另存为" in errors["old.doc"]
    by_name = {Path(r["file"]).name: r for r in out["reports"]}
    assert by_name["word版.docx"]["score"] == by_name[SAMPLE.name]["score"]
    assert by_name["pdf版 (1).pdf"]["score"] == by_name[SAMPLE.name]["score"]
