l = [y for x in xs for y in [x * 2]]
