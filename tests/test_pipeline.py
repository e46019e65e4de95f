"""Every door into the scorer scores a report the same way: one Pipeline."""

from __future__ import annotations

from scorer import load_pack, score_text
from scorer.batch import score_document, score_file
from scorer.pipeline import Pipeline
from scorer.reading import read_document
from scorer.results import ErrorRow

from .conftest import SAMPLES


def test_text_file_document_and_score_text_agree(tmp_path):
    pack = load_pack()
    text = SAMPLES[1].read_text(encoding="utf-8")
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    pipeline = Pipeline(pack)
    by_file, report = pipeline.file(path)
    assert report is not None and report.parts
    by_text = pipeline.text(text, str(path))
    assert by_file == by_text == score_text(text, pack, file=str(path)) == score_file(path, pack)
    assert score_document(read_document(path), str(path), pack) == by_file


def test_an_unreadable_file_is_an_error_row_with_no_report(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"not a pdf")
    result, report = Pipeline(load_pack()).file(path)
    assert isinstance(result, ErrorRow) and report is None and result.code


def test_the_pack_structure_vocabulary_reaches_the_parser():
    pack = load_pack()
    text = "某局2023年度法治政府建设情况报告\n年度亮点工作\n聘请法律顾问审查合同28份。\n"
    assert [p.kind for p in Pipeline(pack).parse(text).parts if p.heading] == []
    spec = pack.spec.model_copy(update={"structure": pack.spec.structure.model_copy(update={"headings": {"measures": ["亮点工作"]}})})
    custom = type(pack)(spec=spec, source="t", digest="")
    assert [p.kind for p in Pipeline(custom).parse(text).parts if p.heading] == ["measures"]
