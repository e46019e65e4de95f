"""The pack model: top-level settings, the pack file (whole pack or overlay) and
the loaded :class:`Pack`; its JSON Schema for editors."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from ..kinds import Rule
from ..kinds.base import StrictModel, check_patterns
from ..matching import DEFAULT_NEGATION_CUES, DEFAULT_PLAN_WORDS, DEFAULT_REQUIREMENT_CUES, DEFAULT_STOCK_OPENERS



class Grade(StrictModel):
    name: str = Field(min_length=1)
    min: float = Field(ge=0, description="lowest score (out of total) that earns this grade")


class Negation(StrictModel):
    cues: list[str] = Field(default_factory=lambda: list(DEFAULT_NEGATION_CUES), min_length=1)
    window: int = Field(10, ge=1, le=50, description="characters looked back from a match")
    requirement: list[str] = Field(
        default_factory=lambda: list(DEFAULT_REQUIREMENT_CUES),
        description="patterns of requirement wording (要/必须/应当); a match after one in its sentence reports no practice",
    )

    stock: list[str] = Field(
        default_factory=lambda: list(DEFAULT_STOCK_OPENERS),
        description="patterns of the stock words a work plan's clauses open on (持续/坚持/严格…); a match in a sentence whose "
        "every clause opens on one, that holds a plan word and reports no figure and nothing done (了/已/全年…), reports no practice",
    )
    plan_words: list[str] = Field(
        default_factory=lambda: list(DEFAULT_PLAN_WORDS),
        description="patterns of the words that make a sentence of stock words a work plan's (持续/不断/进一步/继续); empty: none is",
    )

    _check = field_validator("requirement", "stock", "plan_words")(lambda cls, v: check_patterns(v))


class Structure(StrictModel):
    """How the parser reads a report's structure (see docs/structure.md and
    scorer/vocabulary.py): any list given replaces the built-in one."""

    headings: dict[Literal["first_responsible", "shortcomings", "next_year_plan", "measures", "other"], list[str]] = Field(
        default_factory=dict, description="part kind → patterns of heading wording that name it"
    )
    openers: dict[Literal["shortcomings", "next_year_plan", "first_responsible"], list[str]] = Field(
        default_factory=dict, description="part kind → patterns of a sentence opening that part without a heading, in the last part"
    )
    done: list[str] | None = Field(None, description="heading wording that makes plan wording last year's (完成情况)")
    causes: list[str] | None = Field(
        None, description="patterns of the causes given for the problems just named (究其原因): a paragraph of the last part holding them is the shortcomings"
    )
    chrome: list[str] | None = Field(None, description="patterns of web-page lines that are not the report")
    chrome_tail: list[str] | None = Field(None, description="patterns of a line after which the page is chrome")
    signature_notes: list[str] | None = Field(None, description="patterns of lines of the signature block (抄送, notes)")
    captions: list[str] | None = Field(None, description="patterns of table or figure captions (never headings)")
    page_numbers: list[str] | None = Field(None, description="patterns of page-number lines of a copied printed page (— 4 —), blanked anywhere")

    @model_validator(mode="after")
    def _patterns_compile(self):
        lists = [*self.headings.values(), *self.openers.values(), self.done, self.causes, self.chrome, self.chrome_tail, self.signature_notes, self.captions, self.page_numbers]
        check_patterns([p for lst in lists if lst for p in lst])
        return self


_VOCABULARY_NAME = re.compile(r"[\w\-]+")

DEFAULT_GRADES = [Grade(name="优秀", min=90), Grade(name="良好", min=75), Grade(name="合格", min=60), Grade(name="不合格", min=0)]


class _PackFields(StrictModel):
    """The top-level keys a whole pack and an overlay share."""

    name: str | None = Field(None, min_length=1, description="the pack's name, shown in every output")
    version: str | None = Field(None, min_length=1, description='quote it: "2025.1"')
    description: str | None = None
    total: float = Field(100, gt=0, description="score of a report that passes every applicable rule; rule weights should sum to it")
    rescale_weights: bool = Field(
        False, description="multiply the rules' weights so that they sum to total (an overlay that adds rules need not re-balance them)"
    )
    grades: list[Grade] = Field(default_factory=lambda: list(DEFAULT_GRADES), min_length=1)
    critical_cap: str | None = Field("合格", description="best grade a report can get with a critical rule missing")
    vocabularies: dict[str, list[str]] = Field(
        default_factory=dict,
        description="named lists of patterns; a pattern list item '@name' stands for the patterns of that vocabulary, and {@name} inside a pattern for them as one group of alternatives",
    )
    negation: Negation = Field(default_factory=Negation)
    structure: Structure = Field(default_factory=Structure)
    regex_timeout: float = Field(1.0, gt=0, le=30, description="seconds one pattern may run on one report")
    report_timeout: float = Field(
        5.0, gt=0, le=600,
        description="seconds the rules together may run on one report; after that, the remaining rules with patterns are errors",
    )  # fmt: skip
    rules: list[Rule] = Field(default_factory=list)

    @field_validator("vocabularies")
    @classmethod
    def _vocabularies(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, patterns in v.items():
            if not _VOCABULARY_NAME.fullmatch(name):
                raise ValueError(f"vocabulary name {name!r}: use letters, digits, _ or - (it is written '@{name}' in a pattern list)")
            if not patterns:
                raise ValueError(f"vocabulary '{name}' is empty")
            check_patterns(patterns)
        return v


class PackSpec(_PackFields):
    """A complete rule pack (an overlay, once applied, gives one too)."""

    name: str = Field(min_length=1, description="the pack's name, shown in every output")
    version: str = Field(min_length=1, description='quote it: "2025.1"')

    @model_validator(mode="after")
    def _consistent(self):
        names = [g.name for g in self.grades]
        if self.critical_cap is not None and self.critical_cap not in names:
            raise ValueError(f"critical_cap '{self.critical_cap}' is not one of the grades {names}")
        return self


OVERLAY_KEYS = ("extends", "skip", "refine")


class PackFile(_PackFields):
    """A rule-pack file: a whole pack, or an overlay that ``extends`` one.

    An overlay applies, in this order: the base pack → ``skip`` → ``refine`` →
    its own ``rules`` (added); its top-level settings replace the base's.
    """

    extends: str | None = Field(None, min_length=1, description="base pack: a path relative to this file, or a bundled name")
    skip: list[str] = Field(default_factory=list, description="ids of base rules to drop")
    refine: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="rule id → keys to replace in that base rule (any key its kind accepts, except id and kind)",
    )


def pack_json_schema() -> dict:
    """JSON Schema for pack files (whole packs and overlays), for editors."""
    schema = PackFile.model_json_schema(by_alias=True)
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "scorer rule pack",
        **{k: v for k, v in schema.items() if k != "title"},
    }
    # A whole pack names itself; an overlay may inherit name and version from its base.
    schema["anyOf"] = [{"required": ["extends"]}, {"required": ["name", "version"]}]
    schema["properties"]["refine"]["propertyNames"] = {"pattern": "^[a-z][a-z0-9_]*$"}
    schema["properties"]["refine"]["additionalProperties"] = _refinement_schema(schema["$defs"])
    return schema


def _refinement_schema(defs: dict) -> dict:
    """A refinement: any key some kind accepts (each rule's own kind is checked on
    loading), except id and kind, plus add_patterns and remove_patterns."""
    from ..kinds import REGISTRY

    properties: dict = {}
    for model in REGISTRY.values():
        for key, prop in defs.get(model.__name__, {}).get("properties", {}).items():
            if key not in ("id", "kind") and key not in properties:
                properties[key] = {k: v for k, v in prop.items() if k != "default"}
    pattern_list = {"type": "array", "items": {"type": "string"}, "minItems": 1}
    properties["add_patterns"] = {**pattern_list, "description": "patterns added to the rule's patterns"}
    properties["remove_patterns"] = {**pattern_list, "description": "patterns removed from the rule's patterns"}
    return {
        "type": "object",
        "properties": dict(sorted(properties.items())),
        "additionalProperties": False,
        "description": "keys of the rule to replace (weight, message, patterns, before…), or add_patterns/remove_patterns",
    }


class Pack(BaseModel):
    """A loaded, validated rule pack ready for evaluation."""

    spec: PackSpec
    source: str
    digest: str

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def version(self) -> str:
        return self.spec.version

    @property
    def rules(self) -> list:
        return self.spec.rules

    def grade_for(self, score: float) -> str:
        for g in sorted(self.spec.grades, key=lambda g: g.min, reverse=True):
            if score >= g.min - 1e-9:
                return g.name
        return sorted(self.spec.grades, key=lambda g: g.min)[0].name

    def rule(self, rule_id: str):
        for r in self.spec.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)
