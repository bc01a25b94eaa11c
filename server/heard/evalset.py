"""The evaluation set: the cases shipped in `prompts/eval.json` (read-only) and the team's own.

A case is a draft exactly as an admin typed it (never sanitised or masked: the evaluation must
see what agents send), the facts that must survive it (`must_keep`, each a literal substring of
the draft) and what a rewrite must not add (`must_not_add`: a commitment kind such as `refund`
or `deadline`, or any literal phrase). Team cases live in one Redis hash; an import is checked
whole before anything is written, so a bad line stores nothing.
"""

from __future__ import annotations

import csv
import io
import json
import time
from functools import lru_cache
from pathlib import Path
from typing import Literal

import redis
from pydantic import BaseModel, ConfigDict, Field, StrictStr, ValidationError, field_validator

from heard.refusal import Refused

CASES_KEY = "heard:eval:cases"  # hash: case id → the case as JSON
SEQ_KEY = "heard:eval:seq"  # the last team case number handed out
TEAM_PREFIX = "team-"
MAX_TEAM_CASES = 1000
MAX_IMPORT_ROWS = 500
MAX_TEXT_CHARS = 20_000
_META = ("author", "added")  # kept beside a team case, not part of it
CSV_COLUMNS = ("id", "draft", "customer_message", "format", "lang", "must_keep", "must_not_add")


