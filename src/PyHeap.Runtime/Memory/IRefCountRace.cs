using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Memory;

/// <summary>
/// Takes over Py_INCREF / Py_DECREF while the GIL is switched off (Threading/NoGil.cs), to split each update into
/// its load, add and store. Returns true when it performed the update itself (the caller must not touch the count).
/// </summary>
public interface IRefCountRace
{
    bool Intercept(PyObject obj, int delta);
}
