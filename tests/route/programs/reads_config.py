"""Reaches the filesystem: Full when allowed, refused under --sandbox."""
import os

path = os.path.join(os.path.dirname(__file__), "pure_greeting.py")
with open(path) as f:
    print(len(f.read().splitlines()), "lines")
