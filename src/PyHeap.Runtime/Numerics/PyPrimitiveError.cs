namespace PyHeap.Runtime.Numerics;

/// <summary>
/// Base of the errors raised by the pure numeric/text primitives. The runtime catches this one type and
/// raises <see cref="PythonTypeName"/> (e.g. "ValueError") with <see cref="Exception.Message"/>, which is
/// CPython 3.11's exact wording.
/// </summary>
public abstract class PyPrimitiveError : Exception
{
    protected PyPrimitiveError(string pythonTypeName, string message) : base(message)
    {
        PythonTypeName = pythonTypeName;
    }

    /// <summary>Name of the Python exception type to raise: "ValueError", "OverflowError", ...</summary>
    public string PythonTypeName { get; }

    public override string ToString() => PythonTypeName + ": " + Message;
}
