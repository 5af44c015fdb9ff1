"""Writes notebooks/05-memory-pitfalls.ipynb (without outputs; execute it on the pyheap kernel)."""
import os

from nbmake import code, md, save

HERE = os.path.dirname(os.path.abspath(__file__))

cells = [
    md("""
    # 5 · Memory pitfalls

    Reference counting, the collector and pymalloc (notebooks 01–03) explain four classic ways a Python
    program keeps more memory than it means to. For each: the code, the picture that shows the problem,
    and the fix.
    """),
    md("""
    ## 1. Mutable default arguments

    A default value is evaluated **once**, when the `def` statement runs, and stored in the function object
    (`__defaults__`). Every call that omits the argument gets that same object — so a mutable default
    remembers everything earlier calls put in it:
    """),
    code("""
    import sys

    def add_item(item, basket=[]):
        basket.append(item)
        return len(basket)

    print(add_item('apple'), add_item('pear'), add_item('plum'))
    print(add_item.__defaults__)
    """),
    md("""
    `%refs` shows who keeps that list alive: the function's defaults tuple — for as long as the function
    exists, usually the whole program.
    """),
    code("""
    %refs add_item.__defaults__[0]
    """),
    md("""
    **Fix:** use `None` as the default and create the object inside the call. Each call gets a fresh list,
    freed when the call is done with it.
    """),
    code("""
    def add_item_fixed(item, basket=None):
        if basket is None:
            basket = []
        basket.append(item)
        return len(basket)

    print(add_item_fixed('apple'), add_item_fixed('pear'), add_item_fixed('plum'))
    print(add_item_fixed.__defaults__)
    """),
    md("""
    ## 2. Large globals live for the whole program

    A module-level name is a reference held by the module's dict, and the module lives until the
    interpreter exits. Data loaded into a global "just for a moment" stays. Here 100,000 `int` objects
    (those above 256 are separate objects, 32-byte blocks each) fill several of pymalloc's arenas:
    """),
    code("""
    numbers = list(range(100_000))
    total = sum(numbers)
    print(total, sys.getsizeof(numbers), 'bytes for the list itself, plus the ints')
    %heap 4
    """),
    md("""
    **Fix:** keep big intermediate data local to a function — its frame releases it on return — or `del`
    the global when done. Here the function computes the same total and its list is freed as it returns;
    `%heap` shows the ints gone (and pymalloc gives the emptied arenas back).
    """),
    code("""
    del numbers

    def compute_total():
        numbers = list(range(100_000))
        return sum(numbers)

    print(compute_total())
    %heap 4
    """),
    md("""
    ## 3. Circular references with `__del__`

    Objects in a reference cycle are not freed by reference counting; they wait for the cyclic collector
    (notebook 02). Before Python 3.4 it was worse: a cycle containing an object with `__del__` was **never**
    freed — the collector put it in `gc.garbage` and left it there. Old advice ("never write `__del__` on
    objects in cycles") comes from that time.

    PyHeap can run the old rule: `pyheap.set_legacy_finalizers(True)` makes `__del__` a legacy finalizer
    (`tp_del`). Let us build such a cycle — a connection and the session that owns it — and collect:
    """),
    code("""
    import gc
    import pyheap

    class Connection:
        def __init__(self, name):
            self.name = name
            self.session = None

        def __del__(self):
            print('closing', self.name)

    class Session:
        def __init__(self):
            self.connection = Connection('db')
            self.connection.session = self       # the cycle

    pyheap.set_legacy_finalizers(True)           # pre-3.4 behaviour
    Session()
    print('collected:', gc.collect())
    print('gc.garbage:', gc.garbage)
    """, "pyheap-only"),
    md("""
    Nothing was closed and nothing was freed: the `Connection`, whose `__del__` never ran, sits in
    `gc.garbage`, and it keeps the `Session` — everything it reaches — alive with it. The graph shows the
    stranded cycle:
    """),
    code("""
    %graph gc.garbage --depth 2
    """, "pyheap-only"),
    md("""
    In CPython 3.11 (PEP 442) the collector runs the finalizer once and frees the cycle. Back to the default;
    emptying `gc.garbage` hands the stranded cycle back to the collector, which now finalizes and frees it:
    """),
    code("""
    gc.garbage.clear()
    pyheap.set_legacy_finalizers(False)          # CPython 3.11's behaviour
    print('collected:', gc.collect())
    """, "pyheap-only"),
    md("""
    And a new cycle of the same kind is finalized and freed by one collection, with `gc.garbage` empty:
    """),
    code("""
    Session()
    print('collected:', gc.collect())
    print('gc.garbage:', gc.garbage)
    """, "pyheap-only"),
    md("""
    Even in 3.11 the cycle lives until the collector runs, so `__del__` runs late, at a time you do not
    choose. **Fix:** break the cycle with a weak reference (the connection does not own its session), and
    reference counting frees both at once — no collection needed:
    """),
    code("""
    import gc
    import weakref

    class Connection2:
        def __init__(self, name):
            self.name = name
            self.session = None

        def __del__(self):
            print('closing', self.name)

    class Session2:
        def __init__(self):
            self.connection = Connection2('db')
            self.connection.session = weakref.ref(self)   # no cycle

    gc.collect()                                  # no garbage left from before
    Session2()                                    # freed on this line: 'closing db'
    print('nothing left for the collector:', gc.collect())
    """),
    md("""
    ## 4. Unbounded caches

    A cache keeps results alive so they need not be computed again. Without a limit it keeps *all* of them:
    memory grows with every new argument, forever. A hand-written dict cache is the simplest case:
    """),
    code("""
    import gc

    class Report:
        def __init__(self, n):
            self.rows = [n] * 50

    def alive(cls):
        return sum(1 for o in gc.get_objects() if type(o) is cls)

    report_cache = {}

    def get_report(n):
        if n not in report_cache:
            report_cache[n] = Report(n)
        return report_cache[n]

    for n in range(1000):
        get_report(n)
    print(len(report_cache), 'reports cached,', alive(Report), 'alive')
    %heap 4
    """),
    md("""
    `functools.lru_cache(maxsize=None)` (and `functools.cache`) is the same: unbounded. `cache_info()` shows
    `currsize` growing with every distinct argument, and each cached result is kept alive by the cache:
    """),
    code("""
    import functools

    @functools.lru_cache(maxsize=None)
    def build(n):
        return Report(n)

    for n in range(1000):
        build(n)
    one = build(7)
    print(build.cache_info())
    print('references to one result:', sys.getrefcount(one) - 1, '(the name one, and the cache)')
    print(alive(Report), 'reports alive: the dict cache and the lru_cache each keep 1,000')
    """),
    md("""
    **Fix:** bound the cache. With `maxsize=128` (the default of `lru_cache`), once 128 results are cached
    each new one evicts the least recently used, which is freed at once if nobody else holds it. The results
    below announce their death; only the last 3 of 6 survive a cache of 3:
    """),
    code("""
    class Noisy:
        def __init__(self, n):
            self.n = n

        def __del__(self):
            print('evicted and freed:', self.n)

    @functools.lru_cache(maxsize=3)
    def build_small(n):
        return Noisy(n)

    for n in range(6):
        build_small(n)
    print(build_small.cache_info())
    """),
    md("""
    With `maxsize=128` the 1,000 reports shrink to 128 kept alive (clearing the two unbounded caches first
    frees their 2,000):
    """),
    code("""
    report_cache.clear()
    build.cache_clear()
    del one

    @functools.lru_cache(maxsize=128)
    def build_bounded(n):
        return Report(n)

    for n in range(1000):
        build_bounded(n)
    print(build_bounded.cache_info())
    print(alive(Report), 'reports alive')
    %heap 4
    """),
    md("""
    For caches keyed by objects that should not be kept alive by the cache itself, use
    `weakref.WeakValueDictionary` or `WeakKeyDictionary`: an entry disappears when its object dies.

    ## Summary

    | pitfall | what holds the memory | fix |
    |---|---|---|
    | mutable default argument | the function's `__defaults__` | `None` default, new object per call |
    | large global | the module's dict, until exit | locals in a function, or `del` |
    | cycle with `__del__` | the cycle itself (before 3.4: `gc.garbage`, forever) | weak back-references |
    | unbounded cache | the cache's dict | `lru_cache(maxsize=N)`, weak mappings |
    """),
]

save(os.path.join(HERE, "..", "05-memory-pitfalls.ipynb"), cells)
