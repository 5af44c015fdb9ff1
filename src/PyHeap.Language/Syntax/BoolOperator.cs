namespace PyHeap.Language.Syntax;

/// <summary>ast.boolop.</summary>
public enum BoolOperator
{
    And,
    Or,
}
