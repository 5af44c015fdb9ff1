import sys
print(sys.getsizeof(range(10)), sys.getsizeof(range(0)), sys.getsizeof(range(2**70)))
print(sys.getsizeof(slice(1, 2)), sys.getsizeof(slice(None)))
print(sys.getsizeof(range(0, 100, 7)), sys.getsizeof(range(-5, 5)))
print(sys.getsizeof(slice(1, 2, 3)), sys.getsizeof(slice(10 ** 20)))
