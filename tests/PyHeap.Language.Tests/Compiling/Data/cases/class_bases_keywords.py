class C(A, B, metaclass=M):
    pass
