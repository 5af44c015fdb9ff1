class C:
    __a = 1
    def __m(self, __p):
        self.__x = __p
        return __b
