import multiprocessing

def name_of(x):
    return multiprocessing.current_process().name

if __name__ == "__main__":
    first = multiprocessing.Process(target=name_of, args=(0,))
    print(first.name)
    with multiprocessing.Pool(1) as pool:
        print(pool.apply(name_of, (0,)))
        print(pool.map(name_of, [1, 2]))
    with multiprocessing.Pool(1) as pool:
        print(pool.apply(name_of, (0,)))
    second = multiprocessing.Process(target=name_of, args=(0,))
    print(second.name)
    print(multiprocessing.current_process().name)
    print(multiprocessing.parent_process())
