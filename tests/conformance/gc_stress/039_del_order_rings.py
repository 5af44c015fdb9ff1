import gc
gc.collect()
order = []
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        order.append(self.name)
def link(nodes):
    for i in range(len(nodes)):
        nodes[i].next = nodes[(i + 1) % len(nodes)]
def run(label, nodes, gen=2):
    order.clear()
    nodes.clear()
    n = gc.collect(gen)
    print(label, n, "".join(order))
nodes = [R(n) for n in "abcde"]
link(nodes)
run("ring", nodes)
nodes = [R(n) for n in "edcba"]
nodes.reverse()
link(nodes)
run("created backwards", nodes)
early = [R("c"), R("d")]
gc.collect(0)
nodes = [R("a"), R("b")] + early + [R("e")]
del early
link(nodes)
run("c,d one generation older", nodes)
early = [R("b"), R("d")]
gc.collect(0)
gc.collect(1)
nodes = [R("a"), early[0], R("c"), early[1], R("e")]
del early
link(nodes)
run("b,d in gen2, collect(1)", nodes, 1)
run("then full", nodes)
hub = R("h")
hub.spokes = [R(n) for n in "wxyz"]
for s in hub.spokes:
    s.hub = hub
del hub, s
run("star", [])
