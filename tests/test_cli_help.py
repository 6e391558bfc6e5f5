"""Every option, positional and subcommand says what it is for; --help shows the window's
own arguments beside the commands."""

import argparse

from explorer.cli import COMMANDS, _parser, main, subcommand_parsers


def _parsers():
    top = _parser()
    return {"timeline-explorer": top, **subcommand_parsers(top)}


def test_every_action_of_every_parser_has_help():
    missing = []
    for name, parser in _parsers().items():
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
                continue
            if not (action.help or "").strip() or action.help == argparse.SUPPRESS:
                missing.append((name, action.dest))
    assert len(_parsers()) == len(COMMANDS) + 1
    assert missing == []


def test_every_subcommand_has_a_summary_and_a_description():
    top = _parser()
    action = next(a for a in top._actions if isinstance(a, argparse._SubParsersAction))
    summaries = {choice.dest: choice.help for choice in action._choices_actions}
    for name, parser in subcommand_parsers(top).items():
        assert summaries[name], name
        assert parser.description, name


def test_top_level_help_names_the_window_arguments_and_every_command(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for word in ("PATH", "--smoke-test", "--version", ".view.json", *COMMANDS):
        assert word in out, word


def test_subcommand_help_shows_its_own_name(capsys):
    try:
        main(["generate", "--help"])
    except SystemExit as exc:
        assert exc.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: timeline-explorer generate")
    assert "how many events" in out
