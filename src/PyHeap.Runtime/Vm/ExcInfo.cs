using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>
/// One entry of the thread's handled-exception stack (Include/cpython/pystate.h: _PyErr_StackItem):
/// <c>sys.exc_info()</c> reads the innermost. Generators carry their own entry while they run.
/// </summary>
public sealed class ExcInfo
{
    /// <summary>The exception being handled (owned), or null.</summary>
    public PyObject? Value;

    public ExcInfo? Previous;
}
