"""The Qt-free core: data/ (the database and what is read from it), view/
(filters, range, lanes, labels, the session) and io/ (files in and out), over
a few basics (atomic writes, long-work progress, paths).

Nothing in this package imports Qt: the import-linter contracts in pyproject.toml
and tests/test_core_is_qt_free.py enforce it. See docs/architecture.md.
"""
