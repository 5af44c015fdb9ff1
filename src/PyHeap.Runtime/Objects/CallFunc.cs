namespace PyHeap.Runtime.Objects;

/// <summary>vectorcall: positional args then the values of the keyword args named in kwnames. Returns a new reference; arguments are borrowed.</summary>
public delegate PyObject CallFunc(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
