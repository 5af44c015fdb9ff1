l = [x for x in xs if x > 0 if x < 10]
