import gc
gc.collect()
class Button:
    def __init__(self, name):
        self.name = name
        self.handlers = []
    def click(self):
        return [h() for h in self.handlers]
class Controller:
    def __init__(self, button):
        self.button = button
        button.handlers.append(self.on_click)
        button.handlers.append(lambda: self.name)
        self.name = "ctl-" + button.name
    def on_click(self):
        return "clicked " + self.button.name
b = Button("ok")
c = Controller(b)
print(b.click())
del c
print("controller kept by button", gc.collect())
del b
print("button+controller", gc.collect())
class Self:
    def __init__(self):
        self.cb = self.method
        self.cbs = {"m": self.method, "again": self.method}
    def method(self):
        pass
s = Self()
del s
print("instance holding own bound methods", gc.collect())
