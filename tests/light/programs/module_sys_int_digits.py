import sys
for v in [5, -1, 'x', 2**70, 0, 640]:
    try:
        print(sys.set_int_max_str_digits(v), sys.get_int_max_str_digits())
    except Exception as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=1000)
print(sys.get_int_max_str_digits())
try:
    print(len(str(10**1500)))
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
