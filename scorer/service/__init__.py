"""`scorer serve`: the scoring pipeline over HTTP, for submission portals.

Thin over the same objects the CLI uses: :func:`scorer.reading.read_bytes` reads an
upload from memory, :func:`scorer.batch.score_document` scores it, and the JSON
writer of ``--format json`` (:class:`scorer.output.json_.JsonWriter`) writes the
answer, so a response is the document ``scorer score FILE --format json`` prints.

- :mod:`.settings` — the options of ``scorer serve`` (no web framework imported);
- :mod:`.pool` — the bounded worker pool and what runs in a worker;
- :mod:`.body` — reading a request body under a size limit (multipart or JSON);
- :mod:`.app` — the FastAPI application (:func:`create_app`), middleware, endpoints.

FastAPI, uvicorn and python-multipart are the optional extra ``scorer[serve]``;
only :mod:`.app` and :mod:`.body` import them.
"""

from __future__ import annotations

from .settings import Settings

REQUIRED = (("fastapi", "fastapi"), ("uvicorn", "uvicorn"), ("python_multipart", "python-multipart"))


def missing_packages() -> list[str]:
    """The distributions of ``scorer[serve]`` that are not installed."""
    import importlib.util

    return [dist for module, dist in REQUIRED if importlib.util.find_spec(module) is None]


def create_app(settings: Settings):
    """The ASGI application (FastAPI) for ``settings``."""
    from .app import create_app as _create

    return _create(settings)


__all__ = ["Settings", "create_app", "missing_packages"]
