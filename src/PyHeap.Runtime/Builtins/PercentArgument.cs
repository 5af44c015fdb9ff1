using System.Numerics;
using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>One operand of <c>str % args</c> as the percent formatter sees it (Objects/unicodeobject.c: unicode_format_arg_*).</summary>
public sealed class PercentArgument(PyObject value) : IFormatArgument
{
    public PyObject Value { get; } = value;

    public string TypeName => Value.Type.Name;

    public bool IsInt => Value is PyInt;

    /// <summary>PyNumber_Index for int, bool and __index__ objects.</summary>
    public bool TryGetInteger(out BigInteger result)
    {
        if (Value is PyInt i)
        {
            result = i.BigValue;
            return true;
        }
        if (Value.Type.Index is not null)
        {
            var r = Abstract.Index(Value);
            result = r.BigValue;
            RefCounts.DecRef(r);
            return true;
        }
        result = default;
        return false;
    }

    /// <summary>PyFloat_AsDouble: float, int, __float__ or __index__ objects.</summary>
    public bool TryGetFloat(out double result)
    {
        switch (Value)
        {
            case PyFloat f:
                result = f.Value;
                return true;
            case PyInt i:
                result = ToDouble(i.BigValue);
                return true;
        }
        if (Value.Type.Float is { } slot)
        {
            var r = slot(Value);
            try
            {
                if (r is not PyFloat rf) throw Errors.TypeError($"{Value.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
                result = rf.Value;
                return true;
            }
            finally
            {
                RefCounts.DecRef(r);
            }
        }
        if (TryGetInteger(out var big))
        {
            result = ToDouble(big);
            return true;
        }
        result = 0;
        return false;
    }

    private static double ToDouble(BigInteger value)
    {
        try
        {
            return Numerics.IntOps.ToDouble(value);
        }
        catch (Numerics.PyPrimitiveError e)
        {
            throw StrArgs.FromPrimitive(e);
        }
    }

    public bool TryGetString(out string result)
    {
        if (Value is PyStr s)
        {
            result = s.Value;
            return true;
        }
        result = "";
        return false;
    }

    public string Str() => Abstract.StrString(Value);

    public string Repr() => Abstract.ReprString(Value);

    public string Ascii()
    {
        var a = Abstract.Ascii(Value);
        var text = a.Value;
        RefCounts.DecRef(a);
        return text;
    }
}
