import multiprocessing

def square(x):
    return x * x

def add(a, b):
    return a + b

def describe(x, sep="-", times=1):
    return sep.join([str(x)] * times)

if __name__ == "__main__":
    print(multiprocessing.cpu_count() >= 1)
    with multiprocessing.Pool(processes=2) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, [], chunksize=3))
        print(pool.map(square, [3, 1, 2], chunksize=1))
        print(pool.starmap(add, [(1, 2), (3, 4), ("a", "b")]))
        print(pool.apply(describe, (7,), {"sep": "+", "times": 3}))
        r = pool.apply_async(add, (10, 20))
        print(r.get(), r.ready(), r.successful())
        m = pool.map_async(square, range(4))
        m.wait()
        print(m.get())
        print(sorted(pool.imap_unordered(square, [5, 6, 7])))
        print(list(pool.imap(square, [5, 6, 7])))
    pool = multiprocessing.Pool(2)
    results = [pool.apply_async(square, (i,)) for i in range(5)]
    pool.close()
    pool.join()
    print([r.get() for r in results])
    try:
        pool.apply(square, (1,))
    except ValueError as e:
        print("ValueError:", e)
    try:
        multiprocessing.Pool(0)
    except ValueError as e:
        print("ValueError:", e)
