using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// Models Objects/typeobject.c: add_operators and the wrap_* functions of slotdefs. For every slot a static
/// type fills itself (before inheritance), its namespace gets a wrapper_descriptor calling that very slot —
/// <c>str.__len__</c>, <c>list_iterator.__next__</c>, <c>int.__add__</c> — unless the name is already there
/// (a tp_methods entry such as <c>list.__getitem__</c> wins). A hash of PyObject_HashNotImplemented shows as
/// <c>__hash__ = None</c>. Keywords are refused by the descriptor call ("wrapper __len__() takes no keyword
/// arguments"); each wrapper checks its positional count with wrap_*'s message.
/// </summary>
public static class SlotWrappers
{
    private static readonly string[] CompareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    public static void AddOperators(PyType t)
    {
        if (t.Repr is { } repr) Add(t, "__repr__", Unary(repr));
        // NoneType's hash is set here only to pin set order; CPython inherits object's, with no wrapper of its own.
        if (t.Hash is { } hash && !ReferenceEquals(t, Types.NoneType))
        {
            if (ReferenceEquals(hash, ObjectMethods.HashNotImplemented)) AddValue(t, "__hash__", PyNone.None);
            else Add(t, "__hash__", (self, args, kw) => { CheckArgs(args, 0); return PyInt.From(hash(self)); });
        }
        if (t.Call is { } call) Add(t, "__call__", (self, args, kw) => call(self, args, kw), acceptsKeywords: true);
        if (t.Str is { } str) Add(t, "__str__", Unary(str));
        if (t.RichCompare is { } cmp) AddRichCompare(t, cmp);
        if (t.Iter is { } iter) Add(t, "__iter__", Unary(iter));
        if (t.IterNext is not null) Add(t, "__next__", (self, args, kw) => { CheckArgs(args, 0); return Functions.NextOrStopIteration(self); });
        if (t.DescrGet is { } get) Add(t, "__get__", (self, args, kw) => DescrGet(get, self, args));
        if (t.DescrSet is { } set)
        {
            Add(t, "__set__", (self, args, kw) => { var a = Unpack(args, 2, 2); set(self, a[0], a[1]); return PyNone.None; });
            Add(t, "__delete__", (self, args, kw) => { set(self, One(args), null); return PyNone.None; });
        }
        if (t.Init is { } init) Add(t, "__init__", (self, args, kw) => init(self, args, kw), acceptsKeywords: true);
        // Every builtin exception type sets its own tp_init (SimpleExtendsException); the slot is inherited later.
        else if ((t.TypeFlags & TypeFlags.BaseExceptionSubclass) != 0)
            Add(t, "__init__", (self, args, kw) => t.Init!(self, args, kw), acceptsKeywords: true);
        AddNumberSlots(t);
        if (t.Length is { } len) Add(t, "__len__", (self, args, kw) => { CheckArgs(args, 0); return PyInt.From(len(self)); });
        if (t.GetItem is { } getItem) Add(t, "__getitem__", (self, args, kw) => getItem(self, One(args)));
        if (t.SetItem is { } setItem)
        {
            Add(t, "__setitem__", (self, args, kw) => { var a = Unpack(args, 2, 2); setItem(self, a[0], a[1]); return PyNone.None; });
            Add(t, "__delitem__", (self, args, kw) => { setItem(self, One(args), null); return PyNone.None; });
        }
        if (t.SeqConcat is { } concat) Add(t, "__add__", Binary(concat));
        if (t.SeqRepeat is { } repeat)
        {
            Add(t, "__mul__", IndexArg(repeat));
            Add(t, "__rmul__", IndexArg(repeat));
        }
        if (t.Contains is { } contains) Add(t, "__contains__", (self, args, kw) => PyBool.From(contains(self, One(args))));
        if (t.SeqInPlaceConcat is { } iconcat) Add(t, "__iadd__", Binary(iconcat));
        if (t.SeqInPlaceRepeat is { } irepeat) Add(t, "__imul__", IndexArg(irepeat));
    }

    /// <summary>The six comparison wrappers of tp_richcompare (wrap_richcmpfunc).</summary>
    public static void AddRichCompare(PyType t, RichCompareFunc cmp)
    {
        for (var i = 0; i < CompareNames.Length; i++)
        {
            var op = (CompareOp)i;
            Add(t, CompareNames[i], (self, args, kw) => cmp(self, One(args), op));
        }
    }

    /// <summary><c>__op__</c> (wrap_binaryfunc_l) and <c>__rop__</c> (wrap_binaryfunc_r) for a binary slot.</summary>
    public static void AddBinary(PyType t, string stem, BinaryFunc slot)
    {
        Add(t, "__" + stem + "__", Binary(slot));
        Add(t, "__r" + stem + "__", (self, args, kw) => slot(One(args), self));
    }

