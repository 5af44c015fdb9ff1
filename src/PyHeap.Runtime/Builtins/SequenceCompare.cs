using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Lexicographic comparison of lists and tuples (list_richcompare / tuplerichcompare).</summary>
public static class SequenceCompare
{
    /// <summary>Models Objects/listobject.c: list_richcompare (sizes re-read each step: comparisons may mutate).</summary>
    public static PyObject CompareLists(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyList vl || w is not PyList wl) return PySingleton.NotImplemented;
        if (vl.Count != wl.Count && op is CompareOp.Eq or CompareOp.Ne) return PyBool.From(op == CompareOp.Ne);
        var i = 0;
        for (; i < vl.Count && i < wl.Count; i++)
        {
            var vi = vl[i];
            var wi = wl[i];
            if (ReferenceEquals(vi, wi)) continue;
            RefCounts.IncRef(vi);
            RefCounts.IncRef(wi);
            bool k;
            try
            {
                k = Abstract.RichCompareBool(vi, wi, CompareOp.Eq);
            }
            finally
            {
                RefCounts.DecRef(vi);
                RefCounts.DecRef(wi);
            }
            if (!k) break;
        }
        if (i >= vl.Count || i >= wl.Count) return CompareSizes(vl.Count, wl.Count, op);
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Abstract.RichCompare(vl[i], wl[i], op);
    }

    /// <summary>Models Objects/tupleobject.c: tuplerichcompare (no length shortcut for == in 3.11).</summary>
    public static PyObject CompareTuples(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyTuple vt || w is not PyTuple wt) return PySingleton.NotImplemented;
        var a = vt.Items;
        var b = wt.Items;
        var i = 0;
        for (; i < a.Length && i < b.Length; i++)
            if (!Abstract.RichCompareBool(a[i], b[i], CompareOp.Eq)) break;
        if (i >= a.Length || i >= b.Length) return CompareSizes(a.Length, b.Length, op);
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Abstract.RichCompare(a[i], b[i], op);
    }

    /// <summary>Py_RETURN_RICHCOMPARE on two lengths.</summary>
    public static PyObject CompareSizes(long a, long b, CompareOp op) => PyBool.From(op switch
    {
        CompareOp.Lt => a < b,
        CompareOp.Le => a <= b,
        CompareOp.Eq => a == b,
        CompareOp.Ne => a != b,
        CompareOp.Gt => a > b,
        _ => a >= b,
    });

    /// <summary>Kept for callers comparing two item spans (snapshot semantics).</summary>
    public static PyObject Compare(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op)
    {
        if (op is CompareOp.Eq or CompareOp.Ne && a.Length != b.Length) return PyBool.From(op == CompareOp.Ne);
        var aa = a.ToArray();
        var bb = b.ToArray();
        var i = 0;
        for (; i < aa.Length && i < bb.Length; i++)
            if (!Abstract.RichCompareBool(aa[i], bb[i], CompareOp.Eq)) break;
        if (i >= aa.Length || i >= bb.Length) return CompareSizes(aa.Length, bb.Length, op);
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Abstract.RichCompare(aa[i], bb[i], op);
    }
}
