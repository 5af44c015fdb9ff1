print("%s" % "str")
print("%s %s" % ("a", "b"))
print("%s" % 42, "%s" % 3.5, "%s" % None, "%s" % [1, 2], "%s" % {"k": 1})
print("%s" % ((1, 2),))
print("%r" % "q", "%r" % 5, "%a" % "é", "%r" % "é")
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abc", "xyz"))
print("%%", "%s%%" % 50)
print("%c%c%c" % (72, "i", 0x1F600))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%(a)s %(a)r" % {"a": "x"})
print("%(x)s" % {"x": 1, "y": 2})
print("abc" % ())
print("abc" % [])
print("abc" % {})
print("%s" % [1])
print("%s" % {})
print("%*s|%-*s|" % (5, "a", 4, "b"))
print("%.*f" % (2, 3.14159))
print("%*.*f|" % (8, 2, 3.14159))
print("%-*d|" % (-5, 1) if False else "%*d|" % (-5, 1))
print("%ld %li %hd" % (1, 2, 3))
s = "%s-%s"
print(s % ("x", "y"), s)
class P:
    def __str__(self):
        return "P!"
    def __repr__(self):
        return "P?"
print("%s %r %a" % (P(), P(), P()))
