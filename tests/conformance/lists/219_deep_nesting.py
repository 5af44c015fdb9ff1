x = []
for i in range(100000):
    x = [x]
print(len(x), len(x[0]))
del x
print("freed")
class D:
    def __del__(self):
        print("del D")
y = [D()]
for i in range(50000):
    y = [y, i]
y = None
print("done")
t = ()
for i in range(100000):
    t = (t, i)
t = None
print("tuples freed")
