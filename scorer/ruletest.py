"""Rule tests: the ``examples`` a rule carries must pass and must fail.

An example is either a whole report (a string with its own title and
headings) or ``{part: KIND, text: ...}``: a fragment placed under a typical
heading of that part kind in a minimal report.  A ``pass`` example must give
the rule the status ``pass``; a ``fail`` example must give ``fail`` or
``partial``.

Examples come from two places: each rule's inline ``examples``, and the
pack's fixture file ``<pack-stem>.tests.yaml`` beside it (sqlfluff-style)::

    cases:
      - rule: legal_adviser
        note: 公职律师 counts as much as 法律顾问      # optional
        pass:
          - {part: measures, text: 设立公职律师2名，参与合同审查15份。}
        fail:
          - {part: shortcomings, text: 公职律师作用发挥不够。}

Numbering continues from the inline examples, so every example has a stable
id such as ``legal_adviser-pass-3``.  ``scorer rules test`` runs them, and
pytest collects them (``tests/test_rule_examples.py``), so a broken rule
fails CI.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError

from .kinds.base import Example, PlacedExample, StrictModel
from .pack import LoadedPack, Pack, PackError, Problem, did_you_mean, display_path, fixture_path, position, read_yaml_file, translate

TITLE = "某局2023年度法治政府建设情况报告"
HEADINGS = {
    "measures": "一、2023年主要举措和成效",
    "first_responsible": "一、党政主要负责人履行推进法治建设第一责任人职责情况",
    "shortcomings": "一、存在的不足和原因",
    "next_year_plan": "一、2024年工作安排",
    "other": "一、其他需要报告的情况",
}


def example_text(example) -> str:
    if isinstance(example, PlacedExample):
        if example.part is None:
            return example.text
        if example.part == "preamble":
            return f"{TITLE}\n{example.text}\n"
        return f"{TITLE}\n{HEADINGS[example.part]}\n{example.text}\n"
    return example


# --- fixture files ------------------------------------------------------------------


class FixtureCase(StrictModel):
    rule: str = Field(min_length=1, description="id of the rule under test")
    note: str | None = Field(None, description="what the case is about")
    pass_: list[Example] = Field(default_factory=list, alias="pass")
    fail: list[Example] = Field(default_factory=list)


class FixtureFile(StrictModel):
    """A rule-test fixture file: ``<pack-stem>.tests.yaml`` beside the pack."""

    cases: list[FixtureCase] = Field(min_length=1)


@dataclass(frozen=True)
class ExampleCase:
    """One example to run: which rule, what it must give, and where it is written."""

    rule: str
    expected: str  # "pass" or "fail"
    index: int  # 1-based within the rule's pass (or fail) examples, inline first, then fixtures
    example: Example
    where: str | None = None  # "file:line"

    @property
    def id(self) -> str:
        return f"{self.rule}-{self.expected}-{self.index}"


def load_fixtures(loaded: LoadedPack, path: Path | None = None) -> list[tuple[FixtureCase, str, object]]:
    """The cases of a pack's fixture file (none when it has no such file), and for an
    overlay those of the packs it extends whose rules it leaves as they are (an overlay's
    settings — negation, structure — still reach them: they run under the overlay).

    Returns ``(case, file, yaml)`` triples, base packs' first; raises PackError (with
    file:line) for a malformed file or a case naming a rule the pack does not have.
    """
    if path is not None:
        return _read_fixtures(loaded, path)
    out = []
    for depth, pack_file in enumerate(loaded.files[:-1]):
        chain = set(loaded.files[: depth + 1])
        for case, file, raw in _read_fixtures(None, fixture_path(Path(pack_file))):
            source = loaded.sources.get(case.rule)
            if source is not None and all(f in chain for f, _ in source.layers):
                out.append((case, file, raw))  # a base rule the overlays above it leave alone
    return out + _read_fixtures(loaded, fixture_path(loaded.path))


def _read_fixtures(loaded: LoadedPack | None, path: Path) -> list[tuple[FixtureCase, str, object]]:
    """The cases of one fixture file; with ``loaded``, each must name a rule of it."""
    if not path.is_file():
        return []
    data, _ = read_yaml_file(path)

    file = display_path(path)
    if data is None or not isinstance(data, dict):
        raise PackError([Problem(file, 1, 1, "a fixture file is a mapping with 'cases': [{rule: ID, pass: [...], fail: [...]}]")])
    try:
        spec = FixtureFile.model_validate(data)
    except ValidationError as e:
        raise PackError(translate(e, data, file, FixtureFile)) from None
    known = [r.id for r in loaded.pack.rules] if loaded is not None else None
    problems = []
    out = []
    for i, case in enumerate(spec.cases):
        raw = data["cases"][i]
        if known is not None and case.rule not in known:
            line, col = raw.key_pos["rule"]
            problems.append(Problem(file, line, col, f"no rule '{case.rule}' in {loaded.file}{did_you_mean(case.rule, known)}", case.rule))
        out.append((case, file, raw))
    if problems:
        raise PackError(problems)
    return out


def collect(loaded: LoadedPack, fixtures: list | None = None, rule_ids: list[str] | None = None) -> list[ExampleCase]:
    """Every example of every rule (inline, then from the fixture file), in pack order."""
    if fixtures is None:
        fixtures = load_fixtures(loaded)
    by_rule: dict[str, list] = {}
    for case, file, raw in fixtures:
        by_rule.setdefault(case.rule, []).append((case, file, raw))
    cases = []
    for rule in loaded.pack.rules:
        if rule_ids and rule.id not in rule_ids:
            continue
        source = loaded.sources.get(rule.id)
        for expected in ("pass", "fail"):
            n = 0
            inline = getattr(rule.examples, "pass_" if expected == "pass" else "fail", None) or []
            for i, example in enumerate(inline):
                n += 1
                where = None
                if source is not None:
                    file, line, _ = source.where("examples", expected, i)
                    where = f"{file}:{line}" if line else file
                cases.append(ExampleCase(rule.id, expected, n, example, where))
            for case, file, raw in by_rule.get(rule.id, []):
                for i, example in enumerate(case.pass_ if expected == "pass" else case.fail):
                    n += 1
                    pos = position(raw, (expected, i))
                    cases.append(ExampleCase(rule.id, expected, n, example, f"{file}:{pos[0]}" if pos else file))
    return cases


# --- running ------------------------------------------------------------------------


@dataclass(frozen=True)
class ExampleResult:
    rule: str
    expected: str  # "pass" or "fail"
    index: int  # 1-based within its list
    status: str
    detail: str | None
    text: str
    where: str | None = None
    evidence: tuple = ()  # (line, text) of each piece of evidence
    example: object = None  # the example, for its pinned status, evidence and todo

    @property
    def id(self) -> str:
        return f"{self.rule}-{self.expected}-{self.index}"

    @property
    def todo(self) -> str | None:
        """Why the example is a known gap (Semgrep's ``todo``), or None."""
        return getattr(self.example, "todo", None)

    @property
    def problems(self) -> list[str]:
        """What differs from what the example asks for (empty: it behaves)."""
        pinned = getattr(self.example, "status", None)
        out = []
        if pinned is not None:
            if self.status != pinned:
                out.append(f"got '{self.status}', expected {pinned}")
        elif self.expected == "pass" and self.status != "pass":
            out.append(f"got '{self.status}', expected pass")
        elif self.expected == "fail" and self.status not in ("fail", "partial"):
            out.append(f"got '{self.status}', expected fail or partial")
        want_text = getattr(self.example, "evidence", None)
        want_line = getattr(self.example, "line", None)
        if want_text is not None or want_line is not None:
            first = self.evidence[0] if self.evidence else None
            if first is None:
                out.append("no evidence, expected " + (f"'{want_text}'" if want_text else f"line {want_line}"))
            else:
                if want_text is not None and want_text not in first[1]:
                    out.append(f"evidence {first[1]!r} does not contain {want_text!r}")
                if want_line is not None and first[0] != want_line:
                    out.append(f"evidence on line {first[0]}, expected line {want_line}")
        return out

    @property
    def ok(self) -> bool:
        """The example behaves as written; a todo example is ok while it still misbehaves
        (once it behaves, it is not: remove its ``todo``)."""
        return not self.problems if self.todo is None else bool(self.problems)

    @property
    def fixed(self) -> bool:
        """A todo example that now behaves: remove its ``todo``."""
        return self.todo is not None and not self.problems

    @property
    def label(self) -> str:
        if self.todo is not None:
            return "FIXD" if self.fixed else "todo"
        return "ok" if self.ok else "FAIL"

    def describe(self) -> str:
        snippet = self.text.strip().replace("\n", " / ")
        if len(snippet) > 60:
            snippet = snippet[:60] + "……"
        where = f"{self.where}: " if self.where else ""
        what = "; ".join(self.problems) or f"got '{self.status}' as expected"
        todo = f" [todo: {self.todo}{' — it now behaves: remove todo' if self.fixed else ''}]" if self.todo else ""
        return f"{where}{self.id}: {self.expected} example #{self.index} {what} ({self.detail}){todo}: {snippet}"


def _with_required(pack: Pack, rule) -> list:
    """``rule`` after the rules it requires, theirs before them, in the pack's order."""
    needed, todo = {rule.id}, list(rule.requires)
    while todo:
        if (rid := todo.pop()) not in needed:
            needed.add(rid)
            todo += pack.rule(rid).requires
    return [r for r in pack.rules if r.id in needed]


def run_case(case: ExampleCase, pack: Pack) -> ExampleResult:
    """Evaluate one example against its rule alone (after the rules it ``requires``), with the pack's settings."""
    from .engine import evaluate
    from .pipeline import Pipeline

    rules = _with_required(pack, pack.rule(case.rule))
    single = Pack(spec=pack.spec.model_copy(update={"rules": rules}), source=pack.source, digest=pack.digest)
    text = example_text(case.example)
    item = evaluate(Pipeline(pack).parse(text), single)[-1]  # the rule alone: evaluated, not scored
    evidence = tuple((e.line, e.text) for e in item.evidence)
    return ExampleResult(case.rule, case.expected, case.index, item.status, item.detail, text, case.where, evidence, case.example)


def run_examples(pack: Pack | LoadedPack, rule_ids: list[str] | None = None, fixtures: list | None = None) -> list[ExampleResult]:
    """Run every example (inline and fixture cases) of every rule, or of ``rule_ids``.

    Given a bare :class:`Pack`, only inline examples run (no positions known).
    """
    if isinstance(pack, Pack):
        loaded = LoadedPack(pack, Path(pack.source), pack.source, None, [pack.source], {})
        fixtures = fixtures or []
    else:
        loaded = pack
    return [run_case(c, loaded.pack) for c in collect(loaded, fixtures, rule_ids)]


# --- kind-level cases ---------------------------------------------------------------


class KindCase(StrictModel):
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="the case's name (the rule id of its inline rule)")
    note: str | None = Field(None, description="what the case is about")
    rule: dict[str, Any] = Field(default_factory=dict, description="the kind's keys (and any header key to override)")
    pass_: list[Example] = Field(default_factory=list, alias="pass")
    fail: list[Example] = Field(default_factory=list)


