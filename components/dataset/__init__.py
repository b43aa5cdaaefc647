"""The dataset: its schema, reading a folder, the pure check, loading typed frames, synthetic datasets."""
