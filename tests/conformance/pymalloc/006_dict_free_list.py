# dict objects have their own free list: a freed dict is handed to the next
# new dict made by a display (empty or not), never to a list although both
# are 64-byte blocks.  dict() goes through tp_alloc and skips the free list.
def main():
    d = {}
    i = id(d)
    del d
    lst = []
    r1 = id(lst) == i
    e = {'k': 1}
    r2 = id(e) == i
    del e
    f = dict()
    r3 = id(f) == i
    g = {}
    r4 = id(g) == i
    return r1, r2, r3, r4

print(*main())
