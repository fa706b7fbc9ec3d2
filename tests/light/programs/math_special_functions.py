# math's functions whose results CPython computes with its own algorithms
# (hypot/dist's vector norm, gamma, lgamma) and the integer ones added in 3.8-3.9.
import math

seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed / 2**31

for _ in range(300):
    v = [(rand() - 0.5) * 10 ** int(rand() * 8 - 4) for _ in range(1 + int(rand() * 5))]
    print(math.hypot(*v), math.dist(v, [rand() for _ in v]))
for i in range(1, 400):
    x = (rand() - 0.3) * 60
    try:
        print(repr(math.gamma(x)), repr(math.lgamma(x)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print([math.gamma(n / 2) for n in range(1, 30)], math.gamma(171.5), math.lgamma(1e300))
checks = ["math.dist([1,2],[3])", "math.dist(1,2)", "math.dist((1,),('a',))", "math.comb(5,-1)", "math.comb(-5,1)",
          "math.comb(5.0,1)", "math.perm(5)", "math.perm(5,7)", "math.perm(5,None)", "math.lcm(4,-6,0)", "math.lcm()",
          "math.lcm(4,6,10)", "math.lcm(2.0)", "math.gamma(0)", "math.gamma(-1)", "math.gamma(200)", "math.gamma(-0.0)",
          "math.gamma(-math.inf)", "math.gamma(math.inf)", "math.lgamma(0)", "math.lgamma(-2)", "math.lgamma(-math.inf)",
          "math.remainder(5,0)", "math.remainder(math.inf,1)", "math.remainder(7,2)", "math.remainder(-7.5, 2)",
          "math.ulp(1.0)", "math.ulp(math.inf)", "math.ulp(0.0)", "math.ulp(1e308)", "math.nextafter(1,2)",
          "math.nextafter(0.0,-1)", "math.comb(10**20, 3)", "math.comb(100, 50)", "math.perm(20, 10)",
          "math.hypot()", "math.hypot(-3)", "math.hypot(math.inf, math.nan)", "math.hypot(1e-320, 1e-320)"]
for c in checks:
    try:
        print(c, repr(eval(c)))
    except Exception as e:
        print(c, type(e).__name__, e)
