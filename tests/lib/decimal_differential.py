"""Differential test of our decimal.py against CPython's C decimal (libmpdec).

    python3.11 -I tests/lib/decimal_differential.py COUNT [SEED [OPERATION,...]]

Draws COUNT random cases (operands of all sizes and forms, contexts with every rounding, small
and huge exponent limits, clamp on and off), runs each through both modules with no traps,
and compares the results' text together with the flags raised. Prints the mismatches and the
agreement rate; exits 1 on any mismatch."""
import decimal as C
import importlib.util
import random
import sys

LIB = __file__.rsplit("/", 3)[0] + "/src/light/modules/lib/decimal.py"
spec = importlib.util.spec_from_file_location("decimal", LIB)
P = importlib.util.module_from_spec(spec)
spec.loader.exec_module(P)

UNARY = ["sqrt", "exp", "ln", "log10", "plus", "minus", "abs", "normalize", "to_integral_value",
         "to_integral_exact", "next_plus", "next_minus", "logb", "create_decimal", "to_eng_string",
         "number_class", "logical_invert"]
BINARY = ["add", "subtract", "multiply", "divide", "divide_int", "remainder", "remainder_near",
          "divmod", "power", "quantize", "compare", "compare_signal", "compare_total",
          "compare_total_mag", "max", "min", "max_mag", "min_mag", "next_toward", "scaleb", "shift",
          "rotate", "same_quantum", "copy_sign", "logical_and", "logical_or", "logical_xor"]
OTHER = ["fma", "format", "hash", "int", "float", "round", "as_tuple", "ratio", "cmp", "pyops"]
SPECS = ["", ".3", ".0f", ".2f", "e", ".2e", "g", ".4g", "%", ".1%", ",", ",.2f", ">20", "<15.3",
         "^12", "+", " .5", "010.2f", "012,.1f", "z.1f", "E", "G", "F", "n", "*^30,.3f", "-",
         "020,", ".10"]
ROUNDINGS = ["ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_UP", "ROUND_DOWN",
             "ROUND_CEILING", "ROUND_FLOOR", "ROUND_05UP"]


def operand(rng, ctx):
    r = rng.random()
    if r < 0.04:
        return rng.choice(["Inf", "-Inf", "NaN", "-NaN", "sNaN", "NaN12", "-sNaN7"])
    if r < 0.10:
        return rng.choice(["0", "-0", "0E-5", "-0E+3", "1", "-1", "10", "0.1"])
    size = rng.choice([1, 1, 2, 3, 5, 8, 15, 28, 35, 60])
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, size)))
    if rng.random() < 0.2 and digits.strip("0"):
        digits = digits.rstrip("0") + "0" * rng.randint(0, 5)
    if rng.random() < 0.1:
        digits = "9" * rng.randint(1, size)
    exp = rng.choice([0, 0, rng.randint(-10, 10), rng.randint(-40, 40)])
    if rng.random() < 0.07:
        exp = rng.choice([ctx["Emax"], ctx["Emin"], ctx["Emin"] - ctx["prec"], ctx["Emax"] - 2])
        exp += rng.randint(-3, 3)
    return ("-" if rng.random() < 0.3 else "") + digits + "E" + str(exp)


def case(rng):
    ctx = {"prec": rng.choice([1, 2, 3, 5, 9, 16, 28, 28, 28, 40]), "rounding": rng.choice(ROUNDINGS),
           "Emax": rng.choice([999999, 999999, 99, 20]), "clamp": rng.choice([0, 0, 0, 1])}
    ctx["Emin"] = -ctx["Emax"] if rng.random() < 0.8 else -ctx["Emax"] + 5
    name = rng.choice(OPERATIONS)
    if name in UNARY:
        args = [operand(rng, ctx)]
    elif name in BINARY:
        args = [operand(rng, ctx), operand(rng, ctx)]
        if name in ("scaleb", "shift", "rotate") and rng.random() < 0.7:
            args[1] = str(rng.randint(-30, 30))
        if name == "power" and rng.random() < 0.5:
            args[1] = str(rng.randint(-20, 20))
        if name.startswith("logical"):
            args = ["".join(rng.choice("01") for _ in range(rng.randint(1, 12))) for _ in range(2)]
    elif name == "fma":
        args = [operand(rng, ctx) for _ in range(3)]
    elif name == "format":
        args = [operand(rng, ctx), rng.choice(SPECS)]
    elif name == "round":
        args = [operand(rng, ctx), rng.choice([None, 0, 1, 2, -1, 3])]
    elif name == "cmp":
        args = [operand(rng, ctx), operand(rng, ctx), rng.randint(-100, 100),
                rng.choice([0.5, 1.25, -3.0, 1e10, 0.1])]
    elif name == "pyops":
        args = [operand(rng, ctx), operand(rng, ctx)]
    else:
        args = [operand(rng, ctx)]
    return name, args, ctx


def run(M, name, args, settings):
    ctx = M.Context(prec=settings["prec"], rounding=getattr(M, settings["rounding"]),
                    Emin=settings["Emin"], Emax=settings["Emax"], clamp=settings["clamp"], traps=[])
    try:
        if name == "create_decimal":
            r = ctx.create_decimal(args[0])
        elif name in UNARY or name in BINARY or name == "fma":
            r = getattr(ctx, name)(*[M.Decimal(a) for a in args])
        else:
            d = M.Decimal(args[0])
            with M.localcontext(ctx):
                if name == "format":
                    r = format(d, args[1])
                elif name == "hash":
                    r = hash(d) if not d.is_nan() else "nan"
                elif name == "int":
                    r = int(d)
                elif name == "float":
                    r = repr(float(d))
                elif name == "round":
                    r = round(d, args[1]) if args[1] is not None else round(d)
                elif name == "as_tuple":
                    r = d.as_tuple()
                elif name == "ratio":
                    r = d.as_integer_ratio()
                elif name == "cmp":
                    e = M.Decimal(args[1])
                    r = (d < e, d <= e, d == e, d != e, d > e, d >= e, d == int(args[2]), d < float(args[3]))
                else:
                    e = M.Decimal(args[1])
                    r = [str(x) for x in (d + e, d - e, d * e, -d, +d, abs(d))]
        if isinstance(r, tuple) and r and isinstance(r[0], M.Decimal):
            r = tuple(str(x) for x in r)
        text = repr(str(r) if isinstance(r, M.Decimal) else r)
    except Exception as e:
        text = "!" + type(e).__name__ + ":" + str(e)
    return text + " " + " ".join(sorted(k.__name__ for k, v in ctx.flags.items() if v))


if __name__ == "__main__":
    count = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    OPERATIONS = sys.argv[3].split(",") if len(sys.argv) > 3 else UNARY + BINARY + OTHER
    bad = 0
    for _ in range(count):
        name, args, settings = case(rng)
        want, got = run(C, name, args, settings), run(P, name, args, settings)
        if want != got:
            bad += 1
            if bad <= 40:
                print(f"MISMATCH {name}{tuple(args)} {settings}\n   want {want[:300]}\n   got  {got[:300]}")
    print(f"{count - bad}/{count} agree ({100 * (count - bad) / count:.2f}%)")
    sys.exit(1 if bad else 0)
