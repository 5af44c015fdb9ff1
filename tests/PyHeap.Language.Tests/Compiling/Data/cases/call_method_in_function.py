def f(lst):
    lst.append(1)
    return lst.pop()
