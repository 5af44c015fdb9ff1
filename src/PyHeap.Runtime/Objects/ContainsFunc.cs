namespace PyHeap.Runtime.Objects;

/// <summary>sq_contains. Returns a new reference; arguments are borrowed.</summary>
public delegate bool ContainsFunc(PyObject self, PyObject item);
