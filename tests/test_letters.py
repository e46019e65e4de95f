"""Feedback letters (--format letters): opened with python-docx as Word would."""

from __future__ import annotations

import csv
import io
import shutil

import pytest
from typer.testing import CliRunner

from scorer.cli import app
from scorer.engine import score_text

from .conftest import SAMPLES

docx = pytest.importorskip("docx")


def run(*args: str, code: int | None = 0):
    result = CliRunner().invoke(app, ["score", *args])
    if code is not None:
        assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    return result


def texts(path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


@pytest.fixture(scope="module")
def letters(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    for s in SAMPLES[:3]:
        shutil.copy(s, folder / s.name)
    (folder / "broken.pdf").write_bytes(b"not a pdf")
    out = tmp_path_factory.mktemp("letters")
    run(str(folder), "--format", "letters", "--out", str(out), code=3)
    return folder, out


def _summary(out) -> list[dict]:
    text = (out / "反馈意见清单.csv").read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_one_letter_per_report_errors_listed(letters, pack):
    folder, out = letters
    rows = _summary(out)
    assert len(rows) == 4
    broken = next(r for r in rows if r["文件"].endswith("broken.pdf"))
    assert broken["反馈意见函"] == "" and broken["未出函原因"]
    written = sorted(r["反馈意见函"] for r in rows if r["反馈意见函"])
    assert written == sorted(p.name for p in out.glob("*.docx")) and len(written) == 3
    for r in rows:
        if r["反馈意见函"]:
            assert r["反馈意见函"] == r["单位"] + ".docx"  # named after the unit


def test_letter_lists_missing_items_with_what_to_add(letters, pack):
    folder, out = letters
    by_file = {r["文件"]: r for r in _summary(out)}
    for sample in SAMPLES[:3]:
        result = score_text(sample.read_text(encoding="utf-8"), pack, file=str(sample))
        row = by_file[str(folder / sample.name)]
        paras = texts(out / row["反馈意见函"])
        body = "\n".join(paras)
        unit = result.organization
        assert paras[0] == f"关于{unit}{result.year}年度法治政府建设情况报告的反馈意见"
        assert f"{unit}：" in paras
        assert f"报告得分{result.score:.1f}分" in body and f"等级为“{result.grade}”" in body
        fails = [i for i in result.items if i.id in result.missing and i.status == "fail"]
        partials = [i for i in result.items if i.id in result.missing and i.status == "partial"]
        assert fails or partials
        for item in fails + partials:
            line = next(p for p in paras if f"）{item.title}。" in p)
            assert item.message in line
        passed = [i for i in result.items if i.status == "pass"]
        assert not any(f"）{i.title}。" in p for i in passed for p in paras)
        # partly present items quote what the report already has; missing ones have nothing to quote
        quotes = [p for p in paras if p.startswith("报告中已有的表述：")]
        assert len(quotes) == sum(1 for i in partials if i.evidence)
        for item in partials:
            for ev in item.evidence:
                assert any(ev.text in q for q in quotes)
        if fails:
            assert any(p.startswith("一、缺少的内容") for p in paras)


def test_letter_layout_is_an_official_letter(letters):
    _, out = letters
    document = docx.Document(str(next(out.glob("*.docx"))))
    section = document.sections[0]
    assert abs(section.page_width.mm - 210) < 1 and abs(section.page_height.mm - 297) < 1
    title = document.paragraphs[0]
    assert title.alignment == 1  # centred
    run = title.runs[0]
    assert run.font.size.pt == 22
    assert run._element.rPr.rFonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == "方正小标宋简体"
    body = next(p for p in document.paragraphs if p.text.startswith("你单位报送"))
    assert body.runs[0].font.size.pt == 16 and body.paragraph_format.first_line_indent.pt == 32
    assert document.paragraphs[-1].alignment == 2  # the date, right-aligned


def test_same_input_same_bytes(tmp_path):
    def once(name):
        out = tmp_path / name
        run(str(SAMPLES[0]), "--format", "letters", "--out", str(out))
        return {p.name: p.read_bytes() for p in sorted(out.iterdir())}

    first = once("a")
    import time

    time.sleep(2.1)  # zip entries record the time in 2-second steps
    assert once("b") == first


def test_two_reports_of_one_unit_get_two_letters(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / "in" / sub).mkdir(parents=True)
        shutil.copy(SAMPLES[0], tmp_path / "in" / sub / SAMPLES[0].name)
    run(str(tmp_path / "in"), "--format", "letters", "--out", str(tmp_path / "out"))
    names = sorted(p.name for p in (tmp_path / "out").glob("*.docx"))
    assert len(names) == 2 and set(names) == {names[1], names[1].replace(".docx", "-2.docx")}
    rows = {r["文件"]: r["反馈意见函"] for r in _summary(tmp_path / "out")}
    assert rows[str(tmp_path / "in" / "b" / SAMPLES[0].name)].endswith("-2.docx")  # input order decides


def test_office_template_and_letterhead(tmp_path):
    head = docx.Document()
    head.sections[0].header.paragraphs[0].text = "某某市司法局"
    head.add_paragraph("某某市全面依法治市委员会办公室文件")
    head.save(str(tmp_path / "信纸.docx"))
    template = tmp_path / "模板.yaml"
    template.write_text(
        "office: 某某市司法局\ndate: 2025年3月1日\ntitle: 关于$unit法治报告的整改通知\ndocx: 信纸.docx\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    run(str(SAMPLES[0]), "--format", "letters", "--out", str(out), "--letter-template", str(template))
    (letter,) = out.glob("*.docx")
    document = docx.Document(str(letter))
    paras = [p.text for p in document.paragraphs]
    assert paras[0] == "某某市全面依法治市委员会办公室文件"  # the letterhead's content comes first
    assert paras[1].startswith("关于") and paras[1].endswith("法治报告的整改通知")
    assert "某某市司法局" in paras and paras[-1] == "2025年3月1日"
    assert document.sections[0].header.paragraphs[0].text == "某某市司法局"
    assert any(p.startswith("你单位报送") for p in paras)  # keys not in the file keep the default text


@pytest.mark.parametrize(
    "content, expected",
    [
        ("titel: x\n", "不认识的键"),
        ("title: [unclosed\n", "YAML"),
        ("- a list\n", "映射"),
        ("docx: nowhere.docx\n", "信纸文件不存在"),
    ],
)
def test_bad_template_is_a_usage_error(tmp_path, content, expected):
    template = tmp_path / "t.yaml"
    template.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    result = run(str(SAMPLES[0]), "--format", "letters", "--out", str(out), "--letter-template", str(template), code=2)
    assert expected in result.output and "Traceback" not in result.output
    assert not out.exists() or not list(out.glob("*.docx"))


def test_letters_need_a_folder_and_the_template_needs_letters(tmp_path):
    assert "--out" in run(str(SAMPLES[0]), "--format", "letters", code=2).output
    template = tmp_path / "t.yaml"
    template.write_text("office: x\n", encoding="utf-8")
    result = run(str(SAMPLES[0]), "--format", "csv", "--letter-template", str(template), code=2)
    assert "--format letters" in result.output
    result = run(str(SAMPLES[0]), "--format", "letters", "--out", str(tmp_path / "o"), "--letter-template", str(tmp_path / "none.yaml"), code=2)
    assert "无法读取模板文件" in result.output


def test_letter_names_are_safe(tmp_path, pack):
    from dataclasses import replace

    from scorer.output import OutputOptions
    from scorer.output.letters import LettersWriter
    from scorer.results import PackInfo

    result = score_text(SAMPLES[0].read_text(encoding="utf-8"), pack, file="x/a.txt")
    w = LettersWriter(tmp_path / "out", OutputOptions())
    w.begin(PackInfo(name="p", version="1", source="s"))
    for unit in ("../某局/办公室", "CON", "某局.办公室", None):
        w.report(replace(result, organization=unit))
    w.end()
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(["某局_办公室.docx", "CON_.docx", "某局_办公室-2.docx", "a.docx", "反馈意见清单.csv"])
