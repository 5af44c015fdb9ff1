using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Memory;

/// <summary>The scope of <see cref="Heap.Hold"/>: disposing it drops the latest temporary root.</summary>
public readonly struct HeldReference : IDisposable
{
    private readonly List<PyObject> roots;

    internal HeldReference(List<PyObject> roots)
    {
        this.roots = roots;
    }

    public void Dispose() => roots.RemoveAt(roots.Count - 1);
}
