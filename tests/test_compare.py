"""Copies across a batch and this year against last year (scorer.compare), on report
texts written here: synthetic sentences, never the sample or corpus reports."""

from __future__ import annotations

import csv
import importlib
import io
import json
import os
import random
import subprocess
import sys

import numpy as np
import pytest
from typer.testing import CliRunner

from scorer.cli import EXIT_USAGE, app
from scorer.compare import PreviousIndex, Profile
from scorer.compare.copies import find_copies
from scorer.compare.previous import follow_up, keywords, name_key
from scorer.compare.profile import body_text, part_items, shingle_hashes
from scorer.parse import parse

runner = CliRunner()
copies_module = importlib.import_module("scorer.compare.copies")  # the package has a function of that name
VOCAB = [chr(c) for c in random.Random(3).sample(range(0x4E00, 0x9FA5), 2500)]


def sentences(seed: int, n: int) -> list[str]:
    """``n`` sentences of random Chinese characters, the same for the same seed."""
    rng = random.Random(seed)
    return ["".join(rng.choice(VOCAB) for _ in range(rng.randint(18, 40))) + "。" for _ in range(n)]


def report(org: str, year: int, measures: list[str], shortcomings: list[str], plan: list[str]) -> str:
    lines = [f"{org}{year}年度法治政府建设情况报告", "一、主要举措和成效"]
    lines += [f"（{'一二三四五六七八九十'[i % 10]}）{m}" for i, m in enumerate(measures)]
    lines += ["二、存在的不足和原因", *shortcomings, f"三、{year + 1}年工作安排"]
    lines += [f"（{'一二三四五六七八九十'[i % 10]}）{p}" for i, p in enumerate(plan)]
    lines += [org, f"{year + 1}年1月20日"]
    return "\n".join(lines) + "\n"


def batch_report(org: str, seed: int) -> str:
    body = sentences(seed, 60)
    return report(org, 2023, ["".join(body[i : i + 5]) for i in range(0, 40, 5)], body[40:50], ["".join(body[50:55]), "".join(body[55:])])


# ---- copies ----------------------------------------------------------------------


def test_shingles_ignore_punctuation_spacing_and_are_the_same_in_every_process():
    a = shingle_hashes("执法人员持证上岗率达到百分之百，全年培训三次。")
    assert np.array_equal(a, shingle_hashes("执法人员 持证上岗率达到百分之百\n全年培训三次"))
    assert len(a) == len("执法人员持证上岗率达到百分之百全年培训三次") - 8 + 1
    code = "from scorer.compare.profile import shingle_hashes as h; print(h('执法人员持证上岗率达到百分之百全年培训三次').tolist())"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=True)
    assert json.loads(out.stdout) == a.tolist()


def test_shingles_keep_exactly_what_the_keep_pattern_keeps():
    """The table of kept characters (learnt as characters are met) keeps what removing
    _KEEP's runs keeps: Han of every plane, ASCII letters and digits, nothing else
    (full-width letters, kana, punctuation, a lone surrogate)."""
    from scorer.compare.profile import _BASE, _KEEP

    def reference(text: str) -> list[int]:
        core = [ord(c) for c in _KEEP.sub("", text)]
        hashes = set()
        for i in range(len(core) - 7):
            h = 0
            for c in core[i : i + 8]:
                h = (h * int(_BASE) + c) % 2**64
            hashes.add(h)
        return sorted(hashes)

    rng = random.Random(8)
    pool = "执法人员持证上岗率𠀀𪚥〇々ＡＢ１２abcXYZ09かナ，。 \n\t\ud800é"
    for n in (0, 7, 8, 9, 40, 300):
        text = "".join(rng.choice(pool) for _ in range(n))
        assert shingle_hashes(text).tolist() == reference(text)


def test_body_leaves_out_title_headings_and_signature(pack):
    text = report("某县水务局", 2023, ["组织执法培训三次，参训人员一百人。"], ["一是执法力量不足。"], ["开展执法培训。"])
    body = body_text(parse(text, None, pack.spec.structure))
    assert "组织执法培训三次" in body and "执法力量不足" in body
    for formula in ("情况报告", "主要举措和成效", "存在的不足和原因", "工作安排", "1月20日"):
        assert formula not in body


