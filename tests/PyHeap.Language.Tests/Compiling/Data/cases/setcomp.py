s = {x % 3 for x in xs}
