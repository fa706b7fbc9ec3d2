"""URL handling; only urllib.parse in the Light tier (no network)."""
