a.x = b.y = c[0] = 1
