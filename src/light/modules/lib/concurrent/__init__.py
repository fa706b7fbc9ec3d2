"""Packages for concurrent execution; the Light tier has concurrent.futures."""
