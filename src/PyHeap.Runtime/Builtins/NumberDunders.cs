using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// The slot wrappers a static number type shows in its namespace (Objects/typeobject.c: add_operators with
/// wrap_binaryfunc_l/_r, wrap_richcmpfunc, wrap_unaryfunc, wrap_ternaryfunc): <c>int.__add__</c>,
/// <c>(1).__radd__(2)</c>, <c>super().__lt__(x)</c> in a subclass. Each calls the type's own slot.
/// </summary>
public static class NumberDunders
{
    /// <summary>Adds the wrappers for every slot <paramref name="t"/> fills; <paramref name="divMod"/> is its nb_divmod.</summary>
    public static void Install(PyType t, BinaryFunc divMod)
    {
        SlotWrappers.AddOperators(t);
        SlotWrappers.AddBinary(t, "divmod", divMod);
    }
}
