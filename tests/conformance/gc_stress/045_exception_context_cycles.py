import gc
gc.collect()
class Err(Exception):
    def __del__(self):
        print("del", self.args[0])
def chained():
    try:
        raise Err("first")
    except Err:
        try:
            raise Err("second")
        except Err as e2:
            saved = e2
    return saved
e = chained()
print("context", e.__context__.args[0], "cause", e.__cause__)
del e
print("collected", gc.collect())
def self_cycle():
    try:
        raise Err("kept-in-local")
    except Err as exc:
        keep = exc
    return 1
self_cycle()
print("local cycle", gc.collect())
def raise_from():
    try:
        try:
            raise Err("inner")
        except Err as inner:
            raise Err("outer") from inner
    except Err as outer:
        return outer
o = raise_from()
print("cause", o.__cause__.args[0], "suppress", o.__suppress_context__)
o.__traceback__ = None
del o
print("after clearing traceback", gc.collect())