class CaseError(Refused):
    """A case or an import the admin must fix; the message says where and how."""

    def __init__(self, message: str, status: int = 400, code: str = "invalid_case") -> None:
        super().__init__(status, code, message)


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Server-assigned for team cases; an `id` in an import is accepted and replaced.
    id: StrictStr = Field("", max_length=64)
    draft: StrictStr = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    customer_message: StrictStr = Field("", max_length=MAX_TEXT_CHARS)
    format: Literal["text", "html"] = "text"
    lang: StrictStr = Field("", max_length=8)
    must_keep: list[StrictStr] = Field(default_factory=list, max_length=50)
    must_not_add: list[StrictStr] = Field(default_factory=list, max_length=50)

    @field_validator("draft", "customer_message")
    @classmethod
    def _text(cls, value: str) -> str:
        controls = sum(1 for ch in value if ord(ch) < 32 and ch not in "\t\n\r")
        if "\x00" in value or controls > max(3, len(value) // 100):
            raise ValueError("holds binary data; send plain text or HTML")
        return value

    @field_validator("must_keep", "must_not_add")
    @classmethod
    def _items(cls, items: list[str]) -> list[str]:
        for item in items:
            if not item.strip() or len(item) > 500:
                raise ValueError("each item must be 1 to 500 characters")
        return items

    def check_facts(self) -> None:
        """A fact the draft does not hold could never be kept: refuse it now, not at eval."""
        if not self.draft.strip():
            raise CaseError("draft: the draft is blank.")
        for i, fact in enumerate(self.must_keep):
            if fact not in self.draft:
                raise CaseError(f"must_keep[{i}]: “{fact[:80]}” is not in the draft, "
                                "character for character.")


def parse_case(data: object) -> Case:
    if not isinstance(data, dict):
        raise CaseError("a case must be a JSON object with at least a `draft`.")
    try:
        case = Case.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "case"
        raise CaseError(f"{where}: {err['msg']}.") from None
    case.check_facts()
    return case


@lru_cache(maxsize=8)
def _shipped(path: Path, mtime: float) -> tuple[Case, ...]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return tuple(Case.model_validate(row) for row in rows)


def shipped_cases(prompts_dir: Path) -> list[Case]:
    path = prompts_dir / "eval.json"
    if not path.exists():
        return []
    return list(_shipped(path, path.stat().st_mtime))


def parse_import(fmt: str, content: str) -> list[Case]:
    """Every row of a JSONL or CSV file as a case, or a CaseError naming the first bad line."""
    if "\x00" in content:
        raise CaseError("The file holds binary data (a NUL byte); export it as UTF-8 text.")
    rows = _jsonl_rows(content) if fmt == "jsonl" else _csv_rows(content)
    if not rows:
        raise CaseError("The file holds no cases.")
    if len(rows) > MAX_IMPORT_ROWS:
        raise CaseError(f"The file holds {len(rows)} cases; import at most {MAX_IMPORT_ROWS} "
                        "at a time.")
    cases = []
    for line, data in rows:
        try:
            cases.append(parse_case(data))
        except CaseError as exc:
            raise CaseError(f"line {line}: {exc.message}") from None
    return cases


def _jsonl_rows(content: str) -> list[tuple[int, object]]:
    rows = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise CaseError(f"line {number}: not valid JSON ({exc.msg}, column "
                            f"{exc.colno}); each line must be one JSON object.") from None
    return rows


def _csv_rows(content: str) -> list[tuple[int, object]]:
    reader = csv.reader(io.StringIO(content, newline=""), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        unknown = [h for h in header if h not in CSV_COLUMNS]
        if "draft" not in header or unknown or len(set(header)) != len(header):
            raise CaseError("line 1: the header must name the columns, with `draft` and any of "
                            f"{', '.join(CSV_COLUMNS)} once each"
                            + (f" (unknown: {unknown[0][:40]})." if unknown else "."))
        rows, start = [], reader.line_num + 1
        for cells in reader:
            if any(c.strip() for c in cells):
                if len(cells) != len(header):
                    raise CaseError(f"line {start}: {len(cells)} cells for {len(header)} "
                                    "columns.")
                rows.append((start, _csv_case(dict(zip(header, cells, strict=True)), start)))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise CaseError(f"line {reader.line_num}: malformed CSV ({exc}).") from None
    return rows


def _csv_case(row: dict[str, str], line: int) -> dict:
    """List cells hold a JSON array, or items separated by `;`."""
    out: dict[str, object] = {k: v for k, v in row.items() if v != "" or k == "draft"}
    for name in ("must_keep", "must_not_add"):
        cell = row.get(name, "").strip()
        if cell.startswith("["):
            try:
                out[name] = json.loads(cell)
            except json.JSONDecodeError:
                raise CaseError(f"line {line}: {name} is not a valid JSON array.") from None
        elif cell:
            out[name] = [item.strip() for item in cell.split(";") if item.strip()]
    return out


class EvalSet:
    """The shipped cases plus the team's, which admins add, import and delete."""

    def __init__(self, client: redis.Redis, prompts_dir: Path) -> None:
        self.client, self.prompts_dir = client, prompts_dir

    def shipped(self) -> list[Case]:
        return shipped_cases(self.prompts_dir)

    def _team_rows(self) -> list[dict]:
        raw = self.client.hgetall(CASES_KEY)
        rows = [json.loads(v) | {"id": k.decode()} for k, v in raw.items()]
        return sorted(rows, key=lambda r: int(r["id"].removeprefix(TEAM_PREFIX)))

    def team(self) -> list[Case]:
        return [Case.model_validate({k: v for k, v in row.items() if k not in _META})
                for row in self._team_rows()]

    def all(self) -> list[Case]:
        return self.shipped() + self.team()

    def listing(self) -> list[dict]:
        """Every case as an admin sees it: where it comes from, and who added a team case."""
        shipped = [c.model_dump() | {"source": "shipped", "read_only": True}
                   for c in self.shipped()]
        team = [Case.model_validate({k: v for k, v in row.items() if k not in _META})
                .model_dump() | {k: row.get(k) for k in _META} | {"source": "team",
                                                                  "read_only": False}
                for row in self._team_rows()]
        return shipped + team

    def add(self, cases: list[Case], author: str) -> list[Case]:
        """Store every case or none; each gets the next `team-<n>` id."""
        if self.client.hlen(CASES_KEY) + len(cases) > MAX_TEAM_CASES:
            raise CaseError(f"The team's set holds at most {MAX_TEAM_CASES} cases; delete some "
                            "first.", 409, "too_many_cases")
        last = self.client.incrby(SEQ_KEY, len(cases))
        stored, now = [], time.time()
        for n, case in enumerate(cases, start=last - len(cases) + 1):
            stored.append(case.model_copy(update={"id": f"{TEAM_PREFIX}{n}"}))
        extra = {"author": author, "added": round(now, 3)}
        pipe = self.client.pipeline(transaction=True)
        pipe.hset(CASES_KEY, mapping={c.id: json.dumps(c.model_dump(exclude={"id"}) | extra,
                                                       ensure_ascii=False) for c in stored})
        pipe.execute()
        return stored

    def delete(self, case_id: str) -> bool:
        if any(c.id == case_id for c in self.shipped()):
            raise CaseError(f"{case_id} is one of the shipped cases in prompts/eval.json; "
                            "they are read-only.", 409, "read_only")
        return bool(self.client.hdel(CASES_KEY, case_id))
