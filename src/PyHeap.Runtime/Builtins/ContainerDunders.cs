using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// The slot wrappers a static container type (list, dict) shows in its namespace (Objects/typeobject.c:
/// add_operators with wrap_unaryfunc, wrap_lenfunc, wrap_objobjproc, wrap_objobjargproc, wrap_delitem,
/// wrap_richcmpfunc, wrap_binaryfunc_l): <c>list.__repr__(self)</c>, <c>super().__setitem__(k, v)</c>,
/// <c>dict.__len__(d)</c> in a subclass. Each calls the type's own slot, never the subclass's override.
/// </summary>
public static class ContainerDunders
{
    /// <summary>Adds a wrapper for each slot <paramref name="t"/> fills (names already present are kept).</summary>
    public static void Install(PyType t) => SlotWrappers.AddOperators(t);

    /// <summary>
    /// <c>T.__new__(S, ...)</c> (Objects/typeobject.c: tp_new_wrapper): S must be a subtype of T whose objects are
    /// made by T's tp_new (<see cref="TypeCall.CheckNewIsSafe"/>); then T's tp_new.
    /// <paramref name="genericNew"/> is PyType_GenericNew (list, dict): an empty object, the arguments ignored.
    /// </summary>
    public static void AddNew(PyType t, bool genericNew)
    {
        TypeDicts.AddStaticNew(t, (sub, args, kw) =>
        {
            if (!sub.IsSubtypeOf(t)) throw Errors.TypeError($"{t.Name}.__new__({sub.Name}): {sub.Name} is not a subtype of {t.Name}");
            TypeCall.CheckNewIsSafe(t, sub);
            if (!genericNew) return t.New!(sub, args, kw);
            if (ReferenceEquals(sub, Types.List)) return PyList.NewGeneric();
            if (ReferenceEquals(sub, Types.Dict)) return PyDict.NewGeneric();
            return t.New!(sub, [], null);
        });
    }

    /// <summary>The binary number slot <paramref name="index"/> as <c>__op__</c>/<c>__rop__</c>, and its in-place form.</summary>
    public static void AddNumber(PyType t, string stem, int index)
    {
        if (t.NumberSlots[index] is { } slot) SlotWrappers.AddBinary(t, stem, slot);
        if (t.InPlaceSlots[index] is { } islot) SlotWrappers.Add(t, "__i" + stem + "__", (self, args, kw) =>
        {
            if (args.Length != 1) throw Errors.TypeError($"expected 1 argument, got {args.Length}");
            return islot(self, args[0]);
        });
    }
}
