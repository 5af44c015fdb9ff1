namespace PyHeap.Runtime.Objects;

/// <summary>number slots; may return NotImplemented. Returns a new reference; arguments are borrowed.</summary>
public delegate PyObject BinaryFunc(PyObject left, PyObject right);
