"""Thin commands over plain functions: check, scan, train, evaluate, suite, serve, keys, db.

Every error a user can cause ends in one line on stderr and a non-zero exit code
(2 for bad input, 1 for anything else that went wrong), never a traceback.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from civility import __version__, settings
from civility.domain import CATEGORIES, Verdict
from civility.errors import CivilityError
from civility.serialize import verdict_json

F = TypeVar("F", bound=Callable[..., Any])


def _opt_path(value: str) -> Path | None:
    return Path(value) if value else None


def friendly(func: F) -> F:
    """Turn our errors, and the operating system's, into one line and an exit code."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except CivilityError as exc:
            click.echo(f"error: {exc.message}", err=True)
            sys.exit(2)
        except (OSError, MemoryError) as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def _moderator(policy: str, model: str) -> Any:
    from civility.policy.engine import Moderator

    return Moderator.from_files(_opt_path(policy), _opt_path(model))


def _print_verdict(verdict: Verdict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    colour = {"publish": "green", "hold": "yellow", "reject": "red"}[verdict.action.value]
    console.print(f"[bold {colour}]{verdict.action.value}[/]")
    for reason in verdict.reasons:
        console.print(f"  [{colour}]{reason.code}[/] ({reason.action.value}"
                      + (f", score {reason.score:.2f} ≥ {reason.threshold:.2f}"
                         if reason.score is not None and reason.threshold is not None else "")
                      + f"): {reason.message}")
        for e in reason.evidence[:6]:
            spans = ", ".join(repr(s.text) for s in e.spans[:4]) or "-"
            console.print(f"      {e.source} {e.score:.2f}: {spans}", markup=False)
    table = Table("category", "score", box=None)
    for c in CATEGORIES:
        table.add_row(c.value, f"{verdict.scores[c]:.3f}")
    console.print(table)
    console.print(f"model {verdict.model_version}, policy {verdict.policy_version}",
                  style="dim")


_policy_opt = click.option("--policy", default=lambda: settings.get("policy"),
                           help=settings.describe("policy"), metavar="FILE")
_model_opt = click.option("--model", default=lambda: settings.get("model"),
                          help=settings.describe("model"), metavar="FILE")


class _Commands(click.Group):
    """Click's group, with its own errors (bad options, missing arguments) ending in one line
    that starts with ``error:`` like every other error of the CLI."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.exceptions.Abort:
            click.echo("error: aborted", err=True)
            sys.exit(1)
        except click.UsageError as exc:
            if exc.ctx is not None:
                click.echo(f"{exc.ctx.get_usage()}\nTry '{exc.ctx.command_path} --help' for help.",
                           err=True)
            click.echo(f"error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=_Commands)
@click.version_option(__version__, prog_name="civility")
def main() -> None:
    """Civility: self-hosted comment moderation for news publishers."""


@main.command()
@click.argument("text", required=False)
@click.option("--file", "file_", type=click.Path(path_type=Path), help="Read the text from a file.")
@click.option("--json", "as_json", is_flag=True, help="Print the verdict as JSON.")
@click.option("--exit-code", is_flag=True,
              help="Exit with the verdict: 0 publish, 1 hold, 2 reject (errors exit 3).")
@_policy_opt
@_model_opt
@friendly
def check(text: str | None, file_: Path | None, as_json: bool, exit_code: bool, policy: str,
          model: str) -> None:
    """Moderate one comment: print the action, the scores and the evidence."""
    try:
        verdict = _check_one(text, file_, policy, model)
    except CivilityError as exc:
        if not exit_code:
            raise
        click.echo(f"error: {exc.message}", err=True)
        sys.exit(3)  # 0, 1 and 2 are the verdicts
    if as_json:
        click.echo(json.dumps(verdict_json(verdict), ensure_ascii=False, indent=2))
    else:
        _print_verdict(verdict)
    if exit_code:
        sys.exit({"publish": 0, "hold": 1, "reject": 2}[verdict.action.value])


def _check_one(text: str | None, file_: Path | None, policy: str, model: str) -> Verdict:
    from civility.errors import InputError

    if file_ is not None:
        try:
            text = file_.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InputError(f"{file_}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{file_}: is a folder, not a file") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"{file_}: not UTF-8 text (byte {exc.start})") from exc
    elif text is None or text == "-":
        text = sys.stdin.read()
    verdict: Verdict = _moderator(policy, model).moderate(text)
    return verdict


def _scan_progress(stack: ExitStack, source: Path) -> Callable[[int, int], None]:
    """A progress bar over the file's bytes, with rows, rows a second and the time left."""
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    progress = stack.enter_context(Progress(
        TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), transient=True))
    task = progress.add_task("scanning", total=max(source.stat().st_size, 1), rate="")
    started = time.monotonic()

    def show(rows: int, read: int) -> None:
        rate = rows / max(time.monotonic() - started, 1e-6)
        progress.update(task, completed=read, description=f"{rows:,} rows", rate=f"{rate:,.0f} rows/s")

    return show


