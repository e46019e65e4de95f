"""``--format json``: the schema_version 1 contract, streamed one report per line.

The document is valid JSON whatever the batch size; each report is written as
soon as it is scored (one compact line), errors at the end.
"""

from __future__ import annotations

import json

from ..results import SCHEMA_VERSION, ErrorRow, PackInfo, ReportResult
from ..names import shown
from .base import Prepared, Writer


# one encoder for the run: json.dumps with options builds a new one per call
_dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=False, separators=(", ", ": ")).encode


def _line(result: ReportResult) -> str:
    """One report of the document, as ``--format json`` writes it: the result's ``to_dict``
    (the contract's fields, optional ones only when set)."""
    data = result.to_dict()
    data["file"] = shown(data["file"])  # a file name that is not UTF-8 (see scorer.names)
    return _dumps(data)


def _prepare(result: ReportResult) -> Prepared:
    return Prepared(result.score, result.missing, _line(result))


def prepare_explained(result: ReportResult) -> Prepared:
    """``_prepare`` plus each item's ``explanation`` (the notes `scorer explain` prints),
    added after the item's other fields; for callers that ask for the reasoning."""
    data = result.to_dict()
    for item, src in zip(data["items"], result.items, strict=True):
        item["explanation"] = list(src.explanation)
    return Prepared(result.score, result.missing, _dumps(data))


class JsonWriter(Writer):
    # the line is serialised where the report is scored: with --jobs the workers do it
    # (≈ 0.15 ms a report) and the parent only writes (docs/performance.md)
    prepare = staticmethod(_prepare)

    def begin(self, pack: PackInfo) -> None:
        super().begin(pack)
        self.count = 0
        self.errors: list[ErrorRow] = []
        self.out.write('{"schema_version": %d, "rule_pack": %s, "reports": [' % (SCHEMA_VERSION, _dumps({**pack.to_dict(), "source": shown(pack.source)})))

    def report(self, result: ReportResult | Prepared) -> None:
        line = result.payload if isinstance(result, Prepared) else _line(result)
        self.out.write(("\n" if self.count == 0 else ",\n") + line)
        self.count += 1

    def error(self, row: ErrorRow) -> None:
        self.errors.append(row)

    def end(self) -> None:
        errors = ",\n".join(_dumps({**e.to_dict(), "file": shown(e.file), "error": shown(e.error)}) for e in self.errors)
        self.out.write(("\n" if self.count else "") + '], "errors": [' + ("\n" + errors + "\n" if errors else "") + "]")
        if self.copies_found is not None:  # batch runs: after the errors, so reports still stream
            data = self.copies_found.to_dict()
            pairs = data["pairs"]
            # a batch of near copies has hundreds of thousands of pairs among a few
            # hundred files: the names are looked at once each
            names = {p["file_a"] for p in pairs} | {p["file_b"] for p in pairs}
            if any(shown(name) != name for name in names):
                for pair in pairs:
                    pair["file_a"], pair["file_b"] = shown(pair["file_a"]), shown(pair["file_b"])
            self.out.write(', "copies": ' + _dumps(data))
        self.out.write("}\n")
