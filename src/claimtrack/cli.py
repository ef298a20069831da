"""The `claimtrack` command: thin commands over the library; errors become clear messages and exit codes.

Exit codes: 0 all good, 1 some inputs failed (the rest were stored), 2 usage error."""

from __future__ import annotations

import csv
import importlib
import io
import json
import sys
from functools import wraps

import click
from rich.console import Console
from rich.progress import ProgressColumn
from rich.table import Table
from rich.markup import escape
from rich.text import Text

from .db.engine import database_url, is_new_sqlite_database, make_engine, make_sessionmaker, upgrade

console = Console(stderr=True)


def db_option(func):
    @click.option("--db", "db_url", envvar="CLAIMTRACK_DB_URL", default=None, metavar="URL",
                  help="Database URL (default sqlite:///claims.db; also CLAIMTRACK_DB_URL).")
    @wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


def format_option(*choices: str):
    return click.option("--format", "fmt", type=click.Choice(choices), default=choices[0], show_default=True,
                        help="Output format.")


def open_database(db_url: str | None):
    """An engine on an up-to-date schema, and its sessionmaker."""
    from sqlalchemy.exc import ArgumentError, OperationalError

    url = database_url(db_url)
    try:
        engine = make_engine(url)
        upgrade(engine)
    except ArgumentError as exc:
        raise click.UsageError(f"invalid database URL {url!r}: {exc}") from None
    except OperationalError as exc:
        raise click.ClickException(f"cannot open database {url!r}: {exc.orig}") from None
    return engine, make_sessionmaker(engine)


def _articles_per_second(task) -> float | None:
    # Over the whole run: articles are reported a transaction at a time, in bursts that would make rich's
    # recent-speed estimate jump.
    elapsed = task.elapsed
    return task.completed / elapsed if task.completed and elapsed and elapsed > 0.5 else None


class RateColumn(ProgressColumn):
    """Articles per second, for the ingest progress bar."""

    def render(self, task) -> Text:
        rate = _articles_per_second(task)
        return Text(f"{rate:.1f} articles/s" if rate else "")


class TimeLeftColumn(ProgressColumn):
    """Time left at the rate so far, for the ingest progress bar."""

    def render(self, task) -> Text:
        rate = _articles_per_second(task)
        if rate is None or task.total is None:
            return Text("-:--:--", style="progress.remaining")
        seconds = int(max(0, task.total - task.completed) / rate)
        return Text(f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}", style="progress.remaining")


class CommandsOfOtherModules(click.Group):
    """A group some of whose commands live in other modules, imported only when one of those commands
    runs or the list of commands is asked for: `claimtrack ingest` starts its parsing workers before the
    review desk's modules (and SQLAlchemy with them) are imported."""

    def __init__(self, *args, elsewhere: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        self.elsewhere = elsewhere  # command name -> "module:attribute"

    def list_commands(self, ctx) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.elsewhere})

    def get_command(self, ctx, name: str):
        if name in self.elsewhere and name not in self.commands:
            module, attribute = self.elsewhere[name].split(":")
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return super().get_command(ctx, name)


@click.group(cls=CommandsOfOtherModules, context_settings={"help_option_names": ["-h", "--help"]}, elsewhere={
    "review": "claimtrack.review_cli:review_group", "export": "claimtrack.review_cli:export_command",
    "serve": "claimtrack.review_cli:serve_command", "user": "claimtrack.user_cli:user_group"})
