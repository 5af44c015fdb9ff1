using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>bytes (Objects/bytesobject.c): the type's slots and constructor; methods live in BytesMethods.</summary>
public static class BytesType
{
    public static void Install()
    {
        var t = Types.Bytes;
        t.Repr = self => PyStr.From(StrRepr.BytesRepr(((PyBytes)self).Value));
        t.Str = t.Repr; // bytes_str: the repr (a subclass's __repr__ does not change str())
        t.Hash = self => ((PyBytes)self).Hash;
        // bytes_str (tp_str) is the repr (it only warns under -b); str() already falls back to it, so only the wrapper is shown.
        SlotWrappers.Add(t, "__str__", (self, args, kw) => { SlotWrappers.CheckArgs(args, 0); return t.Repr!(self); });
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
        t.Contains = (self, item) => BytesMethods.IndexOf(((PyBytes)self).Value, item, "contains") >= 0;
        t.SeqConcat = (a, b) =>
        {
            // bytes_concat takes any buffer on the right (a bytearray too); the result is bytes.
            var right = BytesLike.TryBuffer(b) ?? throw Errors.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}");
            var x = (PyBytes)a;
            // bytes_concat returns an operand itself only when it is an exact bytes.
            if (right.Length == 0 && x.Type == Types.Bytes) return RefCounts.NewRef<PyObject>(x);
            if (x.Value.Length == 0 && b.Type == Types.Bytes) return RefCounts.NewRef(b);
            return PyBytes.From([.. x.Value, .. right]);
        };
        t.SeqRepeat = (a, n) =>
        {
            if (n.Type.Index is null && n is not PyInt) throw Errors.TypeError($"can't multiply sequence by non-int of type '{n.Type.Name}'");
            var count = Abstract.AsIndex(n, "cannot fit 'int' into an index-sized integer");
            var b = ((PyBytes)a).Value;
            if (count <= 0 || b.Length == 0) return PyBytes.Empty;
            if (count == 1 && a.Type == Types.Bytes) return RefCounts.NewRef(a);
            if (count > int.MaxValue / b.Length) throw Errors.OverflowError("repeated bytes are too long");
            var result = new byte[b.Length * count];
            for (var i = 0; i < count; i++) b.CopyTo(result, i * b.Length);
            return PyBytes.From(result);
        };
        t.GetItem = GetItem;
        t.Iter = BytesIterator.New;
        t.New = New;
        t.NumberSlots[6] = (a, b) => a is PyBytes f ? BytesPercent.Format(f, b) : PySingleton.NotImplemented;
        BytesIterator.InstallMethods();
        BytesMethods.Install(t);
        BytesTextMethods.Install(t);
        ContainerDunders.AddNew(t, genericNew: false);
    }

    /// <summary>Models bytes_subscript.</summary>
    private static PyObject GetItem(PyObject self, PyObject key)
    {
        var b = ((PyBytes)self).Value;
        if (key is PySlice slice)
        {
            var (start, _, step, len) = slice.Indices(b.Length);
            if (len <= 0) return PyBytes.Empty;
            if (start == 0 && step == 1 && len == b.Length && self.Type == Types.Bytes) return RefCounts.NewRef(self);
            var result = new byte[len];
            for (long i = 0, j = start; i < len; i++, j += step) result[i] = b[j];
            return PyBytes.From(result);
        }
        if (key is not PyInt && key.Type.Index is null)
            throw Errors.TypeError($"byte indices must be integers or slices, not {key.Type.Name}");
        var index = Abstract.NormalizeIndex(Abstract.AsIndex(key), b.Length);
        if (index < 0 || index >= b.Length) throw Errors.IndexError("index out of range");
        return PyInt.From(b[index]);
    }

    /// <summary>Models bytes_new_impl, ending with bytes_subtype_new for a subclass (Py_SETREF: the copy, then the exact one released).</summary>
    private static PyObject New(PyObject type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var exact = NewExact(args, kwnames);
        if (ReferenceEquals(type, Types.Bytes)) return exact;
        try
        {
            return PyBytes.NewSubtype((PyType)type, (PyBytes)exact);
        }
        finally
        {
            RefCounts.DecRef(exact);
        }
    }

    /// <summary>Models bytes_new_impl: bytes(), bytes(n), bytes(str, encoding[, errors]), bytes(iterable of ints).</summary>
    private static PyObject NewExact(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = StrArgs.Parse("bytes", args, kwnames, 0, "source", "encoding", "errors");
        var source = a[0];
        if (a[1] is not null || a[2] is not null)
        {
            if (source is not PyStr s)
            {
                if (source is null && a[1] is null) throw Errors.TypeError("errors without a string argument");
                throw Errors.TypeError(a[1] is null ? "errors without a string argument" : "encoding without a string argument");
            }
            if (a[1] is null) throw Errors.TypeError("string argument without an encoding");
            var encoding = StrArgs.Str(a[1]!, "bytes() argument 'encoding' must be str");
            var errors = a[2] is null ? "strict" : StrArgs.Str(a[2]!, "bytes() argument 'errors' must be str");
            return PyBytes.From(TextCodecs.Encode(s.Value, encoding, errors));
        }
        switch (source)
        {
            case null:
                return PyBytes.Empty;
            case PyBytes b when ReferenceEquals(b.Type, Types.Bytes):
                return RefCounts.NewRef<PyObject>(b);
            case PyBytes b:
                return PyBytes.From(b.Value); // PyBytes_FromObject copies a subclass instance
            case PyStr:
                throw Errors.TypeError("string argument without an encoding");
            case PyByteArray ba:
                return PyBytes.From(ba.ToArray()); // the buffer protocol
        }
        if (source is PyInt || source.Type.Index is not null)
        {
            var n = Abstract.AsIndex(source, "cannot fit 'int' into an index-sized integer");
            if (n < 0) throw Errors.ValueError("negative count");
            return PyBytes.From(new byte[n]);
        }
        if (source.Type.Iter is null && source.Type.GetItem is null)
            throw Errors.TypeError($"cannot convert '{source.Type.Name}' object to bytes");
        var items = Abstract.ToList(source);
        try
        {
            var result = new byte[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                var v = Abstract.AsIndex(items[i]);
                if (v is < 0 or > 255) throw Errors.ValueError("bytes must be in range(0, 256)");
                result[i] = (byte)v;
            }
            return PyBytes.From(result);
        }
        finally
        {
            foreach (var o in items) RefCounts.DecRef(o);
        }
    }
}
