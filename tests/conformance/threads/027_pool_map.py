import concurrent.futures
def cube(x):
    return x ** 3
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(cube, range(6))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
