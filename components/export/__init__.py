"""Exports: chart images through a supervised browser, the data files (CSV, JSON, ZIP) and the briefing."""
