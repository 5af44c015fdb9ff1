namespace PyHeap.Runtime.Tests.Vm;

public class MetaclassTests
{
    [Fact]
    public void A_class_made_by_a_metaclass_has_it_as_its_type_and_holds_one_reference_to_it() =>
        Assert.Equal("True 2\nTrue 3\n", Run.Output(
            "import sys\nclass M(type): pass\nprint(type(M) is type, sys.getrefcount(M) - 1)\n" +
            "class A(metaclass=M): pass\nprint(type(A) is M, sys.getrefcount(M) - 1)"));

    [Fact]
    public void A_metaclass_call_override_wraps_instance_creation() =>
        Assert.Equal("call (1,)\n1\n", Run.Output(
            "class M(type):\n    def __call__(cls, *a):\n        print('call', a)\n        return super().__call__(*a)\n" +
            "class A(metaclass=M):\n    def __init__(self, x):\n        self.x = x\nprint(A(1).x)"));

    [Fact]
    public void Bases_with_unrelated_metaclasses_are_a_metaclass_conflict()
    {
        var (_, stderr, _, _) = Run.Code(
            "class M1(type): pass\nclass M2(type): pass\nclass A(metaclass=M1): pass\nclass B(metaclass=M2): pass\nclass C(A, B): pass");
        Assert.Contains("TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases", stderr);
    }

    [Fact]
    public void A_class_keyword_reaches_init_subclass() =>
        Assert.Equal("B 3\n", Run.Output(
            "class A:\n    def __init_subclass__(cls, n):\n        print(cls.__name__, n)\nclass B(A, n=3): pass"));

    [Fact]
    public void An_abstract_class_cannot_be_instantiated_until_its_methods_are_overridden() =>
        Assert.Equal("Can't instantiate abstract class S with abstract methods a, b\nok\n", Run.Output(
            "from abc import ABC, abstractmethod\nclass S(ABC):\n    @abstractmethod\n    def b(self): pass\n    @abstractmethod\n    def a(self): pass\n" +
            "try:\n    S()\nexcept TypeError as e:\n    print(e)\nclass T(S):\n    def a(self): pass\n    def b(self): pass\nT()\nprint('ok')"));

    [Fact]
    public void Enum_members_are_singletons_found_by_value_and_name() =>
        Assert.Equal("True <Color.RED: 1> 2 is not a valid Color\n", Run.Output(
            "from enum import Enum\nclass Color(Enum):\n    RED = 1\ntry:\n    Color(2)\nexcept ValueError as e:\n    msg = str(e)\n" +
            "print(Color(1) is Color['RED'] is Color.RED, repr(Color.RED), msg)"));
}