class KindCaseFile(StrictModel):
    """The cases of one kind with inline rules, sqlfluff-style: ``tests/kinds/<kind>.yaml``."""

    kind: str = Field(min_length=1)
    cases: list[KindCase] = Field(min_length=1)


_HEADER = {"title": "测试规则", "category": "测试", "weight": 1, "basis": "测试依据", "message": "测试说明。"}


def load_kind_cases(path: Path) -> list[tuple[ExampleCase, Pack]]:
    """Every example of a kind's case file, each with the one-rule pack it runs against.

    A case's ``rule`` holds the kind's keys; the header (title, weight…) is filled in,
    the id is the case's name.  Raises PackError (file:line) for a malformed file."""
    from .kinds import REGISTRY, Rule
    from .pack import RULE_ADAPTER, PackSpec

    file = display_path(path)
    data, _ = read_yaml_file(path)
    if not isinstance(data, dict):
        raise PackError([Problem(file, 1, 1, "a kind case file is a mapping with 'kind' and 'cases': [{name, rule, pass, fail}]")])
    try:
        spec = KindCaseFile.model_validate(data)
    except ValidationError as e:
        raise PackError(translate(e, data, file, KindCaseFile)) from None
    if spec.kind not in REGISTRY:
        raise PackError([Problem(file, *data.key_pos["kind"], f"unknown kind '{spec.kind}'{did_you_mean(spec.kind, list(REGISTRY))}")])
    problems, out = [], []
    for case, raw in zip(spec.cases, data["cases"]):
        header = {k: v for k, v in _HEADER.items() if not (k == "weight" and case.rule.get("severity") == "warning")}
        try:
            rule = RULE_ADAPTER.validate_python({**header, **case.rule, "id": case.name, "kind": spec.kind})
        except ValidationError as e:
            problems += translate(e, raw.get("rule", raw), file, Rule, rule=case.name)
            continue
        pack = Pack(spec=PackSpec(name=f"kind {spec.kind}", version="0", total=max(rule.points, 1), rules=[rule]), source=file, digest="")
        for expected in ("pass", "fail"):
            for i, example in enumerate(case.pass_ if expected == "pass" else case.fail):
                pos = position(raw, (expected, i))
                out.append((ExampleCase(case.name, expected, i + 1, example, f"{file}:{pos[0]}" if pos else file), pack))
    if problems:
        raise PackError(problems)
    return out
