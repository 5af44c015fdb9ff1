using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Memory;

/// <summary>Listens to every reference-count change (after it happened).</summary>
public interface IRefCountObserver
{
    void Changed(PyObject obj, int delta);
}
