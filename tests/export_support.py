"""What the export and download tests share: a view by its filters, a chart by its key, and PNG sizes."""

from __future__ import annotations

import pytest

from components.export import images
from components.view import charts, filters

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MARKUP = "<script>alert(1)</script>"
needs_browser = pytest.mark.skipif(images.find_chromium() is None, reason="no Chrome or Chromium to draw images")


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def view_of(ds, **raw) -> filters.View:
    return filters.view_of(ds, filters.clean_filters(ds, raw))


def chart(view: filters.View, key: str) -> charts.Chart:
    return next(c for c in charts.build_charts(view) if c.key == key)
