"""Every option of every `kb` sub-command says what it does in `--help`."""

from __future__ import annotations

import argparse

import pytest

from kb.cli import build_parser


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_every_option_has_help(name):
    parser = _subcommands()[name]
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        assert action.help and action.help != argparse.SUPPRESS, (name, action.dest)


def test_top_level_options_have_help():
    for action in build_parser()._actions:
        if not isinstance(action, argparse._SubParsersAction):
            assert action.help, action.dest
