using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

public static partial class Abstract
{
    private static readonly string[] OperatorSymbols = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];

    /// <summary>The operator text of a BINARY_OP argument ("+", "+=" …) for error messages.</summary>
    public static string OperatorSymbol(int op) => op < 13 ? OperatorSymbols[op] : OperatorSymbols[op - 13] + "=";

    /// <summary>BINARY_OP: arguments 0–12 are binary operators, 13–25 their in-place forms.</summary>
    public static PyObject BinaryOp(PyObject v, PyObject w, int op)
    {
        if (op >= 13)
        {
            // PyNumber_InPlace*: the in-place slot, then binary_op1, then the sequence forms.
            var nb = op - 13;
            if (v.Type.InPlaceSlots[nb] is { } inplace)
            {
                var x = inplace(v, w);
                if (!ReferenceEquals(x, PySingleton.NotImplemented)) return x;
            }
            var res = BinaryOp1(v, w, nb);
            if (!ReferenceEquals(res, PySingleton.NotImplemented)) return res;
            if (nb == 0 && (v.Type.SeqInPlaceConcat ?? v.Type.SeqConcat) is { } iconcat) return iconcat(v, w);
            if (nb == 5 && (v.Type.SeqInPlaceRepeat ?? v.Type.SeqRepeat) is { } irepeat) return irepeat(v, w);
            return SequenceFallback(v, w, nb, op);
        }
        var r = BinaryOp1(v, w, op);
        if (!ReferenceEquals(r, PySingleton.NotImplemented)) return r;
        return SequenceFallback(v, w, op, op);
    }

    private static PyObject SequenceFallback(PyObject v, PyObject w, int nb, int op)
    {
        if (nb == 0 && op < 13 && v.Type.SeqConcat is { } concat) return concat(v, w);
        if (nb == 5 && op < 13)
        {
            if (v.Type.SeqRepeat is { } repeat) return repeat(v, w);
            if (w.Type.SeqRepeat is { } wrepeat) return wrepeat(w, v);
        }
        if (nb == 5 && op >= 13 && w.Type.SeqRepeat is { } wrepeat2) return wrepeat2(w, v);
        if (nb == 8)
            throw Errors.TypeError($"unsupported operand type(s) for {(op >= 13 ? "**=" : "** or pow()")}: '{v.Type.Name}' and '{w.Type.Name}'");
        throw Errors.TypeError($"unsupported operand type(s) for {OperatorSymbol(op)}: '{v.Type.Name}' and '{w.Type.Name}'");
    }

    /// <summary>Models Objects/abstract.c: binary_op1 — the left operand's slot, or the right one's first if its type is a subclass.</summary>
    private static PyObject BinaryOp1(PyObject v, PyObject w, int nb)
    {
        var slotv = v.Type.NumberSlots[nb];
        BinaryFunc? slotw = null;
        if (!ReferenceEquals(w.Type, v.Type))
        {
            slotw = w.Type.NumberSlots[nb];
            if (slotw == slotv) slotw = null;
        }
        if (slotv is not null)
        {
            if (slotw is not null && w.Type.IsSubtypeOf(v.Type))
            {
                var x = slotw(v, w);
                if (!ReferenceEquals(x, PySingleton.NotImplemented)) return x;
                slotw = null;
            }
            var y = slotv(v, w);
            if (!ReferenceEquals(y, PySingleton.NotImplemented)) return y;
        }
        if (slotw is not null) return slotw(v, w);
        return PySingleton.NotImplemented;
    }

    /// <summary>pow(v, w, z) with a modulus.</summary>
    public static PyObject Power(PyObject v, PyObject w, PyObject z)
    {
        if (ReferenceEquals(z, PyNone.None)) return BinaryOp(v, w, 8);
        var slot = v.Type.Power ?? throw Errors.TypeError($"unsupported operand type(s) for ** or pow(): '{v.Type.Name}', '{w.Type.Name}', '{z.Type.Name}'");
        var r = slot(v, w, z);
        if (ReferenceEquals(r, PySingleton.NotImplemented))
            throw Errors.TypeError($"unsupported operand type(s) for ** or pow(): '{v.Type.Name}', '{w.Type.Name}', '{z.Type.Name}'");
        return r;
    }

    public static PyObject Negative(PyObject v) =>
        (v.Type.Negative ?? throw Errors.TypeError($"bad operand type for unary -: '{v.Type.Name}'"))(v);

    public static PyObject Positive(PyObject v) =>
        (v.Type.Positive ?? throw Errors.TypeError($"bad operand type for unary +: '{v.Type.Name}'"))(v);

    public static PyObject Invert(PyObject v) =>
        (v.Type.Invert ?? throw Errors.TypeError($"bad operand type for unary ~: '{v.Type.Name}'"))(v);

    public static PyObject Absolute(PyObject v) =>
        (v.Type.Absolute ?? throw Errors.TypeError($"bad operand type for abs(): '{v.Type.Name}'"))(v);

    /// <summary>PyNumber_Index: an int for an object with __index__ (new reference).</summary>
    public static PyInt Index(PyObject v)
    {
        if (v is PyInt i)
        {
            Memory.RefCounts.IncRef(i);
            return i;
        }
        var slot = v.Type.Index ?? throw Errors.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer");
        var r = slot(v);
        if (r is PyInt ri) return ri;
        Memory.RefCounts.DecRef(r);
        throw Errors.TypeError($"__index__ returned non-int (type {r.Type.Name})");
    }

    /// <summary>PyNumber_AsSsize_t: an index that fits a C ssize_t (OverflowError otherwise).</summary>
    public static long AsIndex(PyObject v, string? overflowMessage = null)
    {
        var i = Index(v);
        try
        {
            if (i.IsBig) throw Errors.New(ExceptionTypes.IndexError, overflowMessage ?? $"cannot fit 'int' into an index-sized integer");
            return i.Value;
        }
        finally
        {
            Memory.RefCounts.DecRef(i);
        }
    }
}
