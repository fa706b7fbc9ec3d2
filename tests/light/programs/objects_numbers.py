# The object model: int, float, complex and bool arithmetic, conversions, formatting.

print(7 // -2, -7 % 3, divmod(7, -2), divmod(-7.5, 2), 2 ** -2, (-2) ** 0.5 if False else 0, 10 ** 20 // 7, -(10 ** 20) % 7)
print(1 << 70, (1 << 70) >> 68, -1 >> 3, ~5, 5 & -3, 5 | -3, 5 ^ -3, (2**64) & (2**64 - 1), abs(-2**70))
print(int("0b101", 0), int("ff", 16), int(" 12 "), int(3.9), int(-3.9), int(True), float("inf"), float("-nan"), float(" 1e3 "))
print(round(0.5), round(1.5), round(-1.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1.5e300), round(-0.0))
print(1.0 / 3, 2.0 ** 0.5, 1e300 * 1e10, -1e-320, 5e-324, 1.7976931348623157e308, 123456789012345678.0, 0.1 * 3)
print(3 == 3.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 1 < 1.5 < 2, float("nan") == float("nan"), hash(-1), hash(2 ** 61), hash(-2 ** 61 + 1))
print(True + 1, True * 3, False / 1, True // 1, -True, +False, True ** 2, isinstance(True, int), bool.__mro__)
print((5).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (10).as_integer_ratio(), (0.75).as_integer_ratio())
print(format(1234567.891, ","), format(255, "#x"), format(255, "08b"), format(0.5, "%"), format(-3, "+d"), format(12, "^6"), format(3.0, "g"), format(1e-7, "g"))
print(complex(1, 2), complex(1, 2) * complex(3, -1), abs(3 + 4j), (1j) ** 2, 1 + 2j == complex(1, 2), -1j, 2j / 1j)
print(pow(3, 4, 5), pow(2, -1, 7), pow(2.0, 3), max(1, 2.5), min("b", "a"), sum([0.1] * 10), sum([[1], [2]], []))
