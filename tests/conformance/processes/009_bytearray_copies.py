# bytearrays travel to and from a worker as copies (pickled in CPython): mutations on either side stay there.
import multiprocessing


def grow(b):
    b.extend(b'!')
    b[0] = 90
    return b, len(b)


if __name__ == "__main__":
    data = bytearray(b'abc')
    with multiprocessing.Pool(1) as pool:
        back, n = pool.apply(grow, (data,))
        print(data, back, n, back is data, type(back).__name__)
        pair = pool.apply(grow, (bytearray(),))
        print(pair)
