"""Showroom test suite."""