def test_a_lightly_edited_copy_and_a_pasted_report_are_found_unrelated_ones_not():
    texts = {n: "".join(sentences(n, 120)) for n in range(6)}
    edited = sentences(0, 120)
    for i in range(0, 120, 4):  # a quarter of the sentences rewritten
        edited[i] = sentences(100 + i, 1)[0]
    texts[6] = "".join(edited)
    texts[7] = "".join(sentences(7, 30)) + texts[1] + "".join(sentences(8, 150))  # report 1 pasted into a long one
    shingles = [shingle_hashes(texts[n]) for n in range(8)]
    pairs = {(p.a, p.b): p for p in find_copies(shingles, 0.5)}
    assert set(pairs) == {(0, 6), (1, 7)}
    assert 0.6 < pairs[(0, 6)].share_a < 0.85 and 0.6 < pairs[(0, 6)].share_b < 0.85
    assert pairs[(1, 7)].share_a > 0.97 and pairs[(1, 7)].share_b < 0.45  # the short one is inside the long one
    assert pairs[(1, 7)].overlap == pairs[(1, 7)].share_a
    assert [(p.a, p.b) for p in find_copies(shingles, 0.9)] == [(1, 7)]


def test_wording_common_to_the_batch_is_not_a_copy():
    formulas = "".join(sentences(999, 20))  # what every report of the batch quotes
    texts = [formulas + "".join(sentences(n, 20)) for n in range(6)]
    shingles = [shingle_hashes(t) for t in texts]
    assert find_copies(shingles, 0.05) == []
    # two reports sharing the same passage are not "the batch": the pair is found
    assert [(p.a, p.b) for p in find_copies(shingles[:2], 0.3)] == [(0, 1)]


def _pairs_one_by_one(shingles, threshold):
    """find_copies' definition, a pair at a time with sets (slow, obviously right)."""
    n = len(shingles)
    cap = copies_module.common_cap(n)
    held: dict[int, int] = {}
    for s in shingles:
        for h in s.tolist():
            held[h] = held.get(h, 0) + 1
    kept = [{h for h in s.tolist() if held[h] <= cap} for s in shingles]
    out = []
    for a in range(n):
        for b in range(a + 1, n):
            if len(kept[a]) < copies_module.MIN_SHINGLES or len(kept[b]) < copies_module.MIN_SHINGLES:
                continue
            shared = len(kept[a] & kept[b])
            share_a, share_b = shared / len(kept[a]), shared / len(kept[b])
            if shared and max(share_a, share_b) >= threshold:
                out.append((a, b, shared, round(share_a, 3), round(share_b, 3)))
    return sorted(out, key=lambda p: (-max(p[3], p[4]), p[0], p[1]))


@pytest.mark.parametrize(("collide", "dense"), [(False, True), (True, True), (False, False)])
def test_copies_are_counted_exactly_in_batches_of_templates(monkeypatch, collide, dense):
    """Many reports built from a few templates (rows of reports holding the same shingles
    are grouped by a hash): every pair's counts and shares are those of a pair-by-pair
    count, in its order — also when every row hashes alike (the grouping must compare rows),
    and when the batch is too large for a count per possible pair (the pairs are sorted)."""
    if collide:
        monkeypatch.setattr(copies_module, "_ROW_MULTIPLIERS", np.zeros(8, dtype=np.uint64))
    if not dense:
        monkeypatch.setattr(copies_module, "DENSE_PAIRS", 0)
    rng = np.random.default_rng(11)
    templates = [rng.choice(20000, 400, replace=False) for _ in range(3)]
    shingles = []
    for i in range(40):
        own = rng.choice(templates[i % 3], int(rng.integers(150, 400)), replace=False)
        extra = rng.integers(20000, 60000, int(rng.integers(0, 200)))
        shingles.append(np.unique(np.concatenate([own, extra]).astype(np.uint64)))
    shingles.append(np.arange(10, dtype=np.uint64))  # too short to judge
    for threshold in (0.05, 0.5, 0.8):
        expected = _pairs_one_by_one(shingles, threshold)
        found = [(p.a, p.b, p.shared, p.share_a, p.share_b) for p in find_copies(shingles, threshold)]
        assert found == expected and len(expected) > 10


