l = [x * 2 for x in range(10)]
