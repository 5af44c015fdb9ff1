try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(e)
try:
    try:
        raise KeyError(1)
    except ValueError:
        print("not here")
except KeyError as e:
    print("propagated", e)
