"""Editing dialogs and the Edit menu: thin views over core.view.editor."""