@click.version_option(package_name="claimtrack")
def main():
    """Find who claims what in news articles, store every claim with its evidence, and flag conflicts."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Parsing processes (default: one per core, up to 4; fewer than 50 inputs are parsed "
                   "in the main process).")
@click.option("--include", multiple=True, metavar="GLOB", help="Only files matching this glob (repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files matching this glob (repeatable).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar; only errors and the summary line.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where the NLP runs: this machine, or the workers of a Dask cluster (needs --scheduler).")
@click.option("--scheduler", metavar="ADDRESS", envvar="CLAIMTRACK_DASK_SCHEDULER",
              help="The Dask scheduler, e.g. tcp://10.0.0.5:8786 (also CLAIMTRACK_DASK_SCHEDULER).")
def ingest(paths, db_url, workers, include, exclude, quiet, engine, scheduler):
    """Read articles (files, folders, .jsonl, `-` for standard input), store their claims and flag
    conflicts. Idempotent: articles already stored are skipped, corrected ones replace their old version."""
    from .readers import DEFAULT_EXCLUDES

    if engine == "dask" and not scheduler:
        raise click.UsageError("--engine dask needs --scheduler ADDRESS")
    read_options = {"excludes": DEFAULT_EXCLUDES + tuple(exclude), "includes": include}
    if engine == "dask":
        summary = _ingest_on_cluster(paths, db_url, scheduler, quiet, read_options)
    else:
        summary = _ingest_here(paths, db_url, workers, quiet, read_options)
    _report_ingest(summary)


def _ingest_here(paths, db_url, workers, quiet: bool, read_options: dict):
    """Ingest, parsing on this machine. Into a new database every article will be parsed, so the parsing
    workers start first and load the model while this process imports the rest and makes the database.
    Otherwise they start when the first article not stored yet needs them: a batch that is all stored
    already never loads the model."""
    from .parsing import ParsingPool, plan_workers
    from .readers import find_inputs

    inputs = find_inputs(paths, **read_options)
    with ParsingPool(plan_workers(workers, inputs.total)) as pool:
        if is_new_sqlite_database(database_url(db_url)):
            pool.start()
        from .ingest import ingest_inputs  # SQLAlchemy and the rest: after the workers are on their way

        _, sessions = open_database(db_url)
        return _with_progress(quiet, lambda **progress: ingest_inputs(inputs, sessions, pool, **progress))


def _ingest_on_cluster(paths, db_url, scheduler: str, quiet: bool, read_options: dict):
    """Ingest, parsing on the workers of a Dask cluster."""
    from .distributed import ingest_on_cluster

    _, sessions = open_database(db_url)
    return _with_progress(quiet, lambda **progress: ingest_on_cluster(paths, sessions, scheduler=scheduler,
                                                                      **progress, **read_options))


def _with_progress(quiet: bool, ingest):
    """`ingest(on_total=..., on_article=...)` under a progress bar (none when quiet or not on a terminal);
    its summary."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
    from sqlalchemy.exc import SQLAlchemyError

    progress = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                        RateColumn(), TimeLeftColumn(),
                        console=console, disable=quiet or not console.is_terminal)
    try:
        with progress:
            task = progress.add_task("ingest", total=None)
            return ingest(on_total=lambda n: progress.update(task, total=n),
                          on_article=lambda origin, outcome: progress.advance(task))
    except KeyboardInterrupt:
        click.echo("interrupted: the articles committed so far are kept; run the same command again to finish",
                   err=True)
        sys.exit(130)
    except SQLAlchemyError as exc:
        raise click.ClickException(f"database error: {exc}") from None
    except RuntimeError as exc:  # no spaCy model, no Dask, no scheduler at that address
        raise click.ClickException(str(exc)) from None


