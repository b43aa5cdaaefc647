"""Police resourcing claims dashboard: page config and the order of the page."""

import streamlit as st

st.set_page_config(page_title="Police resourcing claims", layout="wide")
st.title("Police resourcing claims")
