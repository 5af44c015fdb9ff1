using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

public static partial class Abstract
{
    private static readonly string[] CompareSymbols = ["<", "<=", "==", "!=", ">", ">="];
    private static readonly CompareOp[] Swapped = [CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le];

    /// <summary>Models Objects/object.c: do_richcompare (reflected operation first for a subclass on the right).</summary>
    public static PyObject RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        var interp = Interpreter.Current;
        var ts = interp.Thread;
        if (ts.Depth >= interp.RecursionLimit)
            throw Errors.New(ExceptionTypes.RecursionError, "maximum recursion depth exceeded in comparison");
        ts.Depth++;
        try
        {
            return DoRichCompare(v, w, op);
        }
        finally
        {
            ts.Depth--;
        }
    }

    private static PyObject DoRichCompare(PyObject v, PyObject w, CompareOp op)
    {
        var checkedReverse = false;
        if (!ReferenceEquals(v.Type, w.Type) && w.Type.IsSubtypeOf(v.Type) && w.Type.RichCompare is { } wr)
        {
            checkedReverse = true;
            var r = wr(w, v, Swapped[(int)op]);
            if (!ReferenceEquals(r, PySingleton.NotImplemented)) return r;
        }
        if (v.Type.RichCompare is { } vr)
        {
            var r = vr(v, w, op);
            if (!ReferenceEquals(r, PySingleton.NotImplemented)) return r;
        }
        if (!checkedReverse && w.Type.RichCompare is { } wr2)
        {
            var r = wr2(w, v, Swapped[(int)op]);
            if (!ReferenceEquals(r, PySingleton.NotImplemented)) return r;
        }
        return op switch
        {
            CompareOp.Eq => PyBool.From(ReferenceEquals(v, w)),
            CompareOp.Ne => PyBool.From(!ReferenceEquals(v, w)),
            _ => throw Errors.TypeError($"'{CompareSymbols[(int)op]}' not supported between instances of '{v.Type.Name}' and '{w.Type.Name}'"),
        };
    }

    /// <summary>PyObject_RichCompareBool: identity implies equality for Eq/Ne, as in CPython.</summary>
    public static bool RichCompareBool(PyObject v, PyObject w, CompareOp op)
    {
        if (ReferenceEquals(v, w))
        {
            if (op == CompareOp.Eq) return true;
            if (op == CompareOp.Ne) return false;
        }
        var res = RichCompare(v, w, op);
        try
        {
            return ReferenceEquals(res, PyBool.True) || (!ReferenceEquals(res, PyBool.False) && IsTrue(res));
        }
        finally
        {
            RefCounts.DecRef(res);
        }
    }

    /// <summary>PyObject_IsTrue.</summary>
    public static bool IsTrue(PyObject v)
    {
        if (ReferenceEquals(v, PyBool.True)) return true;
        if (ReferenceEquals(v, PyBool.False) || ReferenceEquals(v, PyNone.None)) return false;
        if (v.Type.Bool is { } b) return b(v);
        if (v.Type.Length is { } len) return len(v) != 0;
        return true;
    }

    /// <summary>PyObject_Hash.</summary>
    public static long Hash(PyObject v)
    {
        if (v is PyStr s) return s.Hash;
        var h = v.Type.Hash ?? throw Errors.TypeError($"unhashable type: '{v.Type.Name}'");
        return h(v);
    }

    /// <summary>PyObject_IsInstance (object_recursive_isinstance): exact type, then tuples and unions, then the
    /// class's <c>__instancecheck__</c> (type's own is known and skipped for classes whose type is type).</summary>
    public static bool IsInstance(PyObject obj, PyObject cls)
    {
        if (ReferenceEquals(obj.Type, cls)) return true;
        if (cls is PyType { Type: var meta } && ReferenceEquals(meta, Types.Type)) return RealIsInstance(obj, cls);
        if (cls is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
                if (IsInstance(obj, item)) return true;
            return false;
        }
        if (cls is PyUnionType union)
        {
            foreach (var item in union.Args.Items)
                if (IsInstance(obj, item)) return true;
            return false;
        }
        if (CheckHook(cls, "__instancecheck__", obj) is { } answer) return answer;
        return RealIsInstance(obj, cls);
    }

    /// <summary>object_isinstance: the type along the MRO, or an object's <c>__class__</c> that differs from its type.</summary>
    public static bool RealIsInstance(PyObject obj, PyObject cls)
    {
        if (cls is PyType t)
        {
            if (obj.Type.IsSubtypeOf(t)) return true;
            // object_isinstance: fall back to __class__ (a proxy reports its referent's class).
            var icls = LookupAttr(obj, PyStr.Intern("__class__"));
            try
            {
                return icls is PyType ic && !ReferenceEquals(ic, obj.Type) && ic.IsSubtypeOf(t);
            }
            finally
            {
                Memory.RefCounts.XDecRef(icls);
            }
        }
        throw Errors.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /// <summary>PyObject_IsSubclass (object_issubclass): tuples and unions, then the class's <c>__subclasscheck__</c>.</summary>
    public static bool IsSubclass(PyObject derived, PyObject cls)
    {
        if (cls is PyType { Type: var meta } && ReferenceEquals(meta, Types.Type))
            return ReferenceEquals(derived, cls) || RealIsSubclass(derived, cls);
        if (cls is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
                if (IsSubclass(derived, item)) return true;
            return false;
        }
        if (cls is PyUnionType union)
        {
            foreach (var item in union.Args.Items)
                if (IsSubclass(derived, item)) return true;
            return false;
        }
        if (CheckHook(cls, "__subclasscheck__", derived) is { } answer) return answer;
        return RealIsSubclass(derived, cls);
    }

    /// <summary>recursive_issubclass: both must be classes.</summary>
    public static bool RealIsSubclass(PyObject derived, PyObject cls)
    {
        if (cls is PyType t) return derived is PyType d ? d.IsSubtypeOf(t) : throw Errors.TypeError("issubclass() arg 1 must be a class");
        throw Errors.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /// <summary>PyObject_IsInstance / IsSubclass: the second argument's type's hook (_PyObject_LookupSpecial), if any.</summary>
    private static bool? CheckHook(PyObject cls, string hook, PyObject subject)
    {
        // _PyObject_LookupSpecial: the hook is looked up on the type, not through the object's own __getattr__.
        if (cls.Type.Lookup(PyStr.Intern(hook)) is not { } descr) return null;
        PyObject result;
        RefCounts.IncRef(descr);
        try
        {
            using (Heap.Current.Hold(descr)) result = Interpreter.Current.CallObject(descr, [cls, subject]);
        }
        finally
        {
            RefCounts.DecRef(descr);
        }
        try
        {
            return IsTrue(result);
        }
        finally
        {
            RefCounts.DecRef(result);
        }
    }
}
