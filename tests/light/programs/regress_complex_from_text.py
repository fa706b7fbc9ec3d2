for text in ["1+2j", " ( -1.5e3-4J ) ", "2j", "j", "-j", "+j", "1", "inf+nanj", "1e-5+2e+3j", "1_000+2_0j", "(1+2j)", "  3.5  ",
             "1 + 2j", "", "()", "1+", "j1", "1+2jj", "1+2i", "(1+2j", "--1j", "1e+j", "nan", "-infj", "0x10", "1..2j"]:
    try:
        print(repr(text), complex(text))
    except ValueError as e:
        print(repr(text), "ValueError", e)
