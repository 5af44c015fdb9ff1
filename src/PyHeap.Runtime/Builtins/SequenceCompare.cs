using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Lexicographic comparison of lists and tuples (list_richcompare / tuplerichcompare).</summary>
public static class SequenceCompare
{
    public static PyObject Compare(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op)
    {
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && a.Length != b.Length) return PyBool.From(op == CompareOp.Ne);
        var i = 0;
        var aa = a.ToArray();
        var bb = b.ToArray();
        for (; i < aa.Length && i < bb.Length; i++)
            if (!Abstract.RichCompareBool(aa[i], bb[i], CompareOp.Eq)) break;
        if (i >= aa.Length || i >= bb.Length)
        {
            var c = aa.Length.CompareTo(bb.Length);
            return PyBool.From(op switch
            {
                CompareOp.Lt => c < 0,
                CompareOp.Le => c <= 0,
                CompareOp.Eq => c == 0,
                CompareOp.Ne => c != 0,
                CompareOp.Gt => c > 0,
                _ => c >= 0,
            });
        }
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Abstract.RichCompare(aa[i], bb[i], op);
    }
}
