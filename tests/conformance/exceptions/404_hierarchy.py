import builtins
names = ["ArithmeticError", "LookupError", "ZeroDivisionError", "IndexError", "KeyError", "UnboundLocalError",
         "RecursionError", "NotImplementedError", "ModuleNotFoundError", "TabError", "IndentationError",
         "UnicodeError", "StopAsyncIteration", "FileNotFoundError", "ConnectionResetError", "DeprecationWarning",
         "GeneratorExit", "KeyboardInterrupt", "SystemExit", "BaseExceptionGroup", "UserWarning", "EOFError"]
for n in names:
    t = getattr(builtins, n)
    print(n, t.__base__.__name__, [c.__name__ for c in t.__mro__])
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(GeneratorExit, Exception))
try:
    {}["x"]
except LookupError as e:
    print("caught", type(e).__name__, e)
try:
    1 / 0
except ArithmeticError as e:
    print("caught", type(e).__name__, e)
