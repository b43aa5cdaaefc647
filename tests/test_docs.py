"""The documentation says what the code does."""

from pathlib import Path

from components.cli import build_parser
from components.dataset import schema

ROOT = Path(__file__).resolve().parent.parent


def test_data_readme_carries_the_schema_tables_verbatim():
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    assert schema.markdown_tables().strip() in readme, "run: python -m components schema, and paste into data/README.md"


def test_every_shipped_column_is_described_in_the_schema():
    for table in schema.TABLES:
        path = ROOT / "data" / table.filename
        if not path.exists():
            continue
        header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
        described = {c.name for c in table.columns}
        assert set(header) <= described, f"{table.filename}: undocumented columns {set(header) - described}"


def test_every_cli_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = build_parser()._subparsers._group_actions[0].choices
    for name in commands:
        assert f"python -m components {name}" in readme, f"README does not show `python -m components {name}`"
