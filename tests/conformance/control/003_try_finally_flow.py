def f(n):
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(f(5))
def g():
    try:
        return "try"
    finally:
        print("cleanup")
print(g())
def h():
    try:
        return 1
    finally:
        return 2
print(h())
def k():
    while True:
        try:
            break
        finally:
            print("break finally")
    return "after"
print(k())
