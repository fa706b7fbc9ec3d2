import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D


def show(label, fn):
    try:
        r = fn()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


datasets = [[1, 2, 3, 4, 4], [2.5, 3.25, 5.5, 11.25, 11.75], [F(1, 2), F(3, 4), F(5, 8)], [1, 2.5, F(1, 3)],
            [0.1, 0.2, 0.3, 0.4], [1e50, 1, -1e50], [-1.0, 2.5, 3.75, -8.5], [3], [7, 7, 7], [D("0.5"), D("0.75"), D("0.625")],
            [10, 20, 30, 40, 50, 60], [True, False, True], [1, float("inf")], [1.5, float("nan")], [], list(range(100)),
            [0.1] * 10, [1, 3, 5, 7, 9, 11, 13], [-5, -3, -1]]
funcs = ["mean", "fmean", "median", "median_low", "median_high", "median_grouped", "mode", "multimode", "variance",
         "pvariance", "stdev", "pstdev", "geometric_mean", "harmonic_mean", "quantiles"]
for data in datasets:
    print("data", data)
    for name in funcs:
        show("  " + name, lambda: getattr(st, name)(data))
    show("  quantiles incl", lambda: st.quantiles(data, n=10, method="inclusive"))
    show("  variance xbar", lambda: st.variance(data, 2))
    show("  pstdev mu", lambda: st.pstdev(data, 1))
show("mode str", lambda: st.mode("aabbbc"))
show("multimode str", lambda: st.multimode("aabbcc"))
show("mode unhashable", lambda: st.mode([[1], [1]]))
show("mean str", lambda: st.mean(["a", "b"]))
show("fmean weights", lambda: st.fmean([1, 2, 3], weights=[3, 2, 1]))
show("fmean bad weights", lambda: st.fmean([1, 2, 3], weights=[1, 2]))
show("fmean zero weights", lambda: st.fmean([1, 2], weights=[0, 0]))
show("fmean iter", lambda: st.fmean(iter([1, 2, 4])))
show("fmean empty iter", lambda: st.fmean(iter([])))
show("harmonic weights", lambda: st.harmonic_mean([40, 60], weights=[5, 30]))
show("harmonic zero", lambda: st.harmonic_mean([1, 0, 2]))
show("harmonic neg", lambda: st.harmonic_mean([1, -2]))
show("harmonic one", lambda: st.harmonic_mean([2.5]))
show("quantiles n=1", lambda: st.quantiles([1, 2], n=1))
show("quantiles n=0", lambda: st.quantiles([1, 2], n=0))
show("quantiles method", lambda: st.quantiles([1, 2], method="x"))
show("median_grouped interval", lambda: st.median_grouped([52, 52, 53, 54], interval=2))
show("covariance", lambda: st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]))
show("correlation", lambda: st.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]))
show("correlation const", lambda: st.correlation([1, 1], [1, 2]))
show("correlation len", lambda: st.correlation([1, 2], [1]))
show("linear", lambda: st.linear_regression([1, 2, 3, 4, 5], [2, 4.1, 5.9, 8.2, 9.8]))
show("linear prop", lambda: st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
show("linear const", lambda: st.linear_regression([1, 1], [1, 2]))
show("error class", lambda: (issubclass(st.StatisticsError, ValueError), st.StatisticsError.__name__))
show("gen", lambda: st.mean(x * x for x in range(10)))
show("variance gen", lambda: st.variance(x / 3 for x in range(10)))
N = st.NormalDist
n1, n2 = N(100, 15), N(2.5, 0.5)
show("nd", lambda: (n1, n1.mean, n1.median, n1.mode, n1.stdev, n1.variance))
for p in [1e-300, 1e-20, 0.001, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.975, 0.99999, 1 - 1e-12]:
    show("inv_cdf %r" % p, lambda: (N().inv_cdf(p), n1.inv_cdf(p)))
for x in [-3, 0, 1.5, 100, 130]:
    show("pdf/cdf %r" % x, lambda: (n1.pdf(x), n1.cdf(x), N().pdf(x), N().cdf(x), n1.zscore(x)))
show("quantiles", lambda: n1.quantiles())
show("deciles", lambda: N().quantiles(10))
show("overlap", lambda: (n1.overlap(N(110, 15)), n1.overlap(N(110, 10)), N(2.4, 1.6).overlap(N(3.2, 2.0))))
show("arith", lambda: (n1 + n2, n1 - n2, n1 * 2, n1 / 4, -n1, +n1, 3 + n1, 3 - n1, 2 * n1, n1 + 5))
show("eq", lambda: (N(1, 2) == N(1, 2), N(1, 2) == 5, hash(N(1, 2)) == hash((1.0, 2.0))))
show("from_samples", lambda: N.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
show("samples", lambda: N(5, 2).samples(4, seed=42))
show("bad sigma", lambda: N(0, -1))
show("zero sigma", lambda: N(1, 0).cdf(1))
show("bad p", lambda: N().inv_cdf(1.0))
show("overlap type", lambda: n1.overlap(5))
