def f(n):
    i = 0
    while i < n:
        i += 1
        if i % 2:
            continue
        print(i)
