namespace PyHeap.Language.Syntax;

/// <summary>ast.unaryop.</summary>
public enum UnaryOperator
{
    Invert,
    Not,
    UAdd,
    USub,
}
