class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left init", left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right init", right)
        super().__init__(**kw)
class Both(Left, Right):
    def __init__(self, **kw):
        print("Both init")
        super().__init__(**kw)
Both(left=1, right=2, extra=3)
print([c.__name__ for c in Both.__mro__])
class NoInit(Left):
    pass
NoInit(left=9)
