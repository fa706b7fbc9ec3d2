# generator.throw(type, value[, tb]) as contextlib calls it: a value that is
# already an instance of the type is thrown as is.
def g():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)


it = g()
next(it)
try:
    {}["missing"]
except KeyError as e:
    it.throw(type(e), e, e.__traceback__)
it.throw(KeyError, "plain")
it.throw(ValueError, ("a", 2))
it.throw(ValueError, None)
it.throw(KeyError("instance"))
it.throw(LookupError, KeyError("subclass instance"))
try:
    it.throw(KeyError("x"), "y")
except TypeError as e:
    print(e)
