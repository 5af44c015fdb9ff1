using System.Text;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>dict (Objects/dictobject.c).</summary>
public static class DictType
{
    public static void Install()
    {
        var t = Types.Dict;
        t.Length = self => ((PyDict)self).Count;
        t.Hash = ObjectMethods.HashNotImplemented;
        t.Repr = self =>
        {
            var d = (PyDict)self;
            if (d.Count == 0) return PyStr.From("{}");
            var sb = new StringBuilder("{");
            var first = true;
            foreach (var (k, v) in d.Pairs().ToList())
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Abstract.ReprString(k)).Append(": ").Append(Abstract.ReprString(v));
            }
            sb.Append('}');
            return PyStr.From(sb.ToString());
        };
        t.GetItem = (self, key) =>
        {
            var v = ((PyDict)self).GetItemOrNull(key) ?? throw Errors.KeyError(key);
            return RefCounts.NewRef(v);
        };
        t.SetItem = (self, key, value) =>
        {
            var d = (PyDict)self;
            if (value is null)
            {
                if (!d.DelItem(key)) throw Errors.KeyError(key);
            }
            else
            {
                d.SetItem(key, value);
            }
        };
        t.Contains = (self, key) => ((PyDict)self).ContainsKey(key);
        t.Iter = self => PyList.FromBorrowed(((PyDict)self).Pairs().Select(p => p.Key).ToArray()) is var keys
            ? IterateAndRelease(keys)
            : null!;
        t.New = (type, args, kw) =>
        {
            var d = PyDict.New();
            var (pos, named) = NativeArgs.Split(args, kw);
            if (pos.Length > 1) throw Errors.TypeError($"dict expected at most 1 argument, got {pos.Length}");
            if (pos.Length == 1) DictOps.Update(d, pos[0]);
            foreach (var (k, v) in named) d.SetItem(k, v);
            return d;
        };
        TypeDicts.AddMethod(t, "get", (self, args, kw) =>
        {
            NativeArgs.Range("get", args, kw, 1, 2);
            var v = ((PyDict)self).GetItemOrNull(args[0]) ?? (args.Length > 1 ? args[1] : PyNone.None);
            return RefCounts.NewRef(v);
        });
    }

    private static PyObject IterateAndRelease(PyList keys)
    {
        var it = SequenceIterator.New(keys);
        RefCounts.DecRef(keys);
        return it;
    }
}
