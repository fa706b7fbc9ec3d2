"""Heap queue algorithm (a.k.a. priority queue): a list where heap[k] <= heap[2*k+1] and
heap[k] <= heap[2*k+2].

The sift functions follow CPython's exactly (a leaf-first sift-up, then a short
sift-down), since the resulting list order is visible when a heap is printed.
CPython writes these in C (_heapq); heappush and heappop are hot.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, name):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() argument 1 must be list, not {type(heap).__name__}")


def heappush(heap, item, /):
    """Add item to the heap."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Remove and return the smallest item."""
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest, heap[0] = heap[0], last
        _siftup(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Remove and return the smallest item, then add item (even when item is smaller)."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest, heap[0] = heap[0], item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Add item, then remove and return the smallest; faster than the two calls."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(heap, /):
    """Rearrange the list into a heap, in linear time."""
    _check_list(heap, 'heapify')
    for i in reversed(range(len(heap) // 2)):
        _siftup(heap, i)


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


def _heapify_max(heap, /):
    for i in reversed(range(len(heap) // 2)):
        _siftup_max(heap, i)


def _heappop_max(heap, /):
    last = heap.pop()
    if heap:
        largest, heap[0] = heap[0], last
        _siftup_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item, /):
    largest, heap[0] = heap[0], item
    _siftup_max(heap, 0)
    return largest


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
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
