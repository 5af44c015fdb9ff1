namespace PyHeap.Runtime.Objects;

/// <summary>tp_iternext; null means exhausted (no StopIteration object is made). Returns a new reference; arguments are borrowed.</summary>
public delegate PyObject? IterNextFunc(PyObject iterator);
