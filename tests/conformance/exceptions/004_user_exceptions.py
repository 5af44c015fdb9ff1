class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "no page")
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, repr(e))
class Plain(Exception):
    pass
try:
    raise Plain
except Plain as e:
    print(repr(e), str(e) == "", e.args)
try:
    raise Plain("a", "b")
except Exception as e:
    print(e, repr(e))
try:
    raise NotImplementedError
except RuntimeError as e:
    print(type(e).__name__, isinstance(e, NotImplementedError))
