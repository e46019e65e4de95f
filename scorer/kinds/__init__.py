"""Rule kinds: one module per kind, its docstring the kind's documentation.

``REGISTRY`` maps the value of a rule's ``kind:`` key to its model class.
To add a kind, write a module with a ``RuleBase`` subclass that declares
``kind: Literal["name"]`` and implements ``evaluate``, then list it here.
"""

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Field

from .base import Outcome, RuleBase
from .deadline import DeadlineRule
from .duplicates import DuplicatesRule
from .elements import ElementsRule
from .figures import FiguresRule
from .numbering import NumberingRule
from .part import PartRule
from .phrases import PhrasesRule
from .threshold import ThresholdRule
from .years import YearConsistencyRule

REGISTRY: dict[str, type[RuleBase]] = {
    "part": PartRule,
    "phrases": PhrasesRule,
    "elements": ElementsRule,
    "figures": FiguresRule,
    "year_consistency": YearConsistencyRule,
    "deadline": DeadlineRule,
    "numbering": NumberingRule,
    "duplicates": DuplicatesRule,
    "threshold": ThresholdRule,
}

Rule = Annotated[Union[tuple(REGISTRY.values())], Field(discriminator="kind")]

__all__ = ["REGISTRY", "Rule", "RuleBase", "Outcome"]
