# PyHeap's copy: Lib/copy.py for the subset PyHeap runs. CPython copies instances of user classes through
# object.__reduce_ex__(4) and copyreg.__newobj__; PyHeap has no pickle protocol on object, so _reconstruct is
# fed the same pieces directly: a Python class's own __reduce__, or cls.__new__(cls, *__getnewargs__()) (set
# subclasses: cls(list(x))), then the state (__getstate__() if the class defines it, else the instance
# __dict__ — or (dict, slots) for classes with __slots__), applied with __setstate__ if defined, else by
# updating __dict__ / setattr for slots, then the items of a list or dict subclass. __copy__ /
# __deepcopy__(memo) hooks, the memo dict (keyed by id, with the _keep_alive list under id(memo)) and the
# atomic/list/tuple/dict dispatch are Lib/copy.py's.
# Known differences: objects that CPython refuses to copy through __reduce_ex__ raise
# TypeError("cannot pickle 'X' object") here only for builtin types PyHeap knows nothing about; the
# intermediate objects differ (no reduce tuples), so refcounts seen from __deepcopy__ hooks can differ.

import weakref as _weakref


class Error(Exception):
    pass
error = Error

__all__ = ["Error", "copy", "deepcopy"]


def _function_type():
    pass


_atomic = (type(None), int, float, bool, str, tuple, bytes, frozenset, type, range, slice, property,
           type(_function_type), type(Ellipsis), type(NotImplemented), type(len), _weakref.ref)
_builtin_mutable = {list: list.copy, dict: dict.copy, set: set.copy, bytearray: bytearray.copy}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic:
        return x
    copier = _builtin_mutable.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                y = _reconstruct(x, memo)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x
for _t in _atomic:
    d[_t] = _deepcopy_atomic
del _t


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y
d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y
d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo):
    # CPython reaches sets through set.__reduce_ex__: cls(list-of-deep-copied-items).
    y = set(deepcopy(list(x), memo))
    memo[id(x)] = y
    return y
d[set] = _deepcopy_set


del d


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _get_state(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return getstate(x)
    d = getattr(x, '__dict__', None)
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (d if d else None, slots)
    return d if d else None


def _user_reduce(cls):
    """A __reduce__ a Python class along the MRO defines (Counter, defaultdict, ...), or None."""
    for c in cls.__mro__:
        if '__reduce__' in c.__dict__ and c.__module__ != 'builtins':
            return c.__dict__['__reduce__']
        if c.__module__ == 'builtins':
            return None
    return None


def _reduce_pieces(x, cls):
    """(callable, args, state, listiter, dictiter) as x.__reduce_ex__(4) gives them: a Python __reduce__,
    set.__reduce__ (cls(list(x))), or object's reduce_newobj (cls.__new__(cls, *__getnewargs__()), the state,
    then a list's items or a dict's items)."""
    reduce = _user_reduce(cls)
    if reduce is not None:
        rv = tuple(reduce(x)) + (None, None, None)
        return rv[0], rv[1], rv[2], rv[3], rv[4]
    if isinstance(x, (set, frozenset)):
        return cls, (list(x),), _get_state(x, cls), None, None
    if isinstance(x, bytearray):
        # bytearray.__reduce_ex__(4): cls(bytes) (no arguments when empty), then the state.
        return cls, ((bytes(x),) if x else ()), _get_state(x, cls), None, None
    getnewargs = getattr(cls, '__getnewargs__', None)
    args = getnewargs(x) if getnewargs is not None else ()
    return (cls.__new__, (cls,) + args, _get_state(x, cls),
            iter(x) if isinstance(x, list) else None,
            iter(x.items()) if isinstance(x, dict) else None)


def _reconstruct(x, memo):
    cls = type(x)
    if getattr(cls, '__module__', None) == 'builtins' and not hasattr(x, '__dict__') \
            and not issubclass(cls, (BaseException, bytearray)):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    deep = memo is not None
    if issubclass(cls, BaseException):
        y = cls.__new__(cls)
        state = _get_state(x, cls)
        listiter = dictiter = None
    else:
        func, args, state, listiter, dictiter = _reduce_pieces(x, cls)
        if deep and args:
            args = deepcopy(args, memo)
        y = func(*args)
    if deep:
        memo[id(x)] = y
    if issubclass(cls, BaseException):
        args = x.args
        if deep:
            args = deepcopy(args, memo)
        y.args = args
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__') and type(y).__dict__.get('__setstate__') is not None \
                or any('__setstate__' in c.__dict__ for c in cls.__mro__ if c is not object):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
