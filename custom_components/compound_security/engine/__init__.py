"""Domain logic of Compound Security, free of Home Assistant imports.

Everything here is plain Python (registry rules, access decisions, analytics, the audit
store) so it can be tested fast and exhaustively and reused outside Home Assistant.
"""
