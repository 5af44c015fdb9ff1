# PyHeap's random: Lib/random.py's Random on top of a Python port of Modules/_randommodule.c's Mersenne Twister
# (MT19937: init_genrand, init_by_array, genrand_uint32, genrand_res53 and getrandbits exactly as CPython 3.11),
# so random.seed(n) with an int n (or a float, seeded through hash() as random_seed does) gives CPython's exact
# sequence for random(), getrandbits, randrange/randint (_randbelow_with_getrandbits), choice, shuffle, sample,
# uniform and choices.
# Known differences from CPython 3.11:
# - seed() / seed(None) (and the seed at import) use the host clock instead of os.urandom (PyHeap never reads the
#   host's entropy); the sequence is unpredictable either way;
# - seed(str/bytes) raises NotImplementedError (version 2 hashes them with sha512, which PyHeap lacks);
# - non-integral float arguments to randrange raise ValueError without the DeprecationWarning CPython prints;
# - the generator state is a Python list of 624 ints (getsizeof/refcounts of the Random object differ);
#   gauss/normalvariate/other distributions are not provided.

from math import floor as _floor, isfinite as _isfinite, log as _log, ceil as _ceil
from bisect import bisect as _bisect

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice", "sample",
           "randrange", "shuffle", "choices", "getrandbits", "getstate", "setstate"]

_N = 624
_M = 397
_MATRIX_A = 0x9908b0df
_UPPER_MASK = 0x80000000
_LOWER_MASK = 0x7fffffff
_ONE = 1


class Random:
    """Random number generator base class used by bound module functions."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = [0] * _N
        self._index = _N + 1
        self.seed(x)
        self.gauss_next = None

    # -- the C core (Modules/_randommodule.c) --

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & 0xffffffff
        for mti in range(1, _N):
            prev = mt[mti - 1]
            mt[mti] = (1812433253 * (prev ^ (prev >> 30)) + mti) & 0xffffffff
        self._index = _N

    def _init_by_array(self, init_key):
        self._init_genrand(19650218)
        mt = self._mt
        key_length = len(init_key)
        i = 1
        j = 0
        k = _N if _N > key_length else key_length
        while k:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + init_key[j] + j) & 0xffffffff
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= key_length:
                j = 0
            k -= 1
        k = _N - 1
        while k:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & 0xffffffff
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            k -= 1
        mt[0] = 0x80000000

    def _genrand_uint32(self):
        mt = self._mt
        if self._index >= _N:
            for kk in range(_N - _M):
                y = (mt[kk] & _UPPER_MASK) | (mt[kk + 1] & _LOWER_MASK)
                mt[kk] = mt[kk + _M] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
            for kk in range(_N - _M, _N - 1):
                y = (mt[kk] & _UPPER_MASK) | (mt[kk + 1] & _LOWER_MASK)
                mt[kk] = mt[kk + (_M - _N)] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
            y = (mt[_N - 1] & _UPPER_MASK) | (mt[0] & _LOWER_MASK)
            mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
            self._index = 0
        y = mt[self._index]
        self._index += 1
        y ^= (y >> 11)
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= (y >> 18)
        return y

    def _seed_int(self, n):
        n = abs(n)
        key = []
        while n:
            key.append(n & 0xffffffff)
            n >>= 32
        if not key:
            key = [0]
        self._init_by_array(key)

    def random(self):
        """random() -> x in the interval [0, 1)."""
        a = self._genrand_uint32() >> 5
        b = self._genrand_uint32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        k = range(k).stop
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k == 0:
            return 0
        if k <= 32:
            return self._genrand_uint32() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            r = self._genrand_uint32()
            if k < 32:
                r >>= (32 - k)
            result |= r << shift
            shift += 32
            k -= 32
        return result

    # -- Lib/random.py --

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed."""
        if a is None:
            import time as _time
            a = int(_time.time() * 1000000) ^ id(self)
        elif isinstance(a, (str, bytes)):
            raise NotImplementedError('PyHeap: random.seed() of str or bytes needs sha512')
        elif not isinstance(a, (int, float)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if isinstance(a, int):
            self._seed_int(a)
        else:
            self._seed_int(hash(a))
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return self.VERSION, tuple(self._mt) + (self._index,), self.gauss_next

    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        version, internalstate, self.gauss_next = state
        if version != 3 or len(internalstate) != _N + 1:
            raise ValueError('state vector is the wrong size')
        self._mt = list(internalstate[:_N])
        self._index = internalstate[_N]

    def _randbelow(self, n):
        "Return a random int in the range [0,n).  Defined for n > 0."
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=_ONE):
        """Choose a random item from range(stop) or range(start, stop[, step])."""
        istart = _index(start, 1)
        if stop is None:
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _index(stop, 2)
        width = istop - istart
        istep = _index(step, 3)
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = []
            total = 0
            for c in counts:
                total = total + c
                cum_counts.append(total)
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            bisect = _bisect
            return [population[bisect(cum_counts, s)] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            selected_add = selected.add
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected_add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                floor = _floor
                n += 0.0
                return [population[floor(random() * n)] for i in range(k)]
            try:
                cum_weights = []
                total = None
                for w in weights:
                    total = w if total is None else total + w
                    cum_weights.append(total)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        bisect = _bisect
        hi = n - 1
        return [population[bisect(cum_weights, random() * total, 0, hi)] for i in range(k)]

    def uniform(self, a, b):
        "Get a random number in the range [a, b) or [a, b] depending on rounding."
        return a + (b - a) * self.random()


def _index(value, argno):
    if isinstance(value, int):
        return value
    try:
        return range(value).stop
    except TypeError:
        pass
    ivalue = int(value)
    if ivalue != value:
        raise ValueError("non-integer %s for randrange()" % ('arg %d' % argno if argno < 3 else 'step'))
    return ivalue


def _is_sequence(obj):
    if isinstance(obj, (list, tuple, str, range, bytes)):
        return True
    if isinstance(obj, (dict, set, frozenset)):
        return False
    t = type(obj)
    return hasattr(t, '__getitem__') and hasattr(t, '__len__')


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
