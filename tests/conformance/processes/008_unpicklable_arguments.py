import multiprocessing
import concurrent.futures
import threading

def identity(x):
    return x

def make_gen(n):
    return (i for i in range(n))

def show(e):
    text = str(e)
    cut = text.find(" at 0x")
    if cut >= 0:
        text = text[:cut] + text[text.find(">", cut):]
    print(type(e).__module__, type(e).__name__, text)

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(lambda x: x + 1, [1, 2])
        except Exception as e:
            show(e)
        try:
            pool.apply(identity, (threading.Lock(),))
        except Exception as e:
            show(e)
        try:
            pool.apply(identity, ((i for i in range(3)),))
        except Exception as e:
            show(e)
        print(pool.apply(identity, ([1, (2, 3)], )))
    with concurrent.futures.ProcessPoolExecutor(2) as ex:
        f = ex.submit(lambda: 1)
        try:
            f.result()
        except Exception as e:
            show(e)
        print(ex.submit(identity, {"k": {1, 2}}).result())
