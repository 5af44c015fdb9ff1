namespace PyHeap.Runtime.Objects;

/// <summary>mp_ass_subscript; a null value deletes. Returns a new reference; arguments are borrowed.</summary>
public delegate void SetItemFunc(PyObject self, PyObject key, PyObject? value);
