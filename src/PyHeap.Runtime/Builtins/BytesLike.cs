using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// What the methods shared by bytes and bytearray need of either (Objects/bytes_methods.c works on a buffer):
/// the data, a bytes-like argument, and a result of the receiver's kind (bytearray methods always make a new
/// bytearray; bytes methods may return the receiver itself).
/// </summary>
public static class BytesLike
{
    /// <summary>The receiver's bytes (a copy for a bytearray, whose buffer may move).</summary>
    public static byte[] Get(PyObject self) => self is PyByteArray ba ? ba.ToArray() : ((PyBytes)self).Value;

    /// <summary>The data of a bytes-like object (bytes or bytearray: the buffer protocol), or null.</summary>
    public static byte[]? TryBuffer(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.ToArray(),
        _ => null,
    };

    /// <summary>PyObject_GetBuffer with its "a bytes-like object is required" TypeError.</summary>
    public static byte[] Buffer(PyObject o) =>
        TryBuffer(o) ?? throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    public static bool IsBytesLike(PyObject o) => o is PyBytes or PyByteArray;

    /// <summary>A new result of the receiver's kind: a bytearray for a bytearray receiver, else bytes.</summary>
    public static PyObject New(PyObject self, byte[] data) =>
        self is PyByteArray ? PyByteArray.From(data) : PyBytes.From(data);

    /// <summary>An unchanged result: the receiver itself for bytes, a copy for a bytearray.</summary>
    public static PyObject Same(PyObject self) =>
        self is PyByteArray ba ? PyByteArray.From(ba.Data) : RefCounts.NewRef(self);

    /// <summary>The name methods give in their argument errors ("bytearray.upper() takes no arguments").</summary>
    public static string TypeName(PyObject self) => self is PyByteArray ? "bytearray" : "bytes";
}
