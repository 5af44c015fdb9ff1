class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
print(Animal("a").speak(), Dog("d").speak(), Puppy("p").speak())
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy("x"), Dog))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__, Dog.__base__.__name__)
print(issubclass(bool, int), issubclass(Dog, object), isinstance(Dog, type))
