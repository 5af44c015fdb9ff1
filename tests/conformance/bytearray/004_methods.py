# The methods bytearray shares with bytes: results are new bytearrays (never the object itself).
x = bytearray(b'hello world')
print(x.find(b'o'), x.find(111), x.rfind(b'o'), x.index(b'w'), x.rindex(b'l'), x.count(b'l'), x.count(108), x.find(bytearray(b'wor')))
print(x.startswith(b'he'), x.endswith(bytearray(b'ld')), x.startswith((b'x', b'hel')), x.endswith(b'o', 0, 5))
print(x.split(), x.split(b'o'), x.rsplit(b' ', 1), x.split(maxsplit=0), bytearray(b' a  b ').split())
print(x.upper(), x.lower(), x.swapcase(), x.title(), x.capitalize(), x.replace(b'l', b'L'), x.replace(b'l', b'', 1))
print(x.strip(b'hd'), bytearray(b'  pad  ').strip(), bytearray(b'  pad  ').lstrip(), bytearray(b'  pad  ').rstrip())
print(bytearray(b'-').join([b'a', bytearray(b'b'), b'c']), bytearray(b'').join([]), bytearray(b', ').join([b'one']))
print(x.partition(b' '), x.rpartition(b'o'), x.partition(b'#'), x.rpartition(b'#'))
print(x.center(15, b'*'), x.ljust(13), x.rjust(12, bytearray(b'.')), bytearray(b'42').zfill(5), bytearray(b'a\tb').expandtabs(4))
print(bytearray(b'a\nb\r\nc').splitlines(), bytearray(b'a\nb').splitlines(True), x.removeprefix(b'hello '), x.removesuffix(b'xyz'))
print(x.isalpha(), bytearray(b'abc').isalpha(), bytearray(b'123').isdigit(), bytearray(b'Ab').istitle(), x.islower(), x.isascii())
print(x.translate(bytearray.maketrans(b'lo', b'01')), x.translate(None, b'l'), type(bytearray.maketrans(b'a', b'b')).__name__)
print(bytearray(b'%d-%s-%r') % (1, b'x', 2), bytearray(b'%c%c') % (65, b'B'), b'%s' % bytearray(b'ba'))
print(x.decode(), x.hex(), x.hex('-', 4), bytearray.fromhex('68 69'))
print(b'abc'.find(bytearray(b'c')), bytearray(b'c') in b'abc', b''.join([bytearray(b'j'), b'k']), b'a-b'.split(bytearray(b'-')))
# every result is a fresh object, even when nothing changed
y = bytearray(b'same')
for r in (y.strip(), y.replace(b'z', b'q'), y.lower(), y.ljust(2), y.removeprefix(b'q'), y.translate(None), y.zfill(1), y[:], y.split()[0]):
    print(type(r).__name__, r == y, r is y)
for expr in ['x.startswith("a")', 'x.join([b"a", "x"])', 'x.ljust(5, "x")', 'x.center(5, b"xy")', 'x.decode(1)',
             'x.find("o")', 'x.count(300)', 'x.index(b"zz")', 'bytearray.fromhex("zz")', 'x.split(b"")', 'x.upper(1)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
