"""Writes notebooks/02-cyclic-gc.ipynb (without outputs; execute it on the pyheap kernel)."""
import os

from nbmake import code, md, save

HERE = os.path.dirname(os.path.abspath(__file__))

cells = [
    md("""
    # 2 · The cyclic garbage collector

    Reference counting frees an object the moment its count reaches zero (notebook 01). But objects that
    refer to each other keep each other's counts above zero forever, even when nothing else can reach them.
    CPython adds a second mechanism for exactly this case: the **cyclic garbage collector** in
    `Modules/gcmodule.c`. This notebook shows why it is needed, how it finds garbage, when it runs, and what
    it does with finalizers and weak references.

    | magic | shows |
    |---|---|
    | `%graph EXPR…` | the objects reachable from the expressions, each reference cycle filled in colour |
    | `%gc` | the three generations: counts against thresholds, and every collection of the session |
    | `%gc collect [GEN]` | runs a collection and shows each step of the algorithm and what it found |
    """),
    md("""
    ## Why reference counting misses cycles

    A list that contains itself is the smallest cycle. Its count is 2: the name and its own slot.
    """),
    code("""
    import gc
    import sys

    gc.collect()        # start from a heap without garbage
    loop = []
    loop.append(loop)
    sys.getrefcount(loop) - 1     # minus getrefcount's own argument
    """),
    md("""
    Two objects pointing at each other are the everyday case — a parent that knows its children and
    children that know their parent, a node and its neighbour. `%graph` draws what a name reaches; the
    cycle is filled in colour.
    """),
    code("""
    class Node:
        def __init__(self, name):
            self.name = name
            self.partner = None

    left, right = Node('left'), Node('right')
    left.partner, right.partner = right, left
    %graph left
    """),
    md("""
    Now drop the names. Nothing in the program can reach the two nodes any more, but each still holds a
    reference to the other, so neither count reaches zero and reference counting frees nothing. A weak
    reference (it does not count, see below) lets us watch one of them:
    """),
    code("""
    import weakref

    probe = weakref.ref(left)
    del left, right
    print('left still alive:', probe() is not None)
    print('its count:', sys.getrefcount(probe()) - 1)   # right.partner
    """),
    md("""
    `gc.collect()` runs the collector over everything it tracks. It returns the number of unreachable
    objects it found — here the two nodes (and the self-referencing list from the first cell, which we also
    abandon now):
    """),
    code("""
    del loop
    print('unreachable objects found:', gc.collect())
    print('left still alive:', probe() is not None)
    """),
    md("""
    ## The algorithm, step by step

    The collector never looks at names or the stack; it cannot. It only knows the **container objects** it
    tracks (lists, dicts, instances, functions, …) and, for each, the references that object holds
    (`tp_traverse`). From that it works out which objects are referenced only from inside the set:

    1. **update_refs** — copy every tracked object's reference count into a scratch field, `gc_refs`.
    2. **subtract_refs** — for every reference from one tracked object to another, subtract 1 from the
       target's `gc_refs`. What is left is the number of references from *outside* the set: names,
       the stack, untracked objects.
    3. **move_unreachable** — an object with `gc_refs > 0` is reachable, and so is everything it refers to.
       The rest — objects reached only from inside the set — are unreachable.
    4. **finalize and clear** — run finalizers (`__del__`, PEP 442), handle weak references, check that
       finalizers did not resurrect anything, then break the cycles by clearing the objects' references
       (`tp_clear`). Reference counting then frees them normally.

    `%gc collect` runs a collection and shows these steps with the real numbers, and draws the unreachable
    objects. Let us build a three-node ring and abandon it:
    """),
    code("""
    a, b, c = Node('a'), Node('b'), Node('c')
    a.partner, b.partner, c.partner = b, c, a
    del a, b, c
    %gc collect
    """),
    md("""
    In step 2 each node's `gc_refs` went from 1 to 0: its only reference came from another node in the
    ring. Nothing outside held it, so all three were unreachable.

    ## Three generations

    Most objects die young, and an object that has survived a few collections is likely to live long. So
    CPython splits the tracked objects into **three generations**. New containers start in generation 0;
    survivors of a collection are **promoted** to the next generation; generation 2 holds the old ones.
    A collection of generation *n* examines generations 0 … *n* only, so the frequent young collections are
    cheap.

    Each generation has a **threshold**: (700, 10, 10) by default.
    """),
    code("""
    gc.get_threshold()
    """),
    md("""
    - `count[0]` is the number of container allocations minus deallocations since the last collection; when
      it exceeds 700, generation 0 is collected.
    - `count[1]` counts generation-0 collections; when it exceeds 10, generation 1 is collected with it.
    - `count[2]` counts generation-1 collections; above 10 a full collection may run (only if, in addition,
      the objects waiting for their first full collection exceed 25 % of the long-lived ones — the guard
      that keeps full collections rare on big heaps).

    `gc.get_count()` shows the three counters. A full collection resets them all:
    """),
    code("""
    gc.collect()
    before = gc.get_count()
    fresh = [[] for _ in range(100)]     # 100 new lists, the list that holds them, the comprehension's function
    after = gc.get_count()
    print(before, '->', after)
    """),
    md("""
    ## Promotion

    A survivor moves up one generation per collection. `gc.get_objects(generation)` lists what a generation
    holds, so we can follow one object:
    """),
    code("""
    def generation_of(obj):
        for g in range(3):
            if any(o is obj for o in gc.get_objects(g)):
                return g

    survivor = []
    print('new:                        generation', generation_of(survivor))
    gc.collect(0)
    print('after a generation-0 collection: generation', generation_of(survivor))
    gc.collect(1)
    print('after a generation-1 collection: generation', generation_of(survivor))
    """),
    md("""
    ## Automatic collections

    You rarely call `gc.collect()`: allocations trigger collections by themselves. `gc.callbacks` is a list
    of functions the collector calls at the start and the end of every collection, with the generation and
    what was collected — a good way to watch automatic collections. Allocating 9,000 lists crosses the
    threshold of 700 twelve times. After eleven collections of generation 0, `count[1]` is 11 — above its
    threshold of 10 — so the twelfth collection takes generation 1 as well:
    """),
    code("""
    log = []

    def watch(phase, info):
        if phase == 'stop':
            log.append(info['generation'])

    gc.collect()
    gc.callbacks.append(watch)
    many = [[] for _ in range(9000)]
    gc.callbacks.remove(watch)
    print('collections of generation:', log)
    """),
    md("""
    `%gc` shows the same story for the whole session: each generation's count against its threshold, the
    objects it holds, and a timeline with every collection marked — automatic ones and the explicit
    `gc.collect()` calls of this notebook.
    """),
    code("""
    %gc
    """),
    code("""
    del many, fresh
    """),
    md("""
    `gc.disable()` switches the automatic collections off (explicit `gc.collect()` still works); with it
    off, abandoned cycles pile up until someone collects.

    ## Weak references

    A weak reference refers to an object **without counting**: `getrefcount` does not change, and the
    object can die while weak references to it exist. Calling the weak reference returns the object, or
    `None` once it is gone. An optional callback runs when the object dies.
    """),
    code("""
    target = Node('target')
    print('count before:', sys.getrefcount(target) - 1)
    w = weakref.ref(target, lambda ref: print('callback: the target died'))
    print('count with a weak reference:', sys.getrefcount(target) - 1)
    print('w() is target:', w() is target)
    del target
    print('w() after del:', w())
    """),
    md("""
    Weak references are how caches and back-pointers avoid creating cycles: a child can refer to its parent
    weakly, so parent and children are freed by reference counting alone, with no collection needed.
    """),
    code("""
    class Child:
        def __init__(self, parent):
            self.parent = weakref.ref(parent)     # weak: no cycle

    class Parent:
        def __init__(self):
            self.children = [Child(self), Child(self)]

        def __del__(self):
            print('parent freed by reference counting')

    family = Parent()
    del family
    print('collected afterwards:', gc.collect())
    """),
    md("""
    ## Finalizers in cycles: PEP 442

    Before Python 3.4, a cycle containing an object with `__del__` could not be collected at all — the
    collector did not know in which order to run the finalizers — and ended up in `gc.garbage`. Since
    PEP 442 (3.4), CPython runs **every finalizer in the cycle once**, then clears the cycle. `gc.garbage`
    stays empty:
    """),
    code("""
    class Resource:
        def __init__(self, name):
            self.name = name
            self.other = None

        def __del__(self):
            print('__del__ of', self.name)

    r1, r2 = Resource('r1'), Resource('r2')
    r1.other, r2.other = r2, r1
    del r1, r2
    print('collected:', gc.collect())
    print('gc.garbage:', gc.garbage)
    """),
    md("""
    ## Resurrection

    A finalizer can store `self` somewhere reachable — the object comes back to life. The collector
    notices (after running the finalizers it checks the unreachable set again) and leaves resurrected
    objects, and everything they reach, alone. PEP 442 also guarantees that `__del__` runs only once per
    object: `gc.is_finalized` remembers it.
    """),
    code("""
    saved = []

    class Phoenix:
        def __init__(self):
            self.me = self                # a cycle of one

        def __del__(self):
            print('__del__: saving myself')
            saved.append(self)

    Phoenix()
    print('collected:', gc.collect())     # 0: the phoenix was found unreachable, but not freed
    print('resurrected:', len(saved), '- finalized already:', gc.is_finalized(saved[0]))
    """),
    md("""
    The second time the phoenix becomes garbage, `__del__` does not run again, and it is freed:
    """),
    code("""
    saved.clear()
    print('collected:', gc.collect())
    """),
    md("""
    ## Summary

    - Cycles keep their counts above zero; only the cyclic collector frees them.
    - It computes, for the tracked containers, how many references come from outside (`gc_refs`), and frees
      what is reachable only from inside.
    - Three generations with thresholds 700 / 10 / 10: young objects are examined often, survivors are
      promoted and examined rarely; allocations trigger the collections.
    - `gc.callbacks` reports every collection; weak references point without owning.
    - PEP 442: finalizers in cycles run once, the cycle is freed, resurrection is detected.

    Where the memory of all these objects comes from is the subject of **03-pymalloc.ipynb**.
    """),
]

save(os.path.join(HERE, "..", "02-cyclic-gc.ipynb"), cells)
