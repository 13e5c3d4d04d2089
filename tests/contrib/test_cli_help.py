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


def test_the_help_is_in_both_languages_and_turkish_on_a_turkish_machine(monkeypatch):
    """A contributor with LANG=tr_TR reads `kb … --help` in Turkish: argparse's own words
    too ("usage:", "options"), which Python ships in English only."""
    from support import kb_in_process

    for name in ("", *sorted(_subcommands())):
        argv = [name, "--help"] if name else ["--help"]
        monkeypatch.setenv("KB_LANG", "tr")
        code, turkish, _ = kb_in_process(*argv)
        monkeypatch.setenv("KB_LANG", "en")
        _, english, _ = kb_in_process(*argv)
        assert code == 0 and turkish.startswith("kullanım: kb") and "seçenekler:" in turkish
        assert english.startswith("usage: kb") and "options:" in english
        for word in ("usage", "options", "show this help", "default", "positional"):
            assert word not in turkish, (name, word)
        # Each option's text is its own in each language, not the English one again.
        assert len(set(turkish.split()) & {"the", "of", "to", "a", "every"}) == 0, (name, turkish)
    monkeypatch.setenv("KB_LANG", "en")
    assert "bu yardımı gösterir" in kb_in_process("validate", "--lang", "tr", "--help")[1]


def test_a_mistyped_option_is_told_in_the_language_asked(monkeypatch):
    from support import kb_in_process

    monkeypatch.setenv("KB_LANG", "tr")
    code, _, err = kb_in_process("validate", "--format", "yaml")
    assert code == 2
    assert err.splitlines()[-1] == ("kb validate: hata: --format: 'yaml' geçerli bir seçenek "
                                    "değil (şunlardan birini seçin: 'text', 'json', 'github')")
    assert kb_in_process()[2].splitlines()[-1] == "kb: hata: şunlar gerekli: KOMUT"
    monkeypatch.setenv("KB_LANG", "en")
    assert kb_in_process("validate", "--format", "yaml")[2].splitlines()[-1] == (
        "kb validate: error: argument --format: invalid choice: 'yaml' (choose from 'text', "
        "'json', 'github')")


def test_the_language_may_be_given_before_the_command(monkeypatch):
    """`kb --lang tr validate` (as git and most tools take a global option) speaks Turkish;
    it is never read as the command 'tr'. A command's own --lang wins; before `build` it
    changes the messages only, never which languages are built."""
    from support import kb_in_process

    monkeypatch.setenv("KB_LANG", "en")
    code, out, err = kb_in_process("--lang", "tr", "validate")  # the summary is on stderr
    assert (code, out, err.strip()) == (0, "", "hepsi geçerli")
    assert kb_in_process("--lang=tr", "validate")[2].strip() == "hepsi geçerli"
    assert kb_in_process("--lang", "tr", "validate", "--lang", "en")[2].strip() == "all valid"
    code, out, _ = kb_in_process("--lang", "tr", "--help")
    assert code == 0 and out.startswith("kullanım: kb") and "iletilerin ve yardımın dili" in out
    code, _, err = kb_in_process("--lang", "tr", "validate", "--format", "yaml")
    assert code == 2 and "geçerli bir seçenek değil" in err
    from kb.cli import build_parser

    args = build_parser().parse_args(["--lang", "tr", "build"])
    assert args.messages == "tr" and args.lang is None  # both languages built