@pytest.fixture()
def batch_dir(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    for n, org in enumerate(["甲县水务局", "甲县交通运输局", "甲县教育局", "甲县卫生健康局"]):
        (folder / f"{n}_{org}.txt").write_text(batch_report(org, n), encoding="utf-8")
    copied = batch_report("甲县交通运输局", 1).replace("甲县交通运输局", "甲县农业农村局")
    (folder / "4_甲县农业农村局.txt").write_text(copied, encoding="utf-8")
    return folder


def test_cli_lists_copies_in_json_terminal_csv_and_markdown(batch_dir):
    r = runner.invoke(app, ["score", str(batch_dir), "--format", "json"])
    data = json.loads(r.stdout)
    assert data["copies"]["threshold"] == 0.5
    [pair] = data["copies"]["pairs"]
    assert (pair["file_a"], pair["file_b"]) == (str(batch_dir / "1_甲县交通运输局.txt"), str(batch_dir / "4_甲县农业农村局.txt"))
    assert (pair["organization_a"], pair["organization_b"]) == ("甲县交通运输局", "甲县农业农村局")
    assert pair["overlap"] == 1.0 and pair["shared"] > 1000
    table = runner.invoke(app, ["score", str(batch_dir)]).stdout
    assert "疑似雷同的报告（文字重合度 ≥ 50%）" in table and "疑似雷同 1 对" in table
    rows = list(csv.reader(io.StringIO(runner.invoke(app, ["score", str(batch_dir), "--format", "csv"]).stdout_bytes.decode("utf-8-sig"))))
    col = rows[0].index("疑似雷同（重合度）")
    by_file = {row[1]: row[col] for row in rows[1:]}
    assert by_file[str(batch_dir / "4_甲县农业农村局.txt")] == f"{batch_dir / '1_甲县交通运输局.txt'} 100%"
    assert by_file[str(batch_dir / "0_甲县水务局.txt")] == ""
    md = runner.invoke(app, ["score", str(batch_dir), "--format", "md"]).stdout
    assert "## 疑似雷同的报告" in md


def test_each_report_row_lists_its_copies_in_the_order_of_the_pairs():
    from scorer.output.comparisons import copies_by_file
    from scorer.results import Copies, CopyPair

    def pair(a, b, overlap):
        return CopyPair(file_a=a, file_b=b, overlap=overlap, share_a=overlap, share_b=0.4, shared=100)

    found = Copies(threshold=0.5, pairs=[pair("b.txt", "c.txt", 0.9), pair("a.txt", "b.txt", 0.8), pair("a.txt", "c.txt", 0.6)])
    assert copies_by_file(found) == {
        "a.txt": "b.txt 80%；c.txt 60%",
        "b.txt": "c.txt 90%；a.txt 80%",
        "c.txt": "b.txt 90%；a.txt 60%",
    }
    assert copies_by_file(Copies(threshold=0.5)) == {}


def test_cli_copies_threshold_off_switch_and_single_files(batch_dir):
    high = json.loads(runner.invoke(app, ["score", str(batch_dir), "--format", "json", "--copies-threshold", "0.05"]).stdout)
    assert high["copies"]["threshold"] == 0.05 and len(high["copies"]["pairs"]) >= 1
    off = json.loads(runner.invoke(app, ["score", str(batch_dir), "--format", "json", "--no-copies"]).stdout)
    assert "copies" not in off
    one = json.loads(runner.invoke(app, ["score", str(batch_dir / "0_甲县水务局.txt"), "--format", "json"]).stdout)
    assert "copies" not in one  # a single file is no batch
    bad = runner.invoke(app, ["score", str(batch_dir), "--copies-threshold", "2"])
    assert bad.exit_code == EXIT_USAGE


def test_copies_do_not_depend_on_jobs(batch_dir):
    one = runner.invoke(app, ["score", str(batch_dir), "--format", "json"]).stdout
    two = runner.invoke(app, ["score", str(batch_dir), "--format", "json", "--jobs", "2"]).stdout
    assert one == two


# ---- last year ---------------------------------------------------------------------

LAST_YEAR = report(
    "某县水务局",
    2022,
    ["深入学习贯彻习近平法治思想，局党组全年召开会议三次专题研究法治工作。", "严格规范水行政执法，全年办理水事违法案件十二件，全部在执法平台公示。"],
    [
        "一是执法人员专业能力有待提高，持证执法人员仅有八名，难以满足河湖巡查需要。",
        "二是执法记录仪配备不足，执法全过程记录落实不到位。",
        "三是农村饮水工程管护主体不明确，维修资金没有保障。",
    ],
    ["组织执法人员参加水行政执法资格考试，新增持证人员五名。", "采购执法记录仪十台，实现执法全过程记录全覆盖。", "修订河道采砂管理办法，划定禁采区和可采区。"],
)
THIS_YEAR = report(
    "某县 水务局",  # the same organisation, written with a space
    2023,
    [
        "深入学习贯彻习近平法治思想，局党组全年召开会议三次专题研究法治工作。",  # copied from last year
        "加强执法队伍建设，组织执法人员参加水行政执法资格考试，新增持证执法人员六名，河湖巡查实现全覆盖。",
        "规范执法全过程记录，新采购执法记录仪十二台，执法全过程记录实现全覆盖。",
        "推进智慧水利平台建设，完成全县水文站点数据接入。",
    ],
    ["一是基层水管站法治力量薄弱。", "二是智慧水利平台数据共享不足。"],
    ["推进智慧水利平台与执法平台数据共享。"],
)


def test_keywords_leave_out_generic_words_and_function_characters():
    words = keywords("一是执法记录仪配备不足，需要进一步加强。")
    assert {"执法", "记录", "录仪", "配备"} <= words
    assert not words & {"一是", "不足", "需要", "进一", "一步", "加强", "步加"}


def test_follow_up_verdicts_and_evidence():
    paragraphs = ["规范执法全过程记录，新采购执法记录仪十二台，执法全过程记录实现全覆盖。", "推进智慧水利平台建设。"]
    done = follow_up("二是执法记录仪配备不足，执法全过程记录落实不到位。", paragraphs)
    assert done.status == "addressed" and done.coverage >= 0.6 and done.evidence == paragraphs[0]
    missing = follow_up("三是农村饮水工程管护主体不明确，维修资金没有保障。", paragraphs)
    assert missing.status == "not_found" and missing.evidence is None
    assert follow_up("存在一些不足。", paragraphs).status == "unclear"


def test_part_items_are_the_enumerations_or_sub_headings(pack):
    parsed = parse(LAST_YEAR, None, pack.spec.structure)
    assert part_items(parsed, "shortcomings") == [
        "一是执法人员专业能力有待提高，持证执法人员仅有八名，难以满足河湖巡查需要。",
        "二是执法记录仪配备不足，执法全过程记录落实不到位。",
        "三是农村饮水工程管护主体不明确，维修资金没有保障。",
    ]
    assert part_items(parsed, "next_year_plan")[1] == "（二）采购执法记录仪十台，实现执法全过程记录全覆盖。"


def _profile(file: str, org: str | None) -> Profile:
    return Profile(file=file, organization=org, year=2022, score=50.0, shingles=np.empty(0, dtype=np.uint64))


def test_matching_by_organisation_then_by_file_name():
    index = PreviousIndex([_profile("last/2022年水务局法治政府建设报告.docx", None), _profile("last/b.txt", "某县教育局"), _profile("last/c.txt", "某县交通局")])
    found, how = index.match(_profile("this/x.txt", "某县 教育局"))
    assert (found.file, how) == ("last/b.txt", "organization")
    found, how = index.match(_profile("this/2023年度水务局法治政府建设情况报告.txt", None))
    assert (found.file, how) == ("last/2022年水务局法治政府建设报告.docx", "file_name")
    assert name_key("this/2023年度水务局法治政府建设情况报告.txt") == "水务局"
    assert index.match(_profile("this/人社局.txt", "某县人社局")) is None


@pytest.fixture()
def two_years(tmp_path):
    last, this = tmp_path / "2022", tmp_path / "2023"
    last.mkdir()
    this.mkdir()
    (last / "水务局.txt").write_text(LAST_YEAR, encoding="utf-8")
    (last / "教育局.txt").write_text(report("某县教育局", 2022, ["开展校园普法活动十场。"], ["普法形式单一。"], ["开展校园普法。"]), encoding="utf-8")
    (this / "水务局.txt").write_text(THIS_YEAR, encoding="utf-8")
    (this / "人社局.txt").write_text(report("某县人社局", 2023, ["开展劳动保障监察执法检查。"], ["执法力量不足。"], ["加强执法。"]), encoding="utf-8")
    return last, this


def test_cli_previous_in_json(two_years):
    last, this = two_years
    r = runner.invoke(app, ["score", str(this), "--previous", str(last), "--format", "json"])
    data = json.loads(r.stdout)
    by_file = {rep["file"]: rep for rep in data["reports"]}
    water = by_file[str(this / "水务局.txt")]
    prev = water["previous"]
    assert (prev["file"], prev["matched_by"], prev["organization"], prev["year"]) == (str(last / "水务局.txt"), "organization", "某县水务局", 2022)
    last_score = json.loads(runner.invoke(app, ["score", str(last / "水务局.txt"), "--format", "json"]).stdout)["reports"][0]["score"]
    assert prev["score"] == last_score
    assert prev["score_change"] == pytest.approx(water["score"] - last_score, abs=0.01)
    assert [s["status"] for s in prev["shortcomings"]] == ["partly", "addressed", "not_found"]
    assert [p["status"] for p in prev["plan"]] == ["addressed", "addressed", "not_found"]
    assert "执法记录仪十二台" in prev["shortcomings"][1]["evidence"]
    assert 0.1 < prev["copied_share"] < 0.5  # one paragraph of four copied
    unmatched = by_file[str(this / "人社局.txt")]["previous"]
    assert unmatched == {"file": None, "matched_by": None, "organization": None, "year": None, "score": None,
                         "score_change": None, "copied_share": None, "shortcomings": [], "plan": []}  # fmt: skip
    assert "previous" not in json.loads(runner.invoke(app, ["score", str(this), "--format", "json"]).stdout)["reports"][0]
    assert "上一年度" in r.stderr and "已评分 2 份" in r.stderr


def test_cli_previous_in_terminal_and_csv(two_years):
    last, this = two_years
    table = runner.invoke(app, ["score", str(this), "--previous", str(last), "--detail"]).stdout
    assert "与上年对比" in table and "未找到上年报告" in table
    assert "1/3（另1项部分）" in table and "2/3" in table
    assert "已回应（" in table and "未见报告（0%）" in table
    out = runner.invoke(app, ["score", str(this), "--previous", str(last), "--format", "csv"]).stdout_bytes.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(out)))
    water = next(r for r in rows if r["文件"].endswith("水务局.txt"))
    assert water["上年报告"] == str(last / "水务局.txt")
    assert float(water["得分变化"]) == pytest.approx(float(water["得分"]) - float(water["上年得分"]), abs=0.01)
    assert water["上年不足已回应"] == "1/3（另1项部分）" and water["上年计划已落实"] == "2/3"
    assert 10 < float(water["与上年重合（%）"]) < 50
    other = next(r for r in rows if r["文件"].endswith("人社局.txt"))
    assert other["上年报告"] == "未找到上年报告" and other["上年得分"] == ""
    md = runner.invoke(app, ["score", str(this), "--previous", str(last), "--format", "md", "--detail"]).stdout
    assert "## 与上年对比" in md and "| 上年不足：三是农村饮水工程管护主体不明确，维修资金没有保障。 | 未见回应（0%） | — |" in md


