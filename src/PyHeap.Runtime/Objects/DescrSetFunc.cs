namespace PyHeap.Runtime.Objects;

/// <summary>tp_descr_set; a null value deletes. Returns a new reference; arguments are borrowed.</summary>
public delegate void DescrSetFunc(PyObject descr, PyObject instance, PyObject? value);
