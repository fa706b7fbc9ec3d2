import math
for e in ['math.ldexp(1.0, 1.5)','math.ldexp(1.0, 10**30)','math.ldexp(1.0,-10**30)','math.ldexp(3, 4)','math.frexp(float("inf"))','math.frexp(8.0)','math.frexp(0.0)','math.frexp(-0.3)','math.modf(-float("inf"))','math.modf(-2.5)','math.comb(5,-1)','math.comb(-5,1)','math.comb(5.0,1)','math.perm(5)','math.perm(5,2)','math.perm(5,None)','math.comb(5,7)','math.comb(100,50)','math.comb(10,3)','math.perm(30,20)','math.lcm(4,6,0)','math.lcm(4,6)','math.lcm(-4,6, 10)','math.lcm()','math.dist((1,2),(3,))','math.dist((0,0),(3,4))','math.remainder(1,0)','math.remainder(7,2)','math.remainder(-7.5,2)','math.gamma(0)','math.gamma(200)','math.gamma(5)','math.lgamma(0)','math.lgamma(-2)','math.lgamma(1e308)','math.log1p(-1)','math.log1p(1e-10)','math.acosh(0.5)','math.acosh(2)','math.atanh(1)','math.atanh(0.5)','math.asinh(1)','math.expm1(1000)','math.expm1(1e-10)','math.ulp(1.0)','math.ulp(0.0)','math.ulp(float("inf"))','math.nextafter(1,2)','math.exp2(3)','math.cbrt(-8)','math.cbrt(27)','math.erf(0.5)','math.erfc(0.5)','math.remainder(float("inf"), 1)','math.ldexp(float("nan"), 3)','math.dist([1],[2])']:
    try:
        print(e, repr(eval(e)))
    except Exception as x:
        print(e, type(x).__name__, x)
inf, nan = float('inf'), float('nan')
for x in (0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, inf, -inf, nan):
    for y in (0.0, 1.0, -1.0, 3.0, -3.0, 0.5, inf, -inf, nan):
        for f in (math.pow, math.fmod):
            try:
                r = f(x, y)
            except Exception as e:
                r = type(e).__name__
            print(f.__name__, x, y, r)
