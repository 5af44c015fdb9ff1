namespace PyHeap.Runtime.Objects;

/// <summary>tp_descr_get. Returns a new reference; arguments are borrowed.</summary>
public delegate PyObject DescrGetFunc(PyObject descr, PyObject? instance, PyType owner);
