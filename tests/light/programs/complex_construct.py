# complex(): the string forms, __complex__, keywords, subclasses and errors.
for text in ("j", "-J", "1", "1.5", "2j", "1+j", "1-j", "1+2j", "-1.5e3-2.5E-2j", " ( 3-4j ) ", "(5)",
             "inf", "-infj", "nan+nanj", "1_000+2_0j", "1e5j", "+j", ".5j", "1.j",
             "1+2", "1j+2", "1+2j+3", "1 + 2j", "", "()", "(1", "j1", "1__0", "_1", "1e", "infinit"):
    try:
        print(repr(text), complex(text))
    except ValueError as e:
        print(repr(text), "ValueError", e)

class C:
    def __complex__(self):
        return 2 + 3j

class F:
    def __float__(self):
        return 1.5

class Bad:
    def __complex__(self):
        return 1

class MyComplex(complex):
    pass

print(complex(C()), complex(F()), complex(F(), F()), complex(C(), 1), complex(1j, 1j))
print(complex(real=1, imag=2), complex(imag=3), complex(), complex(2.5))
m = MyComplex(1, 2)
print(type(m).__name__, m, m.real, m.imag)
for args in [(Bad(),), (object(),), (1, "x"), ("1", 2), (1, object()), (C(), C())]:
    try:
        print(complex(*args))
    except TypeError as e:
        print("TypeError", e)
x = 1 + 2j
print(complex(x) is x)
