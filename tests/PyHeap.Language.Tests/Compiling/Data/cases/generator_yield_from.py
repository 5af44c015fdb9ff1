def gen(xs):
    yield from xs
    r = yield from other()
    return r
