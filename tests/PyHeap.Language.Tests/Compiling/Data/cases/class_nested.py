class Outer:
    class Inner:
        def m(self):
            pass
