import gc
class Sweeper:
    def __del__(self):
        print("Sweeper.__del__ collect returns", gc.collect())
class Junk:
    def __del__(self):
        print("Junk.__del__")
def make_junk():
    j = Junk()
    j.me = j
s = Sweeper()
make_junk()
print("end of program")
