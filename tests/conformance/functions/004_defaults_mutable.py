def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)
counter = 10
def show(v=counter):
    return v
counter = 20
print(show())
def kw(*, a=1, b=[]):
    b.append(a)
    return b
print(kw(), kw(a=5), kw.__kwdefaults__)
