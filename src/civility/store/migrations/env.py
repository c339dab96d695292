"""Alembic's environment: runs migrations on the connection that ``Database.upgrade`` hands over."""

from __future__ import annotations

from alembic import context

from civility.store.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("run migrations with `civility db upgrade`, not the alembic command")

context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
