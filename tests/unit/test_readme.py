"""The README tells a newcomer how to log in to the demo: it must match the accounts the demo creates."""

from pathlib import Path

from desktop.demo import DEMO_ACCOUNTS

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    head = README.split("## ", 1)[0]
    assert "make run" in head and "make test" in head


def test_every_demo_account_is_in_the_readme_with_its_password():
    for username, _full_name, _role, password in DEMO_ACCOUNTS:
        assert f"| `{username}` | `{password}` |" in README
