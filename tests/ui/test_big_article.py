"""A long article (up to the 2 MB limit validate allows) is sent to the browser only when the reader opens it,
not on every rerun of the page."""

from __future__ import annotations

import shutil

import pytest
from streamlit.testing.v1 import AppTest
from support import APP, ROOT

from components.dataset.read import MAX_ARTICLE_BYTES

SEED = "cops-now-need-zero-tolerance-approach.txt"
FILLER = "Filler paragraph of an overlong article, written to be long. " * 30 + "\n\n"


@pytest.fixture
def big_article(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    seed = tmp_path / "seeds" / SEED
    text = seed.read_text(encoding="utf-8")
    room = MAX_ARTICLE_BYTES - len(text.encode()) - 10
    seed.write_text(text + "\n\n" + FILLER * (room // len(FILLER)), encoding="utf-8")
    monkeypatch.setenv("CLAIMS_DATA_DIR", str(tmp_path / "data"))
    return seed.stat().st_size


def html_bytes(at: AppTest) -> int:
    return sum(len(h.proto.body) for h in at.get("html"))


def test_a_long_article_is_sent_only_when_its_expander_is_opened(big_article):
    assert big_article > 0.9 * MAX_ARTICLE_BYTES
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception and not at.error
    for _ in range(2):  # the first run and a rerun: the article's text is not on the page
        assert html_bytes(at) < 10_000
        assert not any("Filler paragraph" in h.proto.body for h in at.get("html"))
        at.run()
    at.session_state["article_open"] = True  # the reader opens "The source article in full"
    at.run()
    assert not at.exception
    article = [h.proto.body for h in at.get("html") if "claims-article" in h.proto.body]
    assert len(article) == 1 and article[0].count("Filler paragraph") > 1000
