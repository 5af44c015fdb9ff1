import sys
print(sys.getsizeof({1}), sys.getsizeof({1, 2}), sys.getsizeof({1, 2, 3}), sys.getsizeof({1, 2, 3, 4}))
print(sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof({1, 2, 3, 4, 5, 6}), sys.getsizeof({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}))
x = 1
print(sys.getsizeof({x, 2, 3, 4, 5}), sys.getsizeof({x, x + 1, x + 2, x + 3, x + 4}))
print(sys.getsizeof({*range(5)}), sys.getsizeof({*range(5), *range(5, 10)}))
print(sys.getsizeof(set('abcde')), sys.getsizeof({'a', 'b', 'c', 'd', 'e'}))
s = {1, 2, 3, 4, 5}
s.add(6)
print(sys.getsizeof(s))
