"""The sidebar's links between the two pages, with readable names (Streamlit's own list would name the main
page after its file, "dashboard"; .streamlit/config.toml turns that list off)."""

import streamlit as st

PAGES = (
    ("dashboard.py", "Claims dashboard", ":material/bar_chart:"),
    ("pages/1_Add_an_article.py", "Add an article", ":material/post_add:"),
)


# Streamlit's light theme fades captions (60% opacity) to 3:1 on the sidebar; this grey, at full opacity, is 7:1
# or better on every background of the (light) theme .streamlit/config.toml pins, for both pages.
READABLE_CSS = """
<style>
[data-testid="stCaptionContainer"] { opacity: 1 !important; }
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p { color: #4a4d57 !important; }
</style>
"""


def render_navigation() -> None:
    st.html(READABLE_CSS)
    for path, label, icon in PAGES:
        st.sidebar.page_link(path, label=label, icon=icon)
    st.sidebar.divider()
