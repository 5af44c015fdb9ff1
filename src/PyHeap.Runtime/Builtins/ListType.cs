using System.Text;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>list (Objects/listobject.c).</summary>
public static class ListType
{
    public static void Install()
    {
        var t = Types.List;
        t.Length = self => ((PyList)self).Count;
        t.Repr = self =>
        {
            var list = (PyList)self;
            if (list.Count == 0) return PyStr.From("[]");
            var sb = new StringBuilder("[");
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Abstract.ReprString(list[i]));
            }
            sb.Append(']');
            return PyStr.From(sb.ToString());
        };
        t.GetItem = (self, key) =>
        {
            var list = (PyList)self;
            if (key is PySlice slice)
            {
                var (start, _, step, len) = slice.Indices(list.Count);
                var result = new PyObject[len];
                for (long i = 0, j = start; i < len; i++, j += step) result[i] = list[(int)j];
                return PyList.FromBorrowed(result);
            }
            var index = Abstract.NormalizeIndex(Abstract.AsIndex(key), list.Count);
            if (index < 0 || index >= list.Count) throw Errors.IndexError("list index out of range");
            return RefCounts.NewRef(list[(int)index]);
        };
        t.SetItem = (self, key, value) =>
        {
            var list = (PyList)self;
            var index = Abstract.NormalizeIndex(Abstract.AsIndex(key), list.Count);
            if (index < 0 || index >= list.Count)
                throw Errors.IndexError(value is null ? "list assignment index out of range" : "list assignment index out of range");
            if (value is null) RefCounts.DecRef(list.RemoveAtSteal((int)index));
            else list.SetItem((int)index, value);
        };
        t.Contains = (self, item) => ((PyList)self).Items.ToArray().Any(x => Abstract.RichCompareBool(x, item, CompareOp.Eq));
        t.Iter = SequenceIterator.New;
        t.RichCompare = (a, b, op) => a is PyList x && b is PyList y
            ? SequenceCompare.Compare(x.Items, y.Items, op)
            : PySingleton.NotImplemented;
        t.SeqConcat = (a, b) => b is PyList y
            ? PyList.FromBorrowed([.. ((PyList)a).Items, .. y.Items])
            : throw Errors.TypeError($"can only concatenate list (not \"{b.Type.Name}\") to list");
        t.SeqInPlaceConcat = (a, b) =>
        {
            ListOps.Extend((PyList)a, b);
            return RefCounts.NewRef(a);
        };
        t.Hash = ObjectMethods.HashNotImplemented;
        t.New = (type, args, kw) =>
        {
            NativeArgs.NoKeywords("list", kw);
            if (args.Length > 1) throw Errors.TypeError($"list expected at most 1 argument, got {args.Length}");
            var list = PyList.New();
            if (args.Length == 1) ListOps.Extend(list, args[0]);
            return list;
        };
        TypeDicts.AddMethod(t, "append", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("append", args, kw);
            ((PyList)self).Append(args[0]);
            return PyNone.None;
        });
        TypeDicts.AddMethod(t, "pop", (self, args, kw) =>
        {
            var list = (PyList)self;
            if (list.Count == 0) throw Errors.IndexError("pop from empty list");
            var index = args.Length > 0 ? Abstract.NormalizeIndex(Abstract.AsIndex(args[0]), list.Count) : list.Count - 1;
            if (index < 0 || index >= list.Count) throw Errors.IndexError("pop index out of range");
            return list.RemoveAtSteal((int)index);
        });
    }
}
