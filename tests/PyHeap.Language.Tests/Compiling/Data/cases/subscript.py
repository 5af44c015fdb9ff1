a = x[0]
b = x[i]
c = x[i][j]
d = x['k']
