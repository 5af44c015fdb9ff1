import multiprocessing
import sys

def ok(a, b=0):
    total = a + b

def leave(code):
    sys.exit(code)

if __name__ == "__main__":
    p = multiprocessing.Process(target=ok, args=(1,), kwargs={"b": 2})
    print(p.name, p.is_alive(), p.exitcode, p.pid is None, p.daemon)
    p.start()
    p.join()
    print(p.is_alive(), p.exitcode, p.pid is None)
    for code in [None, 0, 3, 256 + 7]:
        q = multiprocessing.Process(target=leave, args=(code,))
        q.start()
        q.join()
        print(q.name, code, q.exitcode)
    named = multiprocessing.Process(target=ok, name="worker", args=(5,))
    named.start()
    named.join(timeout=10)
    print(named.name, named.exitcode)
    try:
        named.start()
    except AssertionError as e:
        print("AssertionError:", e)
    fresh = multiprocessing.Process(target=ok, args=(1,))
    try:
        fresh.join()
    except AssertionError as e:
        print("AssertionError:", e)
    print(multiprocessing.current_process().name)
    print(multiprocessing.active_children())
