using System.Text;
using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// str % args, str.format / format_map (Objects/stringlib/unicode_format.h) and the __format__ methods of str,
/// int, bool and float (Python/formatter_unicode.c), driving the Formatting library.
/// </summary>
public static class StrFormatting
{
    internal static void Install(PyType t)
    {
        TypeDicts.AddMethod(t, "format", (self, args, kw) =>
        {
            var (positional, keywords) = NativeArgs.Split(args, kw);
            return Format((PyStr)self, positional, name => keywords.TryGetValue(name, out var v)
                ? RefCounts.NewRef(v)
                : throw KeyError(name));
        });
        TypeDicts.AddMethod(t, "format_map", (self, args, kw) =>
        {
            StrArgs.One("str", "format_map", args, kw);
            var mapping = args[0];
            return Format((PyStr)self, null, name =>
            {
                var key = PyStr.From(name);
                try
                {
                    return Abstract.GetItem(mapping, key);
                }
                finally
                {
                    RefCounts.DecRef(key);
                }
            });
        });
        TypeDicts.AddMethod(t, "__format__", (self, args, kw) =>
        {
            var spec = SpecArgument("str", args, kw);
            if (spec.Length == 0) return Abstract.Str(self);
            var value = ((PyStr)self).Value;
            var text = Prim(() => Formatter.FormatStr(value, spec, self.Type.Name));
            return ReferenceEquals(text, value) ? Abstract.Str(self) : PyStr.From(text);
        });
    }

    /// <summary>int.__format__ (inherited by bool) and float.__format__: an empty spec is str(self).</summary>
    internal static void InstallNumberFormat()
    {
        TypeDicts.AddMethod(Types.Int, "__format__", (self, args, kw) =>
        {
            var spec = SpecArgument("int", args, kw);
            if (spec.Length == 0) return Abstract.Str(self);
            return PyStr.From(Prim(() => Formatter.FormatInt(((PyInt)self).BigValue, spec, self.Type.Name)));
        });
        TypeDicts.AddMethod(Types.Float, "__format__", (self, args, kw) =>
        {
            var spec = SpecArgument("float", args, kw);
            if (spec.Length == 0) return Abstract.Str(self);
            return PyStr.From(Prim(() => Formatter.FormatFloat(((PyFloat)self).Value, spec, self.Type.Name)));
        });
    }

    /// <summary>The one positional spec; METH_O-style errors name the owner type ("float.__format__()").</summary>
    private static string SpecArgument(string owner, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne(owner + ".__format__", args, kw);
        return args[0] is PyStr s ? s.Value : throw Errors.TypeError($"__format__() argument must be str, not {args[0].Type.Name}");
    }

    /// <summary>Models PyUnicode_Format (str % args).</summary>
    internal static PyObject Percent(PyStr format, PyObject args)
    {
        using var arguments = new PercentArguments(args);
        return PyStr.From(Prim(() => PercentFormatter.Format(format.Value, arguments)));
    }

    /// <summary>
    /// Models do_string_format / render_field: each field's object (positional, keyword or mapping lookup, then
    /// .attr and [key] steps), its conversion, its spec rendered recursively, then format(obj, spec).
    /// </summary>
    private static PyObject Format(PyStr template, PyObject[]? positional, Func<string, PyObject> lookup)
    {
        var pieces = Prim(() => FormatStringParser.Parse(template.Value));
        var sb = new StringBuilder();
        Render(pieces, positional, lookup, sb);
        return PyStr.From(sb.ToString());
    }

    private static void Render(IReadOnlyList<FormatPiece> pieces, PyObject[]? positional, Func<string, PyObject> lookup, StringBuilder sb)
    {
        foreach (var piece in pieces)
        {
            if (piece.Literal is { } literal)
            {
                sb.Append(literal);
                continue;
            }
            var obj = FieldObject(piece, positional, lookup);
            try
            {
                var converted = piece.Conversion switch
                {
                    'r' => Abstract.Repr(obj),
                    's' => Abstract.Str(obj),
                    'a' => Abstract.Ascii(obj),
                    _ => RefCounts.NewRef(obj),
                };
                RefCounts.DecRef(obj);
                obj = converted;
                var specText = new StringBuilder();
                Render(piece.Spec, positional, lookup, specText);
                var spec = PyStr.From(specText.ToString());
                try
                {
                    var formatted = (PyStr)Abstract.Format(obj, spec);
                    sb.Append(formatted.Value);
                    RefCounts.DecRef(formatted);
                }
                finally
                {
                    RefCounts.DecRef(spec);
                }
            }
            finally
            {
                RefCounts.DecRef(obj);
            }
        }
    }

    /// <summary>Models get_field_object: a new reference to the field's value after its accessors.</summary>
    private static PyObject FieldObject(FormatPiece piece, PyObject[]? positional, Func<string, PyObject> lookup)
    {
        PyObject obj;
        if (piece.Name is { } name)
        {
            obj = lookup(name);
        }
        else
        {
            if (positional is null) throw Errors.ValueError("Format string contains positional fields");
            if (piece.Index >= positional.Length)
                throw Errors.IndexError($"Replacement index {piece.Index} out of range for positional args tuple");
            obj = RefCounts.NewRef(positional[piece.Index]);
        }
        foreach (var step in piece.Accessors)
        {
            try
            {
                PyObject next;
                if (step.IsAttribute)
                {
                    next = Abstract.GetAttr(obj, step.StringKey!);
                }
                else
                {
                    PyObject key = step.IsIntKey ? PyInt.From(step.IntKey) : PyStr.From(step.StringKey!);
                    try
                    {
                        next = Abstract.GetItem(obj, key);
                    }
                    finally
                    {
                        RefCounts.DecRef(key);
                    }
                }
                RefCounts.DecRef(obj);
                obj = next;
            }
            catch
            {
                RefCounts.DecRef(obj);
                throw;
            }
        }
        return obj;
    }

    private static PyException KeyError(string name)
    {
        var key = PyStr.From(name);
        try
        {
            return Errors.KeyError(key);
        }
        finally
        {
            RefCounts.DecRef(key);
        }
    }

    private static T Prim<T>(Func<T> f)
    {
        try
        {
            return f();
        }
        catch (Numerics.PyPrimitiveError e)
        {
            throw StrArgs.FromPrimitive(e);
        }
    }
}
