"""Writes notebooks/03-pymalloc.ipynb (without outputs; execute it on the pyheap kernel)."""
import os

from nbmake import code, md, save

HERE = os.path.dirname(os.path.abspath(__file__))

cells = [
    md("""
    # 3 · pymalloc: arenas, pools and blocks

    A Python program creates and frees small objects all the time: every integer result, every float, every
    temporary tuple. Asking the C library's `malloc` for each of them would be slow (a general-purpose
    allocator does bookkeeping per call and must handle any size) and would scatter them over memory. So
    CPython has its own allocator for small requests, **pymalloc** (`Objects/obmalloc.c`), that serves them
    from big chunks it manages itself:

    - an **arena** is a large chunk obtained from the operating system (with `mmap`);
    - an arena is cut into **pools** of equal size;
    - a pool is cut into **blocks** of one **size class**: requests are rounded up to a multiple of 16 bytes,
      so there are 32 classes, 16, 32, 48 … 512 bytes. A pool only ever holds blocks of its class.
    - Requests over 512 bytes skip pymalloc and go to `malloc` directly.

    | | CPython 3.11 (64-bit) | the classic figures (CPython ≤ 3.9) |
    |---|---|---|
    | arena | 1 MiB | 256 KiB |
    | pool | 16 KiB | 4 KiB |
    | pools per arena | 64 | 64 |

    Many texts — and this course's original notes — quote 256 KiB arenas and 4 KiB pools: that was the layout
    until CPython 3.9. Since 3.10 (bpo-37448, radix-tree arena lookup) 64-bit builds use 1 MiB arenas and
    16 KiB pools. PyHeap simulates both; it starts with 3.11's layout, and the end of this notebook switches to
    the classic one.

    | magic | shows |
    |---|---|
    | `%pymalloc [EXPR]` | arenas × pools coloured by size class, pools block by block, EXPR's block framed |
    | `%heap [TOP]` | the live objects by type: how many, and how many bytes the allocator gave them |
    | `sys._debugmallocstats()` | CPython's own report: size classes, pools, arenas, free lists |
    """),
    md("""
    ## Object sizes and size classes

    `sys.getsizeof` gives the bytes an object occupies, including the collector's header for containers. The
    allocator rounds each request up to the next multiple of 16: that is the object's size class.
    """),
    code("""
    import sys

    class Point:
        def __init__(self, x, y):
            self.x, self.y = x, y

    samples = {'int 1000': 1000 * 7, 'float': 2.5 * 3, 'empty tuple of 2': (None, None), 'empty list': [],
               'empty dict': {}, "str 'hello'": 'hello', 'Point(1, 2)': Point(1, 2)}
    for name, obj in samples.items():
        size = sys.getsizeof(obj)
        print(f'{name:18} {size:4} bytes -> size class {(size + 15) // 16 * 16:3}')
    """),
    md("""
    (A list's or dict's items live in a second block of their own, so a list with items needs two
    allocations; `getsizeof` counts both, the allocator sees two requests. A `Point`'s attributes live in a
    values array, also a separate block.)

    ## The map

    `%pymalloc` draws every arena as a row of pools, each coloured by its size class, and, below it, the
    pools block by block: used, free, never used yet, or held by a free list. Passing an object frames the
    block that holds it.

    The heap is far from empty before our first object: CPython's own start-up (its modules, their code,
    types and interned strings) leaves about 35,000 blocks in 4 arenas, and parks a few dozen lists, dicts and
    tuples on the free lists. PyHeap starts from the same state, read off CPython 3.11 with
    `sys._debugmallocstats()`, and draws those blocks dark grey (*used since start-up*), apart from the blue
    blocks of the objects made here. New objects fill the gaps the start-up left in partly used pools first.
    """),
    code("""
    point = Point(3, 4)
    %pymalloc point
    """),
    md("""
    Equal-sized objects share pools, so thousands of them fill a few pools densely, with no per-object
    bookkeeping: a pool's header records its size class, and a free block simply stores the address of the
    next free block. `%heap` counts what is alive by type and how many bytes the allocator gave each type:
    """),
    code("""
    points = [Point(i, i) for i in range(2000)]
    %heap 6
    """),
    md("""
    ## Big objects go to `malloc`

    Over 512 bytes, pymalloc steps aside. A 1,000-byte `bytes` object is one raw `malloc` block, drawn
    apart from the arenas:
    """),
    code("""
    big = bytes(1000)
    print(sys.getsizeof(big), 'bytes: more than 512, so malloc serves it')
    %pymalloc big
    """),
    md("""
    ## Free lists: memory that is never returned to pymalloc

    Some types keep freed objects of their own, ready for reuse, in front of pymalloc: floats (up to 100),
    tuples of each length 1–20 (2,000 of each), lists and dicts (80 each). Freeing a float puts it on the float
    free list and the next float takes it back — same address, no allocator call. Free lists are
    last-in-first-out:
    """),
    code("""
    base = 1.5                 # (computed from a name, so the compiler cannot fold them into constants)
    f1 = base * 3
    f2 = base * 5
    a1, a2 = id(f1), id(f2)
    del f1, f2                 # f2 goes on the free list last...
    g1 = base * 7              # ...so it is the first one reused
    g2 = base * 9
    id(g1) == a2, id(g2) == a1
    """),
    md("""
    `sys._debugmallocstats()` prints CPython's allocator report: per size class the pools and blocks in use,
    the arena totals, and at the end how many objects each free list holds. PyHeap writes the same report for
    the simulated heap (to stderr, as CPython does):
    """),
    code("""
    sys._debugmallocstats()
    """, "pyheap-only"),
    md("""
    ## Fragmentation: why freed memory is not returned

    pymalloc gives an arena back to the operating system only when **every** pool in it is empty, and a pool
    is empty only when **every** block in it is free. One surviving object pins its pool; one used pool pins
    its 1 MiB arena. Let us make 60,000 small objects — enough for a few arenas — and then free all but one
    in 300:
    """),
    code("""
    blobs = [(i, i) for i in range(60000)]
    %pymalloc
    """),
    code("""
    survivors = blobs[::300]
    del blobs
    print(len(survivors), 'tuples survive')
    %pymalloc
    """),
    md("""
    The map's heading still counts the same arenas, though they are nearly empty: most pools keep a handful
    of used blocks, and none of the arenas can be returned. The free blocks are not lost — the next objects
    of the same size classes reuse them — but memory for objects of other sizes cannot come from them, and
    the process does not shrink. (Note also *held by free lists*: 2,000 of the freed pairs sit on the
    2-tuple free list, waiting for reuse.) When the survivors go too, pools empty, and arenas whose pools
    are all empty are released — *arenas reclaimed* in the report below the map:
    """),
    code("""
    del survivors
    %pymalloc
    """),
    md("""
    ## The classic layout: 256 KiB arenas, 4 KiB pools

    `%profile classic` switches the simulated allocator to the layout CPython used up to 3.9. A new layout
    needs a new heap, so **the heap is reset after the cell**: every name is gone, the kernel starts over.
    """),
    code("""
    %profile classic
    """, "pyheap-only"),
    code("""
    import pyheap, sys
    pyheap.profile()
    """, "pyheap-only"),
    md("""
    The same 64 pools per arena, each a quarter the size: arenas of 256 KiB, pools of 4 KiB. A pool holds a
    quarter as many blocks, so the same objects spread over four times as many pools:
    """),
    code("""
    class Point:
        def __init__(self, x, y):
            self.x, self.y = x, y

    points = [Point(i, i) for i in range(2000)]
    %pymalloc points[0]
    """),
    md("""
    `%profile 3.11` goes back to CPython 3.11's geometry (again with a fresh heap).
    """),
    code("""
    %profile 3.11
    """, "pyheap-only"),
    md("""
    ## Summary

    - Requests up to 512 bytes come from pymalloc: arenas (1 MiB in 3.11) → pools (16 KiB) → blocks of one
      size class (multiples of 16 bytes). Larger ones go to `malloc`.
    - Small allocations are cheap: take the first free block of a pool of the right class.
    - Floats, tuples, lists and dicts keep their own free lists in front of pymalloc.
    - An arena returns to the system only when all of its pools are empty, so a few long-lived objects can
      keep a lot of memory mapped.

    Next: **04-gil.ipynb** — threads and the global interpreter lock.
    """),
]

save(os.path.join(HERE, "..", "03-pymalloc.ipynb"), cells)
