using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>
/// Stores into a frame's value stack and fast locals, and a list's items, without the covariant array store check:
/// PyObject is not sealed, so <c>array[i] = value</c> on a <c>PyObject?[]</c> calls the runtime's StelemRef helper
/// to check that the value fits the array's real element type (~12% of a call-heavy program). Those arrays are
/// always made as <c>PyObject[]</c> (<see cref="Exact"/> for one taken from a caller), so every PyObject fits; the
/// index is still checked.
/// </summary>
internal static class RefArray
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(PyObject?[] array, int index, PyObject? value)
    {
        if ((uint)index >= (uint)array.Length) ThrowIndex();
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index) = value;
    }

    /// <summary>
    /// <paramref name="array"/> itself when its element type is exactly PyObject, else a PyObject[] copy (a
    /// <c>PyStr[]</c> passed as <c>PyObject[]</c> must not receive other objects through <see cref="Store"/>).
    /// </summary>
    public static PyObject[] Exact(PyObject[] array) =>
        array.GetType() == typeof(PyObject[]) ? array : [.. array];

    private static void ThrowIndex() => throw new IndexOutOfRangeException();
}
