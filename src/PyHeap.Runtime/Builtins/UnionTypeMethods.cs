using System.Text;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>types.UnionType's slots (Objects/unionobject.c) and the <c>|</c> of classes that makes one (type_or).</summary>
public static class UnionTypeMethods
{
    public static void Install()
    {
        var t = PyUnionType.UnionType;
        t.Repr = self => PyStr.From(Repr((PyUnionType)self));
        t.RichCompare = RichCompare;
        t.Hash = Hash;
        t.NumberSlots[7] = Or;
        Types.Type.NumberSlots[7] = Or;
        TypeDicts.AddGetSet(t, "__args__", self => RefCounts.NewRef<PyObject>(((PyUnionType)self).Args));
        TypeDicts.AddGetSet(t, "__parameters__", self =>
        {
            var union = (PyUnionType)self;
            return RefCounts.NewRef<PyObject>(union.Parameters ??= GenericAliasType.MakeParameters(union.Args));
        });
        TypeDicts.AddMethod(t, "__instancecheck__", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("__instancecheck__", args, kw);
            return PyBool.From(Abstract.IsInstance(args[0], self));
        });
        TypeDicts.AddMethod(t, "__subclasscheck__", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("__subclasscheck__", args, kw);
            return PyBool.From(Abstract.IsSubclass(args[0], self));
        });
    }

    /// <summary>is_unionable: None, classes, generic aliases and unions.</summary>
    private static bool IsUnionable(PyObject o) => o is PyNone or PyType or PyGenericAlias or PyUnionType;

    /// <summary>_Py_union_type_or: flattens both sides, drops duplicates; a single survivor is returned itself.</summary>
    public static PyObject Or(PyObject self, PyObject other)
    {
        if (!IsUnionable(self) || !IsUnionable(other)) return PySingleton.NotImplemented;
        var items = new List<PyObject>();
        foreach (var side in new[] { self, other })
        {
            var parts = side is PyUnionType u ? u.Args.Items : [side is PyNone ? Types.NoneType : side];
            foreach (var part in parts)
            {
                var duplicate = false;
                foreach (var seen in items)
                {
                    duplicate = part is PyType && seen is PyType ? ReferenceEquals(part, seen) : Abstract.RichCompareBool(part, seen, CompareOp.Eq);
                    if (duplicate) break;
                }
                if (!duplicate) items.Add(part);
            }
        }
        if (items.Count == 1) return RefCounts.NewRef(items[0]);
        return PyUnionType.Steal(PyTuple.FromBorrowed(items.ToArray()));
    }

    /// <summary>union_repr: the arguments joined by " | ", NoneType shown as None.</summary>
    private static string Repr(PyUnionType union)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < union.Args.Count; i++)
        {
            if (i > 0) sb.Append(" | ");
            var arg = union.Args.Items[i];
            if (ReferenceEquals(arg, Types.NoneType)) sb.Append("None");
            else GenericAliasType.ReprItem(sb, arg);
        }
        return sb.ToString();
    }

    /// <summary>union_richcompare: equal when the argument sets are equal (order does not matter).</summary>
    private static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyUnionType x || b is not PyUnionType y || (op != CompareOp.Eq && op != CompareOp.Ne))
            return PySingleton.NotImplemented;
        var ax = Frozen(x);
        try
        {
            var by = Frozen(y);
            try
            {
                var eq = Abstract.RichCompareBool(ax, by, CompareOp.Eq);
                return PyBool.From(eq == (op == CompareOp.Eq));
            }
            finally
            {
                RefCounts.DecRef(by);
            }
        }
        finally
        {
            RefCounts.DecRef(ax);
        }
    }

    /// <summary>union_hash: hash(frozenset(args)).</summary>
    private static long Hash(PyObject self)
    {
        var set = Frozen((PyUnionType)self);
        try
        {
            return Abstract.Hash(set);
        }
        finally
        {
            RefCounts.DecRef(set);
        }
    }

    private static PyObject Frozen(PyUnionType union) =>
        PySet.FromItemsSteal(Types.FrozenSet, union.Args.Items.Select(RefCounts.NewRef).ToArray());
}