def test_cli_previous_that_does_not_exist_is_a_usage_error(two_years, tmp_path):
    _, this = two_years
    r = runner.invoke(app, ["score", str(this), "--previous", str(tmp_path / "nope")])
    assert r.exit_code == EXIT_USAGE and "找不到上一年度的报告" in r.stderr


def test_previous_with_worker_processes_and_an_unreadable_file_last_year(two_years):
    last, this = two_years
    (last / "旧格式.wps").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    for n, org in enumerate(["某县司法局", "某县财政局", "某县民政局"]):
        (this / f"{org}.txt").write_text(batch_report(org, 50 + n), encoding="utf-8")
    args = ["score", str(this), "--previous", str(last), "--format", "json"]
    one = runner.invoke(app, args)
    two = runner.invoke(app, [*args, "--jobs", "2"])
    assert one.stdout == two.stdout
    assert "已评分 2 份，1 份无法读取" in one.stderr
    water = next(r for r in json.loads(two.stdout)["reports"] if r["file"].endswith("水务局.txt"))
    assert water["previous"]["matched_by"] == "organization"


def test_workbook_and_site_show_last_year_and_copies(two_years, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    last, this = two_years
    (this / "水务局副本.txt").write_text(THIS_YEAR.replace("某县水务局", "某县水利局"), encoding="utf-8")
    out = tmp_path / "office"
    r = runner.invoke(app, ["score", str(this), "--previous", str(last), "-f", "xlsx", "-f", "html", "--out", str(out)])
    assert r.exit_code == 0, r.output
    wb = openpyxl.load_workbook(out / "评分表.xlsx")
    assert wb.sheetnames[-2:] == ["与上年对比", "疑似雷同"]
    rows = list(wb["与上年对比"].iter_rows(values_only=True))
    water = next(row for row in rows if row[0] == str(this / "水务局.txt"))
    assert water[1] == str(last / "水务局.txt") and all(isinstance(v, (int, float)) for v in water[2:5])  # numbers, not text
    assert any(row[1] and str(row[1]).startswith("上年不足：") for row in rows)  # each item with its verdict
    pairs = list(wb["疑似雷同"].iter_rows(values_only=True))[1:]
    assert {pairs[0][0], pairs[0][1]} == {str(this / "水务局.txt"), str(this / "水务局副本.txt")}
    index = (out / "网页" / "index.html").read_text(encoding="utf-8")
    assert 'id="copies"' in index and "水务局副本.txt" in index
    page = (out / "网页" / "水务局.html").read_text(encoding="utf-8")
    assert 'id="previous"' in page and "上年不足：" in page
    # without last year or copies, neither appears
    alone = tmp_path / "alone"
    runner.invoke(app, ["score", str(this / "人社局.txt"), "-f", "xlsx", "-f", "html", "--out", str(alone)])
    assert openpyxl.load_workbook(alone / "评分表.xlsx").sheetnames == ["评分表", "汇总", "证据"]
    assert 'id="previous"' not in (alone / "网页" / "人社局.html").read_text(encoding="utf-8")


def test_letters_name_last_years_items_left_unanswered(two_years, tmp_path):
    docx = pytest.importorskip("docx")
    last, this = two_years
    out = tmp_path / "letters"
    r = runner.invoke(app, ["score", str(this), "--previous", str(last), "-f", "letters", "--out", str(out)])
    assert r.exit_code == 0, r.output
    data = json.loads(runner.invoke(app, ["score", str(this), "--previous", str(last), "--format", "json"]).stdout)
    water = next(rep for rep in data["reports"] if rep["file"].endswith("水务局.txt"))["previous"]
    unanswered = [s["text"] for s in water["shortcomings"] + water["plan"] if s["status"] == "not_found"]
    assert unanswered
    letter = next(p for p in out.glob("*.docx") if "水务局" in p.name)
    text = "\n".join(p.text for p in docx.Document(str(letter)).paragraphs)
    assert "与上年报告对照的情况" in text and f"有{len(unanswered)}项" in text
    assert all(item in text for item in unanswered)
    other = next(p for p in out.glob("*.docx") if "人社局" in p.name)  # no report last year: no section
    assert "与上年报告对照" not in "\n".join(p.text for p in docx.Document(str(other)).paragraphs)
