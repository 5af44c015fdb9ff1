namespace PyHeap.Runtime.Objects;

/// <summary>sq_length / mp_length. Returns a new reference; arguments are borrowed.</summary>
public delegate long LenFunc(PyObject self);
