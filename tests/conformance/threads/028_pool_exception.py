from concurrent.futures import ThreadPoolExecutor
def boom(x):
    if x == 2:
        raise ValueError("no twos")
    return x
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(boom, i) for i in range(4)]
    for f in fs:
        try:
            print(f.result())
        except ValueError as e:
            print("ValueError:", e)
    print(type(fs[2].exception()).__name__, fs[1].exception())
ex2 = ThreadPoolExecutor(1)
ex2.shutdown()
try:
    ex2.submit(boom, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
