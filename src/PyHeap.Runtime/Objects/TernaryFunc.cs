namespace PyHeap.Runtime.Objects;

/// <summary>nb_power (modulus is None for two-argument pow). Returns a new reference; arguments are borrowed.</summary>
public delegate PyObject TernaryFunc(PyObject left, PyObject right, PyObject modulus);
