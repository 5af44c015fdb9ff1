using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>The <c>object</c> type's slots and methods (Objects/typeobject.c: object_*).</summary>
public static class ObjectMethods
{
    /// <summary>object_repr: "&lt;__main__.C object at 0x…&gt;".</summary>
    public static PyObject DefaultRepr(PyObject self)
    {
        var t = self.Type;
        var name = t.IsHeapType && t.ModuleName != "builtins" ? $"{t.ModuleName}.{t.QualName}" : t.Name;
        return PyStr.From($"<{name} object at 0x{self.Address:x}>");
    }

    /// <summary>_Py_HashPointer: the address rotated right by 4 bits.</summary>
    public static long PointerHash(PyObject self)
    {
        // None's simulated address would hash differently from the pinned hash(None); they agree in CPython.
        if (ReferenceEquals(self, PyNone.None)) return SingletonTypes.NoneHash;
        var y = (ulong)self.Address;
        var h = (long)((y >> 4) | (y << 60));
        return h == -1 ? -2 : h;
    }

    /// <summary>PyObject_HashNotImplemented: the hash of mutable containers and of classes with __hash__ = None.</summary>
    public static readonly HashFunc HashNotImplemented = self => throw Errors.TypeError($"unhashable type: '{self.Type.Name}'");

    /// <summary>object_richcompare: == is identity; != inverts __eq__ unless it is NotImplemented.</summary>
    public static PyObject RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        switch (op)
        {
            case CompareOp.Eq:
                return ReferenceEquals(self, other) ? PyBool.True : PySingleton.NotImplemented;
            case CompareOp.Ne:
                if (self.Type.RichCompare is { } rc)
                {
                    var eq = rc(self, other, CompareOp.Eq);
                    if (ReferenceEquals(eq, PySingleton.NotImplemented)) return eq;
                    var truth = Abstract.IsTrue(eq);
                    RefCounts.DecRef(eq);
                    return PyBool.From(!truth);
                }
                return PySingleton.NotImplemented;
            default:
                return PySingleton.NotImplemented;
        }
    }

    public static void Install(PyType t)
    {
        t.Repr = DefaultRepr;
        t.Hash = PointerHash;
        t.RichCompare = RichCompare;
        t.New = TypeCall.ObjectNewSlot;
        t.Init = TypeCall.ObjectInitSlot;
        TypeDicts.AddGetSet(t, "__class__", self => RefCounts.NewRef<PyObject>(self.Type));
        // Slot wrappers (object_str calls the type's tp_repr); the rest are methods.
        SlotWrappers.Add(t, "__str__", (self, args, kw) => { SlotWrappers.CheckArgs(args, 0); return Abstract.Repr(self); });
        SlotWrappers.Add(t, "__getattribute__", (self, args, kw) =>
        {
            var name = AttrName(SlotWrappers.One(args));
            return Abstract.GenericGetAttr(self, name) ?? throw Abstract.NoAttribute(self, name);
        });
        SlotWrappers.Add(t, "__setattr__", (self, args, kw) =>
        {
            var a = SlotWrappers.Unpack(args, 2, 2);
            Abstract.GenericSetAttr(self, AttrName(a[0]), a[1]);
            return PyNone.None;
        });
        SlotWrappers.Add(t, "__delattr__", (self, args, kw) =>
        {
            Abstract.GenericSetAttr(self, AttrName(SlotWrappers.One(args)), null);
            return PyNone.None;
        });
        SlotWrappers.AddOperators(t);
        TypeDicts.AddMethod(t, "__format__", Format);
        TypeDicts.AddMethod(t, "__sizeof__", (self, args, kw) => { NativeArgs.None("object.__sizeof__", args, kw); return PyInt.From(self.SizeOf()); });
        TypeDicts.AddMethod(t, "__dir__", (self, args, kw) => { NativeArgs.None("object.__dir__", args, kw); return DirFunctions.ObjectDir(self); });
        ObjectReduce.Install(t);
        TypeDicts.AddStaticNew(t, (type, args, kw) =>
        {
            // object.__new__(S) for a subclass of a builtin container or number would make the wrong kind of object.
            if (type.IsSubtypeOf(Types.Object) && !type.IsSubtypeOf(ExceptionTypes.BaseException)) TypeCall.CheckNewIsSafe(t, type);
            return TypeCall.ObjectNew(type, [], null);
        });
    }

    internal static PyStr AttrName(PyObject o) =>
        o as PyStr ?? throw Errors.TypeError($"attribute name must be string, not '{o.Type.Name}'");

    /// <summary>object.__format__: str(self) for an empty spec, else TypeError.</summary>
    private static PyObject Format(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        NativeArgs.ExactlyOne("object.__format__", args, kwnames);
        if (args[0] is not PyStr spec) throw Errors.TypeError($"__format__() argument must be str, not {args[0].Type.Name}");
        if (spec.Value.Length > 0)
            throw Errors.TypeError($"unsupported format string passed to {self.Type.Name}.__format__");
        return Abstract.Str(self);
    }
}
