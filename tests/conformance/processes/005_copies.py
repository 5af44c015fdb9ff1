import multiprocessing

shared = [1, 2, 3]
counter = {"n": 0}

def mutate(items):
    items.append(99)
    shared.append(4)
    counter["n"] += 1
    return items, shared, counter["n"]

def twice(x):
    return [x, x]

def echo(x):
    return x

if __name__ == "__main__":
    arg = [0]
    with multiprocessing.Pool(1) as pool:
        items, child_shared, n = pool.apply(mutate, (arg,))
        print(arg, shared, counter)
        print(items, child_shared, n)
        items2, child_shared2, n2 = pool.apply(mutate, (arg,))
        print(child_shared2, n2)
        items.append("parent only")
        print(pool.apply(echo, (items2,)))
        pair = pool.apply(twice, ([1],))
        print(pair, pair[0] is pair[1])
        inner = [5]
        back = pool.apply(echo, ([inner, inner],))
        print(back[0] is back[1], back[0] is inner)
        value = {"a": (1, 2.5, "s", b"b", None, True), "f": frozenset({1}), "s": {2}}
        copy = pool.apply(echo, (value,))
        print(copy == value, copy is value)
    p = multiprocessing.Process(target=mutate, args=(arg,))
    p.start()
    p.join()
    print(arg, shared, counter, p.exitcode)
