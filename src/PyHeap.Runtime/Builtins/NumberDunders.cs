using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// The slot wrappers a static number type shows in its namespace (Objects/typeobject.c: add_operators with
/// wrap_binaryfunc_l/_r, wrap_richcmpfunc, wrap_unaryfunc, wrap_ternaryfunc): <c>int.__add__</c>,
/// <c>(1).__radd__(2)</c>, <c>super().__lt__(x)</c> in a subclass. Each calls the type's own slot.
/// </summary>
public static class NumberDunders
{
    private static readonly string[] CompareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    /// <summary>Adds the wrappers for every slot <paramref name="t"/> fills; <paramref name="divMod"/> is its nb_divmod.</summary>
    public static void Install(PyType t, BinaryFunc divMod)
    {
        for (var i = 0; i < NumberSlot.Names.Length; i++)
        {
            if (i == NumberSlot.Power || t.NumberSlots[i] is not { } slot) continue;
            AddBinary(t, NumberSlot.Names[i], slot);
        }
        AddBinary(t, "divmod", divMod);
        if (t.Power is { } pow)
        {
            TypeDicts.AddMethod(t, "__pow__", (self, args, kw) => Ternary("__pow__", args, kw, (v, m) => pow(self, v, m)));
            TypeDicts.AddMethod(t, "__rpow__", (self, args, kw) => Ternary("__rpow__", args, kw, (v, m) => pow(v, self, m)));
        }
        if (t.RichCompare is { } cmp)
        {
            for (var i = 0; i < CompareNames.Length; i++)
            {
                var op = (CompareOp)i;
                TypeDicts.AddMethod(t, CompareNames[i], (self, args, kw) => cmp(self, One(args, kw), op));
            }
        }
        AddUnary(t, "__neg__", t.Negative);
        AddUnary(t, "__pos__", t.Positive);
        AddUnary(t, "__abs__", t.Absolute);
        AddUnary(t, "__invert__", t.Invert);
        AddUnary(t, "__int__", t.Int);
        AddUnary(t, "__float__", t.Float);
        AddUnary(t, "__index__", t.Index);
        AddUnary(t, "__repr__", t.Repr);
        if (t.Bool is { } b) TypeDicts.AddMethod(t, "__bool__", (self, args, kw) => { None(args, kw); return PyBool.From(b(self)); });
        if (t.Hash is { } h) TypeDicts.AddMethod(t, "__hash__", (self, args, kw) => { None(args, kw); return PyInt.From(h(self)); });
    }

    private static void AddBinary(PyType t, string stem, BinaryFunc slot)
    {
        TypeDicts.AddMethod(t, "__" + stem + "__", (self, args, kw) => slot(self, One(args, kw)));
        TypeDicts.AddMethod(t, "__r" + stem + "__", (self, args, kw) => slot(One(args, kw), self));
    }

    private static void AddUnary(PyType t, string name, UnaryFunc? slot)
    {
        if (slot is null) return;
        TypeDicts.AddMethod(t, name, (self, args, kw) => { None(args, kw); return slot(self); });
    }

    /// <summary>wrap_binaryfunc's check_num_args(args, 1).</summary>
    private static PyObject One(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.NoKeywords("wrapper", kw);
        if (args.Length != 1) throw Errors.TypeError($"expected 1 argument, got {args.Length}");
        return args[0];
    }

    private static void None(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.NoKeywords("wrapper", kw);
        if (args.Length != 0) throw Errors.TypeError($"expected 0 arguments, got {args.Length}");
    }

    /// <summary>wrap_ternaryfunc: one or two arguments, the modulus defaulting to None.</summary>
    private static PyObject Ternary(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<PyObject, PyObject, PyObject> call)
    {
        NativeArgs.NoKeywords(name, kw);
        if (args.Length is < 1 or > 2)
            throw Errors.TypeError(args.Length < 1 ? $"{name} expected at least 1 argument, got 0" : $"{name} expected at most 2 arguments, got {args.Length}");
        return call(args[0], args.Length == 2 ? args[1] : PyNone.None);
    }
}
