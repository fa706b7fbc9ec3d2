for fmt in ("%s %(foo)s %(foo)s", "%(foo)s %s %(foo)s", "%(foo)s %(bar)r", "%(foo)*s", "%(foo)s %%", "%s", "%s %s", "x"):
    try:
        print(repr(fmt % {"foo": 1, "bar": "b"}))
    except TypeError as e:
        print("TypeError:", e)
