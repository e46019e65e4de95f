"""scorer — score annual rule-of-law government reports against YAML rule packs.

Public API::

    from scorer import load_pack, score_text
    pack = load_pack()            # bundled national pack; or a path / bundled name
    result = score_text(text, pack, file="a.txt")

``score_text`` is the function to map over your own batch engine: the pack
pickles, so it can go to worker processes (see its docstring).

The data flows one way: read (bytes→text, :mod:`scorer.reading`) → parse
(text→Report, :mod:`scorer.parse`) → evaluate (Report × Pack → items,
:mod:`scorer.engine`) → score → render (:mod:`scorer.output`).
"""

__version__ = "0.1.0"

__all__ = ["__version__", "load_pack", "score_text", "parse"]


def __getattr__(name):  # lazy: `scorer --help` must not pay for the engine
    if name == "load_pack":
        from .pack import load_pack

        return load_pack
    if name == "score_text":
        from .engine import score_text

        return score_text
    if name == "parse":
        from .parse import parse

        return parse
    raise AttributeError(name)
