namespace PyHeap.Runtime.Objects;

/// <summary>tp_hash. Returns a new reference; arguments are borrowed.</summary>
public delegate long HashFunc(PyObject self);
