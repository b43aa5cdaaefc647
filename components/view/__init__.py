"""The dashboard's view of the dataset: the filter table, the charts, the method note, the article text and how
values are written. Pure functions; no Streamlit."""
