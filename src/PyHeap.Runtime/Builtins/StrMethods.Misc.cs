using System.Text;
using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

public static partial class StrMethods
{
    private static void InstallMisc(PyType t)
    {
        TypeDicts.AddMethod(t, "replace", Replace);
        TypeDicts.AddMethod(t, "removeprefix", (self, args, kw) => RemoveAffix("removeprefix", self, args, kw, prefix: true));
        TypeDicts.AddMethod(t, "removesuffix", (self, args, kw) => RemoveAffix("removesuffix", self, args, kw, prefix: false));
        TypeDicts.AddMethod(t, "encode", (self, args, kw) =>
        {
            var a = StrArgs.Parse("encode", args, kw, 0, "encoding", "errors");
            var encoding = a[0] is null ? "utf-8" : StrArgs.Str(a[0]!, "encode() argument 'encoding' must be str");
            var errors = a[1] is null ? "strict" : StrArgs.Str(a[1]!, "encode() argument 'errors' must be str");
            return PyBytes.From(TextCodecs.Encode(Self(self).Value, encoding, errors));
        });
        // A staticmethod in str's namespace, as in CPython (str.maketrans and "".maketrans are the same function).
        var maketrans = PyBuiltinFunction.Static("maketrans", (self, args, kw) => MakeTrans(args, kw));
        TypeDicts.AddValue(t, "maketrans", Memory.Heap.Static(PyStaticMethod.CreateUnallocated(maketrans)));
        TypeDicts.AddMethod(t, "translate", Translate);
        TypeDicts.AddMethod(t, "__sizeof__", (self, args, kw) =>
        {
            StrArgs.None("str", "__sizeof__", args, kw);
            return PyInt.From(self.SizeOf());
        });
    }

    /// <summary>Models unicode_replace_impl: the same object when nothing is replaced.</summary>
    private static PyObject Replace(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        StrArgs.Positional("str", "replace", args, kw, 2, 3);
        var old = StrArgs.Str(args[0], "replace() argument 1 must be str");
        var @new = StrArgs.Str(args[1], "replace() argument 2 must be str");
        var count = args.Length > 2 ? StrArgs.Index(args[2]) : -1;
        var s = Self(self);
        if (old.Length == 0 && s.Kind == 4)
        {
            // Insert between code points, not between the halves of a surrogate pair.
            var cps = CodePointText.ToCodePoints(s.Value);
            var max = count < 0 ? long.MaxValue : count;
            var sb = new StringBuilder();
            long done = 0;
            for (var i = 0; i <= cps.Length; i++)
            {
                if (done < max)
                {
                    sb.Append(@new);
                    done++;
                }
                if (i < cps.Length) CodePointText.Append(sb, cps[i]);
            }
            return PyStr.From(sb.ToString());
        }
        return SameOrNew(self, StrOps.Replace(s.Value, old, @new, count));
    }

    private static PyObject RemoveAffix(string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool prefix)
    {
        StrArgs.One("str", name, args, kw);
        var affix = StrArgs.Str(args[0], $"{name}() argument must be str");
        var s = Self(self).Value;
        if (prefix && affix.Length > 0 && s.StartsWith(affix, StringComparison.Ordinal)) return PyStr.From(s[affix.Length..]);
        if (!prefix && affix.Length > 0 && s.EndsWith(affix, StringComparison.Ordinal)) return PyStr.From(s[..^affix.Length]);
        return SameOrNew(self, s);
    }

    /// <summary>Models unicode_maketrans_impl.</summary>
    private static PyObject MakeTrans(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        StrArgs.Positional("str", "maketrans", args, kw, 1, 3);
        var result = PyDict.New();
        try
        {
            if (args.Length == 1)
            {
                if (args[0] is not PyDict d) throw Errors.TypeError("if you give only one argument to maketrans it must be a dict");
                foreach (var (k, v) in d.Pairs())
                {
                    switch (k)
                    {
                        case PyStr ks:
                            if (ks.Length != 1) throw Errors.ValueError("string keys in translate table must be of length 1");
                            SetOrd(result, StrOps.CodePointAt(ks.Value, 0, out _), v);
                            break;
                        case PyInt:
                            result.SetItem(k, v);
                            break;
                        default:
                            throw Errors.TypeError("keys in translate table must be strings or integers");
                    }
                }
                return result;
            }
            if (args[0] is not PyStr x) throw Errors.TypeError("first maketrans argument must be a string if there is a second argument");
            var y = StrArgs.Str(args[1], "maketrans() argument 2 must be str");
            var xs = CodePointText.ToCodePoints(x.Value);
            var ys = CodePointText.ToCodePoints(y);
            if (xs.Length != ys.Length) throw Errors.ValueError("the first two maketrans arguments must have equal length");
            var zs = args.Length > 2 ? CodePointText.ToCodePoints(StrArgs.Str(args[2], "maketrans() argument 3 must be str")) : [];
            for (var i = 0; i < xs.Length; i++)
            {
                var value = PyInt.From(ys[i]);
                SetOrd(result, xs[i], value);
                RefCounts.DecRef(value);
            }
            foreach (var z in zs) SetOrd(result, z, PyNone.None);
            return result;
        }
        catch
        {
            RefCounts.DecRef(result);
            throw;
        }
    }

    private static void SetOrd(PyDict d, int cp, PyObject value)
    {
        var key = PyInt.From(cp);
        d.SetItem(key, value);
        RefCounts.DecRef(key);
    }

    /// <summary>Models _PyUnicode_TranslateCharmap: table[ord(c)] is None (delete), an int or a str; LookupError keeps c.</summary>
    private static PyObject Translate(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        StrArgs.One("str", "translate", args, kw);
        var table = args[0];
        var sb = new StringBuilder();
        foreach (var cp in CodePointText.ToCodePoints(Self(self).Value))
        {
            var key = PyInt.From(cp);
            PyObject? value;
            try
            {
                value = Abstract.GetItem(table, key);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.LookupError))
            {
                RefCounts.DecRef(e.Value);
                value = null;
            }
            finally
            {
                RefCounts.DecRef(key);
            }
            if (value is null)
            {
                CodePointText.Append(sb, cp);
                continue;
            }
            try
            {
                switch (value)
                {
                    case PyNone:
                        break;
                    case PyInt i:
                        if (i.IsBig || i.Value < 0 || i.Value > 0x10FFFF) throw Errors.ValueError("character mapping must be in range(0x110000)");
                        CodePointText.Append(sb, (int)i.Value);
                        break;
                    case PyStr s:
                        sb.Append(s.Value);
                        break;
                    default:
                        throw Errors.TypeError("character mapping must return integer, None or str");
                }
            }
            finally
            {
                RefCounts.DecRef(value);
            }
        }
        return PyStr.From(sb.ToString());
    }
}
