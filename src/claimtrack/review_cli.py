"""`claimtrack review`, `claimtrack export` and `claimtrack serve`: thin commands over the review service,
the same functions the web desk calls. Review errors become clear messages: exit 1 for a refusal or an
unknown id, 3 when the conflict changed since the version given with --version, 2 for usage errors."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import review
from .cli import db_option, format_option, open_database

STYLES = {"source": "bold blue", "cue": "bold dark_orange", "content": "green", "claim": "bold green"}


class StaleViewError(click.ClickException):
    exit_code = 3


def reviewer_option(func):
    return click.option("--reviewer", metavar="NAME", default=None,
                        help="Who acts (default: CLAIMTRACK_REVIEWER, else your user name).")(func)


def version_option(func):
    return click.option("--version", "seen_version", type=click.IntRange(1), default=None, metavar="N",
                        help="The version you looked at (`review show` prints it): refused if the conflict "
                             "changed since.")(func)


def _reviewer(name: str | None) -> str:
    return name or review.default_reviewer()


def _run(db_url: str | None, action, *, write: bool = False):
    """Open the database, run `action(session)` in one transaction, and turn review errors into messages."""
    _, sessions = open_database(db_url)
    try:
        with (sessions.begin() if write else sessions()) as session:
            return action(session)
    except review.StaleView as exc:
        raise StaleViewError(str(exc)) from None
    except review.ReviewError as exc:
        raise click.ClickException(str(exc)) from None


def _full_id(session, given: str) -> str:
    return review.resolve_conflict_id(session, given)


@click.group("review")
def review_group():
    """Work the review queue: list conflicts, show one, decide, note, assign."""


def _filters(status, kind, source, subject, since, until, search, assignee) -> review.ConflictFilter:
    return review.ConflictFilter(status=None if status == "all" else status, kind=kind, source=source,
                                 subject=subject, since=since.date() if since else None,
                                 until=until.date() if until else None, text=search, assignee=assignee)


@review_group.command("list")
@db_option
@click.option("--status", type=click.Choice([*review.STATUSES, "all"]), default="open", show_default=True)
@click.option("--kind", type=click.Choice(review.KIND_FILTERS), default=None)
@click.option("--source", metavar="NAME", help="Either claim is by this source (name or alias).")
@click.option("--subject", metavar="KEY", help="Either claim is about this subject key.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Either article published on or after.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Either article published on or before.")
@click.option("--search", metavar="WORDS", help="Words in the explanation.")
@click.option("--assignee", metavar="NAME")
@click.option("--page", type=click.IntRange(1), default=1, show_default=True)
@click.option("--per-page", type=click.IntRange(1, review.MAX_PER_PAGE), default=review.PER_PAGE, show_default=True)
@format_option("table", "json")
def review_list(db_url, status, kind, source, subject, since, until, search, assignee, page, per_page, fmt):
    """The queue: conflicts matching the filters, highest score first (open ones by default)."""
    filters = _filters(status, kind, source, subject, since, until, search, assignee)
    result = _run(db_url, lambda s: review.queue_page(s, filters, page, per_page))
    if fmt == "json":
        click.echo(json.dumps({"total": result.total, "page": result.page, "pages": result.pages, "conflicts": [
            {"id": i.id, "kind": i.kind, "relation": i.relation, "status": i.status, "score": i.score,
             "explanation": i.explanation, "assignee": i.assignee, "version": i.version,
             "sources": [s.label for s in i.sources], "subject": i.subject} for i in result.items]},
            indent=2, ensure_ascii=False))
        return
    table = Table("id", "score", "kind", "status", "between", "assigned", "explanation",
                  title=f"{result.total} conflicts, page {result.page} of {result.pages}")
    for item in result.items:
        kind = item.kind + (" (revision)" if item.relation == "revision" else "")
        # Text(), not str: rich would read square brackets in article text as markup.
        table.add_row(item.id[:8], f"{item.score:.2f}", kind, item.status,
                      Text(f"{item.sources[0].label} vs {item.sources[1].label}"), Text(item.assignee or ""),
                      Text(item.explanation))
    Console(width=max(120, Console().width)).print(table)


def _passage(segments) -> Text:
    text = Text()
    for segment in segments:
        style = " ".join(STYLES[r] for r in ("source", "cue", "content", "claim") if r in segment.roles)
        text.append(segment.text, style=style or None)
    return text


@review_group.command("show")
@click.argument("conflict_id")
@db_option
@format_option("text", "json")
def review_show(conflict_id, db_url, fmt):
    """One conflict: both claims in their paragraphs, the explanation, its version and history."""
    view = _run(db_url, lambda s: review.conflict(s, _full_id(s, conflict_id)))
    if fmt == "json":
        from .export import event_json

        click.echo(json.dumps({
            "id": view.id, "kind": view.kind, "relation": view.relation, "status": view.status, "score": view.score,
            "explanation": view.explanation, "assignee": view.assignee, "version": view.version,
            "claims": [{"id": c.id, "source": c.source.label, "cue": c.cue, "sentence": c.sentence,
                        "words": c.words, "article": {"id": c.article.id, "title": c.article.title,
                                                      "outlet": c.article.outlet, "url": c.article.url,
                                                      "published": c.article.published.isoformat()
                                                      if c.article.published else None}} for c in view.claims],
            "history": [event_json(e) for e in view.history]}, indent=2, ensure_ascii=False))
        return
    out = Console(width=max(100, Console().width), highlight=False)
    relation = " (revision: one source changed its account)" if view.relation == "revision" else ""
    out.print(f"[bold]{view.kind} conflict {view.id}[/bold]{relation}")
    out.print(f"status {review.STATUS_LABELS[view.status]} · score {view.score:.2f} · version {view.version}"
              + (f" · assigned to {view.assignee}" if view.assignee else ""), markup=False)
    out.print(view.explanation, markup=False)
    for label, claim in zip("AB", view.claims):
        article = claim.article
        out.print(Text(f"\n{label}. {claim.source.label}", style="bold") + Text(f" ({claim.cue}, {claim.commitment})"))
        out.print(f"{article.title} · {article.outlet or 'no outlet'} · {article.published or 'undated'}"
                  + (f" · {article.url}" if article.url else ""), markup=False)
        out.print(_passage(claim.paragraph))
    out.print("\n[bold]History[/bold]" if view.history else "\nNo decision, note or assignment yet.")
    for event in view.history:
        change = f" ({event.change})" if event.change else ""
        out.print(f"{event.when}  {event.actor} {event.summary}{change}" + (f": {event.note}" if event.note else ""),
                  markup=False)


@review_group.command("decide")
@click.argument("conflict_id")
@click.option("--status", type=click.Choice(review.DECISIONS), required=True,
              help="confirmed, dismissed, needs_info, or open to reopen.")
@click.option("--note", required=True, metavar="TEXT", help="Why: what you checked and found.")
@version_option
@reviewer_option
@db_option
def review_decide(conflict_id, status, note, seen_version, reviewer, db_url):
    """Decide a conflict, with a note saying why."""
    def act(session):
        full = _full_id(session, conflict_id)
        review.decide(session, full, status=status, note=note, reviewer=_reviewer(reviewer),
                      seen_version=seen_version)
        return full
    full = _run(db_url, act, write=True)
    click.echo(f"{full}: {review.STATUS_LABELS[status]}")


@review_group.command("note")
@click.argument("conflict_id")
@click.argument("text")
@version_option
@reviewer_option
@db_option
def review_note(conflict_id, text, seen_version, reviewer, db_url):
    """Add a note to a conflict's history."""
    def act(session):
        full = _full_id(session, conflict_id)
        review.add_note(session, full, note=text, reviewer=_reviewer(reviewer), seen_version=seen_version)
        return full
    click.echo(f"{_run(db_url, act, write=True)}: note added")


