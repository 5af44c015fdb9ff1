for n in [-5, 0, 3, 15, 100]:
    if n < 0:
        print(n, "negative")
    elif n == 0:
        print(n, "zero")
    elif n < 10:
        print(n, "small")
    else:
        print(n, "big")
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("never")
j = 0
while j < 3:
    j += 1
else:
    print("while else", j)
if []:
    pass
elif not {}:
    print("empty dict is falsy")
