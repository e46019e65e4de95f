"""Hypothesis: random bytes, random file names (invalid UTF-8, control characters) and
random YAML nesting go through the CLI (in process) and the API without a traceback."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from scorer.cli import app
from scorer.pack import PackError, load_pack
from scorer.reading import ReadError

from .conftest import SAMPLES

PACK = load_pack()
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
runner = CliRunner()
SAMPLE_BYTES = SAMPLES[0].read_bytes()

names = st.binary(min_size=1, max_size=24).filter(lambda b: b"/" not in b and b"\x00" not in b and b not in (b".", b".."))
contents = st.one_of(
    st.binary(max_size=2000),
    st.just(SAMPLE_BYTES),
    st.binary(max_size=200).map(lambda b: SAMPLE_BYTES[:3000] + b),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
)
suffixes = st.sampled_from([b".txt", b".md", b".html", b".docx", b".pdf", b".doc", b""])


@SETTINGS
@given(
    files=st.lists(st.tuples(names, suffixes, contents), min_size=1, max_size=4),
    fmt=st.sampled_from(["json", "csv", "md", "table"]),
)
def test_random_files_and_names_never_give_a_traceback(files, fmt):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, (name, suffix, data) in enumerate(files):
            path = os.path.join(os.fsencode(folder), b"%d" % i + name + suffix)
            with open(path, "wb") as fh:
                fh.write(data)
        include = ["--include", "*"]
        r = runner.invoke(app, ["score", str(folder), "--format", fmt, *include])
        assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
        assert r.exit_code in (0, 3), r.output
        out = r.stdout_bytes.decode("utf-8")  # always valid UTF-8
        if fmt == "json":
            doc = json.loads(out)
            assert len(doc["reports"]) + len(doc["errors"]) == len(files)
        if fmt in ("md", "table"):
            assert "\x1b" not in out


def _nested(kinds: list[str]) -> str:
    text = "x"
    for k in kinds:
        text = {"list": f"[{text}]", "map": f"{{k: {text}}}", "block": None}[k] or f"\n- {text}".replace("\n", "\n  ")
    return text


@SETTINGS
@given(kinds=st.lists(st.sampled_from(["list", "map", "block"]), min_size=1, max_size=400), where=st.sampled_from(["pack", "waivers"]))
def test_random_yaml_nesting_is_an_invalid_pack_never_a_traceback(kinds, where):
    body = _nested(kinds)
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "p.yaml"
        f.write_text(("waivers: " if where == "waivers" else "name: x\nversion: '1'\nrules: ") + body + "\n", encoding="utf-8")
        option = "--pack" if where == "pack" else "--waivers"
        r = runner.invoke(app, ["score", str(SAMPLES[0]), option, str(f)])
        assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
        assert r.exit_code == 4, r.output
        try:
            load_pack(f)
        except PackError:
            pass  # the API says the same, as an exception


@SETTINGS
@given(text=st.one_of(st.text(max_size=500), st.binary(max_size=50), st.none(), st.integers()))
def test_score_text_raises_only_documented_errors(text):
    from scorer import score_text

    try:
        result = score_text(text, PACK)
    except (TypeError, ReadError):
        assert not isinstance(text, str) or not text.strip()
    else:
        assert isinstance(text, str) and 0 <= result.score <= 100
