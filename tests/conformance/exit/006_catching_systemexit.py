import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught", e.code, e.args, type(e).__name__)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
print("still running")
