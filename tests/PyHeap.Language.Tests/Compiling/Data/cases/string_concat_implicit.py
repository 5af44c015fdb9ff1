s = 'a' 'b'
b = b'x' b'y'
