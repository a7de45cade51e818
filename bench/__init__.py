"""Benchmarks of Compound Security; see README.md here."""
