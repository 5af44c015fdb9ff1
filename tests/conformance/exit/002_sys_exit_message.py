import sys
print("out")
sys.exit("bye: a message goes to stderr")
