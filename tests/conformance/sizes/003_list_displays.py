import sys
print(sys.getsizeof([]))
print(sys.getsizeof([1]))
print(sys.getsizeof([1, 2]))
print(sys.getsizeof([1, 2, 3]))
print(sys.getsizeof([1, 2, 3, 4, 5]))
x = 7
print(sys.getsizeof([x]), sys.getsizeof([x, x]), sys.getsizeof([x, x, x]))
print(sys.getsizeof(["a", "b", "c", "d"]))
