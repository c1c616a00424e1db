"""Alembic's migration scripts for the ClearNotice schema (see clearnotice/migrate.py)."""
