namespace PyHeap.Runtime.Objects;

/// <summary>mp_subscript. Returns a new reference; arguments are borrowed.</summary>
public delegate PyObject GetItemFunc(PyObject self, PyObject key);
