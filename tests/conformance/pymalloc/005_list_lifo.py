# The list free list is a stack: free a then b, and the next two new lists
# get b's object first, then a's (and freeing d then c gives c back first).
def main():
    a = []
    b = []
    ia = id(a)
    ib = id(b)
    del a
    del b
    c = []
    d = []
    r1 = id(c) == ib, id(d) == ia
    del d
    del c
    e = [1]
    f = [2]
    r2 = id(e) == ib, id(f) == ia
    return r1, r2

r1, r2 = main()
print(r1)
print(r2)
