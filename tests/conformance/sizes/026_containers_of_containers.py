import sys
nested = [[1, 2], [3]]
print(sys.getsizeof(nested), sys.getsizeof(nested[0]), sys.getsizeof(nested[1]))
t = ([1], (2, 3), {4: 5})
print(sys.getsizeof(t), [sys.getsizeof(x) for x in t])
print(sys.getsizeof([None] * 3), sys.getsizeof([[]] * 3))
