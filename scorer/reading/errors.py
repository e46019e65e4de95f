"""The one exception readers raise."""


class ReadError(Exception):
    """A submitted file cannot be turned into report text; the message says why."""
