class Outer:
    class InnerError(Exception):
        pass

def raiser():
    raise Outer.InnerError("nested class")

raiser()
