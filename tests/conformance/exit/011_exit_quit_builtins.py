# exit and quit are site's Quitter objects: the repr says how to leave, calling one raises SystemExit(code).
import sys
print(repr(exit))
print(str(quit))
print(type(exit).__name__, exit.name, quit.name, exit.eof)
print(sys.getsizeof(exit))
for call in [lambda: exit(3), lambda: quit(), lambda: exit("bye"), lambda: exit(code=4), lambda: quit(None)]:
    try:
        call()
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
for call in [lambda: exit(1, 2), lambda: exit(x=1), lambda: exit(1, code=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
try:
    print("before")
    exit(7)
finally:
    print("finally runs")
print("not reached")
