# PyHeap's collections: namedtuple, deque, defaultdict, Counter and OrderedDict with Lib/collections/__init__.py's
# (and Modules/_collectionsmodule.c's) values, ordering, reprs and error messages, for the subset PyHeap runs.
# Known differences from CPython 3.11 — PyHeap cannot subclass the builtin tuple and dict yet:
# - a namedtuple class is NOT a tuple subclass: isinstance(p, tuple) is False and type(p).__mro__ lacks tuple;
#   it stores its values in a tuple (_tuple) and implements the tuple protocol (indexing and slicing, len,
#   iteration/unpacking, ==/</hash against tuples, count/index, + giving a tuple); there is no exec, so
#   __new__'s argument errors are built by hand with CPython's wording; instances have __slots__, so
#   getsizeof/refcounts differ.
# - defaultdict, Counter and OrderedDict are NOT dict subclasses (isinstance(x, dict) is False): each wraps a
#   dict (insertion order kept, so iteration and reprs match) and implements the mapping protocol
#   (keys/values/items views of that dict, get, pop, setdefault, update, copy, clear, ==, |); dict(x) and
#   {**x} work through keys().
# - deque is a Python class over a list (O(n) appendleft/popleft; getsizeof/refcounts differ; no weakref-free
#   block layout).

from operator import itemgetter as _itemgetter
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
import heapq as _heapq
import sys as _sys

__all__ = ['namedtuple', 'deque', 'defaultdict', 'Counter', 'OrderedDict']

_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
                       'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
                       'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
                       'return', 'try', 'while', 'with', 'yield'])


def _names_message(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


################################################################################
### namedtuple
################################################################################

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                or name in _KEYWORDS
                or name.startswith('_')
                or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    new_name = typename + '.__new__'

    def _bind(args, kwargs):
        if len(args) > num_fields:
            raise TypeError('%s() takes %d positional argument%s but %d %s given'
                            % (new_name, num_fields + 1, '' if num_fields == 0 else 's',
                               len(args) + 1, 'was' if len(args) == 0 else 'were'))
        values = list(args)
        for key in kwargs:
            if key not in field_names:
                raise TypeError('%s() got an unexpected keyword argument %r' % (new_name, key))
            if field_names.index(key) < len(args):
                raise TypeError('%s() got multiple values for argument %r' % (new_name, key))
        missing = []
        for i in range(len(args), num_fields):
            name = field_names[i]
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
                values.append(None)
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (new_name, len(missing), '' if len(missing) == 1 else 's',
                               _names_message(missing)))
        return tuple(values)

    def __init__(self, *args, **kwargs):
        object.__setattr__(self, '_tuple', _bind(args, kwargs))

    @classmethod
    def _make(cls, iterable):
        result = tuple(iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        self = object.__new__(cls)
        object.__setattr__(self, '_tuple', result)
        return self

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self._tuple))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            '%s=%r' % (name, value) for name, value in zip(field_names, self._tuple)) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self._tuple))

    def __getnewargs__(self):
        return self._tuple

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'

    # type(name, bases, namespace), as Lib/collections does; the class is not a tuple subclass (see the top).
    namespace = {
        '__doc__': f'{typename}({", ".join(field_names)})',
        '__slots__': (),
        '__module__': module,
        '__qualname__': typename,
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__init__': __init__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
    }
    for index, name in enumerate(field_names):
        namespace[name] = property(_itemgetter(index), doc=f'Alias for field number {index}')
    return type(typename, (_NamedTupleBase,), namespace)



class _NamedTupleBase:
    __slots__ = ('_tuple',)

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def __getitem__(self, index):
        return self._tuple[index]

    def __len__(self):
        return len(self._tuple)

    def __iter__(self):
        return iter(self._tuple)

    def __contains__(self, value):
        return value in self._tuple

    def __hash__(self):
        return hash(self._tuple)

    def _other(self, other):
        if isinstance(other, _NamedTupleBase):
            return other._tuple
        if isinstance(other, tuple):
            return other
        return None

    def __eq__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple == o

    def __ne__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple != o

    def __lt__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple < o

    def __le__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple <= o

    def __gt__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple > o

    def __ge__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple >= o

    def __add__(self, other):
        o = self._other(other)
        if o is None:
            raise TypeError('can only concatenate tuple (not "%s") to tuple' % type(other).__name__)
        return self._tuple + o

    def __radd__(self, other):
        return other + self._tuple

    def __mul__(self, n):
        return self._tuple * n

    __rmul__ = __mul__

    def count(self, value):
        return self._tuple.count(value)

    def index(self, value, *args):
        return self._tuple.index(value, *args)