    /// <summary>Adds a slot wrapper unless the namespace already has the name.</summary>
    public static void Add(PyType t, string name, NativeFunction wrapper, bool acceptsKeywords = false)
    {
        TypeSetup.Prepare(t);
        var key = PyStr.Intern(name);
        if (t.Dict!.ContainsKey(key)) return;
        t.Dict.SetItem(key, PyWrapperDescriptor.Create(t, name, wrapper, acceptsKeywords));
    }

    private static void AddValue(PyType t, string name, PyObject value)
    {
        TypeSetup.Prepare(t);
        var key = PyStr.Intern(name);
        if (!t.Dict!.ContainsKey(key)) t.Dict.SetItem(key, value);
    }

    private static void AddNumberSlots(PyType t)
    {
        for (var i = 0; i < NumberSlot.Names.Length; i++)
        {
            if (i == NumberSlot.Power && t.Power is { } pow)
            {
                Add(t, "__pow__", (self, args, kw) => { var a = Unpack(args, 1, 2); return pow(self, a[0], a.Length > 1 ? a[1] : PyNone.None); });
                Add(t, "__rpow__", (self, args, kw) => { var a = Unpack(args, 1, 2); return pow(a[0], self, a.Length > 1 ? a[1] : PyNone.None); });
            }
            else if (t.NumberSlots[i] is { } slot) AddBinary(t, NumberSlot.Names[i], slot);
        }
        if (t.Negative is { } neg) Add(t, "__neg__", Unary(neg));
        if (t.Positive is { } pos) Add(t, "__pos__", Unary(pos));
        if (t.Absolute is { } abs) Add(t, "__abs__", Unary(abs));
        if (t.Bool is { } b) Add(t, "__bool__", (self, args, kw) => { CheckArgs(args, 0); return PyBool.From(b(self)); });
        if (t.Invert is { } inv) Add(t, "__invert__", Unary(inv));
        if (t.Int is { } toInt) Add(t, "__int__", Unary(toInt));
        if (t.Float is { } toFloat) Add(t, "__float__", Unary(toFloat));
        for (var i = 0; i < NumberSlot.Names.Length; i++)
        {
            if (i == NumberSlot.Power && t.InPlacePower is { } ipow)
                Add(t, "__ipow__", (self, args, kw) => { var a = Unpack(args, 1, 2); return ipow(self, a[0], a.Length > 1 ? a[1] : PyNone.None); });
            else if (t.InPlaceSlots[i] is { } islot) Add(t, "__i" + NumberSlot.Names[i] + "__", Binary(islot));
        }
        if (t.Index is { } index) Add(t, "__index__", Unary(index));
    }

    private static NativeFunction Unary(UnaryFunc slot) => (self, args, kw) => { CheckArgs(args, 0); return slot(self); };

    private static NativeFunction Binary(BinaryFunc slot) => (self, args, kw) => slot(self, One(args));

    /// <summary>wrap_indexargfunc (sq_repeat): the count must be an index before the slot runs.</summary>
    private static NativeFunction IndexArg(BinaryFunc slot) => (self, args, kw) =>
    {
        var n = Unpack(args, 1, 1)[0];
        Abstract.AsIndex(n);
        return slot(self, n);
    };

    /// <summary>wrap_descr_get: <c>__get__(instance, owner=None)</c>; both None is invalid.</summary>
    private static PyObject DescrGet(DescrGetFunc get, PyObject self, ReadOnlySpan<PyObject> args)
    {
        var a = Unpack(args, 1, 2);
        var instance = a[0] is PyNone ? null : a[0];
        var owner = a.Length > 1 && a[1] is not PyNone ? a[1] : null;
        if (instance is null && owner is null) throw Errors.TypeError("__get__(None, None) is invalid");
        return get(self, instance, owner as PyType ?? instance!.Type);
    }

    /// <summary>check_num_args: "expected 1 argument, got 2".</summary>
    internal static void CheckArgs(ReadOnlySpan<PyObject> args, int n)
    {
        if (args.Length != n) throw Errors.TypeError($"expected {n} argument{(n == 1 ? "" : "s")}, got {args.Length}");
    }

    internal static PyObject One(ReadOnlySpan<PyObject> args)
    {
        CheckArgs(args, 1);
        return args[0];
    }

    /// <summary>PyArg_UnpackTuple(args, "", min, max): the empty function name leaves a leading space.</summary>
    internal static PyObject[] Unpack(ReadOnlySpan<PyObject> args, int min, int max)
    {
        if (args.Length < min)
            throw Errors.TypeError($" expected {(min == max ? "" : "at least ")}{min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
        if (args.Length > max)
            throw Errors.TypeError($" expected {(min == max ? "" : "at most ")}{max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
        return args.ToArray();
    }
}
