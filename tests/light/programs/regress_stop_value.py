# A StopIteration raised by __next__ keeps its value through next(),
# enumerate/map/filter/zip and yield from.
class Stop(StopIteration):
    pass


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise Stop(42)


for make in (lambda: It(), lambda: enumerate(It()), lambda: map(abs, It()), lambda: filter(None, It()),
             lambda: zip(It(), [1])):
    try:
        next(make())
    except StopIteration as e:
        print(type(e).__name__, e.args, e.value)
print(next(It(), "default"), list(It()), [x for x in zip([1], It())])


def gen():
    r = yield from It()
    print("yield from gave", r)


print(list(gen()))
try:
    list(zip([1, 2], It(), strict=True))
except ValueError as e:
    print(e)
