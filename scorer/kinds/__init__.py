"""Rule kinds: one module per kind, its docstring the kind's documentation.

A kind is a module of this package with one :class:`~scorer.kinds.base.RuleBase`
subclass that declares ``kind: Literal["name"]`` (the name, written once) and
implements the contract: ``evaluate``, ``passes_when``, and where it applies
``own_patterns``, ``search_patterns`` and ``default_scope``.  The modules are found
here, so adding a kind is writing its module (and its YAML cases in tests/kinds/):
``REGISTRY`` (kind name → class, by name), the validation union ``Rule``, the
docs (``scorer rules doc``), lint, explain and the pattern planner all read it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Annotated, Union

from pydantic import Field

from .base import Outcome, RuleBase


def _discover() -> dict[str, type[RuleBase]]:
    found: dict[str, type[RuleBase]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, RuleBase) and cls.__module__ == module.__name__ and "kind" in cls.model_fields:
                name = cls.kind_name()
                if name in found:
                    raise RuntimeError(f"kind '{name}' is declared twice: {found[name].__module__} and {module.__name__}")
                found[name] = cls
    return dict(sorted(found.items()))


REGISTRY: dict[str, type[RuleBase]] = _discover()

Rule = Annotated[Union[tuple(REGISTRY.values())], Field(discriminator="kind")]

__all__ = ["REGISTRY", "Rule", "RuleBase", "Outcome"]
