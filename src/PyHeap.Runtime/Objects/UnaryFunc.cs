namespace PyHeap.Runtime.Objects;

/// <summary>repr/str/iter/neg/pos/invert/abs/index/int/float slots. Returns a new reference; arguments are borrowed.</summary>
public delegate PyObject UnaryFunc(PyObject self);
