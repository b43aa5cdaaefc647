"""`python -m components export`: the page's filters, titles and file names, from the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from components.cli import main
from components.dataset.load import load_dataset
from components.export import images
from components.view import charts, filters

ROOT = Path(__file__).resolve().parent.parent
needs_browser = pytest.mark.skipif(images.find_chromium() is None, reason="no Chrome or Chromium to draw images")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "components", "export", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=180)


def expected_names(ext: str, **raw) -> tuple[list[str], list[str]]:
    """(written, skipped) file names for the charts of a view, as the page names them."""
    ds = load_dataset()
    chosen = filters.clean_filters(ds, raw)
    built = charts.build_charts(filters.view_of(ds, chosen))
    return ([c.filename(chosen, ext) for c in built if c.figure is not None],
            [c.filename(chosen, ext) for c in built if c.figure is None])


@needs_browser
@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_writes_every_chart_for_castle_point(fmt, tmp_path):
    out = tmp_path / "out"
    result = run_cli("--area", "Castle Point", "--format", fmt, "--out", str(out))
    assert result.returncode == 0, result.stderr
    written, skipped = expected_names(fmt, areas=["Castle Point"])
    assert f"officer-numbers-castle-point.{fmt}" in written
    assert sorted(p.name for p in out.iterdir()) == sorted(written)
    for name in written:
        data = (out / name).read_bytes()
        if fmt == "png":
            assert data[:8] == b"\x89PNG\r\n\x1a\n", name
            assert int.from_bytes(data[16:20], "big") == 2400, name
        else:
            assert data.startswith(b"<svg") and b"Source: Southend Echo" in data, name
        assert f"wrote {out / name}" in result.stdout
    assert "Traceback" not in result.stderr


def test_charts_with_nothing_in_view_are_skipped_with_a_line(tmp_path, capsys):
    written, skipped = expected_names("html", kinds=["partial"])
    assert skipped, "this view should leave a chart empty"
    assert main(["export", "--kind", "partial", "--format", "html", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for name in skipped:
        assert f"skipped {name}: " in out
        assert not (tmp_path / name).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(written)
    assert (tmp_path / written[0]).read_bytes().lower().startswith(b"<!doctype html>")


def test_csv_writes_the_quotes_and_figures_in_view(tmp_path, capsys):
    assert main(["export", "--area", "Castle Point", "--speaker", "Norman Smith", "--format", "csv",
                 "--out", str(tmp_path / "new" / "dir")]) == 0
    out = tmp_path / "new" / "dir"
    assert sorted(p.name for p in out.iterdir()) == ["figures-castle-point-norman-smith.csv",
                                                     "quotes-castle-point-norman-smith.csv"]
    ds = load_dataset()
    chosen = filters.clean_filters(ds, {"areas": ["Castle Point"], "speakers": ["Norman Smith"]})
    quotes = filters.filter_quotes(ds, chosen)
    back = pd.read_csv(out / "quotes-castle-point-norman-smith.csv", dtype=str, keep_default_na=False)
    assert back["quote_id"].tolist() == quotes["quote_id"].tolist()
    assert back["text"].tolist() == quotes["text"].tolist()
    assert set(back["speaker_name"]) == {"Norman Smith"}


def test_repeated_options_and_unknown_values(tmp_path, capsys):
    code = main(["export", "--area", "Castle Point", "--area", "Southend", "--area", "Atlantis", "--format", "csv",
                 "--out", str(tmp_path)])
    assert code == 0
    err = capsys.readouterr().err
    assert "No area called 'Atlantis' in this dataset; it was left out." in err
    assert "Area: Castle Point, Southend" in err
    assert (tmp_path / "quotes-castle-point-southend.csv").exists()


def test_an_invalid_dataset_exits_1_with_a_message(dataset_copy, set_cell, tmp_path):
    set_cell(dataset_copy / "quotes.csv", "q01", "start", "not a number")
    result = run_cli("--format", "csv", "--out", str(tmp_path / "out"), "--data-dir", str(dataset_copy))
    assert result.returncode == 1
    assert "problem(s), so nothing was exported" in result.stderr
    assert "quotes.csv" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_no_browser_for_images_exits_1_with_a_message(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(images, "find_chromium", lambda: None)
    assert main(["export", "--area", "Castle Point", "--format", "png", "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "plotly_get_chrome" in err and "apt install chromium" in err
    assert not (tmp_path / "out").exists()


def test_an_out_path_that_is_a_file_exits_1(tmp_path, capsys):
    (tmp_path / "taken").write_text("x")
    assert main(["export", "--format", "csv", "--out", str(tmp_path / "taken")]) == 1
    assert "cannot write to" in capsys.readouterr().err


def test_help_explains_every_option_with_an_example():
    result = subprocess.run([sys.executable, "-m", "components", "export", "--help"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for option in ("--area", "--speaker", "--topic", "--q", "--kind", "--source", "--no-wider", "--data-dir",
                   "--format", "--out"):
        assert option in result.stdout
    assert "examples:" in result.stdout
    assert 'python -m components export --area "Castle Point" --format png --out exports/' in result.stdout
    assert "export" in subprocess.run([sys.executable, "-m", "components", "--help"], cwd=ROOT,
                                      capture_output=True, text=True, timeout=60).stdout


def test_csv_export_sets_each_figure_beside_the_record(tmp_path, capsys):
    assert main(["export", "--speaker", "Essex Police", "--format", "csv", "--out", str(tmp_path)]) == 0
    back = pd.read_csv(tmp_path / "figures-all-areas-essex-police.csv", dtype=str,
                       keep_default_na=False).set_index("figure_id")
    assert back.loc["f02", ["value", "record_from_fte", "record_to_fte", "record_change"]].tolist() == [
        "215", "3070.95", "3298.15", "227.2"]
    assert back.loc["f01", "record_change"] == "113.13"


def test_csv_safe_writes_spreadsheet_safe_files(tmp_path, dataset_copy, set_cell):
    set_cell(dataset_copy / "speakers.csv", "norman-smith", "name", "=cmd|' /C calc'!A0")
    assert main(["export", "--format", "csv-safe", "--out", str(tmp_path / "out"),
                 "--data-dir", str(dataset_copy)]) == 0
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == ["figures-for-spreadsheets-all-areas.csv",
                                                     "quotes-for-spreadsheets-all-areas.csv"]
    back = pd.read_csv(out / "quotes-for-spreadsheets-all-areas.csv", dtype=str, keep_default_na=False)
    assert "'=cmd|' /C calc'!A0" in set(back["speaker_name"])
    assert not [c for c in back.to_numpy().ravel() if c[:1] in ("=", "+", "-", "@")]
    assert main(["export", "--format", "csv", "--out", str(tmp_path / "plain"), "--data-dir", str(dataset_copy)]) == 0
    plain = pd.read_csv(tmp_path / "plain" / "quotes-all-areas.csv", dtype=str, keep_default_na=False)
    assert "=cmd|' /C calc'!A0" in set(plain["speaker_name"])  # the plain CSV keeps the cell verbatim
