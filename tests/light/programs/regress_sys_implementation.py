import sys

impl = sys.implementation
print(impl.name, impl.cache_tag, impl.hexversion == sys.hexversion)
print(str(impl).startswith("namespace(name='cpython'"), getattr(impl, "_build", None))
print(sys.implementation is impl)
try:
    sys.no_such_thing
except AttributeError as e:
    print(e)
