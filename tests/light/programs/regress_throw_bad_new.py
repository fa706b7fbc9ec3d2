class Bad(Exception):
    def __new__(cls, *args):
        return 1


def gen():
    yield


for call in (lambda: gen().throw(Bad), lambda: gen().throw(1)):
    try:
        call()
    except TypeError as e:
        print(e)
try:
    raise Bad
except TypeError as e:
    print(e)
