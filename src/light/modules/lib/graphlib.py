"""Topological ordering of a graph of hashable nodes: TopologicalSorter and CycleError."""
from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# A node's pending count once get_ready() handed it out, and once done() took it back.
_HANDED_OUT = -1
_FINISHED = -2
_EXHAUSTED = object()


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists its nodes, the first repeated at the end."""


class _Node:
    __slots__ = ("pending", "successors")

    def __init__(self):
        self.pending = 0  # predecessors not yet done; or _HANDED_OUT / _FINISHED
        self.successors = []


class TopologicalSorter:
    """Hands out the nodes of a graph so that each comes after all its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None  # None until prepare()
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _node(self, key):
        node = self._nodes.get(key)
        if node is None:
            node = self._nodes[key] = _Node()
        return node

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._node(node).pending += len(predecessors)
        for before in predecessors:
            self._node(before).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [key for key, node in self._nodes.items() if node.pending == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        batch = tuple(self._ready)
        for key in batch:
            self._nodes[key].pending = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for key in nodes:
            node = self._nodes.get(key)
            if node is None:
                raise ValueError(f"node {key!r} was not added using add()")
            if node.pending >= 0:
                raise ValueError(f"node {key!r} was not passed out (still not ready)")
            if node.pending == _FINISHED:
                raise ValueError(f"node {key!r} was already marked done")
            node.pending = _FINISHED
            for after in node.successors:
                successor = self._nodes[after]
                successor.pending -= 1
                if successor.pending == 0:
                    self._ready.append(after)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first over successors in insertion order; the path is the chain
        # of nodes being explored, so meeting one of them again closes a cycle.
        visited = set()
        for root in self._nodes:
            if root in visited:
                continue
            visited.add(root)
            path = [root]
            on_path = {root: 0}
            branches = [iter(self._nodes[root].successors)]
            while branches:
                after = next(branches[-1], _EXHAUSTED)
                if after is _EXHAUSTED:
                    del on_path[path.pop()]
                    branches.pop()
                elif after in on_path:
                    return path[on_path[after]:] + [after]
                elif after not in visited:
                    visited.add(after)
                    on_path[after] = len(path)
                    path.append(after)
                    branches.append(iter(self._nodes[after].successors))
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)
