import sys
for n in [0, 1, 2, 4, 5, 9, 10, 16, 17, 30]:
    comp = [i for i in range(n)]
    print(n, sys.getsizeof(comp), sys.getsizeof(sorted(range(n))), sys.getsizeof(list(range(n))[:]))
print(sys.getsizeof(sorted([3, 2, 1])), sys.getsizeof(sorted("hello")))
