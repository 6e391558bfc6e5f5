"""Add a source document: a plain-text, Markdown or HTML file, or pasted text,
with its outlet, publication date, language and URL."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from ...core.data import edit_ops
from ...core.view.editor import Editor
from .saving import ask_until_saved, ok_cancel, problem_label

TEXT_FILES = "Texts (*.txt *.md *.markdown *.html *.htm);;All files (*)"


def text_of_file(path: Path) -> str:
    """A file's text as a reader sees it: HTML without its tags, the rest as written."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        doc = QTextDocument()
        doc.setHtml(raw)
        return doc.toPlainText()
    return raw


class SourceForm(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Source"))
        self.resize(640, 560)
        self.title = QLineEdit()
        self.outlet = QLineEdit()
        self.published = QLineEdit()
        self.published.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.language = QLineEdit()
        self.language.setPlaceholderText(self.tr("e.g. en, de"))
        self.url = QLineEdit()
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("the file's name, if it came from one"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Paste the article's text, or open a file"))
        open_file = QPushButton(self.tr("Open File…"))
        open_file.clicked.connect(self._open)
        self.problem = problem_label()
        buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Headline"), self.title)
        form.addRow(self.tr("&Outlet"), self.outlet)
        form.addRow(self.tr("&Published"), self.published)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&URL"), self.url)
        form.addRow(self.tr("&File"), self.file)
        form.addRow(open_file)
        form.addRow(self.text)
        form.addRow(self.problem)
        form.addRow(buttons)

    def _open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a source"), "", TEXT_FILES)
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        self.text.setPlainText(text_of_file(path))
        self.file.setText(path.name)

    def values(self) -> dict:
        return {
            "title": self.title.text().strip(),
            "outlet": self.outlet.text().strip(),
            "published": self.published.text().strip(),
            "language": self.language.text().strip(),
            "url": self.url.text().strip(),
            "file": self.file.text().strip(),
            "text": self.text.toPlainText(),
        }


def ask_new_source(editor: Editor, parent) -> int | None:
    form = SourceForm(parent)
    return ask_until_saved(
        form, editor, lambda: edit_ops.new_source(editor.writer, **form.values()), parent
    )
