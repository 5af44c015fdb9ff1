import sys
print(sys.getsizeof(1.5), sys.getsizeof(0.0), sys.getsizeof(float("inf")))
print(sys.getsizeof(None))
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(1 == 1))
print(sys.getsizeof(1.0 + 2), sys.getsizeof(float(10 ** 20)))
print(sys.getsizeof(...), sys.getsizeof(NotImplemented))
