"""``--format json``: the schema_version 1 contract, streamed one report per line.

The document is valid JSON whatever the batch size; each report is written as
soon as it is scored (one compact line), errors at the end.
"""

from __future__ import annotations

import json

from ..results import SCHEMA_VERSION, ErrorRow, PackInfo, ReportResult
from .base import Writer


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False, separators=(", ", ": "))


class JsonWriter(Writer):
    def begin(self, pack: PackInfo) -> None:
        super().begin(pack)
        self.count = 0
        self.errors: list[ErrorRow] = []
        self.out.write('{"schema_version": %d, "rule_pack": %s, "reports": [' % (SCHEMA_VERSION, _dumps(pack.model_dump(mode="json"))))

    def report(self, result: ReportResult) -> None:
        self.out.write(("\n" if self.count == 0 else ",\n") + _dumps(result.model_dump(mode="json")))
        self.count += 1

    def error(self, row: ErrorRow) -> None:
        self.errors.append(row)

    def end(self) -> None:
        errors = ",\n".join(_dumps(e.model_dump(mode="json")) for e in self.errors)
        self.out.write(("\n" if self.count else "") + '], "errors": [' + ("\n" + errors + "\n" if errors else "") + "]}\n")
