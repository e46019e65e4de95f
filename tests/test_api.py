"""The public API for callers with their own batch engine: ``scorer.score_text(text, pack)``.

A loaded pack must survive pickling (multiprocessing ships it to workers), and
``score_text`` must give exactly what ``scorer score --format json`` gives.  The
speed-ups of the matcher (one Aho-Corasick scan per report, regexes run only
where the words they need occur) must never change what is found.
"""

from __future__ import annotations

import json
import multiprocessing
import pickle
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

import pytest
import regex

import scorer
from scorer import batch
from scorer.matching import Context, Hit, compile_pattern
from scorer.patterns import PatternSet, pattern_set, plan, rule_patterns
from scorer.parse import parse

from .conftest import SAMPLES


def _cli_json(*paths) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "scorer", "score", *map(str, paths), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def test_score_text_is_exported_and_documented_for_batch_engines():
    assert "score_text" in scorer.__all__
    doc = scorer.score_text.__doc__
    assert "pickl" in doc and "batch" in doc


def test_a_loaded_pack_survives_pickling(pack):
    text = SAMPLES[0].read_text(encoding="utf-8")
    before = scorer.score_text(text, pack, file="a.txt", explain=True)  # the per-pack caches are built now
    copy = pickle.loads(pickle.dumps(pack))
    assert copy == pack
    after = scorer.score_text(text, copy, file="a.txt", explain=True)
    assert after.to_dict() == before.to_dict()
    assert [i.explanation for i in after.items] == [i.explanation for i in before.items]


def test_score_text_gives_what_the_cli_gives(pack):
    cli = _cli_json(*SAMPLES)
    assert [r["file"] for r in cli["reports"]] == [str(p) for p in SAMPLES]
    for path, expected in zip(SAMPLES, cli["reports"]):
        result = scorer.score_text(path.read_text(encoding="utf-8"), pack, file=str(path))
        assert result.to_dict() == expected


def _score_one(args):
    text, pack = args
    return scorer.score_text(text, pack, file="x.txt").to_dict()


def test_score_text_maps_over_a_spawned_process_pool(pack):
    """The pack is pickled to a fresh interpreter (spawn), as on macOS and Windows."""
    text = SAMPLES[1].read_text(encoding="utf-8")
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        (got,) = pool.map(_score_one, [(text, pack)])
    assert got == scorer.score_text(text, pack, file="x.txt").to_dict()


def test_worker_processes_give_what_one_process_gives(pack, pool_always):
    files = SAMPLES * 2
    one = list(batch.run(files, pack, jobs=1, explain=True))
    two = list(batch.run(files, pack, jobs=2, explain=True))
    assert [r.to_dict() for r in two] == [r.to_dict() for r in one]
    assert [[i.explanation for i in r.items] for r in two] == [[i.explanation for i in r.items] for r in one]
    assert any(i.explanation for r in one for i in r.items)
    plain = list(batch.run(files, pack, jobs=2))
    assert [r.to_dict() for r in plain] == [r.to_dict() for r in one]
    assert not any(i.explanation for r in plain for i in r.items)


def test_results_are_plain_data_that_serialise_as_the_contract_says(pack):
    text = SAMPLES[3].read_text(encoding="utf-8")  # the sample with a signing date
    result = scorer.score_text(text, pack, file="a.txt", explain=True)
    data = result.to_dict()
    assert list(data)[:3] == ["file", "title", "organization"]
    assert isinstance(data["signing_date"], str) and data["signing_date"] == result.signing_date.isoformat()
    assert all("explanation" not in item for item in data["items"])
    assert "text" not in data and result.text == text  # the text scored travels, but is not output
    internal = {"mark", "columns"}  # where the matched words are: for renderers, not output
    ev = vars(result.items[0].evidence[0])
    assert ev["page"] is None  # a page only for a PDF's evidence, and then in the output
    shown = {k: v for k, v in ev.items() if k not in internal and not (k == "page" and v is None)}
    assert data["items"][0]["evidence"][0] == shown
    assert ev["mark"] is not None
    assert json.loads(json.dumps(data)) == data  # nothing but JSON types
    assert pickle.loads(pickle.dumps(result)) == result  # explanations included


