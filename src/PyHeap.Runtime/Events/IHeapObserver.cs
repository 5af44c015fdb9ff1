using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Events;

/// <summary>Receives allocations and frees from the heap (reference-count changes come through RefCounts.Observer).</summary>
public interface IHeapObserver
{
    void Allocated(PyObject obj, int size);

    void Freed(PyObject obj);
}
