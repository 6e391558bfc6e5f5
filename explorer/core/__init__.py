"""The Qt-free core: data access, partial dates, filter and view state, layout.

Nothing in this package may import Qt; tests/test_core_is_qt_free.py enforces it.
"""