@review_group.command("assign")
@click.argument("conflict_id")
@click.argument("name")
@click.option("--note", metavar="TEXT", default=None, help="Why, or what to look at.")
@version_option
@reviewer_option
@db_option
def review_assign(conflict_id, name, note, seen_version, reviewer, db_url):
    """Assign a conflict to a reviewer ("" for nobody)."""
    def act(session):
        full = _full_id(session, conflict_id)
        review.assign(session, full, assignee=name, reviewer=_reviewer(reviewer), note=note,
                      seen_version=seen_version)
        return full
    full = _run(db_url, act, write=True)
    click.echo(f"{full}: assigned to {name}" if name.strip() else f"{full}: assigned to nobody")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(review.EXPORT_FORMATS), required=True,
              help="claimreview (schema.org JSON-LD), csv or json.")
@click.option("--status", type=click.Choice([*review.STATUSES, "all"]), default=None,
              help="Only conflicts with this status (default: all; confirmed for claimreview).")
@click.option("--out", "out", type=click.Path(dir_okay=False, writable=True, path_type=Path), default=None,
              help="Write to this file instead of standard output.")
@click.option("--base-url", default="http://127.0.0.1:8000", show_default=True, envvar="CLAIMTRACK_BASE_URL",
              help="Where the desk is published: ClaimReview `url`s point at its claim pages.")
@click.option("--publisher", metavar="NAME", default=None, envvar="CLAIMTRACK_PUBLISHER",
              help="The organisation that signs the reviews (default: the reviewer who decided).")
@db_option
def export_command(fmt, status, out, base_url, publisher, db_url):
    """Export reviewed conflicts as ClaimReview JSON-LD, CSV or JSON."""
    body = _run(db_url, lambda s: review.export(s, fmt, status=status, base_url=base_url, publisher=publisher))
    if out is None:
        click.echo(body, nl=False)
        return
    partial = out.with_name(out.name + ".partial")  # never leave a half-written file under the real name
    partial.write_text(body, encoding="utf-8")
    partial.replace(out)
    click.echo(f"wrote {out}", err=True)


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
def serve_command(db_url, host, port):
    """Run the fact-checker's desk (web pages) on this machine."""
    import uvicorn

    from .web import create_app

    from .accounts import accounts_exist

    _, sessions = open_database(db_url)
    with sessions() as session:
        with_accounts = accounts_exist(session)
    if host not in ("127.0.0.1", "localhost", "::1") and not with_accounts:
        click.echo(f"warning: listening on {host} without accounts (single-user local mode): anyone who reaches "
                   f"it can decide; add accounts with `claimtrack user add`", err=True)
    uvicorn.run(create_app(sessions), host=host, port=port, log_level="info")
