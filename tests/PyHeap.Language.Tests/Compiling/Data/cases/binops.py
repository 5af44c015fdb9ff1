x = a + b - c * d / e // f % g ** h
y = a << b >> c & d | e ^ f @ g
