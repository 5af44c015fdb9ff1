# sys.getsizeof(bytearray) is 56 plus ob_alloc; PyByteArray_Resize's over-allocation on growth and shrink.
import sys

b = bytearray()
print(sys.getsizeof(b), b.__alloc__())
sizes = []
for i in range(70):
    b.append(i)
    sizes.append(sys.getsizeof(b))
print(sizes)
print([sys.getsizeof(bytearray(n)) for n in range(10)], sys.getsizeof(bytearray(1000)))
print(sys.getsizeof(bytearray(b'abc')), sys.getsizeof(bytearray([1, 2])), sys.getsizeof(bytearray((1, 2, 3))))
print(sys.getsizeof(bytearray(range(50))), sys.getsizeof(bytearray(iter(range(50)))), sys.getsizeof(bytearray('abc', 'ascii')))
# shrinking: a minor downsize keeps the buffer, a major one (below half) reallocates to the exact size
b = bytearray(100)
for n in (90, 60, 51, 50, 49, 20, 10, 1, 0):
    del b[n:]
    print(n, sys.getsizeof(b), b.__alloc__())
# deleting at the front moves ob_start; the next growth accounts for the offset
b = bytearray(100); del b[:10]; print(sys.getsizeof(b)); b.append(1); print(sys.getsizeof(b))
b = bytearray(100); del b[:60]; print(sys.getsizeof(b)); b.append(1); print(sys.getsizeof(b))
b = bytearray(100); b.pop(0); print(sys.getsizeof(b)); b.pop(); print(sys.getsizeof(b))
# +=, *=, extend with buffers and iterables, insert
b = bytearray(b'ab'); b += b'cde'; print(sys.getsizeof(b)); b *= 3; print(sys.getsizeof(b)); b *= 0; print(sys.getsizeof(b))
b = bytearray(range(10)); b.extend(range(5)); print(sys.getsizeof(b))
b = bytearray(); b.extend(range(5)); print(sys.getsizeof(b))
b = bytearray(); b.extend(b'abcde'); print(sys.getsizeof(b))
b = bytearray(); b.extend(iter(range(50))); print(sys.getsizeof(b))
b = bytearray(); b.extend(x for x in range(100)); print(sys.getsizeof(b))
b = bytearray(b'abcdef'); b.insert(0, 1); print(sys.getsizeof(b)); b.remove(1); print(sys.getsizeof(b))
b = bytearray(b'abcdef'); b.clear(); print(sys.getsizeof(b))
b = bytearray(b'abcdef'); del b[:]; print(sys.getsizeof(b))
b = bytearray(b'abcdef'); b[:] = b''; print(sys.getsizeof(b))
b = bytearray(b'ab'); b.clear(); print(sys.getsizeof(b))
b = bytearray(b'abcdef')
print(sys.getsizeof(b.copy()), sys.getsizeof(b[1:3]), sys.getsizeof(b[::2]), sys.getsizeof(b[4:1]), sys.getsizeof(b + b'x'))
print(sys.getsizeof(b * 2), sys.getsizeof(b.upper()), sys.getsizeof(b.replace(b'a', b'b')), sys.getsizeof(b.strip()))
b = bytearray(10); b[2:8] = b''; print(sys.getsizeof(b))
b = bytearray(10); b[2:3] = bytes(40); print(sys.getsizeof(b))
b = bytearray(40); del b[::2]; print(sys.getsizeof(b)); del b[::3]; print(sys.getsizeof(b))
b = bytearray(600); print(sys.getsizeof(b)); b.append(0); print(sys.getsizeof(b))
