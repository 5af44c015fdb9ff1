namespace PyHeap.Runtime.Objects;

/// <summary>tp_setattro; a null value deletes. Returns a new reference; arguments are borrowed.</summary>
public delegate void SetAttrFunc(PyObject self, PyStr name, PyObject? value);
