"""Docs that cannot drift: every setting in docs/settings.md, the two commands in the README, every fixed text
renders."""

from __future__ import annotations

import re
import string

from assistant.config import Settings
from assistant.server.errors import STATUS
from assistant.texts import SCRIPT_TEXTS, TEMPLATES, render
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()
SETTINGS_PAGE = (ROOT / "docs" / "settings.md").read_text()


FACTORY_DEFAULTS = {
    "corpus": "the bundled `corpus/`",
    "index_dir": "`index/` in a checkout, else `~/.local/share/health-assistant/index`",
    "data_dir": "`~/.local/share/health-assistant/data`",
    "model_cache_dir": "`~/.cache/health-assistant/models`",
    "cors_origins": "none",
}


def settings_table() -> list[str]:
    """The settings page's rows, made from the Settings class itself."""
    rows = []
    for name, field in Settings.model_fields.items():
        default = (
            FACTORY_DEFAULTS[name]
            if field.default_factory
            else "unset"
            if field.default is None
            else f"`{field.default}`"
            if field.default != ""
            else "empty"
        )
        rows.append(f"| `ASSISTANT_{name.upper()}` | {default} | {field.description} |")
    return rows


def test_every_setting_is_documented() -> None:
    missing = [row for row in settings_table() if row not in SETTINGS_PAGE]
    assert not missing, "update the settings table in docs/settings.md to:\n" + "\n".join(settings_table())
    documented = set(re.findall(r"`(ASSISTANT_[A-Z_]+)`", SETTINGS_PAGE))
    assert documented == {f"ASSISTANT_{name.upper()}" for name in Settings.model_fields}


def test_readme_gives_the_two_commands_and_ci_runs_the_test_one() -> None:
    assert "scripts/run" in README and "scripts/test" in README
    assert "scripts/test" in (ROOT / ".ci" / "run").read_text()


def test_every_template_renders_with_the_settings() -> None:
    settings = Settings()
    for template_id, text in TEMPLATES.items():
        fields = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        values = {name: "1" for name in fields - {"emergency_number", "crisis_line", "poison_line"}}
        rendered = render(template_id, settings, **values)
        assert not re.search(r"\{[a-z_]*\}", rendered) and rendered.strip() == rendered
    assert set(SCRIPT_TEXTS) <= set(TEMPLATES)


def test_template_ids_used_in_code_exist() -> None:
    used: set[str] = set()
    for path in [*(ROOT / "assistant").rglob("*.py"), *(ROOT / "web").rglob("*.*")]:
        used.update(
            re.findall(r"[\"']((?:notice|answer|disclaimer|error|ui|staff)\.[a-z_]+)[\"']", path.read_text())
        )
    assert used and used - set(TEMPLATES) == set()


def test_every_error_code_has_one_status_and_a_fixed_text() -> None:
    """Codes raised by routes (`problem("...")`) and by the domain (`SomeError("code", ...)`) are all in the one
    table of statuses, and each code of ours has its text in texts.py."""
    source = "\n".join(path.read_text() for path in (ROOT / "assistant").rglob("*.py"))
    raised = set(re.findall(r"\bproblem\(\s*\"([a-z_]+)\"", source))
    raised |= set(
        re.findall(r"\b(?:InvalidMessage|UpdateError|InvalidArticle|NoSuchArticle)\(\s*\"([a-z_]+)\"", source)
    )
    assert len(raised) >= 14 and raised <= set(STATUS), raised - set(STATUS)
    starlettes = {"unauthorized", "forbidden", "not_found", "method_not_allowed"}
    # "unavailable" answers with error.not_ready; Starlette's own refusals carry its words.
    texts_of = {code: f"error.{code}" for code in STATUS.keys() - starlettes - {"unavailable"}}
    assert all(text in TEMPLATES for text in texts_of.values()), texts_of
