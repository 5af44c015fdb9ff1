using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

/// <summary>
/// A Python exception travelling through C# code. It owns one reference to <see cref="Value"/>; whoever
/// catches it and stores the value takes that reference over (or releases it).
/// </summary>
public sealed class PyException : Exception
{
    public PyException(PyBaseException value)
        : base(null)
    {
        Value = value;
    }

    public PyBaseException Value { get; }

    /// <summary>Already inside the interpreter's unwinding (context set, traceback entries added).</summary>
    internal bool Propagating { get; set; }

    /// <summary>A re-raise (bare <c>raise</c>, RERAISE): no new traceback entry for the current frame.</summary>
    internal bool SkipTraceback { get; set; }

    public override string Message => Value.Type.Name + ": " + Errors.SafeStr(Value);
}
