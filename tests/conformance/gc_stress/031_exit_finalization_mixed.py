class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "log size", len(log))
        log.append(self.name)
def make_closure(name):
    captured = D(name)
    def get():
        return captured
    return get
log = []
a_list = [D("list0"), D("list1"), D("list2")]
a_dict = {"x": D("dictx"), "y": D("dicty")}
a_tuple = (D("tup0"), D("tup1"))
holder = D("holder")
holder.child = D("child")
getter = make_closure("closed")
cyc = D("cycle")
cyc.me = cyc
nested = [[D("deep")]]
print("end of program")
