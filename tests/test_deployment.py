"""Deployment hygiene: what Streamlit can turn off is off in .streamlit/config.toml, and the README's nginx
example adds the headers Streamlit cannot set and blocks its metrics path."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def nginx_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("**Behind a reverse proxy**", 1)[1].split("\n- **", 1)[0]
    blocks = re.findall(r"(?m)^      location [^\n]*\{\n(?:^      [^\n]*\n)*?^      \}", section)
    assert blocks, "no nginx location block in README.md, 'Behind a reverse proxy'"
    return "\n".join(" ".join(line.split()) for block in blocks for line in block.splitlines())


def test_the_readme_nginx_example_blocks_framing_and_the_metrics_path():
    example = nginx_example()
    lines = set(example.splitlines())
    assert 'add_header X-Frame-Options "DENY" always;' in lines
    assert "add_header Content-Security-Policy \"frame-ancestors 'none'\" always;" in lines
    metrics = example.split("location = /_stcore/metrics {", 1)
    assert len(metrics) == 2, "the metrics path has no location of its own"
    assert metrics[1].splitlines()[1] == "return 404;"
    assert "proxy_set_header Upgrade $http_upgrade;" in lines  # the page still needs its WebSocket


def test_streamlit_config_turns_off_what_it_can():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    server = config["server"]
    assert server["enableXsrfProtection"] is True and server["enableCORS"] is True
    assert server["enableStaticServing"] is False and server["enableAgentApi"] is False
    assert server["allowRunOnSave"] is False and server["runOnSave"] is False
    assert server["maxUploadSize"] <= 5
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["showErrorDetails"] == "none" and config["client"]["toolbarMode"] == "viewer"
