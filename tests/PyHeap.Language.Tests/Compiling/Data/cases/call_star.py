f(*args)
f(1, *args)
f(*a, *b)
