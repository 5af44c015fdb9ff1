counter = 1
def work():
    local_value = 3
    return local_valeu + 1
try:
    work()
except NameError as e:
    print("caught", e, e.name)
print(countr)
