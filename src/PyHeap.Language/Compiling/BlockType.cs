namespace PyHeap.Language.Compiling;

/// <summary>_Py_block_ty: the kind of a symbol-table block. Lambdas and comprehensions are function blocks.</summary>
public enum BlockType
{
    Function,
    Class,
    Module,
}
