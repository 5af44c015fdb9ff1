def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "python"
for i in range(-7, 7):
    t(lambda: s[i])
t(lambda: s[True])
t(lambda: s["x"])
t(lambda: s[1.0])
t(lambda: s[None])
t(lambda: s[10 ** 20])
t(lambda: ""[0])
class Idx:
    def __index__(self):
        return 2
t(lambda: s[Idx()])
other = "xp"
print(s[0] is other[1], s[-1] is s[5], s[0] is chr(112))
