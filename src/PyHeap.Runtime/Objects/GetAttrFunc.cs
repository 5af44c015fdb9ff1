namespace PyHeap.Runtime.Objects;

/// <summary>tp_getattro; null means the attribute was not found (the caller raises AttributeError). Returns a new reference; arguments are borrowed.</summary>
public delegate PyObject? GetAttrFunc(PyObject self, PyStr name);
