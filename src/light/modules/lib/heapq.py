"""Heap queue algorithm (a.k.a. priority queue): a list where heap[k] <= heap[2*k+1] and
heap[k] <= heap[2*k+2].

The sift functions are native (_heapq), as in CPython; merge, nsmallest and
nlargest are written here on top of them.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
from _heapq import _heapify_max, _heappop_max, _heapreplace_max


# The sift steps themselves, for programs that reach for them (a decrease-key, say),
# as CPython's heapq keeps them beside its C functions.

def _siftdown(heap, startpos, pos):
    """Move heap[pos] up towards startpos until its parent is not larger."""
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not newitem < parent:
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = newitem


def _siftup(heap, pos):
    """Let the smaller child rise until heap[pos]'s item reaches a leaf, then sift it back up."""
    end, start, item = len(heap), pos, heap[pos]
    child = 2 * pos + 1
    while child < end:
        if child + 1 < end and not heap[child] < heap[child + 1]:
            child += 1
        heap[pos] = heap[child]
        pos, child = child, 2 * child + 1
    heap[pos] = item
    _siftdown(heap, start, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not parent < newitem:
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = newitem


def _siftup_max(heap, pos):
    end, start, item = len(heap), pos, heap[pos]
    child = 2 * pos + 1
    while child < end:
        if child + 1 < end and not heap[child + 1] < heap[child]:
            child += 1
        heap[pos] = heap[child]
        pos, child = child, 2 * child + 1
    heap[pos] = item
    _siftdown_max(heap, start, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator, lazily; key and reverse as for sorted()."""
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1
    # Entries compare as lists, by sort key and then input order, so equal keys keep input order.
    heap = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            heap.append([value if key is None else key(value), order * direction, value, it])
            break
    make_heap(heap)
    while heap:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(heap, entry)
            break
        else:
            pop(heap)


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    """The n best items in one pass (CPython's algorithm, whose calls of key and of the
    comparisons a program can observe): a heap holds the best so far with the worst of them
    on top, so each newcomer is compared with that one item only."""
    if n == 1:
        missing = object()
        found = (max if largest else min)(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    it = iter(iterable)
    # Entries are (sort key, arrival order, item): the order settles ties as sorted()
    # does, counting down for nlargest, whose comparisons run reversed.
    step = -1 if largest else 1
    heap = [(elem if key is None else key(elem), i * step, elem) for i, elem in zip(range(n), it)]
    if not heap:
        return heap
    make_heap, replace = (heapify, heapreplace) if largest else (_heapify_max, _heapreplace_max)
    make_heap(heap)
    top = heap[0][0]
    order = n * step
    for elem in it:
        k = elem if key is None else key(elem)
        if top < k if largest else k < top:
            replace(heap, (k, order, elem))
            top = heap[0][0]
            order += step
    heap.sort(reverse=largest)
    return [entry[2] for entry in heap]
