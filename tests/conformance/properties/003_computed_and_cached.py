class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self._area = None
    @property
    def area(self):
        if self._area is None:
            print("computing")
            self._area = self.w * self.h
        return self._area
    def _get_perim(self):
        return 2 * (self.w + self.h)
    perim = property(_get_perim, doc="perimeter")
r = Rect(3, 4)
print(r.area, r.area, r.perim, Rect.perim.__doc__)
print(getattr(r, "area"), hasattr(r, "area"), "area" in vars(r))
class Bad:
    @property
    def boom(self):
        raise AttributeError("inner problem")
print(hasattr(Bad(), "boom"), getattr(Bad(), "boom", "fallback"))
