namespace PyHeap.Language.Syntax;

/// <summary>ast.cmpop; Lt..GtE are numbered as CPython's COMPARE_OP argument (Py_LT=0 … Py_GE=5).</summary>
public enum CompareOperator
{
    Lt = 0,
    LtE = 1,
    Eq = 2,
    NotEq = 3,
    Gt = 4,
    GtE = 5,
    Is = 6,
    IsNot = 7,
    In = 8,
    NotIn = 9,
}
