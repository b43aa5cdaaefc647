"""'Add an article': draft a pasted or uploaded article, correct it, check it, download it as a ZIP. The second
page of `streamlit run dashboard.py` (Streamlit's pages/ folder), at /Add_an_article; never writes to data/."""

import streamlit as st

from components.drafting import review_data
from components.ui import nav, review

st.set_page_config(page_title="Add an article · Police resourcing claims", layout="wide")
nav.render_navigation()

review.render_intro()
given = review.render_article_input()
if given is None:
    st.stop()
draft = review.drafted(given)
if draft is None:
    st.stop()
review.render_draft_summary(draft)
article_slot = st.container()  # drawn after the editors, so the highlights follow the corrections
edited = review.render_editors(draft, review.editor_bases(given, draft))
tables = review_data.reviewed_tables(draft, edited)
problems = review_data.validate_tables(tables, draft.text)
review.render_validation(problems, tables)
review.render_download(draft, tables, given.meta, problems)
with article_slot:
    review.render_highlighted_article(draft.text, tables)
