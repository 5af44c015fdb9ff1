import sys
print(sys.getsizeof(()))
for n in range(0, 8):
    print(n, sys.getsizeof(tuple(range(n))))
x = 5
print(sys.getsizeof((x,)), sys.getsizeof((x, x)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof(tuple([1] * 100)))
