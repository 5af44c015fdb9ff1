using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Threading;

/// <summary>Seconds given to time.sleep, acquire(timeout=…) and friends (_PyTime_FromSecondsObject's checks).</summary>
public static class TimeArgs
{
    public static double Seconds(PyObject value) => value switch
    {
        PyFloat f when double.IsNaN(f.Value) => throw Errors.ValueError("Invalid value NaN (not a number)"),
        PyFloat f => f.Value,
        PyInt i => (double)i.BigValue,
        _ => throw Errors.TypeError($"'{value.Type.Name}' object cannot be interpreted as an integer"),
    };
}
