# PyHeap's itertools: the iterators of Modules/itertoolsmodule.c written as Python classes (each instance is an
# iterator with __iter__/__next__; the combinatoric ones drive an internal generator, following the "roughly
# equivalent" code of the itertools documentation). Same values, ordering, reprs (count, repeat) and argument
# error messages as CPython 3.11.
# Known differences from CPython 3.11 (C objects there):
# - the objects are instances of Python classes: they have a __dict__, are GC-tracked differently and, for the
#   combinatoric ones and groupby/tee, own an extra generator or list object, so sys.getsizeof,
#   sys.getrefcount of the iterator or of the items it holds, and id() reuse around them can differ;
# - product/permutations/combinations keep their results as fresh tuples (CPython reuses the result tuple when
#   nobody else holds it, which is only visible through id()).
# - no __reduce__/__setstate__ (pickling) and no __length_hint__ on repeat.

import sys as _sys


def _iter_or_error(obj):
    return iter(obj)


def _check_number(x):
    if isinstance(x, (int, float)):
        return
    t = type(x)
    if hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__'):
        return
    raise TypeError('a number is required')


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        _check_number(start)
        _check_number(step)
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                if self._firstpass:
                    self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


_MISSING = object()


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    def __init__(self, object=_MISSING, times=None):
        if object is _MISSING:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._object = object
        if times is not None:
            times = range(times).stop
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times > 0:
            self._times -= 1
            return self._object
        raise StopIteration

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times


def _add(a, b):
    return a + b


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _MISSING
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        if self._total is _MISSING:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._source = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                for iterable in self._source:
                    self._active = iter(iterable)
                    break
                else:
                    self._source = None
                    raise StopIteration
            for item in self._active:
                return item
            self._active = None
        raise StopIteration


class compress:
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            selector = next(self._selectors)
            if selector:
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, predicate, iterable):
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._predicate(item):
                self._dropping = False
                return item


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, predicate, iterable):
        self._predicate = predicate
        self._it = iter(iterable)
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._stop = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, function, iterable):
        self._function = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if self._function is None:
                ok = item
            else:
                ok = self._function(item)
            if not ok:
                return item


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _MISSING:
                self._step()
            elif self._tgtkey is _MISSING:
                break
            elif not (self._tgtkey == self._currkey):
                break
            else:
                self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        if not (self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        parent._currkey = _MISSING
        return value


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, iterable, *args):
        nargs = len(args)
        if nargs < 1:
            raise TypeError('islice expected at least 2 arguments, got %d' % (nargs + 1))
        if nargs > 3:
            raise TypeError('islice expected at most 4 arguments, got %d' % (nargs + 1))
        start, stop, step = 0, None, 1
        if nargs == 1:
            stop = args[0]
            if stop is not None:
                stop = self._index(stop, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        else:
            a1 = args[0]
            a2 = args[1]
            if a2 is not None:
                stop = self._index(a2, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.', False)
            if a1 is not None:
                start = self._index(a1, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
            if stop is not None and stop < 0:
                raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
            if nargs == 3 and args[2] is not None:
                step = self._index(args[2], 'Step for islice() must be a positive integer or None.')
                if step == 0:
                    raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    @staticmethod
    def _index(value, message, check_negative=True):
        try:
            value = range(value).stop
        except TypeError:
            raise ValueError(message) from None
        if (check_negative and value < 0) or value == -1 or value > _sys.maxsize:
            raise ValueError(message)
        return value

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next = self._next + self._step
        if self._next < oldnext or (stop is not None and self._next > stop):
            self._next = stop
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._old = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._old is _MISSING:
            try:
                self._old = next(it)
            except StopIteration:
                self._it = None
                raise
        try:
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _MISSING
            raise
        result = (self._old, new)
        self._old = new
        return result


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable):
        self._function = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if not isinstance(args, tuple):
            args = tuple(args)
        return self._function(*args)


class _tee_link:
    __slots__ = ('value', 'next')


class _tee_source:

    def __init__(self, it):
        self.it = it


class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source.it)
            new = _tee_link()
            new.next = None
            link.value = value
            link.next = new
        value = link.value
        self._link = link.next
        return value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = range(n).stop
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        link = _tee_link()
        link.next = None
        first = _tee(_tee_source(it), link)
    result = [first]
    for i in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument."""

    def __init__(self, *args, fillvalue=None):
        self._its = [iter(it) for it in args]
        self._active = len(self._its)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(self._fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[i] = None
                value = self._fillvalue
            values.append(value)
        return tuple(values)


class _combinatoric:
    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _product_gen(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


class product(_combinatoric):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __init__(self, *args, repeat=1):
        repeat = range(repeat).stop
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in args] * repeat
        self._gen = _product_gen(pools)


def _permutations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class permutations(_combinatoric):
    """Return successive r-length permutations of elements in the iterable."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            if r < 0:
                raise ValueError('r must be non-negative')
        self._gen = _permutations_gen(pool, r)


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations(_combinatoric):
    """Return successive r-length combinations of elements in the iterable."""

    def __init__(self, iterable, r=_MISSING):
        if r is _MISSING:
            raise TypeError("%s() missing required argument 'r' (pos 2)" % type(self).__name__)
        r = range(r).stop
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _combinations_gen(pool, r)


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_combinatoric):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""

    def __init__(self, iterable, r=_MISSING):
        if r is _MISSING:
            raise TypeError("%s() missing required argument 'r' (pos 2)" % type(self).__name__)
        r = range(r).stop
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _cwr_gen(pool, r)
