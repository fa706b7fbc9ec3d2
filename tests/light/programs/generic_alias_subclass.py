# types.GenericAlias can be constructed and subclassed (collections.abc's
# Callable alias does).
GenericAlias = type(list[int])


class CallableAlias(GenericAlias):
    __slots__ = ()

    def __repr__(self):
        return "CallableAlias:" + super().__repr__()


a = GenericAlias(dict, (str, int))
print(a, a.__origin__, a.__args__, a == dict[str, int])
b = CallableAlias(tuple, int)
print(b, b.__args__, isinstance(b, GenericAlias))