def _report_ingest(summary) -> None:
    for origin, reason in summary.failed:
        click.echo(f"error: {origin}: {reason}", err=True)
    click.echo(
        f"{summary.new} new, {summary.replaced} replaced, {summary.unchanged} unchanged, "
        f"{len(summary.failed)} failed inputs; {summary.claims} claims; {summary.conflicts} new conflicts", err=True)
    sys.exit(0 if summary.ok else 1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format: one JSON object per article.")
@click.option("--with-own-voice", is_flag=True,
              help="Also list what articles state in their own voice (counts, dated events); ingest stores those.")
def extract(paths, fmt, with_own_voice):
    """Extract attributed claims without a database: one JSON object per article on standard output."""
    from .extract import extract_claims
    from .db.repository import claim_id
    from .nlp import load_pipeline
    from .readers import read_paths
    from .serialize import article_json, claim_json

    failed = 0
    nlp = None
    for result in read_paths(paths):
        if result.error:
            click.echo(f"error: {result.origin}: {result.error}", err=True)
            failed += 1
            continue
        nlp = nlp or load_pipeline()
        article = result.article
        claims = [c for c in extract_claims(nlp(article.text), article.published, article.title)
                  if with_own_voice or not c.own_voice]
        meta = article_json(article)
        out = {"path": article.origin, "id": article.id,
               "claims": [claim_json(c, claim_id(article, c), meta) for c in claims]}
        click.echo(json.dumps(out, ensure_ascii=False))
    sys.exit(1 if failed else 0)


CLAIM_COLUMNS = ("id", "source", "cue", "commitment", "polarity", "kind", "subject", "predicate", "quantity",
                 "time", "article", "published", "sentence")


def _claim_row_flat(claim: dict) -> dict:
    q, t = claim["quantity"], claim["time"]
    return {
        "id": claim["id"], "source": claim["source"]["name"] or "", "cue": claim["cue"],
        "commitment": claim["commitment"], "polarity": claim["polarity"], "kind": claim["kind"],
        "subject": claim["subject"]["key"], "predicate": claim["predicate"]["key"],
        "quantity": q["text"] if q else "", "time": f"{t['start']}..{t['end']}" if t else "",
        "article": claim["article"]["title"], "published": claim["article"]["published"] or "",
        "sentence": claim["sentence"],
    }


@main.command()
@db_option
@format_option("table", "json", "csv")
def claims(db_url, fmt):
    """List every stored claim."""
    from .db.repository import all_claims
    from .serialize import claim_row_json

    _, sessions = open_database(db_url)
    with sessions() as session:
        rows = [claim_row_json(row) for row in all_claims(session)]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        _write_csv([_claim_row_flat(c) for c in rows], CLAIM_COLUMNS)
    else:
        table = Table("source", "cue", "kind", "subject", "predicate", "quantity", "time", "article",
                      title=f"{len(rows)} claims")
        for claim in map(_claim_row_flat, rows):
            neg = "not " if claim["polarity"] == "negative" else ""
            table.add_row(*map(escape, (claim["source"], claim["cue"], claim["kind"], claim["subject"],
                                        neg + claim["predicate"], claim["quantity"], claim["time"], claim["article"][:40])))
        Console().print(table)


CONFLICT_COLUMNS = ("id", "kind", "relation", "status", "score", "explanation", "claim_a", "claim_b")


@main.command()
@db_option
@click.option("--status", type=click.Choice(["open", "confirmed", "dismissed", "needs_info"]), default=None,
              help="Only conflicts with this review status.")
@click.option("--kind", type=click.Choice(["numeric", "status", "negation", "quantifier", "stance", "date",
                                           "revision"]), default=None, help="Only conflicts of this kind.")
@format_option("table", "json", "csv")
def conflicts(db_url, status, kind, fmt):
    """List flagged conflicts, highest score first."""
    from .db.repository import list_conflicts
    from .serialize import conflict_json

    _, sessions = open_database(db_url)
    with sessions() as session:
        rows = [conflict_json(row) for row in list_conflicts(session, status=status, kind=kind)]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        _write_csv([{**{k: c[k] for k in CONFLICT_COLUMNS[:6]}, "claim_a": c["claims"][0]["id"],
                     "claim_b": c["claims"][1]["id"]} for c in rows], CONFLICT_COLUMNS)
    else:
        table = Table("id", "kind", "relation", "status", "score", "explanation", title=f"{len(rows)} conflicts")
        for c in rows:
            table.add_row(*map(escape, (c["id"], c["kind"], c["relation"], c["status"], f"{c['score']:.2f}",
                                        c["explanation"])))  # article text is never terminal markup
        Console(width=max(120, Console().width)).print(table)


@main.command("eval")
@click.argument("gold_dir", required=False, type=click.Path(file_okay=False))
@click.option("--brat", "brat_dir", type=click.Path(exists=True, file_okay=False),
              help="Score attribution spans against brat standoff files (.txt + .ann) in this folder instead.")
@db_option
@format_option("table", "json")
def eval_command(gold_dir, brat_dir, db_url, fmt):
    """Score extraction and conflict detection against gold annotations (e.g. corpus/gold)."""
    from .brat import BratError, read_brat_folder, score_documents
    from .evaluate import GoldError, evaluate

    if bool(gold_dir) == bool(brat_dir):
        raise click.UsageError("give either a gold folder (e.g. corpus/gold) or --brat DIR")
    try:
        if brat_dir:
            from .nlp import load_pipeline

            report = score_documents(read_brat_folder(brat_dir), load_pipeline())
        else:
            report = evaluate(gold_dir, db_url=db_url)
    except (GoldError, BratError) as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "json":
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    elif brat_dir:
        _print_brat_report(report)
    else:
        _print_eval_report(report)


def _prf(table: Table, name: str, score: dict, *extra) -> None:
    table.add_row(name, f"{score['precision']:.3f}", f"{score['recall']:.3f}", f"{score['f1']:.3f}",
                  str(score["predicted"]), str(score["gold"]), *extra)


def _print_eval_report(report: dict) -> None:
    out = Console(width=max(120, Console().width))
    claims, conflicts = report["claims"], report["conflicts"]
    table = Table("claims", "precision", "recall", "F1", "system", "gold", "accuracy on matched",
                  title="Claims (a field is right only on a matched claim)")
    _prf(table, "all", claims, "")
    for name, score in claims["fields"].items():
        _prf(table, name, score, f"{score['accuracy_on_matched']:.3f}")
    out.print(table)
    table = Table("conflicts", "precision", "recall", "F1", "system", "gold",
                  title="Conflicts (a restated conflict counts as the same conflict)")
    _prf(table, "all", conflicts)
    for name, score in conflicts["kinds"].items():
        _prf(table, name, score)
    out.print(table)
    out.print(f"gold non-conflicts flagged: {len(conflicts['non_conflicts_flagged'])} "
              f"of {conflicts['non_conflicts_checked']}", highlight=False)
    for miss in claims["misses"]:
        out.print(f"missed claim {miss['gold']} ({miss['file']}): {miss['source']}: {miss['content']}", highlight=False)
    for alarm in claims["false_alarms"]:
        out.print(f"extra claim in {alarm['article']!r}: {alarm['source']}: {alarm['text']}", highlight=False)
    for miss in conflicts["misses"]:
        out.print(f"missed conflict {miss['a']} / {miss['b']} ({miss['kind']}): {miss['why']}", highlight=False)
    for alarm in conflicts["false_alarms"]:
        out.print(f"false alarm ({alarm['kind']}): {alarm['explanation']}", highlight=False)
    for flagged in conflicts["non_conflicts_flagged"]:
        out.print(f"flagged a non-conflict ({flagged['reason']}): {flagged['why']}", highlight=False)


def _print_brat_report(report: dict) -> None:
    table = Table("role", "precision", "recall", "F1", "system", "gold",
                  title=f"Attribution spans in {report['documents']} documents")
    _prf(table, "attribution (cue and content overlap)", report["attribution"])
    for role, score in report["token_overlap"].items():
        _prf(table, f"{role}, token overlap", score)
    for role, score in report["exact"].items():
        _prf(table, f"{role}, exact span", score)
    Console(width=max(120, Console().width)).print(table)


@main.group()
def db():
    """Database schema: upgrade, show the current revision, check it matches this version of claimtrack."""


def _engine(db_url: str | None):
    from sqlalchemy.exc import ArgumentError

    url = database_url(db_url)
    try:
        return make_engine(url)
    except ArgumentError as exc:
        raise click.UsageError(f"invalid database URL {url!r}: {exc}") from None


def _revision(engine) -> str | None:
    from sqlalchemy.exc import OperationalError

    from .db.engine import current_revision

    try:
        return current_revision(engine)
    except OperationalError as exc:
        raise click.ClickException(f"cannot open database {engine.url!r}: {exc.orig}") from None


@db.command("upgrade")
@db_option
def db_upgrade(db_url):
    """Create or upgrade the schema to the latest migration."""
    engine, _ = open_database(db_url)
    click.echo(f"{engine.url!r} is at revision {_revision(engine)}")


@db.command("current")
@db_option
def db_current(db_url):
    """Show the schema revision of the database."""
    click.echo(_revision(_engine(db_url)) or "empty (no schema yet)")


@db.command("check")
@db_option
def db_check(db_url):
    """Exit 0 when the database is at the latest migration and its schema matches the models, else 1."""
    from .db.engine import head_revision, schema_differences

    engine = _engine(db_url)
    current, head = _revision(engine), head_revision()
    if current != head:
        raise click.ClickException(f"the database is at revision {current or 'none (empty)'}, the latest is {head}: "
                                   f"run `claimtrack db upgrade`")
    differences = schema_differences(engine)
    if differences:
        listed = "\n".join(f"  {d!r}" for d in differences)
        raise click.ClickException(f"the schema differs from the models at revision {head}:\n{listed}")
    click.echo(f"ok: revision {head}, the schema matches the models")


def _write_csv(rows: list[dict], columns) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    click.echo(buffer.getvalue(), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
