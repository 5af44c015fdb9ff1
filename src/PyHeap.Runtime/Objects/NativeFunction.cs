namespace PyHeap.Runtime.Objects;

/// <summary>
/// A builtin implemented in C#: <paramref name="self"/> is the bound object (the instance for a method, the
/// module for a module function); positional args, then the keyword values named by <paramref name="kwnames"/>.
/// Returns a new reference; arguments are borrowed.
/// </summary>
public delegate PyObject NativeFunction(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
