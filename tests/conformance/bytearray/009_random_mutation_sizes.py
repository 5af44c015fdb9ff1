# 3000 pseudo-random mutations (append, extend, +=, pop, front/back/extended-slice deletion, slice insertion, insert, *=, clear): every sys.getsizeof and the final contents.
import sys
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
b = bytearray()
out = []
for step in range(3000):
    op = rnd(12)
    n = len(b)
    if op == 0: b.append(rnd(256))
    elif op == 1: b.extend(bytes(rnd(40)))
    elif op == 2: b += bytes(rnd(70))
    elif op == 3 and n: b.pop(rnd(n))
    elif op == 4 and n: del b[:rnd(n)]
    elif op == 5 and n: del b[rnd(n):]
    elif op == 6: b[rnd(n + 1):rnd(n + 1)] = bytes(rnd(30))
    elif op == 7 and n: del b[::rnd(5) + 2]
    elif op == 8: b.insert(rnd(n + 1), 7)
    elif op == 9 and n < 2000: b *= rnd(3)
    elif op == 10: b.extend(x for x in range(rnd(50)))
    elif op == 11 and rnd(10) == 0: b.clear()
    out.append(sys.getsizeof(b))
print(len(b), sum(b), sum(out), out[-20:], bytes(b)[:30])
