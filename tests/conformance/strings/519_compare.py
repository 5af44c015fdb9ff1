def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

pairs = [("a", "b"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("B", "a"), ("é", "z"), ("\uffff", "😀"), ("😀", "\ue000"), ("😀", "😁"), ("abc", "abc")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y)
print(sorted(["b", "😀", "\uff01", "a", "é", "B"]))
print(max("hello"), min("hello"))
t(lambda: "a" < 1)
t(lambda: "a" == 1)
t(lambda: "a" != None)
t(lambda: "a" > None)
t(lambda: 1 >= "a")