@main.command()
@click.argument("input_", metavar="INPUT", type=click.Path(path_type=Path))
@click.option("--text-column", default="text", show_default=True, help="Column with the text.")
@click.option("--output", required=True, type=click.Path(path_type=Path), help="Output file.")
@click.option("--batch-size", default=lambda: int(settings.get("batch-size")), type=int,
              help=settings.describe("batch-size"))
@click.option("--workers", default=lambda: int(settings.get("scan-workers")), type=int,
              help=settings.describe("scan-workers"))
@_policy_opt
@_model_opt
@friendly
def scan(input_: Path, text_column: str, output: Path, batch_size: int, workers: int, policy: str,
         model: str) -> None:
    """Moderate every row of a CSV or JSONL file; write the rows with their verdicts."""
    from civility.errors import InputError
    from civility.scan import scan_file

    if batch_size < 1:
        raise InputError("--batch-size must be at least 1")
    if not 0 <= workers <= 64:
        raise InputError(f"--workers must be between 0 and 64, not {workers}")
    moderator = _moderator(policy, model)
    max_bytes = int(settings.get("max-line-bytes"))
    with ExitStack() as stack:
        pool = None
        if workers > 0:
            from civility.policy.workers import EnginePool

            pool = EnginePool(workers, _opt_path(model))
            stack.callback(pool.close)
        on_progress: Callable[[int, int], None] | None = None
        if sys.stderr.isatty():
            on_progress = _scan_progress(stack, input_)

        report = scan_file(input_, output, text_column, moderator, batch_size=batch_size,
                           max_bytes=max_bytes, on_progress=on_progress, pool=pool)
    click.echo(f"{report.scored:,} rows scored, {report.skipped:,} skipped; wrote {output}",
               err=True)


@main.command()
@click.option("--data", required=True, type=click.Path(path_type=Path),
              help="The shared/data folder.")
@click.option("--output", required=True, type=click.Path(path_type=Path),
              help="Folder for the model artifacts (civility-encoder.npz, civility-ngram.npz).")
@click.option("--tiny", is_flag=True,
              help="A tiny encoder from a random config (minutes; for tests, never shipped).")
@click.option("--per-family", default=900, show_default=True, type=click.IntRange(1, 100000),
              help="Generated sentences per template family.")
@friendly
def train(data: Path, output: Path, tiny: bool, per_family: int) -> None:
    """Train the n-gram model and the encoder, and set the cascade between them."""
    from civility.training.pipeline import pretrained_encoder, train_all

    base = None if tiny else pretrained_encoder()
    result = train_all(data, output, base=base, tiny=tiny, per_family=per_family,
                       log=lambda m: click.echo(m, err=True))
    for name, m in result["encoder"]["public_test"].items():
        click.echo(f"{name:<16} rows={m['rows']:<6} auc={m['auc']} ece={m['ece']}")
    click.echo(f"span F1 {result['encoder']['span_f1']}; cascade {result['cascade']}")


@main.command()
@click.option("--data", required=True, type=click.Path(path_type=Path),
              help="A labelled CSV/JSONL file, or the shared/data folder (held-back split).")
@click.option("--output", type=click.Path(path_type=Path), default=Path("evaluation"),
              show_default=True, help="Folder for metrics.json and the PNG plots.")
