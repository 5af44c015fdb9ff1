# Comparisons with bytes, hashing refused, membership, iteration, repr/str, dir(bytearray).
a = bytearray(b'ab')
print(a == b'ab', b'ab' == a, a != bytearray(b'ab'), a < b'b', b'a' < a, a >= bytearray(b'ab'), a == 'ab', a == [97, 98])
print(bytearray() == b'', bytearray(b'a') > bytearray(b''), sorted([bytearray(b'b'), b'a', bytearray(b'c')]))
print(97 in a, 99 in a, b'b' in a, bytearray(b'ab') in a, b'' in a)
for expr in ['hash(a)', '{a}', '"a" in a', '300 in a', '[] < a']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(list(a), [x for x in bytearray(b'xyz')], len(a), bool(bytearray()), bool(a))
it = iter(a)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
a.extend(b'cd')
print(list(it), it.__length_hint__(), list(it))
print(repr(bytearray(b'a\'"')), repr(bytearray(b"it's")), repr(bytearray(b'\x00\n\xff')), str(bytearray(b'q')), f'{bytearray(b"f")}')
print(sorted(dir(bytearray)))
print(sorted(set(dir(bytearray)) - set(dir(bytes))), sorted(set(dir(bytes)) - set(dir(bytearray))))
print(bytearray.__hash__, bytearray.__basicsize__, bytearray.__itemsize__)
