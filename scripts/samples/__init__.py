"""Generators for the project's own sample papers (see scripts/make_samples.py)."""
