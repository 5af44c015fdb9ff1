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
    private static readonly string[] CompareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    /// <summary>Adds a wrapper for each container slot <paramref name="t"/> fills (names already present are kept).</summary>
    public static void Install(PyType t)
    {
        if (t.Repr is { } repr) Add(t, "__repr__", (self, args, kw) => { None(args, kw); return repr(self); });
        if (t.Length is { } len) Add(t, "__len__", (self, args, kw) => { None(args, kw); return PyInt.From(len(self)); });
        if (t.Iter is { } iter) Add(t, "__iter__", (self, args, kw) => { None(args, kw); return iter(self); });
        if (t.Contains is { } contains) Add(t, "__contains__", (self, args, kw) => PyBool.From(contains(self, One(args, kw))));
        if (t.GetItem is { } get) Add(t, "__getitem__", (self, args, kw) => get(self, One(args, kw)));
        if (t.SetItem is { } set)
        {
            Add(t, "__setitem__", (self, args, kw) =>
            {
                NativeArgs.NoKeywords("wrapper", kw);
                if (args.Length != 2) throw Errors.TypeError($"expected 2 arguments, got {args.Length}");
                set(self, args[0], args[1]);
                return PyNone.None;
            });
            Add(t, "__delitem__", (self, args, kw) =>
            {
                set(self, One(args, kw), null);
                return PyNone.None;
            });
        }
        if (t.RichCompare is { } cmp)
        {
            for (var i = 0; i < CompareNames.Length; i++)
            {
                var op = (CompareOp)i;
                Add(t, CompareNames[i], (self, args, kw) => cmp(self, One(args, kw), op));
            }
        }
        if (t.SeqConcat is { } concat) Add(t, "__add__", (self, args, kw) => concat(self, One(args, kw)));
        if (t.SeqRepeat is { } repeat)
        {
            Add(t, "__mul__", (self, args, kw) => repeat(self, One(args, kw)));
            Add(t, "__rmul__", (self, args, kw) => repeat(self, One(args, kw)));
        }
        if (t.SeqInPlaceConcat is { } iconcat) Add(t, "__iadd__", (self, args, kw) => iconcat(self, One(args, kw)));
        if (t.SeqInPlaceRepeat is { } irepeat) Add(t, "__imul__", (self, args, kw) => irepeat(self, One(args, kw)));
    }

    /// <summary>
    /// <c>T.__new__(S, ...)</c> (Objects/typeobject.c: tp_new_wrapper): S must be a subtype of T; then T's tp_new.
    /// <paramref name="genericNew"/> is PyType_GenericNew (list, dict): an empty object, the arguments ignored.
    /// </summary>
    public static void AddNew(PyType t, bool genericNew)
    {
        TypeDicts.AddStaticNew(t, (sub, args, kw) =>
        {
            if (!sub.IsSubtypeOf(t)) throw Errors.TypeError($"{t.Name}.__new__({sub.Name}): {sub.Name} is not a subtype of {t.Name}");
            if (!genericNew) return t.New!(sub, args, kw);
            if (ReferenceEquals(sub, Types.List)) return PyList.NewGeneric();
            if (ReferenceEquals(sub, Types.Dict)) return PyDict.NewGeneric();
            return t.New!(sub, [], null);
        });
    }

    /// <summary>The binary number slot <paramref name="index"/> as <c>__op__</c>/<c>__rop__</c>, and its in-place form.</summary>
    public static void AddNumber(PyType t, string stem, int index)
    {
        if (t.NumberSlots[index] is { } slot)
        {
            Add(t, "__" + stem + "__", (self, args, kw) => slot(self, One(args, kw)));
            Add(t, "__r" + stem + "__", (self, args, kw) => slot(One(args, kw), self));
        }
        if (t.InPlaceSlots[index] is { } islot) Add(t, "__i" + stem + "__", (self, args, kw) => islot(self, One(args, kw)));
    }

    private static void Add(PyType t, string name, NativeFunction function)
    {
        if (t.Dict is { } d && d.ContainsKey(PyStr.Intern(name))) return;
        TypeDicts.AddMethod(t, name, function);
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
}
