using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Numerics;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>The math module (Modules/mathmodule.c): constants and functions, built on <see cref="PyMath"/>.</summary>
public static class MathModule
{
    public static PyModule Create(Interpreter interp)
    {
        var module = PyModule.New("math");
        var d = module.Dict;
        foreach (var (name, value) in new[] { ("pi", PyMath.Pi), ("e", PyMath.E), ("tau", PyMath.Tau), ("inf", PyMath.Inf), ("nan", PyMath.Nan) })
        {
            var f = PyFloat.From(value);
            d.SetItem(name, f);
            RefCounts.DecRef(f);
        }

        // math_1 functions (METH_O): a float in, a float out.
        foreach (var (name, op) in new (string, Func<double, double>)[]
        {
            ("sqrt", PyMath.Sqrt), ("exp", PyMath.Exp), ("sin", PyMath.Sin), ("cos", PyMath.Cos), ("tan", PyMath.Tan),
            ("asin", PyMath.Asin), ("acos", PyMath.Acos), ("atan", PyMath.Atan), ("sinh", PyMath.Sinh), ("cosh", PyMath.Cosh),
            ("tanh", PyMath.Tanh), ("fabs", PyMath.Fabs), ("degrees", PyMath.Degrees), ("radians", PyMath.Radians),
            ("asinh", MathFunctions.Asinh), ("acosh", MathFunctions.Acosh), ("atanh", MathFunctions.Atanh),
            ("expm1", MathFunctions.Expm1), ("log1p", MathFunctions.Log1p),
        })
        {
            var qualified = "math." + name;
            module.AddFunction(name, (self, args, kw) =>
            {
                NativeArgs.ExactlyOne(qualified, args, kw);
                var x = MathArgs.AsDouble(args[0]);
                try
                {
                    return PyFloat.From(op(x));
                }
                catch (PyPrimitiveError e)
                {
                    throw NumberErrors.From(e);
                }
            });
        }

        // Two floats in, a float out (METH_FASTCALL: "pow expected 2 arguments, got 1").
        foreach (var (name, op) in new (string, Func<double, double, double>)[]
        {
            ("pow", PyMath.Pow), ("fmod", PyMath.Fmod), ("copysign", PyMath.CopySign), ("atan2", PyMath.Atan2),
        })
        {
            module.AddFunction(name, (self, args, kw) =>
            {
                NativeArgs.Range(name, args, kw, 2, 2);
                var x = MathArgs.AsDouble(args[0]);
                var y = MathArgs.AsDouble(args[1]);
                try
                {
                    return PyFloat.From(op(x, y));
                }
                catch (PyPrimitiveError e)
                {
                    throw NumberErrors.From(e);
                }
            });
        }

        foreach (var (name, op) in new (string, Func<double, bool>)[] { ("isnan", PyMath.IsNan), ("isinf", PyMath.IsInf), ("isfinite", PyMath.IsFinite) })
        {
            var qualified = "math." + name;
            module.AddFunction(name, (self, args, kw) =>
            {
                NativeArgs.ExactlyOne(qualified, args, kw);
                return PyBool.From(op(MathArgs.AsDouble(args[0])));
            });
        }

        module.AddFunction("floor", (self, args, kw) => { NativeArgs.ExactlyOne("math.floor", args, kw); return MathFunctions.Floor(args[0]); });
        module.AddFunction("ceil", (self, args, kw) => { NativeArgs.ExactlyOne("math.ceil", args, kw); return MathFunctions.Ceil(args[0]); });
        module.AddFunction("trunc", (self, args, kw) => { NativeArgs.ExactlyOne("math.trunc", args, kw); return MathFunctions.Trunc(args[0]); });
        module.AddFunction("log", MathFunctions.Log);
        module.AddFunction("log2", (self, args, kw) => { NativeArgs.ExactlyOne("math.log2", args, kw); return MathFunctions.LogOne(args[0], PyMath.Log2, PyMath.Log2); });
        module.AddFunction("log10", (self, args, kw) => { NativeArgs.ExactlyOne("math.log10", args, kw); return MathFunctions.LogOne(args[0], PyMath.Log10, PyMath.Log10); });
        module.AddFunction("isclose", MathFunctions.IsClose);
        module.AddFunction("hypot", MathFunctions.Hypot);
        module.AddFunction("dist", MathFunctions.Dist);
        module.AddFunction("fsum", (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("math.fsum", args, kw);
            var values = MathArgs.Doubles(args[0]);
            return MathArgs.Float(() => PyMath.Fsum(values));
        });
        module.AddFunction("prod", MathFunctions.Prod);
        module.AddFunction("frexp", MathFunctions.Frexp);
        module.AddFunction("ldexp", MathFunctions.Ldexp);
        module.AddFunction("modf", MathFunctions.Modf);
        MathIntegers.Install(module.AddFunction);
        return module;
    }
}
