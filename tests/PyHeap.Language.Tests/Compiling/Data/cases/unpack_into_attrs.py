self.a, self.b = 1, 2
