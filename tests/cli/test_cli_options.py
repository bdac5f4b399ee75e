"""The command line's options: a start without a command reads them on their own (the commands'
parsers are built only when needed); help and mistakes still come from the full parser, which
names the commands."""

from __future__ import annotations

import pytest

from jnprojects import cli


def _exit_of(capsys, *argv: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as stopped:
        cli.main(list(argv))
    captured = capsys.readouterr()
    return stopped.value.code, captured.out + captured.err


def test_help_lists_every_command(capsys):
    code, text = _exit_of(capsys, "--help")
    assert code == 0
    for command in ("init", "restore", "screenshot", "export"):
        assert f"\n    {command} " in text


@pytest.mark.parametrize(("argv", "message"), [
    (("--lang", "fr"), "invalid choice: 'fr'"),
    (("--d", "x.db"), "ambiguous option: --d could match --db, --demo"),
    (("--db",), "expected one argument"),
    (("--db", "x.db", "--bogus"), "unrecognized arguments: --bogus"),
])
def test_a_mistake_is_reported_with_the_commands_usage(capsys, argv, message):
    code, text = _exit_of(capsys, *argv)
    assert code == 2
    assert message in text
    assert "COMMAND ..." in text  # the full parser's usage, not the window start's options alone


def test_a_start_without_a_command_reads_the_window_options(monkeypatch):
    started = {}

    def run_gui(db_path, *, demo, lang, readonly):  # noqa: ANN001, ANN202 - app.run_gui's own
        started.update(db=db_path.name, demo=demo, lang=lang, readonly=readonly)
        return 0

    monkeypatch.setattr("jnprojects.app.run_gui", run_gui)
    monkeypatch.setattr("jnprojects.app.setup_logging", lambda: None)
    assert cli.main(["--db", "office.db", "--readonly", "--lang=en"]) == 0
    assert started == {"db": "office.db", "demo": False, "lang": "en", "readonly": True}
