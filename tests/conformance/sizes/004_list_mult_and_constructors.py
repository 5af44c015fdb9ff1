import sys
for n in [0, 1, 2, 3, 5, 10, 17]:
    print(n, sys.getsizeof([0] * n), sys.getsizeof(list(range(n))), sys.getsizeof(list(tuple(range(n)))))
print(sys.getsizeof([None] * 100), sys.getsizeof(list("abcdef")))
print(sys.getsizeof(list([1, 2, 3])), sys.getsizeof(list(x for x in range(3))))
