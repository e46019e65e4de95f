"""Rule packs: YAML → validated :class:`Pack`, with errors that point at the file.

YAML is read with a safe loader that records the line and column of every
mapping, key and list item and rejects duplicate keys (PyYAML would silently
keep the last one).  Pydantic validation errors are translated back to
``file:line:col`` plus the id of the rule they occur in, so an auditor sees::

    rules/mine.yaml:42:7: error: rule 'legal_adviser': unknown key 'pattern' (did you mean 'patterns'?)

A pack file is either a whole pack or an *overlay* that ``extends`` another
pack and then ``skip``\\s, ``refine``\\s and adds rules (in that order; see
:func:`load` and docs/authoring-rules.md).  Nothing in a pack is ever
evaluated as code.
"""

from .loading import (
    BUNDLED_DIRS, DEFAULT_PACK, FIXTURE_SUFFIX, LoadedPack, RuleSource, build_pack, bundled_names, bundled_path,
    fixture_path, load, load_pack, resolve,
)
from .messages import RULE_ADAPTER, did_you_mean, translate
from .model import OVERLAY_KEYS, Grade, Negation, Pack, PackFile, PackSpec, Structure, pack_json_schema
from .yamlpos import (
    MAX_NESTING, LineDict, LineList, PackError, Problem, display_path, load_yaml, position, read_yaml_file,
)  # fmt: skip

__all__ = [
    "BUNDLED_DIRS", "DEFAULT_PACK", "FIXTURE_SUFFIX", "LoadedPack", "RuleSource", "build_pack", "bundled_names",
    "bundled_path", "fixture_path", "load", "load_pack", "resolve", "RULE_ADAPTER", "did_you_mean", "translate",
    "OVERLAY_KEYS", "Grade", "Negation", "Pack", "PackFile", "PackSpec", "Structure", "pack_json_schema",
    "MAX_NESTING", "LineDict", "LineList", "PackError", "Problem", "display_path", "load_yaml", "position",
    "read_yaml_file",
]  # fmt: skip
