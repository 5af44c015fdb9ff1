namespace PyHeap.Runtime.Objects;

/// <summary>nb_bool. Returns a new reference; arguments are borrowed.</summary>
public delegate bool InquiryFunc(PyObject self);
