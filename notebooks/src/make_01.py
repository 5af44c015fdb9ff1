"""Writes notebooks/01-reference-counting.ipynb (without outputs; execute it on the pyheap kernel)."""
import os

from nbmake import code, md, save

HERE = os.path.dirname(os.path.abspath(__file__))

cells = [
    md("""
    # 1 · Reference counting

    Every object in CPython carries a counter: **how many references point at it**. A name bound to the
    object is a reference, so is a slot of a list, a value in a dict, an attribute, a function's local
    variable — and, for a moment, the interpreter's own *value stack* while an instruction works on the
    object. When the count drops to zero the object is freed **at once**, in the middle of whatever
    statement dropped the last reference.

    This notebook runs on PyHeap, a simulated CPython 3.11: each number below is the one CPython 3.11 prints
    for the same code, and the pictures are drawn from the simulated heap. You will meet three magics:

    | magic | shows |
    |---|---|
    | `%refs EXPR` | the reference count of an object and every holder that makes it up |
    | `%%trace NAMES` | every change of those objects' counts while the cell runs, in order |
    | `%dis NAME` | a function's bytecode with the references each instruction takes and drops |
    """),
    md("""
    ## `sys.getrefcount` and its +1

    `sys.getrefcount(x)` returns the count of the object `x` names. A fresh list bound to one name has one
    reference, yet the call says 2:
    """),
    code("""
    import sys
    a = []
    sys.getrefcount(a)
    """),
    md("""
    The extra one is the argument itself: to call `getrefcount`, the interpreter pushes `a`'s object onto its
    value stack, and that slot is a reference for as long as the call runs. So **`getrefcount` is always one
    more than the references you can see**. `%dis` shows it happen: `LOAD_FAST obj` takes a reference
    (+1) and `PRECALL`/`CALL` hands it to the callee, which drops it when it returns.
    """),
    code("""
    def count(obj):
        return sys.getrefcount(obj)

    %dis count
    """),
    md("""
    ## Aliases: a second name is a second reference

    Assignment never copies an object; it binds one more name to the same object, so the count goes up by
    one. `a is b` and `id(a) == id(b)` both say it is one object.
    """),
    code("""
    b = a
    sys.getrefcount(a), a is b, id(a) == id(b)
    """),
    md("""
    ## `del` removes a name, not an object

    `del b` unbinds the name `b` and drops its reference. The list lives on: `a` still refers to it.
    """),
    code("""
    del b
    sys.getrefcount(a)
    """),
    md("""
    ## Containers hold references too

    Each list slot, each dict value and each tuple item that refers to the object is one more reference.
    The list below holds `a` three times, so it counts three times.
    """),
    code("""
    box = [a, a, a]
    d = {'key': a}
    t = (a,)
    sys.getrefcount(a)   # 1 name + 3 list slots + 1 dict value + 1 tuple item, + 1 for the argument
    """),
    md("""
    `%refs` lists every holder by name — global names, container slots such as `box[0]` and `d['key']`, the
    value stack — and they always add up to the count. Like `getrefcount`, `%refs` holds the object while
    it looks, and says so: that is the value-stack row.
    """),
    code("""
    %refs a
    """),
    md("""
    Emptying or deleting the containers gives their references back:
    """),
    code("""
    box.clear()
    del d, t
    sys.getrefcount(a)
    """),
    md("""
    ## Arguments and local variables

    Calling a function passes it a reference: the caller's value-stack slot becomes the parameter `arg` of
    the new frame. A local variable bound to it is one more. Inside `inspect` the list therefore has the
    global `a`, the parameter `arg`, the local `alias`, and the +1 of the `getrefcount` call:
    """),
    code("""
    def inspect(arg):
        alias = arg
        print('inside the call:', sys.getrefcount(arg))

    inspect(a)
    print('after the call: ', sys.getrefcount(a))
    """),
    md("""
    When the function returns, its frame is destroyed and **every local reference goes with it** — that is
    the scope exit. `%%trace a` records each change of the list's count while the cell runs: pushing `a` for
    the call adds one, and that reference *becomes* the parameter `arg` (a move, so no row); `alias = arg`
    adds one; `len(alias)` borrows one for its call and gives it back; and when `keep` returns, its frame
    drops `arg` and `alias` — the last two −1 rows, back to the single global name. (Cell magics such as
    `%%trace` do not show the cell's result, so `keep(a)`'s 0 is not displayed.)
    """),
    code("""
    %%trace a
    def keep(arg):
        alias = arg
        return len(alias)

    keep(a)
    """),
    md("""
    ## Zero means freed — immediately

    There is no delay between the last reference going away and the object being destroyed: the statement
    that drops it runs the object's `__del__` (if it has one) and returns its memory, before the next
    statement starts. A class that announces its birth and death makes this visible:
    """),
    code("""
    class Noisy:
        def __init__(self, name):
            self.name = name
            print('created', name)

        def __del__(self):
            print('freed  ', self.name)
    """),
    md("""
    An object created inside a function and referenced only by a local variable dies when the function
    returns — before the caller's next line:
    """),
    code("""
    def work():
        tmp = Noisy('tmp')
        print('working with', tmp.name)

    work()
    print('back in the caller')
    """),
    md("""
    Rebinding a name drops the reference to the old object. The new object is built first, then the name
    moves to it, then the old one — now unreferenced — is freed:
    """),
    code("""
    x = Noisy('first')
    x = Noisy('second')
    print('x is', x.name)
    """),
    code("""
    del x
    print('after del x')
    """),
    md("""
    Freeing a container drops the references it holds, so a whole structure can go in one step. A list
    releases its items from the last to the first (`Objects/listobject.c: list_dealloc`):
    """),
    code("""
    items = [Noisy('item 0'), Noisy('item 1'), Noisy('item 2')]
    del items
    print('after del items')
    """),
    md("""
    An object still referenced somewhere else survives: only its count goes down.
    """),
    code("""
    keeper = Noisy('kept')
    holder = [keeper]
    del keeper
    print('still alive:', holder[0].name, 'count', sys.getrefcount(holder[0]))
    """),
    code("""
    holder.pop()
    print('popped')
    """),
    md("""
    Careful: `holder.pop()` returned the object and nothing kept it, so it was freed at the end of that
    statement. Had the cell's *last line* been `holder.pop()`, the notebook would have shown the result —
    and kept it.

    ## The notebook keeps references too

    As in IPython, the value a cell shows as its result is stored in `Out[n]`, `_n` and `_` (and moves on to
    `__` and `___`). Those are ordinary references, so showing an object raises its count. Here `c` has one
    name; after it is shown, three more references exist:
    """),
    code("""
    c = ['shown']
    sys.getrefcount(c)
    """),
    code("""
    c
    """),
    code("""
    sys.getrefcount(c)   # c, Out[n], _n, _ — and the +1 of the call
    """),
    md("""
    That is why the cells above print counts instead of showing the objects they measure.

    ## `id()` is an address, and addresses are reused

    In CPython `id(obj)` is the object's memory address. It is unique only **among live objects**: once an
    object is freed its memory goes back to the allocator, and the next object of the same size often gets
    the very same block. (PyHeap's addresses come from a simulated pymalloc, so the reuse happens exactly
    where CPython's does; the numbers themselves differ from run to run.)
    """),
    code("""
    class Point:
        pass

    p = Point()
    old_address = id(p)
    del p                  # the block goes back to the allocator
    q = Point()            # the next Point takes the same block
    id(q) == old_address
    """),
    md("""
    The same happens within one expression: the first temporary is freed before the second is created, so
    two *different* objects can report the same `id`. Compare objects with `is` only while both are alive.
    """),
    code("""
    id(Point()) == id(Point())
    """),
    md("""
    ## Summary

    - `sys.getrefcount(x)` = the references you can see **+ 1** for the call's argument.
    - Names, container slots, dict values, attributes, parameters and locals each hold one reference;
      `del` and rebinding drop one.
    - A function's locals are released when it returns (scope exit).
    - At zero the object is freed immediately: `__del__` runs, a container releases its contents, and the
      address can be handed to the next object.
    - In a notebook, `Out`, `_n` and `_` keep every displayed result alive.

    Reference counting cannot free objects that refer to each other in a cycle: that is the cyclic garbage
    collector's job, in **02-cyclic-gc.ipynb**.
    """),
]

save(os.path.join(HERE, "..", "01-reference-counting.ipynb"), cells)
