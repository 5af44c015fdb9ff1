namespace PyHeap.Runtime.Objects;

/// <summary>tp_richcompare; may return NotImplemented. Returns a new reference; arguments are borrowed.</summary>
public delegate PyObject RichCompareFunc(PyObject left, PyObject right, CompareOp op);
