"""The import contract: the core must never pull in Qt (napari keeps the same rule)."""

import pkgutil
import subprocess
import sys

import explorer.core


def test_core_imports_no_qt():
    modules = [m.name for m in pkgutil.iter_modules(explorer.core.__path__, "explorer.core.")]
    assert len(modules) >= 8
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "qt = ('PySide6', 'pyqtgraph', 'shiboken6')\n"
        + "bad = [m for m in sys.modules if m.split('.')[0] in qt]\n"
        + "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