def test_batch_prepares_each_result_where_it_is_scored(pack, tmp_path, pool_always):
    """`prepare` runs on every report (in the worker with jobs > 1); error rows pass as they are."""
    files = [*SAMPLES, tmp_path / "missing.txt"]
    for jobs in (1, 2):
        out = list(batch.run(files, pack, jobs=jobs, prepare=_summary))
        assert out[:-1] == [(str(p), scorer.score_text(p.read_text(encoding="utf-8"), pack).score) for p in SAMPLES]
        assert isinstance(out[-1], scorer.results.ErrorRow)


def _summary(result):
    return (result.file, result.score)


def test_explanations_are_written_only_when_asked_for(pack):
    """Notes cost a snippet per candidate match and only `scorer explain` shows them:
    off by default, and nothing else in the result depends on them."""
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        plain = scorer.score_text(text, pack, file="a.txt")
        explained = scorer.score_text(text, pack, file="a.txt", explain=True)
        assert plain.to_dict() == explained.to_dict()
        assert all(i.explanation == [] for i in plain.items)
        assert sum(len(i.explanation) for i in explained.items) > 20


# --- the matcher's short cuts find exactly what the regex finds ------------------------


def _regex_hits(pattern: str, text: str) -> list[Hit]:
    return [Hit(*m.span()) for m in compile_pattern(pattern).finditer(text)]


def test_every_pack_pattern_finds_what_its_regex_finds(pack):
    patterns = list(dict.fromkeys(rule_patterns(pack.rules)))
    assert patterns
    for path in SAMPLES:
        report = parse(path.read_text(encoding="utf-8"))
        with_set = Context(report, patterns=pattern_set(pack.rules))
        without = Context(report)  # no set: plain words by str.find, the rest by regex
        for p in patterns:
            want = _regex_hits(p, report.norm)
            assert with_set.find(compile_pattern(p)) == want, p
            assert without.find(compile_pattern(p)) == want, p


@pytest.mark.parametrize(
    "pattern, literal, needs",
    [
        ("法律顾问", "法律顾问", ("法律顾问",)),
        ("互联网\\+政务服务", "互联网+政务服务", ("互联网+政务服务",)),
        ("人大.{0,12}(监督|建议)", None, ("人大",)),
        ("裁量权?基准", None, ("裁量基准", "裁量权基准")),
        ("法律(?!顾问)顾", None, ("法律顾",)),  # a look-around: needs a word, but not a plain word
        ("(?i)abc", None, None),  # inline flags: not analysed, always run
        ("[[:alpha:]]x", None, None),  # POSIX class: not analysed
        ("x?", None, None),  # may match nothing
        ("a{１}", None, None),  # not a quantifier (full-width digit): the regex matches "a{１}" literally
        ("a{2,}b", None, ("a",)),
    ],
)
def test_plan(pattern, literal, needs):
    got = plan(pattern)
    assert (got.literal, got.needs) == (literal, needs)


TEXTS = ["", "啊啊啊", "法律顾问法律顾问，未聘请法律顾问", "人大代表\n人大\n监督人大xx建议", "aaaa abab ab a{１}", "裁量基准裁量权基准", "𠀀法律顾问😀人大建议啊啊"]
PATTERNS = ["啊啊", "法律顾问", "人大.{0,3}(监督|建议)", "ab", "aa", "a+b", "(ab|a){1,2}b?", "裁量权?基准", "(?<!裁)量", "x?", "a{１}"]


@pytest.mark.parametrize("text", TEXTS)
def test_short_cuts_agree_with_regex_on_awkward_texts(text):
    ctx = Context(parse(text), patterns=PatternSet(PATTERNS))
    for p in PATTERNS:
        assert ctx.find(compile_pattern(p)) == _regex_hits(p, ctx.report.norm), (p, text)


def test_a_flagged_regex_is_not_taken_for_a_plain_word():
    ctx = Context(parse("ABC abc"), patterns=PatternSet(["abc"]))
    rx = regex.compile("abc", regex.I)
    assert ctx.find(rx) == [Hit(0, 3), Hit(4, 7)]
