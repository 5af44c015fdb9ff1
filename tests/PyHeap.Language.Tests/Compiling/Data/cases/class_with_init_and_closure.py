def factory(base):
    class C(base):
        def __init__(self):
            super().__init__()
            self.base = base
    return C
