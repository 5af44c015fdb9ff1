using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>The mutating methods of bytearray (Objects/bytearrayobject.c): append, extend, insert, pop, remove, …</summary>
public static class ByteArrayMethods
{
    private static readonly string[] InsertNames = ["index", "item"];

    internal static void Install(PyType t)
    {
        TypeDicts.AddMethod(t, "append", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("bytearray.append", args, kw);
            var value = ByteArrayInit.ByteValue(args[0]);
            ((PyByteArray)self).Append(value);
            return PyNone.None;
        });
        TypeDicts.AddMethod(t, "insert", (self, args, kw) =>
        {
            StrArgs.Positional("bytearray", "insert", args, kw, 2, 2);
            var index = IndexArgs.AsSsize(args[0]);
            var item = ByteArrayInit.ByteValue(args[1]);
            var b = (PyByteArray)self;
            var n = b.Count;
            b.Resize(n + 1);
            if (index < 0)
            {
                index += n;
                if (index < 0) index = 0;
            }
            if (index > n) index = n;
            var data = b.Data;
            data.Slice((int)index, n - (int)index).CopyTo(data[((int)index + 1)..]);
            data[(int)index] = item;
            return PyNone.None;
        });
        TypeDicts.AddMethod(t, "pop", (self, args, kw) =>
        {
            StrArgs.Positional("bytearray", "pop", args, kw, 0, 1);
            var index = args.Length > 0 ? IndexArgs.AsSsize(args[0]) : -1;
            var b = (PyByteArray)self;
            var n = b.Count;
            if (n == 0) throw Errors.IndexError("pop from empty bytearray");
            if (index < 0) index += n;
            if (index < 0 || index >= n) throw Errors.IndexError("pop index out of range");
            var data = b.Data;
            var value = data[(int)index];
            data[((int)index + 1)..].CopyTo(data[(int)index..]);
            b.Resize(n - 1);
            return PyInt.From(value);
        });
        TypeDicts.AddMethod(t, "remove", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("bytearray.remove", args, kw);
            var value = ByteArrayInit.ByteValue(args[0]);
            var b = (PyByteArray)self;
            var data = b.Data;
            var where = data.IndexOf(value);
            if (where < 0) throw Errors.ValueError("value not found in bytearray");
            data[(where + 1)..].CopyTo(data[where..]);
            b.Resize(b.Count - 1);
            return PyNone.None;
        });
        TypeDicts.AddMethod(t, "reverse", (self, args, kw) =>
        {
            NativeArgs.None("bytearray.reverse", args, kw);
            ((PyByteArray)self).Data.Reverse();
            return PyNone.None;
        });
        TypeDicts.AddMethod(t, "clear", (self, args, kw) =>
        {
            NativeArgs.None("bytearray.clear", args, kw);
            ((PyByteArray)self).Resize(0);
            return PyNone.None;
        });
        TypeDicts.AddMethod(t, "copy", (self, args, kw) =>
        {
            NativeArgs.None("bytearray.copy", args, kw);
            return PyByteArray.From(((PyByteArray)self).Data);
        });
        TypeDicts.AddMethod(t, "__alloc__", (self, args, kw) =>
        {
            NativeArgs.None("bytearray.__alloc__", args, kw);
            return PyInt.From(((PyByteArray)self).Allocated);
        });
        TypeDicts.AddMethod(t, "__reduce__", (self, args, kw) =>
        {
            NativeArgs.None("bytearray.__reduce__", args, kw);
            return Reduce((PyByteArray)self, 2);
        });
        TypeDicts.AddMethod(t, "__reduce_ex__", (self, args, kw) =>
        {
            StrArgs.Positional("bytearray", "__reduce_ex__", args, kw, 0, 1);
            return Reduce((PyByteArray)self, args.Length > 0 ? IndexArgs.AsSsize(args[0]) : 0);
        });
        TypeDicts.AddMethod(t, "extend", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("bytearray.extend", args, kw);
            Extend((PyByteArray)self, args[0]);
            return PyNone.None;
        });
    }

    /// <summary>
    /// Models bytearray_extend: a buffer goes through bytearray_setslice (a copy first when it is the bytearray
    /// itself); any other iterable fills a temporary bytearray sized by its length hint (32 when unknown), grown by
    /// half as needed, trimmed, then appended.
    /// </summary>
    private static void Extend(PyByteArray self, PyObject iterable)
    {
        if (BytesLike.TryBuffer(iterable) is { } buffer)
        {
            if (ReferenceEquals(iterable, self))
            {
                var copy = PyByteArray.From(buffer);
                try
                {
                    self.SetSliceLinear(self.Count, self.Count, copy.Data);
                }
                finally
                {
                    RefCounts.DecRef(copy);
                }
                return;
            }
            self.SetSliceLinear(self.Count, self.Count, buffer);
            return;
        }
        if (iterable.Type.Iter is null && iterable.Type.GetItem is null)
            throw Errors.TypeError($"can't extend bytearray with {iterable.Type.Name}");
        var it = Abstract.GetIter(iterable);
        PyByteArray? temp = null;
        try
        {
            using var held = Heap.Current.Hold(it);
            var bufSize = LengthHint(iterable, 32);
            temp = PyByteArray.From(new byte[bufSize]);
            var len = 0;
            while (Abstract.IterNext(it) is { } item)
            {
                byte value;
                try
                {
                    value = ByteArrayInit.ByteValue(item);
                }
                finally
                {
                    RefCounts.DecRef(item);
                }
                temp.Set(len++, value);
                if (len >= bufSize)
                {
                    bufSize = len + (len >> 1) + 1;
                    temp.Resize(bufSize);
                }
            }
            temp.Resize(len);
            self.SetSliceLinear(self.Count, self.Count, temp.Data);
        }
        finally
        {
            RefCounts.DecRef(it);
            if (temp is not null) RefCounts.DecRef(temp);
        }
    }

    /// <summary>
    /// Models _common_reduce: (type, (), state) when empty; below protocol 3 the bytes travel as a latin-1 str with
    /// the encoding name, from 3 on as bytes. The state is what __getstate__ returns (None without a dict).
    /// </summary>
    private static PyObject Reduce(PyByteArray self, long proto)
    {
        var state = Interpreter.Current.CallMethod(self, "__getstate__", []);
        PyObject args;
        if (self.Count == 0) args = PyTuple.Steal([]);
        else if (proto < 3)
        {
            var latin1 = string.Create(self.Count, self.ToArray(), static (span, src) =>
            {
                for (var i = 0; i < src.Length; i++) span[i] = (char)src[i];
            });
            args = PyTuple.Steal([PyStr.From(latin1), PyStr.From("latin-1")]);
        }
        else args = PyTuple.Steal([PyBytes.From(self.ToArray())]);
        return PyTuple.Steal([RefCounts.NewRef<PyObject>(self.Type), args, state]);
    }

    /// <summary>Models Objects/abstract.c: PyObject_LengthHint — len() if defined, else __length_hint__, else the default.</summary>
    private static int LengthHint(PyObject o, int defaultValue)
    {
        if (o.Type.Length is not null) return (int)Abstract.Length(o);
        var hint = Abstract.LookupSpecial(o, "__length_hint__");
        if (hint is null) return defaultValue;
        PyObject result;
        try
        {
            result = Interpreter.Current.CallObject(hint, [], null);
        }
        finally
        {
            RefCounts.DecRef(hint);
        }
        try
        {
            if (ReferenceEquals(result, PySingleton.NotImplemented)) return defaultValue;
            if (result is not PyInt)
                throw Errors.TypeError($"'{result.Type.Name}' object cannot be interpreted as an integer");
            var n = IndexArgs.AsSsize(result);
            if (n < 0) throw Errors.ValueError("__length_hint__() should return >= 0");
            return (int)n;
        }
        finally
        {
            RefCounts.DecRef(result);
        }
    }
}
