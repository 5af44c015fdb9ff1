def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b"%d %s %r %a %x %c %c %5.1f|%-4b|" % (5, b"x", "q", "é", 255, 65, b"z", 2.25, b"ab"))
t(lambda: b"%s" % b"solo")
t(lambda: b"%05d|%+.2e|%#o|%%" % (42, 1234.5, 8))
t(lambda: b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7})
t(lambda: b"%r" % b"x")
t(lambda: b"%s" % "a")
t(lambda: b"%s" % 5)
t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%s" % (b"a", b"b"))
t(lambda: b"%c" % 256)
t(lambda: b"%c" % -1)
t(lambda: b"%c" % b"ab")
t(lambda: b"%d" % 300)
t(lambda: b"abc" % ())
t(lambda: b"%z" % 1)
