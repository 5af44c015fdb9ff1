using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>The methods of set and frozenset (Objects/setobject.c: set_methods, frozenset_methods).</summary>
internal static class SetMethods
{
    public static void Install()
    {
        var set = Types.Set;
        var frozen = Types.FrozenSet;
        foreach (var t in new[] { set, frozen })
        {
            var n = t.Name;
            Add(t, "__contains__", (self, args, kw) =>
            {
                NativeArgs.ExactlyOne($"{n}.__contains__", args, kw);
                return PyBool.From(SetOps.Contains((PySet)self, args[0]));
            });
            Add(t, "difference", (self, args, kw) =>
            {
                NativeArgs.NoKeywords("difference", kw);
                return SetOps.DifferenceMulti((PySet)self, args);
            });
            Add(t, "intersection", (self, args, kw) =>
            {
                NativeArgs.NoKeywords("intersection", kw);
                return SetOps.IntersectionMulti((PySet)self, args);
            });
            Add(t, "union", (self, args, kw) =>
            {
                NativeArgs.NoKeywords("union", kw);
                return SetOps.Union((PySet)self, args);
            });
            Add(t, "isdisjoint", (self, args, kw) =>
            {
                NativeArgs.ExactlyOne($"{n}.isdisjoint", args, kw);
                return PyBool.From(SetOps.IsDisjoint((PySet)self, args[0]));
            });
            Add(t, "issubset", (self, args, kw) =>
            {
                NativeArgs.ExactlyOne($"{n}.issubset", args, kw);
                return PyBool.From(SetOps.IsSubset((PySet)self, args[0]));
            });
            Add(t, "issuperset", (self, args, kw) =>
            {
                NativeArgs.ExactlyOne($"{n}.issuperset", args, kw);
                return PyBool.From(SetOps.IsSuperset((PySet)self, args[0]));
            });
            Add(t, "symmetric_difference", (self, args, kw) =>
            {
                NativeArgs.ExactlyOne($"{n}.symmetric_difference", args, kw);
                return SetOps.SymmetricDifference((PySet)self, args[0]);
            });
            Add(t, "__sizeof__", (self, args, kw) =>
            {
                NativeArgs.None($"{n}.__sizeof__", args, kw);
                return PyInt.From(self.SizeOf());
            });
        }
        Add(frozen, "copy", (self, args, kw) =>
        {
            NativeArgs.None("frozenset.copy", args, kw);
            return self.Type == Types.FrozenSet ? RefCounts.NewRef(self) : SetOps.Copy((PySet)self);
        });
        Add(set, "copy", (self, args, kw) =>
        {
            NativeArgs.None("set.copy", args, kw);
            return SetOps.Copy((PySet)self);
        });
        Add(set, "add", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("set.add", args, kw);
            ((PySet)self).Add(args[0]);
            return PyNone.None;
        });
        Add(set, "clear", (self, args, kw) =>
        {
            NativeArgs.None("set.clear", args, kw);
            ((PySet)self).Clear();
            return PyNone.None;
        });
        Add(set, "discard", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("set.discard", args, kw);
            SetOps.Discard((PySet)self, args[0]);
            return PyNone.None;
        });
        Add(set, "remove", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("set.remove", args, kw);
            SetOps.Remove((PySet)self, args[0]);
            return PyNone.None;
        });
        Add(set, "pop", (self, args, kw) =>
        {
            NativeArgs.None("set.pop", args, kw);
            return ((PySet)self).Pop();
        });
        Add(set, "update", (self, args, kw) =>
        {
            NativeArgs.NoKeywords("update", kw);
            foreach (var other in args) ((PySet)self).UpdateFrom(other);
            return PyNone.None;
        });
        Add(set, "intersection_update", (self, args, kw) =>
        {
            NativeArgs.NoKeywords("intersection_update", kw);
            SetOps.IntersectionUpdate((PySet)self, args);
            return PyNone.None;
        });
        Add(set, "difference_update", (self, args, kw) =>
        {
            NativeArgs.NoKeywords("difference_update", kw);
            foreach (var other in args) SetOps.DifferenceUpdateInternal((PySet)self, other);
            return PyNone.None;
        });
        Add(set, "symmetric_difference_update", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("set.symmetric_difference_update", args, kw);
            SetOps.SymmetricDifferenceUpdate((PySet)self, args[0]);
            return PyNone.None;
        });
    }

    private static void Add(PyType t, string name, NativeFunction f) => TypeDicts.AddMethod(t, name, f);
}
