import atexit, sys

def goodbye(name):
    print("goodbye", name)

atexit.register(goodbye, "atexit")
sys.exit(2)
