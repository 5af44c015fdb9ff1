import gc
gc.collect()
tests = [
    ("is_tracked()", lambda: gc.is_tracked()),
    ("is_tracked(1, 2)", lambda: gc.is_tracked(1, 2)),
    ("is_finalized()", lambda: gc.is_finalized()),
    ("set_debug()", lambda: gc.set_debug()),
    ("set_debug('x')", lambda: gc.set_debug("x")),
    ("get_count(1)", lambda: gc.get_count(1)),
    ("isenabled(1)", lambda: gc.isenabled(1)),
    ("collect(1, 2)", lambda: gc.collect(1, 2)),
    ("freeze(1)", lambda: gc.freeze(1)),
]
for label, fn in tests:
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(label, type(e).__name__, e)
print("referents of atoms", gc.get_referents(1, "s", None))
print("no args", gc.get_referents(), gc.get_referrers() == [])
