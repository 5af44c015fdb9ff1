import concurrent.futures
import multiprocessing

def cube(x):
    return x ** 3

def pair(a, b):
    return (a, b)

if __name__ == "__main__":
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(cube, i) for i in range(6)]
        print([f.result() for f in futures])
        print(sorted(f.result() for f in concurrent.futures.as_completed(futures)))
        done, not_done = concurrent.futures.wait(futures)
        print(len(done), len(not_done))
        print(list(ex.map(pair, "abc", [1, 2, 3])))
        print(list(ex.map(cube, [])))
        f = ex.submit(pair, 1, b=2)
        print(f.result(timeout=60), f.done(), f.cancelled(), f.running())
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        concurrent.futures.ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e)
    print(multiprocessing.current_process().name)
