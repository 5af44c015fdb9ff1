class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def get(self, i, j):
        if True:
            if True:
                return self.rows[i][j]

m = Matrix([[1, 2], [3, 4]])
print(m.get(1, 1))
print(m.get(1, 5))
