using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Kernel;

/// <summary>Evaluates a magic's expression argument in the user namespace (a SyntaxError or NameError goes to the cell).</summary>
internal static class ExpressionEvaluator
{
    /// <summary>The value (a new reference the caller releases).</summary>
    public static PyObject Evaluate(Interpreter interp, string expression)
    {
        if (expression.Trim().Length == 0) throw new MagicUsageException("an expression is required");
        var code = interp.Compile(expression.Trim(), "<magic>", interactive: true);
        try
        {
            using (interp.Heap.Hold(code)) return interp.RunCode(code, interp.MainModule.Dict);
        }
        finally
        {
            RefCounts.DecRef(code);
        }
    }
}
