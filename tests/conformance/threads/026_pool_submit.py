from concurrent.futures import ThreadPoolExecutor
def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(square, i) for i in range(8)]
    print([f.result() for f in futures])
print(all(f.done() for f in futures))
