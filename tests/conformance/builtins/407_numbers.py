print(abs(-3), abs(2.5), abs(True), abs(-0.0))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, 2.0), divmod(2**70, 3))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, 3, -3), pow(base=2, exp=5), pow(-1, 0.5) if False else 0)
print(round(2.5), round(3.5), round(2.675, 2), round(-1.5), round(7), round(1234, -2), round(1.23456, 3), round(5, None))
print(bin(10), hex(255), oct(8), bin(-5), hex(-255), oct(0), hex(2**70))
print(chr(65), chr(0x263A), ord("A"), ord("\u263a"), chr(0), ord(b"a"))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), hex(Idx()), chr(Idx()))
def check(f):
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
check(lambda: chr(-1))
check(lambda: chr(0x110000))
check(lambda: chr("a"))
check(lambda: ord("ab"))
check(lambda: ord(""))
check(lambda: ord(1))
check(lambda: round("a"))
check(lambda: round(1, "a"))
check(lambda: round(1.5, 1, 2))
check(lambda: divmod(1))
check(lambda: divmod(1, 0))
check(lambda: divmod(1.0, 0))
check(lambda: divmod("a", 1))
check(lambda: pow(1))
check(lambda: pow(2, 3, 0))
check(lambda: bin(1.0))
check(lambda: hex("a"))
check(lambda: abs("a"))
