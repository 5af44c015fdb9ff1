class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(f"table {table} failed", code)
        self.table = table
try:
    raise DbError("users", 42)
except AppError as e:
    print(type(e).__name__, e, e.args, e.table)
print([c.__name__ for c in DbError.__mro__])
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError))
print([c.__name__ for c in UnboundLocalError.__mro__], [c.__name__ for c in NotImplementedError.__mro__])
