using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>bytes (Objects/bytesobject.c).</summary>
public static class BytesType
{
    public static void Install()
    {
        var t = Types.Bytes;
        t.Repr = self => PyStr.From(TextEscapes.BytesRepr(((PyBytes)self).Value));
        t.Hash = self => ((PyBytes)self).Hash;
        t.Length = self => ((PyBytes)self).Value.Length;
        t.RichCompare = (a, b, op) =>
        {
            if (a is not PyBytes x || b is not PyBytes y) return PySingleton.NotImplemented;
            var c = x.Value.AsSpan().SequenceCompareTo(y.Value);
            return PyBool.From(op switch
            {
                CompareOp.Lt => c < 0,
                CompareOp.Le => c <= 0,
                CompareOp.Eq => c == 0,
                CompareOp.Ne => c != 0,
                CompareOp.Gt => c > 0,
                _ => c >= 0,
            });
        };
        t.GetItem = (self, key) =>
        {
            var b = ((PyBytes)self).Value;
            var index = Abstract.NormalizeIndex(Abstract.AsIndex(key), b.Length);
            if (index < 0 || index >= b.Length) throw Errors.IndexError("index out of range");
            return PyInt.From(b[index]);
        };
        t.Iter = SequenceIterator.New;
    }
}