@_policy_opt
@_model_opt
@friendly
def evaluate(data: Path, output: Path, policy: str, model: str) -> None:
    """Measure the engine on labelled data: metrics JSON, ROC/PR plots, bias report."""
    from civility.training.evaluate import evaluate as run

    metrics = run(data, _moderator(policy, model), output, log=lambda m: click.echo(m, err=True))
    click.echo(json.dumps(metrics["categories"], indent=2))


@main.command()
@click.option("--data", required=True, type=click.Path(path_type=Path),
              help="The shared/data folder (its held-back split and the held-out families).")
@click.option("--card", type=click.Path(path_type=Path), default=Path("docs/model-card.md"),
              show_default=True, help="The model card whose tables are rewritten.")
@click.option("--suite", "suite_dir", type=click.Path(path_type=Path),
              default=Path("tests/functional"), show_default=True,
              help="Folder of the functional suite's cases_*.txt files.")
@_policy_opt
@_model_opt
@friendly
def card(data: Path, card: Path, suite_dir: Path, policy: str, model: str) -> None:
    """Measure the engine and rewrite the model card's tables (suite, families, metrics, bias,
    rules, artifacts)."""
    from civility.errors import DataError
    from civility.training.card import write_card

    files = sorted(suite_dir.glob("cases_*.txt"))
    if not files:
        raise DataError(f"no cases_*.txt files in {suite_dir}")
    if not card.exists():
        raise DataError(f"model card not found: {card}")
    write_card(data, card, files, _moderator(policy, model), log=lambda m: click.echo(m, err=True))


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--failures", is_flag=True, help="List the cases that failed.")
@_policy_opt
@_model_opt
@friendly
def suite(files: tuple[Path, ...], failures: bool, policy: str, model: str) -> None:
    """Run functional suites (sections of cases by kind) and print per-kind results."""
    from civility.training.suite import format_results, load_suite, run_suite

    moderator = _moderator(policy, model)
    results, failed = run_suite(load_suite(files),
                                lambda ts: [v.action for v in moderator.moderate_many(ts)])
    click.echo(format_results(results))
    if failures:
        for case, got in failed:
            click.echo(f"{case.where} [{case.kind}] expected {case.expect.value}, "
                       f"got {got.value}: {case.text}")


def _listed(name: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in settings.get(name).split(",") if part.strip())


_db_opt = click.option("--db", default=settings.database, help=settings.describe("db"),
                       metavar="URL")


@main.command()
@_db_opt
@click.option("--host", default=lambda: settings.get("host"), help=settings.describe("host"))
@click.option("--port", default=lambda: int(settings.get("port")), type=int, help=settings.describe("port"))
@click.option("--engine-workers", default=lambda: int(settings.get("engine-workers")), type=int,
              help=settings.describe("engine-workers"))
@click.option("--access-log", is_flag=True, help="Log every request.")
@_policy_opt
@_model_opt
@friendly
def serve(db: str, host: str, port: int, engine_workers: int, access_log: bool, policy: str,
          model: str) -> None:
    """Run the comment service and its REST API (migrates the database first)."""
    from civility.domain import Role
    from civility.errors import InputError
    from civility.service import keys
    from civility.service.setup import COMMAND_LINE, open_site
    from civility.web.server import serve as run

    if not 0 < port < 65536:
        raise InputError(f"--port must be between 1 and 65535, not {port}")
    if not 0 <= engine_workers <= 64:
        raise InputError(f"--engine-workers must be between 0 and 64, not {engine_workers}")
    site = open_site(db, _opt_path(policy), _opt_path(model), engine_workers)
    site.coral_secrets = _listed("coral-secret")
    site.widget_origins = _listed("widget-origins")
    site.widget_secret = settings.get("widget-secret")
    site.webhook_private_targets = settings.get("webhook-private-targets").lower() in ("1", "true", "yes")
    click.echo(f"database {site.db.describe()}; policy {site.policy.version}; "
               f"model {site.moderator.model_version}", err=True)
    if keys.count_keys(site.db) == 0:
        _info, secret = keys.create_key(site.db, Role.ADMIN, "first-admin", COMMAND_LINE)
        click.echo("No API keys yet, so here is an admin key. It is shown once; keep it safe:\n"
                   f"  {secret}", err=True)
    click.echo(f"Civility is at http://{host}:{port}/ : moderators log in at /moderate/login, "
               f"the demo article with the comment widget is at /demo", err=True)
    run(site, host, port, access_log=access_log)  # closes the site when it stops


