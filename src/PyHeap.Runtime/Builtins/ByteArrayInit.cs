using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>Models Objects/bytearrayobject.c: bytearray___init___impl (tp_init; tp_new is PyType_GenericNew).</summary>
public static class ByteArrayInit
{
    private static readonly string[] Names = ["source", "encoding", "errors"];

    internal static PyObject Init(PyObject selfObj, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var self = (PyByteArray)selfObj;
        var a = ClinicArgs.Parse("bytearray", args, kwnames, Names, 0);
        var arg = a[0];
        var encoding = a[1] is null ? null : StrArgs.Str(a[1]!, "bytearray() argument 'encoding' must be str");
        var errors = a[2] is null ? null : StrArgs.Str(a[2]!, "bytearray() argument 'errors' must be str");
        if (self.Count != 0) self.Resize(0);
        if (arg is null)
        {
            if (encoding is not null || errors is not null)
                throw Errors.TypeError(encoding is not null ? "encoding without a string argument" : "errors without a string argument");
            return PyNone.None;
        }
        if (arg is PyStr s)
        {
            if (encoding is null) throw Errors.TypeError("string argument without an encoding");
            // PyUnicode_AsEncodedString makes a bytes object, then bytearray_iconcat appends it.
            var encoded = PyBytes.From(TextCodecs.Encode(s.Value, encoding, errors ?? "strict"));
            try
            {
                RefCounts.DecRef(Types.ByteArray.SeqInPlaceConcat!(self, encoded));
            }
            finally
            {
                RefCounts.DecRef(encoded);
            }
            return PyNone.None;
        }
        if (encoding is not null || errors is not null)
            throw Errors.TypeError(encoding is not null ? "encoding without a string argument" : "errors without a string argument");
        if (IndexArgs.IsIndex(arg))
        {
            var count = IndexArgs.AsSsize(arg);
            if (count < 0) throw Errors.ValueError("negative count");
            if (count > 0)
            {
                self.Resize(count);
                self.Data.Clear();
            }
            return PyNone.None;
        }
        if (BytesLike.TryBuffer(arg) is { } buffer)
        {
            self.Resize(buffer.Length);
            buffer.CopyTo(self.Data);
            return PyNone.None;
        }
        if (arg.Type == Types.List || arg.Type == Types.Tuple)
        {
            // The fast path for an exact list or tuple of exact ints: sized at once.
            var items = arg is PyList l ? l.Items.ToArray() : ((PyTuple)arg).Items.ToArray();
            var fast = true;
            self.Resize(items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i].Type != Types.Int)
                {
                    if (self.Count != 0) self.Resize(0);
                    fast = false;
                    break;
                }
                self.Set(i, ByteValue(items[i]));
            }
            if (fast) return PyNone.None;
        }
        if (arg.Type.Iter is null && arg.Type.GetItem is null)
            throw Errors.TypeError($"cannot convert '{arg.Type.Name}' object to bytearray");
        var it = Abstract.GetIter(arg);
        try
        {
            using var held = Heap.Current.Hold(it);
            while (Abstract.IterNext(it) is { } item)
            {
                byte value;
                try
                {
                    value = ByteValue(item);
                }
                finally
                {
                    RefCounts.DecRef(item);
                }
                // Appends within the allocation only bump the size; otherwise PyByteArray_Resize.
                if (self.Count + 1 < self.Allocated) self.SetCount(self.Count + 1);
                else self.Resize(self.Count + 1);
                self.Set(self.Count - 1, value);
            }
        }
        finally
        {
            RefCounts.DecRef(it);
        }
        return PyNone.None;
    }

    /// <summary>_getbytevalue: an int (via __index__) in range(256).</summary>
    internal static byte ByteValue(PyObject o)
    {
        var i = Abstract.Index(o);
        try
        {
            if (i.IsBig || i.Value is < 0 or > 255) throw Errors.ValueError("byte must be in range(0, 256)");
            return (byte)i.Value;
        }
        finally
        {
            RefCounts.DecRef(i);
        }
    }
}
