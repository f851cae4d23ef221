"""The schema's history: Alembic's environment (``env.py``) and one script per revision (``versions/``).

The newest revision is read from the scripts' file names, without importing Alembic or SQLAlchemy: a process that
only checks that a database is at the head (every command line) never needs either for it.
"""

from pathlib import Path

MIGRATIONS = Path(__file__).parent


def head_revision() -> str:
    """The newest migration's revision: each migration's file is named after its revision, numbered in order
    (``0008_ledger_replay.py`` is ``0008``), as ``tests/test_migrations.py`` checks against Alembic's own head."""
    return max(path.name.partition("_")[0] for path in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))
