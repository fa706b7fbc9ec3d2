"""A linked list and a binary search tree with the container protocols."""


class LinkedList:
    class _Node:
        __slots__ = ("value", "next")

        def __init__(self, value, next=None):
            self.value, self.next = value, next

    def __init__(self, iterable=()):
        self._head = None
        self._size = 0
        for v in reversed(list(iterable)):
            self.push(v)

    def push(self, value):
        self._head = self._Node(value, self._head)
        self._size += 1

    def pop(self):
        if self._head is None:
            raise IndexError("pop from empty list")
        node = self._head
        self._head = node.next
        self._size -= 1
        return node.value

    def __iter__(self):
        node = self._head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._size

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        if index < 0:
            index += self._size
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("LinkedList index out of range")

    def __contains__(self, value):
        return any(v == value for v in self)

    def __reversed__(self):
        return iter(list(self)[::-1])

    def reverse(self):
        prev, node = None, self._head
        while node:
            node.next, prev, node = prev, node, node.next
        self._head = prev

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList(list(self) + list(other))


class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key, value=None):
        def go(node):
            if node is None:
                self.size += 1
                return [key, value, None, None]
            if key < node[0]:
                node[2] = go(node[2])
            elif key > node[0]:
                node[3] = go(node[3])
            else:
                node[1] = value
            return node
        self.root = go(self.root)

    def inorder(self, node="root"):
        node = self.root if node == "root" else node
        if node:
            yield from self.inorder(node[2])
            yield node[0]
            yield from self.inorder(node[3])

    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node[2]), self.height(node[3]))

    def delete(self, key):
        def go(node, key):
            if node is None:
                raise KeyError(key)
            if key < node[0]:
                node[2] = go(node[2], key)
            elif key > node[0]:
                node[3] = go(node[3], key)
            else:
                if node[2] is None:
                    return node[3]
                if node[3] is None:
                    return node[2]
                succ = node[3]
                while succ[2]:
                    succ = succ[2]
                node[0], node[1] = succ[0], succ[1]
                node[3] = go(node[3], succ[0])
            return node
        self.root = go(self.root, key)
        self.size -= 1

    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n[0] for n in level])
            level = [c for n in level for c in (n[2], n[3]) if c]
        return out


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], ll[1:4], 4 in ll, 9 in ll, list(reversed(ll)))
ll.push(9)
ll.reverse()
print(ll, ll.pop(), ll + LinkedList("ab"), ll == LinkedList([1, 4, 1, 3, 9]), sum(ll), sorted(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e, bool(empty), len(empty))

tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    tree.insert(k, str(k))
print(list(tree.inorder()), tree.size, tree.height())
print(tree.levels())
for k in [20, 30, 50]:
    tree.delete(k)
    print("deleted", k, list(tree.inorder()), tree.levels())
try:
    tree.delete(999)
except KeyError as e:
    print("KeyError:", e)
