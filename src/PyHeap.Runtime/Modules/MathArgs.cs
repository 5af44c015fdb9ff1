using System.Numerics;
using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>Argument conversions of Modules/mathmodule.c (PyFloat_AsDouble, PyNumber_Index) with CPython's messages.</summary>
public static class MathArgs
{
    /// <summary>Models PyFloat_AsDouble: a float, an int (OverflowError when huge), __float__, then __index__.</summary>
    public static double AsDouble(PyObject o)
    {
        if (o is PyFloat f) return f.Value;
        if (o is PyInt i) return FloatArithmetic.ToDouble(i);
        if (o.Type.Float is { } toFloat)
        {
            var r = toFloat(o);
            try
            {
                if (r is PyFloat rf) return rf.Value;
                throw Errors.TypeError($"{o.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
            }
            finally
            {
                RefCounts.DecRef(r);
            }
        }
        if (o.Type.Index is not null)
        {
            var idx = Abstract.Index(o);
            try
            {
                return FloatArithmetic.ToDouble(idx);
            }
            finally
            {
                RefCounts.DecRef(idx);
            }
        }
        throw Errors.TypeError($"must be real number, not {o.Type.Name}");
    }

    /// <summary>PyNumber_Index's value ("'float' object cannot be interpreted as an integer").</summary>
    public static BigInteger AsInteger(PyObject o)
    {
        if (o is PyInt i) return i.BigValue;
        var idx = Abstract.Index(o);
        try
        {
            return idx.BigValue;
        }
        finally
        {
            RefCounts.DecRef(idx);
        }
    }

    /// <summary>Wraps a float result, turning library errors into Python exceptions.</summary>
    public static PyObject Float(Func<double> f)
    {
        try
        {
            return PyFloat.From(f());
        }
        catch (Numerics.PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>Wraps an int result, turning library errors into Python exceptions.</summary>
    public static PyObject Int(Func<BigInteger> f)
    {
        try
        {
            return PyInt.From(f());
        }
        catch (Numerics.PyPrimitiveError e)
        {
            throw NumberErrors.From(e);
        }
    }

    /// <summary>All items of an iterable converted with <see cref="AsDouble"/>.</summary>
    public static double[] Doubles(PyObject iterable)
    {
        var items = Abstract.ToList(iterable);
        try
        {
            var result = new double[items.Count];
            for (var i = 0; i < items.Count; i++) result[i] = AsDouble(items[i]);
            return result;
        }
        finally
        {
            foreach (var item in items) RefCounts.DecRef(item);
        }
    }
}
