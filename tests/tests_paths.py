"""Where the bundled data is, for tests that open it."""

from explorer.core import paths


def bundled():
    return paths.bundled_db()