################################################################################
### deque
################################################################################

class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ('_items', '_maxlen', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = range(maxlen).stop
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def append(self, x):
        """Add an element to the right side of the deque."""
        if self._maxlen == 0:
            return
        self._items.append(x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[0]

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        if self._maxlen == 0:
            return
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[-1]

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        items = self._items
        if len(items) <= 1:
            return
        n = n % len(items)
        if n:
            items[:] = items[-n:] + items[:-n]

    def clear(self):
        """Remove all elements from the deque."""
        self._items.clear()

    def copy(self):
        """Return a shallow copy of a deque."""
        return deque(self._items, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """D.count(value) -- return number of occurrences of value"""
        return self._items.count(value)

    def index(self, value, *args):
        """D.index(value, [start, [stop]]) -- return first index of value."""
        try:
            return self._items.index(value, *args)
        except ValueError:
            raise ValueError('%r is not in deque' % (value,)) from None

    def insert(self, index, value):
        """D.insert(index, object) -- insert object before index"""
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._items.insert(index, value)

    def remove(self, value):
        """D.remove(value) -- remove first occurrence of value."""
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError('%r is not in deque' % (value,)) from None

    def reverse(self):
        """D.reverse() -- reverse *IN PLACE*"""
        self._items.reverse()

    def _check_index(self, index):
        if not isinstance(index, int):
            index = range(index).stop
        n = len(self._items)
        if index < -n or index >= n:
            raise IndexError('deque index out of range')
        return index

    def __getitem__(self, index):
        if isinstance(index, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        return self._items[self._check_index(index)]

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        self._items[self._check_index(index)] = value

    def __delitem__(self, index):
        if isinstance(index, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        del self._items[self._check_index(index)]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, value):
        return value in self._items

    def __bool__(self):
        return bool(self._items)

    def __repr__(self):
        if self._maxlen is None:
            return 'deque(%r)' % (self._items,)
        return 'deque(%r, maxlen=%d)' % (self._items, self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items >= other._items

    def __hash__(self):
        # deque is the static type "collections.deque" in CPython (tp_hash = PyObject_HashNotImplemented).
        raise TypeError("unhashable type: 'collections.deque'")

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        return deque(self._items + other._items, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._items * n, self._maxlen)


################################################################################
### the dict wrappers
################################################################################

class _DictWrapper:
    __slots__ = ('_d', '__weakref__')

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __reversed__(self):
        return reversed(self._d)

    def __contains__(self, key):
        return key in self._d

    def __getitem__(self, key):
        d = self._d
        if key in d:
            return d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def pop(self, key, *args):
        return self._d.pop(key, *args)

    def popitem(self):
        return self._d.popitem()

    def clear(self):
        self._d.clear()

    def update(self, *args, **kwargs):
        self._d.update(*args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __bool__(self):
        return bool(self._d)


class defaultdict(_DictWrapper):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""
    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        self._d = dict(*args, **kwargs)

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.defaultdict'")

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        return '%s(%s, %r)' % (type(self).__name__, 'None' if factory is None else repr(factory), self._d)

    def copy(self):
        return type(self)(self.default_factory, self._d)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, (dict, _DictWrapper)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new


class OrderedDict(_DictWrapper):
    """Dictionary that remembers insertion order"""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        self._d = {}
        self.update(*args, **kwargs)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        d = self._d
        value = d.pop(key)
        if last:
            d[key] = value
        else:
            rest = list(d.items())
            d.clear()
            d[key] = value
            d.update(rest)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary."""
        d = self._d
        if not d:
            raise KeyError('dictionary is empty')
        if last:
            return d.popitem()
        key = next(iter(d))
        return key, d.pop(key)

    def __repr__(self):
        if not self._d:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, list(self._d.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return self._d == other._d and list(self._d) == list(other._d)
        return _DictWrapper.__eq__(self, other)

    def copy(self):
        return type(self)(self._d)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, (dict, _DictWrapper)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self


class Counter(_DictWrapper):
    """Dict subclass for counting hashable items."""
    __slots__ = ()

    def __init__(self, iterable=None, /, **kwds):
        self._d = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most common to the least."""
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        return _heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    self._d.update(iterable)
            else:
                d = self._d
                for elem in iterable:
                    d[elem] = d.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, (dict, _DictWrapper)):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self._d:
            del self._d[elem]

    def __repr__(self):
        if not self._d:
            return f'{self.__class__.__name__}()'
        try:
            d = '{' + ', '.join(('%r: %r' % item for item in self.most_common())) + '}'
            return f'{self.__class__.__name__}({d})'
        except TypeError:
            return '{0}({1!r})'.format(self.__class__.__name__, self._d)

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result
