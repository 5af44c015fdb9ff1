import sys
for n in [0, 1, 5, 6, 10, 11, 21, 22, 43]:
    d = {i: i for i in range(n)}
    print(n, sys.getsizeof(d), sys.getsizeof(dict(d)), sys.getsizeof(d.copy()))
d = dict(a=1, b=2, c=3)
print(sys.getsizeof(d), sys.getsizeof(dict.fromkeys("abcdefg")))
