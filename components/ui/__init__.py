"""The Streamlit rendering code: the only package under components/ that imports streamlit."""
