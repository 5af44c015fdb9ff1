import sys
print(sys.getsizeof({1}), sys.getsizeof({1, 2, 3}), sys.getsizeof({1, 2, 3, 4, 5}))
print(sys.getsizeof(set([1, 2, 3])), sys.getsizeof(set(range(10))))
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset({1, 2})))
print(sys.getsizeof({i for i in range(5)}), sys.getsizeof({i for i in range(20)}))
s = set(range(100))
for i in range(95):
    s.discard(i)
print(sys.getsizeof(s))
