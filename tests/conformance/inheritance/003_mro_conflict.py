class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class O: pass
class P(O): pass
class Q(O): pass
class R(P, Q): pass
class S(Q, P): pass
try:
    class T(R, S): pass
except TypeError as e:
    print(e)
try:
    class U(A, A): pass
except TypeError as e:
    print(e)
