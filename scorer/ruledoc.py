"""Human-readable views of rules: ``scorer rules show`` (YAML-ish) and ``scorer rules doc`` (Markdown).

The plain-language "passes when" sentence is the kind's own (``passes_when``, by
default built from the first line of its module's docstring), so a new kind gets
a description without any change here.
"""

from __future__ import annotations

import json

import yaml

from .pack import LoadedPack, RuleSource

HEADER = ("id", "title", "category", "weight", "critical", "basis", "message", "kind")


def passes_when(rule) -> str:
    """What a report must contain for the rule to pass, in one paragraph (the kind says it)."""
    return rule.passes_when()


# --- rules show -----------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    pass


class _Flow(dict):
    """A mapping written on one line: {part: measures, text: …}."""


class _FlowList(list):
    """A list of scalars written on one line: [a, b]."""


def _str(dumper: yaml.SafeDumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _float(dumper: yaml.SafeDumper, value: float):
    if value.is_integer():
        return dumper.represent_int(int(value))
    return dumper.represent_float(value)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(float, _float)
_Dumper.add_representer(_Flow, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True))
_Dumper.add_representer(_FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def _scalar(v) -> bool:
    return not isinstance(v, (dict, list)) and not (isinstance(v, str) and "\n" in v)


def _shape(value, depth: int = 0):
    """Lists of scalars and small leaf mappings (examples, elements) on one line; the rest in blocks."""
    if isinstance(value, list):
        items = [_shape(v, depth + 1) for v in value]
        return _FlowList(items) if all(_scalar(v) for v in value) else items
    if isinstance(value, dict):
        shaped = {k: _shape(v, depth + 1) for k, v in value.items()}
        leafy = all(_scalar(v) or (isinstance(v, list) and all(_scalar(x) for x in v)) for v in value.values())
        return _Flow(shaped) if depth > 0 and leafy else shaped
    return value


def _yaml(data) -> str:
    return yaml.dump(_shape(data), Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1000)


def show(loaded: LoadedPack, rule_id: str, fixtures: list | None = None) -> str:
    """One rule as YAML-ish text: where it is written, header, kind options, examples."""
    rule = loaded.pack.rule(rule_id)
    source: RuleSource | None = loaded.sources.get(rule_id)
    lines = [f"# {rule.id} — {rule.title}"]
    if source is not None:
        where = [f"{file}:{getattr(data, 'pos', (0,))[0]}" for file, data in source.layers]
        lines.append(f"# defined at {where[0]}" + "".join(f", refined at {w}" for w in where[1:]))
    lines.append(f"# passes when: {passes_when(rule)}")
    data = rule.model_dump(mode="json", by_alias=True)
    set_keys = rule.model_fields_set
    header = {k: data[k] for k in HEADER}
    own = list(getattr(type(rule), "__annotations__", {}))  # the kind's own keys first (patterns, part…)
    order = sorted(data, key=lambda k: (k not in own, own.index(k) if k in own else 0))
    options = {k: data[k] for k in order if k not in HEADER and k != "examples" and k in set_keys}
    defaults = {k: data[k] for k in order if k not in HEADER and k != "examples" and k not in set_keys}
    lines.append(_yaml(header).rstrip())
    if options:
        lines.append(_yaml(options).rstrip())
    if defaults:
        lines.append("# defaults: " + ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in defaults.items()))
    if rule.examples is not None:
        lines.append(_yaml({"examples": rule.examples.model_dump(mode="json", by_alias=True, exclude_none=True)}).rstrip())
    extra = [(c, f) for c, f, _ in (fixtures or []) if c.rule == rule_id]
    for case, file in extra:
        lines.append(f"# fixture cases in {file}:" + (f"  ({case.note})" if case.note else ""))
        dumped = case.model_dump(mode="json", by_alias=True, exclude={"rule", "note"}, exclude_none=True)
        lines.append("\n".join("#   " + line for line in _yaml(dumped).rstrip().splitlines()))
    return "\n".join(lines) + "\n"


# --- rules doc ------------------------------------------------------------------------


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def catalogue(loaded: LoadedPack) -> str:
    """A Markdown catalogue of a pack: per category, every rule and what makes it pass."""
    pack = loaded.pack
    spec = pack.spec
    weights = sum(r.points for r in spec.rules)
    out = [f"# {spec.name} {spec.version}", ""]
    if spec.description:
        out += [spec.description, ""]
    chain = " → ".join(loaded.files)
    out += [
        f"Generated by `scorer rules doc` from {chain}: {len(spec.rules)} rules, weights summing to {weights:g} "
        f"(a report passing every applicable rule scores {spec.total:g}).",
        "",
        "| grade | from score |",
        "| --- | --- |",
        *[f"| {g.name} | {g.min:g} |" for g in sorted(spec.grades, key=lambda g: -g.min)],
        "",
    ]
    if spec.critical_cap:
        out += [f"Missing a **critical** rule caps the grade at {spec.critical_cap}.", ""]
    categories: dict[str, list] = {}
    for r in spec.rules:
        categories.setdefault(r.category, []).append(r)
    out += ["| category | rules | weight |", "| --- | --- | --- |"]
    out += [f"| {c} | {len(rs)} | {sum(r.points for r in rs):g} |" for c, rs in categories.items()]
    out.append("")
    for category, rules in categories.items():
        out += [f"## {category}", ""]
        for r in rules:
            out += [f"### {r.title} (`{r.id}`)", ""]
            out.append((f"- **weight**: {r.weight:g}" if r.weight is not None else "- **severity**: warning (costs no points)") + (" · **critical**" if r.critical else ""))
            out.append(f"- **basis**: {_md(r.basis)}")
            out.append(f"- **message** (shown when missed): {_md(r.message)}")
            out.append(f"- **kind**: `{r.kind}` — {r.summary()}")
            out.append(f"- **passes when**: {_md(passes_when(r))}")
            if r.requires:
                out.append(f"- **requires**: {', '.join(f'`{i}`' for i in r.requires)} — fails when one of them is missing")
            source = loaded.sources.get(r.id)
            if source is not None and len(source.layers) > 1:
                out.append(f"- refined in {', '.join(f for f, _ in source.layers[1:])}")
            out.append("")
    return "\n".join(out).rstrip() + "\n"
