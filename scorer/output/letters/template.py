"""The letter template: the texts of a feedback letter, with ``$placeholders``.

The bundled ``default.yaml`` is the office's starting point; ``--letter-template FILE``
replaces it (every key optional: a missing one keeps the default text).  An optional
``docx`` key names a Word file used as letterhead: its page setup, headers, footers and
styles are kept and the letter is written after its content.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from string import Template

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError


class TemplateError(ValueError):
    """The template file cannot be used (the message says why, in Chinese and English)."""


class LetterTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    office: str = ""
    date: str = ""
    title: str
    salutation: str
    opening: str
    missing_heading: str
    partial_heading: str
    item: str
    evidence: str
    complete: str
    closing: str
    signature: str
    # with --previous (optional keys: a template written before they existed still works)
    previous_heading: str = "与上年报告对照的情况"
    previous: str = (
        "与上年报告相比，得分变化$score_change分。上年报告所列不足$shortcomings_total项、工作计划$plan_total项中，"
        "本年报告未见回应或未见报告落实的有$open_count项："
    )
    previous_item: str = "（$n）上年$kind：$text"
    previous_none: str = "上年报告所列不足和工作计划在本年报告中均有回应。"
    docx: Path | None = None

    def fill(self, key: str, values: dict[str, str]) -> str:
        """The text of ``key`` with its placeholders filled (unknown ones are left as written)."""
        return Template(getattr(self, key)).safe_substitute(values)


def _read(text: str, where: str) -> dict:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise TemplateError(f"{where}: 模板不是有效的 YAML (not valid YAML): {e}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise TemplateError(f"{where}: 模板应为“键: 文字”的 YAML 映射 (expected a mapping of keys to texts)")
    return data


def load_template(path: Path | None = None) -> LetterTemplate:
    """The bundled template, or ``path``'s keys over it; raises :class:`TemplateError`."""
    data = _read(files(__package__).joinpath("default.yaml").read_text(encoding="utf-8"), "default.yaml")
    if path is not None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            why = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            raise TemplateError(f"{path}: 无法读取模板文件 (cannot read the template: {why})") from None
        own = _read(text, str(path))
        if own.get("docx") is not None:
            own["docx"] = (Path(path).parent / str(own["docx"])).resolve()
        data.update(own)
    try:
        template = LetterTemplate.model_validate(data)
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '模板'}: "
            + ("不认识的键 (unknown key)" if err["type"] == "extra_forbidden" else err["msg"])
            for err in e.errors()
        )
        raise TemplateError(f"{path}: 模板有错误 (invalid template): {problems}") from None
    if template.docx is not None and not template.docx.is_file():
        raise TemplateError(f"{path}: docx 信纸文件不存在 (letterhead not found: {template.docx})")
    return template
