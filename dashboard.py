"""Police resourcing claims dashboard: page config and the order of the page. Run: streamlit run dashboard.py"""

import streamlit as st

from components.ui import downloads, nav, page
from components.view.filters import view_of

st.set_page_config(page_title="Police resourcing claims · Southend, Castle Point, Essex", layout="wide")

nav.render_navigation()
ds = page.dataset_or_stop()
view = view_of(ds, page.render_filters(ds))

page.render_styles()
page.render_header(view)
page.render_figure_cards(view)
with st.container(key="charts-and-quotes"):
    # The quotes first: beside the charts on a wide screen, right after the figure cards where the page stacks.
    left, right = st.columns([11, 9], gap="medium")
    with left:
        selected = page.render_quote_table(view)
        page.render_context(view, selected)
    with right:
        page.render_charts(view)
downloads.render_data_downloads(view)
page.render_article(view, selected)
page.render_methodology(ds)
