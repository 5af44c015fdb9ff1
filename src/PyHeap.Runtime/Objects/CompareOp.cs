namespace PyHeap.Runtime.Objects;

/// <summary>Rich comparison operators, numbered like CPython's Py_LT..Py_GE (the COMPARE_OP argument).</summary>
public enum CompareOp
{
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}
