x = 3
print(x in {1, 2, 3}, x in {4, 5, 6})
print({1, 2, 3, 4, 5})
print({'b', 'a', 'c'})
print({100, 50, 25, 12, 6, 3})
def f(v):
    return v in {'spam', 'eggs', 'ham'}
print(f('eggs'), f('bacon'))
print({1, 1, 2, 2, 3})
print({x, 1, 2})
