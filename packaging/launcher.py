"""PyInstaller entry point: the same `main` as the `timeline-explorer` console script."""

import sys

from explorer.cli import main

if __name__ == "__main__":
    sys.exit(main())
