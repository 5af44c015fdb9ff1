import multiprocessing
import concurrent.futures

def check(x):
    if x == 3:
        raise ValueError("three is not allowed")
    return x

def divide(a, b):
    return a / b

def missing(d):
    return d["absent"]

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(check, range(5))
        except ValueError as e:
            print("map:", type(e).__name__, e)
        r = pool.apply_async(divide, (1, 0))
        r.wait()
        print(r.ready(), r.successful())
        try:
            r.get()
        except ZeroDivisionError as e:
            print("get:", type(e).__name__, e)
        try:
            pool.apply(missing, ({},))
        except KeyError as e:
            print("apply:", type(e).__name__, e)
        errors = []
        r = pool.apply_async(divide, (1, 0), error_callback=errors.append)
        r.wait()
        print([type(e).__name__ for e in errors])
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(check, 3)
        print("exception:", repr(f.exception()))
        try:
            f.result()
        except ValueError as e:
            print("result:", e)
        g = ex.submit(check, 4)
        print(g.result(), g.done(), g.exception())
        try:
            list(ex.map(check, [1, 2, 3]))
        except ValueError as e:
            print("map:", e)
