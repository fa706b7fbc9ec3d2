"""Roman numerals, base conversion, number words, Luhn check and ISBN validation."""

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range for roman numerals")
    out = []
    for value, letters in ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total


def to_base(n, base):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    for div, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= div:
            return words(n // div) + " " + name + (" " + words(n % div) if n % div else "")


def luhn(number):
    digits = [int(d) for d in str(number)][::-1]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0


def isbn10(s):
    s = s.replace("-", "")
    if len(s) != 10:
        return False
    total = 0
    for i, ch in enumerate(s):
        if ch == "X" and i == 9:
            v = 10
        elif ch.isdigit():
            v = int(ch)
        else:
            return False
        total += (10 - i) * v
    return total % 11 == 0


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r):>5}")
for bad in [0, 4000]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["IIII", "VX", "ABC"]:
    try:
        from_roman(bad)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
for n in [0, 255, -255, 2 ** 64, 123456789]:
    print(n, [to_base(n, b) for b in (2, 8, 16, 36)], int(to_base(n, 36), 36) == n)
print(format(255, "b"), format(255, "o"), format(255, "x"), int("zz", 36), int("-0x1f", 16), int("0o17", 8))
for n in [0, 7, 13, 21, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 7654321, 2 ** 31]:
    print(n, "=", words(n))
for card in [4539578763621486, 1234567812345678, 79927398713, 0]:
    print(card, luhn(card))
for isbn in ["0-306-40615-2", "0-306-40615-3", "080442957X", "12345"]:
    print(isbn, isbn10(isbn))
print(chr(65), ord("€"), hex(ord("€")), "\N{SNOWMAN}", "\u00e9" == "é", [c for c in "naïve" if ord(c) > 127])
print(float.fromhex("0x1.999999999999ap-4"), (0.1).hex(), int("١٢٣"), float(" 1_000.5 "), complex("1+2j"))
