"""View › Language: English or Deutsch, remembered, used from the next start on.

Switching at once would mean building every widget, menu and open dialog
again; the choice is saved, the message says when it takes effect and offers
to restart now (the window remembers its database, filters and layout).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox

from . import i18n
from .i18n import translate


def language_menu(window, parent: QMenu) -> QMenu:
    """The submenu, its entries checked for the language in use; `window` has `settings`."""
    menu = parent.addMenu(translate("LanguageMenu", "&Language"))
    group = QActionGroup(menu)
    for code, name in i18n.LANGUAGES.items():
        action = menu.addAction(name)  # each in its own language, as users look for it
        action.setCheckable(True)
        action.setChecked(code == i18n.current())
        action.setData(code)
        group.addAction(action)
    group.triggered.connect(lambda action: choose_language(window, action.data()))
    return menu


def choose_language(window, code: str) -> None:
    """Remember `code`; say it takes effect on the next start (unless it is in use)."""
    remembered = window.settings.get(i18n.SETTING)
    window.settings.set(i18n.SETTING, code)
    if code == i18n.current() and remembered in (None, code):
        return
    name = i18n.LANGUAGES[code]
    if code == i18n.current():
        text = translate("LanguageMenu", "Timeline Explorer stays in {language}.")
    else:
        text = translate(
            "LanguageMenu",
            "Timeline Explorer will be in {language} the next time it starts.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("LanguageMenu", "Language"),
        text.format(language=name),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    later = box.addButton(translate("LanguageMenu", "Later"), QMessageBox.ButtonRole.RejectRole)
    if code != i18n.current():
        restart = box.addButton(
            translate("LanguageMenu", "Restart Now"), QMessageBox.ButtonRole.AcceptRole
        )
        restart.clicked.connect(lambda: _restart(window))
    box.setDefaultButton(later)
    box.open()  # not modal to the event loop: a test, or the user, carries on
    window.language_note = box


def restart_command(argv: list[str], executable: str, frozen: bool) -> list[str]:
    """The command that starts the app again as it was started, without --lang
    (the remembered choice is to count)."""
    args, skip = [], False
    for arg in argv[1:]:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            args.append(arg)
    if frozen:
        return [executable, *args]
    script = ["-m", "explorer"] if argv[0].endswith("__main__.py") else [argv[0]]
    return [executable, *script, *args]


def _restart(window) -> None:
    """Close the window (it remembers its state), then start the app again."""
    if not window.close():
        return
    program, *args = restart_command(sys.argv, sys.executable, hasattr(sys, "frozen"))
    QProcess.startDetached(program, args)
