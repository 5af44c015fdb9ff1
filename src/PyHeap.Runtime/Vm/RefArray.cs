using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>
/// Stores into a frame's value stack and fast locals without the covariant array store check: PyObject is not
/// sealed, so <c>array[i] = value</c> on a <c>PyObject?[]</c> calls the runtime's StelemRef helper to check that
/// the value fits the array's real element type (~12% of a call-heavy program). A frame's arrays are always made
/// as <c>PyObject?[]</c>, so every PyObject fits; the index is still checked.
/// </summary>
internal static class RefArray
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(PyObject?[] array, int index, PyObject? value)
    {
        if ((uint)index >= (uint)array.Length) ThrowIndex();
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index) = value;
    }

    private static void ThrowIndex() => throw new IndexOutOfRangeException();
}
