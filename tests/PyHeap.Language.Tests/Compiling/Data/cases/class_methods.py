class C:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
