namespace PyHeap.Language.Syntax;

/// <summary>Whether a name/attribute/subscript/starred/list/tuple node is read, assigned or deleted (ast.expr_context).</summary>
public enum ExprContext
{
    Load,
    Store,
    Del,
}
