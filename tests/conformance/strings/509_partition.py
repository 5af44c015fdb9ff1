def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: "key=value=x".partition("="))
t(lambda: "key=value=x".rpartition("="))
t(lambda: "novalue".partition("="))
t(lambda: "novalue".rpartition("="))
t(lambda: "".partition("="))
t(lambda: "a==b".partition("=="))
t(lambda: "abc".partition(""))
t(lambda: "abc".rpartition(1))
t(lambda: "abc".partition())
t(lambda: "abc".partition("a", "b"))
t(lambda: "α→β".partition("→"))
s = "whole"
p = s.partition("=")
print(p[0] is s, s.rpartition("=")[2] is s)
sep = "-" + "-"
print("a--b".partition(sep)[1] is sep)
