"""The core must never pull in Qt (napari keeps the same rule). The import-linter
contracts in pyproject.toml state it for the code as written (`lint-imports`,
run by scripts/test); this test checks it for what importing really loads."""

import pkgutil
import subprocess
import sys

import explorer.core


def test_core_imports_no_qt():
    # walk_packages, not iter_modules: every subpackage's modules too
    modules = [m.name for m in pkgutil.walk_packages(explorer.core.__path__, "explorer.core.")]
    assert {"explorer.core.data.store", "explorer.core.io.importers.timesketch"} <= set(modules)
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "qt = ('PySide6', 'pyqtgraph', 'shiboken6')\n"
        + "bad = [m for m in sys.modules if m.split('.')[0] in qt]\n"
        + "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
