import sys
class Resource:
    def __del__(self):
        print("released at exit")
r = Resource()
sys.exit(5)
