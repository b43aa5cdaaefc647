"""The sidebar's links between the two pages, with readable names (Streamlit's own list would name the main
page after its file, "dashboard"; .streamlit/config.toml turns that list off)."""

import streamlit as st

PAGES = (
    ("dashboard.py", "Claims dashboard", ":material/bar_chart:"),
    ("pages/1_Add_an_article.py", "Add an article", ":material/post_add:"),
)


def render_navigation() -> None:
    for path, label, icon in PAGES:
        st.sidebar.page_link(path, label=label, icon=icon)
    st.sidebar.divider()
