"""The one exception readers raise."""


class ReadError(ValueError):
    """A submitted file cannot be turned into report text; the message says why.

    A ValueError: what was given (a file's content, or text passed to
    :func:`scorer.score_text`) is not a report."""
