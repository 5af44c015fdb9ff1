using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Tests.Vm;

/// <summary>
/// Instances of Python subclasses of int, float, tuple, set and bytes are the builtin's own objects, allocated by
/// PyType_GenericAlloc: _PyObject_VAR_SIZE(type, n + 1) rounded to 8 plus the GC header (and two words for a
/// managed dict). The block size decides the pymalloc size class, so these are the sizes CPython 3.11 asks for.
/// </summary>
public class BuiltinSubclassTests
{
    private const string Classes = """
        class I(int): pass
        class F(float): pass
        class T(tuple): pass
        class NT(tuple): __slots__ = ()
        class S(set): pass
        class B(bytes): pass
        class FS(float): __slots__ = ('a',)

        """;

    private static PyObject Global(string source, string name)
    {
        var (_, stderr, result, interp) = Run.Code(Classes + source);
        Assert.True(result.Ok, stderr);
        return interp.MainModule.Dict.GetItemOrNull(name)!;
    }

    [Theory]
    [InlineData("x = I(5)", 56)] // 32 + 2 digits of 4 = 40, + 16
    [InlineData("x = I(2 ** 40)", 64)] // 32 + 3 * 4 = 44 -> 48, + 16
    [InlineData("x = I(0)", 56)] // zero still gets one digit (and the sentinel)
    [InlineData("x = F(1.5)", 64)] // 24 + 8 (__weakref__), + 16 GC + 16 managed dict
    [InlineData("x = FS(1.5)", 48)] // 24 + 8 (slot a), + 16: no dict, no weakref
    [InlineData("x = T((1, 2))", 72)] // 32 + 3 * 8 = 56, + 16
    [InlineData("x = NT((1, 2))", 64)] // 24 + 3 * 8 = 48, + 16
    [InlineData("x = T()", 56)] // the empty subclass instance is not the () singleton
    [InlineData("x = S([1, 2])", 232)] // 200 + 16 + 16
    [InlineData("x = B(b'abc')", 64)] // 41 + 4 = 45 -> 48, + 16
    public void Subclass_instances_request_PyType_GenericAlloc_sizes(string source, int expected) =>
        Assert.Equal(expected, Global(source, "x").AllocationSize);

    [Fact]
    public void Subclass_instances_are_the_builtins_objects_of_the_heap_type()
    {
        var (_, stderr, result, interp) = Run.Code(Classes + "i = I(7)\nt = T([1])\nb = B(b'xy')\ns = S()\nf = F(2.0)\n");
        Assert.True(result.Ok, stderr);
        var globals = interp.MainModule.Dict;
        Assert.IsType<PyInt>(globals.GetItemOrNull("i"));
        Assert.IsType<PyTuple>(globals.GetItemOrNull("t"));
        Assert.IsType<PyBytes>(globals.GetItemOrNull("b"));
        Assert.IsType<PySet>(globals.GetItemOrNull("s"));
        Assert.IsType<PyFloat>(globals.GetItemOrNull("f"));
        Assert.All(new[] { "i", "t", "b", "s", "f" }, n => Assert.True(globals.GetItemOrNull(n)!.Type.IsHeapType));
    }

    [Fact]
    public void An_int_subclass_instance_keeps_its_dict_after_the_digits_and_releases_it_with_itself()
    {
        var (stdout, stderr, result, _) = Run.Code(Classes + """
            import sys
            payload = []
            x = I(300)
            x.p = payload
            print(sys.getrefcount(payload), x.__dict__ == {'p': payload}, I.__basicsize__)
            del x
            print(sys.getrefcount(payload))
            """);
        Assert.True(result.Ok, stderr);
        Assert.Equal("3 True 32\n2\n", stdout);
    }

    [Fact]
    public void Nonempty_slots_in_a_tuple_subclass_raise_CPythons_TypeError()
    {
        var (stdout, _, result, _) = Run.Code("try:\n    class P(tuple): __slots__ = ('x',)\nexcept TypeError as e:\n    print(e)\n");
        Assert.True(result.Ok);
        Assert.Equal("nonempty __slots__ not supported for subtype of 'tuple'\n", stdout);
    }
}
