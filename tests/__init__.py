"""Tests for the Compound Security integration."""
