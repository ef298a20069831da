"""The queue's filters as URL parameters, so that a view can be bookmarked and shared, and back."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from urllib.parse import urlencode

from ..review import KIND_FILTERS, STATUSES, ConflictFilter

# status: one of the statuses, or "all"; missing means "open" (the queue of work still to do).
FILTER_FIELDS = ("status", "kind", "source", "subject", "since", "until", "q", "assignee")


def _date(value: str, name: str, problems: list[str]) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        problems.append(f"{name}: {value!r} is not a date (YYYY-MM-DD); ignored")
        return None


def read_filters(params: Mapping[str, str]) -> tuple[ConflictFilter, list[str]]:
    """Filters from URL parameters, and what was wrong with any of them (shown to the reviewer, not fatal)."""
    problems: list[str] = []

    def get(name: str) -> str:
        return (params.get(name) or "").strip()

    status = get("status") or "open"
    if status != "all" and status not in STATUSES:
        problems.append(f"status: {status!r} is not a status; showing open conflicts")
        status = "open"
    kind = get("kind") or None
    if kind and kind not in KIND_FILTERS:
        problems.append(f"kind: {kind!r} is not a kind of conflict; ignored")
        kind = None
    filters = ConflictFilter(
        status=None if status == "all" else status, kind=kind, source=get("source") or None,
        subject=get("subject") or None, since=_date(get("since"), "since", problems),
        until=_date(get("until"), "until", problems), text=get("q") or None, assignee=get("assignee") or None)
    return filters, problems


def read_page(params: Mapping[str, str]) -> int:
    try:
        return max(1, int(params.get("page") or 1))
    except ValueError:
        return 1


def filter_params(filters: ConflictFilter) -> dict[str, str]:
    """The URL parameters that give back these filters (defaults left out, so URLs stay short)."""
    values = {
        "status": "all" if filters.status is None else (None if filters.status == "open" else filters.status),
        "kind": filters.kind, "source": filters.source, "subject": filters.subject,
        "since": filters.since.isoformat() if filters.since else None,
        "until": filters.until.isoformat() if filters.until else None,
        "q": filters.text, "assignee": filters.assignee,
    }
    return {k: v for k, v in values.items() if v}


def query_string(filters: ConflictFilter, **extra) -> str:
    """`?…` for a link that keeps the filters (empty string when there is nothing to keep)."""
    params = {**filter_params(filters), **{k: str(v) for k, v in extra.items() if v not in (None, "")}}
    return "?" + urlencode(params) if params else ""
