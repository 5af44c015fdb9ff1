class P:
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
