import sys
print("quiet")
sys.exit()
