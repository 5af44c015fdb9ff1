value = eval("1 +* 2")
