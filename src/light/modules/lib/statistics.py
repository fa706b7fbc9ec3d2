"""Basic statistics, as CPython 3.11's statistics module: exact sums of fractions, so results
print the same."""
import math
import sys
from collections import namedtuple
from fractions import Fraction
from math import fsum, sqrt, exp, log

__all__ = ["NormalDist", "StatisticsError", "correlation", "covariance", "fmean", "geometric_mean",
           "harmonic_mean", "linear_regression", "mean", "median", "median_grouped", "median_high",
           "median_low", "mode", "multimode", "pstdev", "pvariance", "quantiles", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


def _decimal_class():
    """decimal.Decimal if a program has imported decimal (only then can data hold Decimals)."""
    module = sys.modules.get("decimal")
    return module.Decimal if module is not None else None


def _is_decimal_type(T):
    decimal = _decimal_class()
    return decimal is not None and issubclass(T, decimal)


def _exact_ratio(x):
    """x as an exact (numerator, denominator); (x, None) for infinities and NaNs."""
    ratio = getattr(x, "as_integer_ratio", None)
    if ratio is not None:
        try:
            return ratio()
        except (OverflowError, ValueError):
            return (x, None)
    if hasattr(x, "numerator") and hasattr(x, "denominator"):
        return (x.numerator, x.denominator)
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _isfinite(x):
    try:
        return x.is_finite()
    except AttributeError:
        return math.isfinite(x)


def _coerce(T, S):
    """The common type of T and S, or TypeError."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _common_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _sum(data):
    """(type, exact sum as a Fraction, count) of data."""
    count = 0
    types = {}
    partials = {}
    for x in data:
        types[type(x)] = True
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
        assert not _isfinite(total)
    else:
        total = sum(Fraction(n, d) for d, n in partials.items())
    return (_common_type(types), total, count)


def _ss(data, c=None):
    """(type, exact sum of squared deviations, mean, count) of data, in one pass."""
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return (T, ssd, c, count)
    count = 0
    types = {}
    sx_partials = {}
    sxx_partials = {}
    for x in data:
        types[type(x)] = True
        n, d = _exact_ratio(x)
        count += 1
        sx_partials[d] = sx_partials.get(d, 0) + n
        sxx_partials[d] = sxx_partials.get(d, 0) + n * n
    if not count:
        ssd = c = Fraction(0)
    elif None in sx_partials:
        ssd = c = sx_partials[None]
    else:
        sx = sum(Fraction(n, d) for d, n in sx_partials.items())
        sxx = sum(Fraction(n, d * d) for d, n in sxx_partials.items())
        ssd = (count * sxx - sx * sx) / count
        c = sx / count
    return (_common_type(types), ssd, c, count)


def _convert(value, T):
    """value (usually a Fraction) as type T."""
    if type(value) is T:
        return value
    target = float if issubclass(T, int) and value.denominator != 1 else T
    # Decimal refuses a Fraction, so it gets the quotient of its parts.
    if isinstance(value, Fraction) and _is_decimal_type(target):
        return target(value.numerator) / target(value.denominator)
    return target(value)


def _fail_neg(values, errmsg="negative value"):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _integer_sqrt_of_frac_rto(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_sqrt_bit_width = 2 * sys.float_info.mant_dig + 3


def _float_sqrt_of_frac(n, m):
    shift = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    scale = 1
    if shift >= 0:
        root = _integer_sqrt_of_frac_rto(n, m << 2 * shift) << shift
    else:
        root = _integer_sqrt_of_frac_rto(n << -2 * shift, m)
        scale <<= -shift
    return root / scale


def _decimal_sqrt_of_frac(n, m):
    Decimal = _decimal_class()
    if n == 0:
        return Decimal("0.0")
    if n < 0:
        n, m = -n, -m
    guess = (Decimal(n) / Decimal(m)).sqrt()
    g_num, g_den = guess.as_integer_ratio()

    def beyond_midpoint(neighbour):
        # Sign of n/m minus the square of the midpoint between guess and neighbour, scaled.
        k_num, k_den = neighbour.as_integer_ratio()
        return 4 * n * (g_den * k_den) ** 2 - m * (g_den * k_num + k_den * g_num) ** 2

    above = guess.next_plus()
    if beyond_midpoint(above) > 0:
        return above
    below = guess.next_minus()
    if beyond_midpoint(below) < 0:
        return below
    return guess


def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    data, count = _sized(data)
    if weights is not None:
        return _weighted_fmean(data, count, weights)
    total = fsum(data)
    if count == 0:
        raise StatisticsError("fmean requires at least one data point")
    return total / count


def _sized(values):
    """values and its length, made a list first when it has none."""
    if not hasattr(type(values), "__len__"):
        values = list(values)
    return values, len(values)


def _weighted_fmean(data, count, weights):
    weights, weight_count = _sized(weights)
    weighted_total = fsum(value * weight for value, weight in zip(data, weights))
    if weight_count != count:
        raise StatisticsError("data and weights must be the same length")
    weight_total = fsum(weights)
    if not weight_total:
        raise StatisticsError("sum of weights must be non-zero")
    return weighted_total / weight_total


def geometric_mean(data):
    try:
        return exp(fmean([log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def harmonic_mean(data, weights=None):
    negative = "harmonic mean does not support negative values"
    data = _materialized(data)
    count = len(data)
    if count == 0:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if weights is None:
        if count == 1:
            return _lone_harmonic_value(data[0], negative)
        weights, weight_total = [1] * count, count
    else:
        weights = _materialized(weights)
        if len(weights) != count:
            raise StatisticsError("Number of weights does not match data size")
        weight_total = _sum(_fail_neg(weights, negative))[1]
    reciprocals = (w / x if w else 0 for w, x in zip(weights, _fail_neg(data, negative)))
    try:
        T, denominator, _ = _sum(reciprocals)
    except ZeroDivisionError:
        return 0
    if denominator <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(weight_total / denominator, T)


def _materialized(values):
    return list(values) if iter(values) is values else values


def _lone_harmonic_value(x, negative):
    decimal = _decimal_class()
    numeric = (int, float, Fraction) if decimal is None else (int, float, Fraction, decimal)
    if not isinstance(x, numeric):
        raise TypeError("unsupported type")
    if x < 0:
        raise StatisticsError(negative)
    return x


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    from bisect import bisect_left, bisect_right
    ordered = sorted(data)
    size = len(ordered)
    if size == 0:
        raise StatisticsError("no median for empty data")
    middle = ordered[size // 2]
    below = bisect_left(ordered, middle)
    in_class = bisect_right(ordered, middle, lo=below) - below
    try:
        width, middle = float(interval), float(middle)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower_limit = middle - width / 2.0
    return lower_limit + width * (size / 2 - below) / in_class


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError("no mode for empty data")
    best = max(counts.values())
    for value, count in counts.items():
        if count == best:
            return value


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    best = max(counts.values())
    return [value for value, count in counts.items() if count == best]


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    ordered = sorted(data)
    if len(ordered) < 2:
        raise StatisticsError("must have at least two data points")
    cut = _QUANTILE_METHODS.get(method)
    if cut is None:
        raise ValueError(f"Unknown method: {method!r}")
    return [cut(ordered, k, n) for k in range(1, n)]


def _inclusive_cut(ordered, k, n):
    # Interpolates between the points at positions 0 .. len-1.
    low, weight = divmod(k * (len(ordered) - 1), n)
    return (ordered[low] * (n - weight) + ordered[low + 1] * weight) / n


def _exclusive_cut(ordered, k, n):
    # Interpolates between the points at positions 1 .. len, clamped to the ends.
    position = k * (len(ordered) + 1)
    high = min(max(position // n, 1), len(ordered) - 1)
    weight = position - high * n
    return (ordered[high - 1] * (n - weight) + ordered[high] * weight) / n


_QUANTILE_METHODS = {"inclusive": _inclusive_cut, "exclusive": _exclusive_cut}


def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    return _root_of_spread(data, xbar, 1, "stdev requires at least two data points")


def pstdev(data, mu=None):
    return _root_of_spread(data, mu, 0, "pstdev requires at least one data point")


def _root_of_spread(data, centre, lost_degrees, too_few):
    T, squares, _, count = _ss(data, centre)
    if count <= lost_degrees:
        raise StatisticsError(too_few)
    spread = squares / (count - lost_degrees)
    root = _decimal_sqrt_of_frac if _is_decimal_type(T) else _float_sqrt_of_frac
    return root(spread.numerator, spread.denominator)


def covariance(x, y, /):
    """Covariance of two inputs."""
    count = _paired_count(x, y, "covariance")
    x_mean, y_mean = fsum(x) / count, fsum(y) / count
    return _co_deviation(x, x_mean, y, y_mean) / (count - 1)


def _paired_count(x, y, what):
    count = len(x)
    if count != len(y):
        raise StatisticsError(f"{what} requires that both inputs have same number of data points")
    if count < 2:
        raise StatisticsError(f"{what} requires at least two data points")
    return count


def _co_deviation(xs, x_mean, ys, y_mean):
    return fsum((a - x_mean) * (b - y_mean) for a, b in zip(xs, ys))


def correlation(x, y, /):
    count = _paired_count(x, y, "correlation")
    x_mean, y_mean = fsum(x) / count, fsum(y) / count
    joint = _co_deviation(x, x_mean, y, y_mean)
    x_spread = _co_deviation(x, x_mean, x, x_mean)
    y_spread = _co_deviation(y, y_mean, y, y_mean)
    try:
        return joint / sqrt(x_spread * y_spread)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    count = _paired_count(x, y, "linear regression")
    if proportional:
        joint = fsum(a * b for a, b in zip(x, y))
        x_spread = fsum(a * a for a in x)
    else:
        x_mean, y_mean = fsum(x) / count, fsum(y) / count
        joint = _co_deviation(x, x_mean, y, y_mean)
        x_spread = _co_deviation(x, x_mean, x, x_mean)
    try:
        slope = joint / x_spread
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    if proportional:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=y_mean - slope * x_mean)


# Wichura's algorithm AS241 (Applied Statistics 37(3), 1988): rational approximations of the
# normal quantile function in three regions, coefficients highest power first.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4, 4.5921953931549871457e+4,
     1.3731693765509461125e+4, 1.9715909503065514427e+3, 1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4, 2.1213794301586595867e+4,
     5.3941960214247511077e+3, 6.8718700749205790830e+2, 4.2313330701600911252e+1, 1.0))
_AS241_NEAR = (
    (7.7454501427834140764e-4, 2.2723844989269184583e-2, 2.4178072517745061177e-1, 1.2704582524523683826e+0,
     3.6478483247632045605e+0, 5.7694972214606914055e+0, 4.6303378461565452959e+0, 1.4234371107496835773e+0),
    (1.05075007164441684324e-9, 5.4759380849953449460e-4, 1.5198666563616457197e-2, 1.4810397642748007459e-1,
     6.8976733498510000455e-1, 1.6763848301838038494e+0, 2.0531916266377588219e+0, 1.0))
_AS241_TAIL = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3, 2.65321895265761230930e-2,
     2.96560571828504891230e-1, 1.7848265399172913358e+0, 5.4637849111641143699e+0, 6.6579046435011037772e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5, 7.86869131145613259100e-4,
     1.48753612908506148525e-2, 1.36929880922735805310e-1, 5.99832206555887937690e-1, 1.0))


def _horner(coefficients, x):
    total = coefficients[0]
    for c in coefficients[1:]:
        total = total * x + c
    return total


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = (_horner(_AS241_CENTRAL[0], r) * q) / _horner(_AS241_CENTRAL[1], r)
        return mu + (x * sigma)
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        num, den = _AS241_NEAR
    else:
        r = r - 5.0
        num, den = _AS241_TAIL
    x = _horner(num, r) / _horner(den, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


def _mean_stdev(data):
    """(mean, sample standard deviation) of data, as floats."""
    _, squares, centre, count = _ss(data)
    if count < 2:
        raise StatisticsError("stdev requires at least two data points")
    spread = squares / (count - 1)
    if not isinstance(spread, Fraction):
        # An infinity or NaN among the data: no exact root to take.
        return float(centre), float(centre) / float(squares)
    return float(centre), _float_sqrt_of_frac(spread.numerator, spread.denominator)


_SQRT2 = sqrt(2.0)


class NormalDist:

    __slots__ = ("_mu", "_sigma")

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for i in range(n)]

    def pdf(self, x):
        spread = self.variance
        if spread == 0:
            raise StatisticsError("pdf() not defined when sigma is zero")
        offset = x - self._mu
        density = exp(offset * offset / (-2.0 * spread))
        return density / sqrt(math.tau * spread)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if not 0.0 < p < 1.0 and not math.isnan(p):
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if not self._sigma > 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        narrow, wide = sorted((self, other), key=lambda d: (d._sigma, d._mu))
        narrow_var, wide_var = narrow.variance, wide.variance
        if not (narrow_var and wide_var):
            raise StatisticsError("overlap() not defined when sigma is zero")
        var_gap = wide_var - narrow_var
        mean_gap = math.fabs(wide._mu - narrow._mu)
        if var_gap == 0:
            return 1.0 - math.erf(mean_gap / (2.0 * narrow._sigma * _SQRT2))
        # The densities cross at two points; the non-overlap is the cdf gap measured there.
        centre = narrow._mu * wide_var - wide._mu * narrow_var
        half_width = narrow._sigma * wide._sigma * sqrt(mean_gap * mean_gap + var_gap * log(wide_var / narrow_var))
        missed = 0.0
        for crossing in ((centre + half_width) / var_gap, (centre - half_width) / var_gap):
            missed += math.fabs(wide.cdf(crossing) - narrow.cdf(crossing))
        return 1.0 - missed

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
