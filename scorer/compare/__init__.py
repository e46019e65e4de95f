"""Comparisons across reports: copies within a batch, and this year against last year.

Data flows one way: the worker that scores a report also takes its :class:`Profile`
from the parsed report (:class:`Annotator`, passed to :func:`scorer.batch.run`);
the comparisons work on profiles only (:mod:`.copies` for the batch,
:mod:`.previous` for last year) and put their findings into the results the
writers render (``ReportResult.previous``, ``RunResult.copies``).  Nothing here
reads a file.
"""

from __future__ import annotations

from dataclasses import replace

from ..results import Copies, CopyPair
from .copies import DEFAULT_THRESHOLD, pair_columns
from .previous import PreviousIndex
from .profile import Profile, profile_of


class Annotator:
    """``annotate`` for :func:`scorer.batch.run`: the report's profile, and with last
    year's index the comparison with last year set on the result (``previous``).

    ``items`` keeps the shortcomings and plan items (last year's reports need them);
    otherwise the profile returned carries only what the batch keeps for copies."""

    def __init__(self, previous: PreviousIndex | None = None, *, items: bool = False):
        self.previous = previous
        self.items = items

    def __call__(self, report, result) -> Profile:
        profile = profile_of(report, result, items=self.items)
        if self.previous is not None:
            result.previous = self.previous.compare(profile)
        return profile if self.items else replace(profile, measures=[])


class Comparisons:
    """What one run compares: last year (``previous``, an index or None) and copies across
    the batch (``threshold``, or None not to look).  ``annotator`` goes to
    :func:`scorer.batch.run`; :meth:`take` unpacks each item it yields, keeping the
    profiles the copies need; :meth:`copies` is the batch's section at the end."""

    def __init__(self, previous: PreviousIndex | None, threshold: float | None):
        self.annotator = Annotator(previous)
        self.threshold = threshold
        self.profiles: list[Profile] = []

    def take(self, item):
        result, profile = item
        if profile is not None and self.threshold is not None:
            self.profiles.append(profile)
        return result

    def copies(self) -> Copies:
        """The batch's copies section (call only when ``threshold`` is set)."""
        return copies(self.profiles, self.threshold)


def score_previous(folder, pack, waivers, jobs: int, include, exclude, progress) -> tuple[PreviousIndex, int]:
    """Score last year's reports in ``folder`` (a folder or a file) with ``pack`` and index
    them: (the index, how many could not be read).  ``progress(total)`` gives the
    progress display (:class:`scorer.progress.Progress`)."""
    from .. import batch

    inputs = batch.collect([folder], include or None, exclude or None)
    profiles, failed = [], len(inputs.errors)
    shown = progress(len(inputs.files))
    try:
        for _, profile in batch.run(inputs.files, pack, waivers, jobs, annotate=Annotator(items=True)):
            if profile is None:
                failed += 1
            else:
                profiles.append(profile)
            shown.step(failed)
    finally:
        shown.close()
    return PreviousIndex(profiles), failed


def copies(profiles: list[Profile], threshold: float = DEFAULT_THRESHOLD) -> Copies:
    """The batch's copies section: pairs of ``profiles`` overlapping at least ``threshold``."""
    files = [p.file for p in profiles]
    organizations = [p.organization for p in profiles]
    return Copies(
        threshold=threshold,
        pairs=[
            CopyPair(
                file_a=files[a],
                file_b=files[b],
                organization_a=organizations[a],
                organization_b=organizations[b],
                overlap=max(share_a, share_b),
                share_a=share_a,
                share_b=share_b,
                shared=shared,
            )
            # columns, not Pair objects: a batch of near copies has hundreds of thousands
            for a, b, shared, share_a, share_b in zip(*pair_columns([p.shingles for p in profiles], threshold))
        ],
    )


__all__ = ["Annotator", "Comparisons", "PreviousIndex", "Profile", "copies", "profile_of", "score_previous", "DEFAULT_THRESHOLD"]
