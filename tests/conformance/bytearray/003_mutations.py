# Mutating a bytearray: methods, item and slice assignment and deletion (incl. extended slices), += and *=.
b = bytearray(b'hello')
b.append(33); b.insert(0, 62); b.insert(-1, 63); b.insert(100, 64); b.insert(-100, 65)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord('l')); print(b)
b.reverse(); print(b)
c = b.copy(); c.append(0); print(b, c, c is b)
b.extend(b'xy'); b.extend(bytearray(b'z')); b.extend([1, 2]); b.extend(range(3)); b.extend(x for x in (7, 8))
print(b)
b.extend(b); print(b)
b.clear(); print(b, len(b))
b = bytearray(b'0123456789')
b[0] = 122; b[-1] = 121; print(b, b[0], b[-1], b[2:5], b[::-1], b[::3], b[-3:])
b[2:4] = [65, 66, 67]; print(b)
b[5:2] = b'XY'; print(b)
b[1:1] = bytearray(b'__'); print(b)
b[3:6] = b''; print(b)
b[:] = b; print(b)
b[-2:] = (x for x in b'END'); print(b)
del b[0]; del b[-1]; del b[2:4]; print(b)
b = bytearray(b'0123456789')
b[::2] = b'abcde'; print(b)
b[::-3] = b'WXYZ'; print(b)
b[8:1:-2] = bytearray(b'1234'); print(b)
del b[1::3]; print(b)
del b[::-2]; print(b)
b[::2] = b''; print(b)
b = bytearray(b'abc')
b += b'de'; b += bytearray(b'f'); print(b)
b *= 2; print(b)
b2 = b; b2 += b'!'; print(b is b2, b)
b *= -1; print(b, len(b))
b = bytearray(b'ab'); print(b + b'c', b + bytearray(b'd'), b * 3, 2 * b, b * 0, b'x' + b, type(b'x' + b).__name__)
b = bytearray(b'abc')
for expr in ['b[5]', 'b["x"]', 'b.append(256)', 'b.append("a")', 'b.insert(0, -1)', 'b.pop(10)', 'bytearray().pop()',
             'b.remove(9)', 'b.remove(300)', 'b + "x"', 'b + 1', 'b.extend(1)', 'b.extend("ab")', 'b.extend([1, 300])',
             'b * "a"', 'b.insert(10**20, 1)', 'b.pop(10**20)', 'b[10**20]', 'b.append()', 'b.pop(1, 2)',
             'b.__setitem__(0, 300)', 'b.__setitem__(slice(0, 1), 5)', 'b.__setitem__(slice(0, 1), "x")',
             'b.__setitem__("a", 1)', 'b.__setitem__(9, 1)', 'b.__delitem__(9)', 'b.__setitem__(slice(None, None, 2), b"xyz")',
             'b.__iadd__(1)', 'b.__imul__("a")', 'b.__setitem__(slice(0, 1), [1, 256])']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(b)
