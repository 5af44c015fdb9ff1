using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Processes;

/// <summary>Why an object cannot cross into another process, with the exception CPython raises for it.</summary>
public sealed record CopyError(string ExceptionName, string Message)
{
    /// <summary>The exception, made in the running interpreter (_pickle.PicklingError comes from the pickle module).</summary>
    public PyException ToException()
    {
        if (ExceptionName != "PicklingError") return Errors.New(ExceptionName == "AttributeError" ? ExceptionTypes.AttributeError : ExceptionTypes.TypeError, Message);
        var interp = Interpreter.Current;
        var pickle = interp.ImportModule("pickle");
        try
        {
            var type = (PyType)((PyModule)pickle).Dict.GetItemOrNull("PicklingError")!;
            return Errors.New(type, Message);
        }
        finally
        {
            RefCounts.DecRef(pickle);
        }
    }
}