@main.group()
def keys() -> None:
    """Make, list and revoke API keys."""


@keys.command("create")
@click.option("--role", required=True, help="admin, moderator or publisher.")
@click.option("--name", default="", help="Who or what holds the key (default: the role).")
@_db_opt
@friendly
def keys_create(role: str, name: str, db: str) -> None:
    """Make a key and print it; the key is the last line, shown once."""
    from civility.service import keys as service
    from civility.service.setup import COMMAND_LINE, open_database

    parsed = service.parse_role(role)
    database = open_database(db)
    info, secret = service.create_key(database, parsed, name or parsed.value, COMMAND_LINE)
    click.echo(f"Created {info.role.value} key {info.id} ({info.name}) in database {database.describe()}; "
               "a server started on another database will not know it. It is shown once:", err=True)
    click.echo(secret)


@keys.command("list")
@_db_opt
@friendly
def keys_list(db: str) -> None:
    """List keys (id, role, name, prefix, created, revoked); never their secrets."""
    from civility.service import keys as service
    from civility.service.setup import open_database

    for k in service.list_keys(open_database(db)):
        revoked = f"revoked {k.revoked_at:%Y-%m-%d %H:%M}" if k.revoked_at else "active"
        click.echo(f"{k.id}\t{k.role.value}\t{k.name}\t{k.prefix}…\t{k.created_at:%Y-%m-%d %H:%M}\t{revoked}")


@keys.command("revoke")
@click.argument("key_id", type=int)
@_db_opt
@friendly
def keys_revoke(key_id: int, db: str) -> None:
    """Revoke a key by its id; requests with it get 401 from then on."""
    from civility.service import keys as service
    from civility.service.setup import COMMAND_LINE, open_database

    info = service.revoke_key(open_database(db), key_id, COMMAND_LINE)
    click.echo(f"Revoked key {info.id} ({info.name}).")


@main.group()
def db() -> None:
    """Database schema: migrations."""


@db.command("upgrade")
@_db_opt
@friendly
def db_upgrade(db: str) -> None:
    """Apply the schema migrations (`civility serve` does this on start too)."""
    from civility.service.setup import open_database

    database = open_database(db)
    click.echo(f"{database.describe()} is at migration {database.revision()}")


@main.group()
def users() -> None:
    """Moderators' and admins' logins for the moderator pages."""


@users.command("create")
@click.option("--username", required=True, help="The login name.")
@click.option("--role", default="moderator", show_default=True, help="moderator or admin.")
@click.password_option("--password", help="At least 10 characters (asked for if not given).")
@_db_opt
@friendly
def users_create(username: str, role: str, password: str, db: str) -> None:
    """Make a login for the moderator pages."""
    from civility.service import keys as key_service
    from civility.service import staff
    from civility.service.setup import COMMAND_LINE, open_database

    database = open_database(db)
    staff.create_account(database, username, password, key_service.parse_role(role), COMMAND_LINE)
    click.echo(f"Created {role} login {username!r} in database {database.describe()}. "
               "Log in at /moderate/login.")


@users.command("change")
@click.argument("username")
@click.option("--role", default=None, help="A new role: moderator or admin.")
@click.option("--disable", is_flag=True, help="Disable the login.")
@_db_opt
@friendly
def users_change(username: str, role: str | None, disable: bool, db: str) -> None:
    """Change a login's role or disable it; its browser sessions end at once."""
    from civility.errors import InputError
    from civility.service import keys as key_service
    from civility.service import staff
    from civility.service.setup import COMMAND_LINE, open_database

    if role is None and not disable:
        raise InputError("say what to change: --role ROLE or --disable")
    staff.change_account(open_database(db), username, COMMAND_LINE, disable=disable,
                         role=key_service.parse_role(role) if role else None)
    click.echo(f"Changed login {username!r}; its sessions have ended.")
