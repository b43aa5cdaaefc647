"""Police resourcing claims: the curated dataset, its validator, filters, charts and exports."""
