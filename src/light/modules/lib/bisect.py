"""Bisection algorithms: find where an item belongs in a sorted list, and insert it there.

The functions are native (_bisect), as in CPython.
"""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
