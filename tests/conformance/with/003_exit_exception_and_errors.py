class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with Bad():
        raise ValueError("body")
except RuntimeError as e:
    print(e, repr(e.__context__))
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class EnterFails:
    def __enter__(self):
        raise KeyError("enter")
    def __exit__(self, *a):
        print("never called")
try:
    with EnterFails():
        print("never")
except KeyError as e:
    print("enter failed", e)
