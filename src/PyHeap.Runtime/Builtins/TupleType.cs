using System.Text;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>tuple (Objects/tupleobject.c).</summary>
public static class TupleType
{
    public static void Install()
    {
        var t = Types.Tuple;
        t.Length = self => ((PyTuple)self).Count;
        t.Repr = self =>
        {
            var items = ((PyTuple)self).Items;
            if (items.Length == 0) return PyStr.From("()");
            var sb = new StringBuilder("(");
            for (var i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Abstract.ReprString(items[i]));
            }
            sb.Append(items.Length == 1 ? ",)" : ")");
            return PyStr.From(sb.ToString());
        };
        t.Hash = self =>
        {
            var items = ((PyTuple)self).Items;
            Span<long> hashes = items.Length <= 64 ? stackalloc long[items.Length] : new long[items.Length];
            for (var i = 0; i < items.Length; i++) hashes[i] = Abstract.Hash(items[i]);
            return Numerics.PyHash.Tuple(hashes);
        };
        t.GetItem = (self, key) =>
        {
            var items = ((PyTuple)self).Items;
            if (key is PySlice slice)
            {
                var (start, _, step, len) = slice.Indices(items.Length);
                var result = new PyObject[len];
                for (long i = 0, j = start; i < len; i++, j += step) result[i] = items[j];
                return PyTuple.FromBorrowed(result);
            }
            var index = Abstract.NormalizeIndex(Abstract.AsIndex(key), items.Length);
            if (index < 0 || index >= items.Length) throw Errors.IndexError("tuple index out of range");
            return RefCounts.NewRef(items[index]);
        };
        t.Contains = (self, item) => ((PyTuple)self).Items.Any(x => Abstract.RichCompareBool(x, item, CompareOp.Eq));
        t.Iter = SequenceIterator.New;
        t.RichCompare = (a, b, op) => a is PyTuple x && b is PyTuple y
            ? SequenceCompare.Compare(x.Items, y.Items, op)
            : PySingleton.NotImplemented;
        t.SeqConcat = (a, b) => b is PyTuple y
            ? PyTuple.FromBorrowed([.. ((PyTuple)a).Items, .. y.Items])
            : throw Errors.TypeError($"can only concatenate tuple (not \"{b.Type.Name}\") to tuple");
        t.New = (type, args, kw) =>
        {
            NativeArgs.NoKeywords("tuple", kw);
            if (args.Length > 1) throw Errors.TypeError($"tuple expected at most 1 argument, got {args.Length}");
            return args.Length == 0 ? PyTuple.Empty : Abstract.SequenceTuple(args[0]);
        };
    }
}
