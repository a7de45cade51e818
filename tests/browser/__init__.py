"""Browser tests of the console against a real Home Assistant."""
