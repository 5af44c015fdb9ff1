1
'doc'
x
f()
a + b
