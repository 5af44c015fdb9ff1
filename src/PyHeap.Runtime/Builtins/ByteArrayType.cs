using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>bytearray (Objects/bytearrayobject.c): the type's slots and constructor; mutations live in ByteArrayMethods.</summary>
public static class ByteArrayType
{
    public static void Install()
    {
        var t = Types.ByteArray;
        // bytearray_repr: the class name of the object (a subclass shows its own), around the bytes repr.
        t.Repr = self => PyStr.From($"{self.Type.Name}({StrRepr.ByteArrayRepr(((PyByteArray)self).Data)})");
        t.Str = t.Repr;
        t.Hash = ObjectMethods.HashNotImplemented;
        t.Length = self => ((PyByteArray)self).Count;
        t.RichCompare = RichCompare;
        t.Contains = (self, item) => BytesMethods.IndexOf(((PyByteArray)self).ToArray(), item, "contains") >= 0;
        t.SeqConcat = (a, b) => PyByteArray.From([.. Concatenable(a, b, a), .. Concatenable(b, b, a)]);
        t.SeqRepeat = (a, n) =>
        {
            var count = ListType.RepeatCount(n);
            return PyByteArray.From(Repeat(((PyByteArray)a).Data, count));
        };
        t.SeqInPlaceConcat = (a, b) =>
        {
            var self = (PyByteArray)a;
            var data = Concatenable(b, b, a);
            var size = self.Count;
            self.Resize((long)size + data.Length);
            data.CopyTo(self.Data[size..]);
            return RefCounts.NewRef(a);
        };
        t.SeqInPlaceRepeat = (a, n) =>
        {
            var self = (PyByteArray)a;
            var count = ListType.RepeatCount(n);
            var repeated = Repeat(self.Data, count);
            self.Resize(repeated.Length);
            repeated.CopyTo(self.Data);
            return RefCounts.NewRef(a);
        };
        t.GetItem = ByteArraySubscript.GetItem;
        t.SetItem = ByteArraySubscript.SetItem;
        t.Iter = ByteArrayIterator.New;
        t.New = (type, args, kw) => PyByteArray.NewGeneric((PyType)type);
        t.Init = ByteArrayInit.Init;
        t.NumberSlots[6] = (a, b) => a is PyByteArray f ? BytesPercent.Format(f.ToArray(), b, byteArray: true) : PySingleton.NotImplemented;
        ByteArrayIterator.InstallMethods();
        BytesMethods.Install(t);
        BytesTextMethods.Install(t);
        ByteArrayMethods.Install(t);
        ContainerDunders.Install(t);
        ContainerDunders.AddNew(t, genericNew: true);
    }

    /// <summary>PyObject_GetBuffer of a concatenation operand, with PyByteArray_Concat's "can't concat" message.</summary>
    private static byte[] Concatenable(PyObject o, PyObject right, PyObject left) =>
        BytesLike.TryBuffer(o) ?? throw Errors.TypeError($"can't concat {right.Type.Name} to {left.Type.Name}");

    private static byte[] Repeat(ReadOnlySpan<byte> data, long count)
    {
        if (count <= 0 || data.Length == 0) return [];
        if (count > (int.MaxValue - 64) / data.Length) throw Errors.New(ExceptionTypes.MemoryError, "");
        var result = new byte[data.Length * count];
        for (var i = 0; i < count; i++) data.CopyTo(result.AsSpan(i * data.Length));
        return result;
    }

    /// <summary>bytearray_richcompare: any two buffers compare bytewise; anything else is NotImplemented.</summary>
    private static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (BytesLike.TryBuffer(a) is not { } x || BytesLike.TryBuffer(b) is not { } y) return PySingleton.NotImplemented;
        var c = x.AsSpan().SequenceCompareTo(y);
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
}
