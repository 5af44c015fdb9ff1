class C:
    __x = 1
    def f(self):
        self.__y = 2
        return self.__x + __z
