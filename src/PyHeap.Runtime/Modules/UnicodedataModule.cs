using System.Text;
using PyHeap.Language.Unicode;
using PyHeap.Runtime.Builtins;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Modules;

/// <summary>
/// unicodedata (Modules/unicodedata.c) over CPython 3.11's Unicode 14.0.0 database (PyHeap.Language.Unicode):
/// names, aliases and named sequences, the character properties, and the four normalization forms.
/// Not modelled: the UCD type and ucd_3_2_0 (the Unicode 3.2 view used by IDNA).
/// </summary>
public static class UnicodedataModule
{
    private const int NameMaxLength = 256;

    public static PyModule Create(Interpreter interp)
    {
        var module = PyModule.New("unicodedata");
        var version = PyStr.From(UnicodeDatabase.Version);
        module.Dict.SetItem("unidata_version", version);
        RefCounts.DecRef(version);
        module.AddFunction("lookup", Lookup);
        module.AddFunction("name", (self, args, kw) => WithDefault("name", args, kw, cp => UnicodeNames.GetName(cp) is { } n ? PyStr.From(n) : null, "no such name"));
        module.AddFunction("decimal", (self, args, kw) => WithDefault("decimal", args, kw, cp => UnicodeDatabase.Decimal(cp) is >= 0 and var d ? PyInt.From(d) : null, "not a decimal"));
        module.AddFunction("digit", (self, args, kw) => WithDefault("digit", args, kw, cp => UnicodeDatabase.Digit(cp) is >= 0 and var d ? PyInt.From(d) : null, "not a digit"));
        module.AddFunction("numeric", (self, args, kw) => WithDefault("numeric", args, kw, cp => UnicodeDatabase.Numeric(cp) is { } v ? PyFloat.From(v) : null, "not a numeric character"));
        AddProperty(module, "category", cp => PyStr.From(UnicodeDatabase.Category(cp)));
        AddProperty(module, "bidirectional", cp => PyStr.From(UnicodeDatabase.Bidirectional(cp)));
        AddProperty(module, "east_asian_width", cp => PyStr.From(UnicodeDatabase.EastAsianWidth(cp)));
        AddProperty(module, "combining", cp => PyInt.From(UnicodeDatabase.Combining(cp)));
        AddProperty(module, "mirrored", cp => PyInt.From(UnicodeDatabase.Mirrored(cp) ? 1 : 0));
        AddProperty(module, "decomposition", cp => PyStr.From(UnicodeDatabase.Decomposition(cp)));
        module.AddFunction("normalize", Normalize);
        module.AddFunction("is_normalized", IsNormalized);
        return module;
    }

    /// <summary>unicodedata.lookup(name): a character, alias or named sequence; KeyError otherwise.</summary>
    private static PyObject Lookup(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.ExactlyOne("unicodedata.lookup", args, kw);
        string name = args[0] switch
        {
            PyStr s => s.Value,
            PyBytes b => Encoding.UTF8.GetString(b.Value),
            var o => throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'"),
        };
        if (Encoding.UTF8.GetByteCount(name) > NameMaxLength) throw KeyError("name too long");
        if (UnicodeNames.TryLookup(name, namedSequences: true, out string value)) return PyStr.From(value);
        // The message is formatted from a C string, so it ends at the first NUL.
        int nul = name.IndexOf('\0');
        throw KeyError($"undefined character name '{(nul < 0 ? name : name[..nul])}'");
    }

    /// <summary>name/decimal/digit/numeric(chr[, default]): the value, else the default, else ValueError.</summary>
    private static PyObject WithDefault(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<int, PyObject?> get, string error)
    {
        NativeArgs.NoKeywords("unicodedata." + name, kw);
        NativeArgs.Range(name, args, null, 1, 2);
        int cp = Character(args[0], $"{name}() argument 1");
        if (get(cp) is { } value) return value;
        if (args.Length == 2) return RefCounts.NewRef(args[1]);
        throw Errors.ValueError(error);
    }

    private static void AddProperty(PyModule module, string name, Func<int, PyObject> get) =>
        module.AddFunction(name, (self, args, kw) =>
        {
            NativeArgs.ExactlyOne("unicodedata." + name, args, kw);
            return get(Character(args[0], $"{name}() argument"));
        });

    private static PyObject Normalize(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var (form, text) = FormAndText("normalize", args, kw);
        if (text.Value.Length == 0) return RefCounts.NewRef(text);
        var (compose, compatibility) = ParseForm(form);
        // A string the quick check certainly accepts comes back itself (unicodedata_UCD_normalize_impl).
        if (UnicodeNormalization.QuickCheckYes(text.Value, compose, compatibility)) return RefCounts.NewRef(text);
        return PyStr.From(UnicodeNormalization.Normalize(text.Value, compose, compatibility));
    }

    private static PyObject IsNormalized(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var (form, text) = FormAndText("is_normalized", args, kw);
        if (text.Value.Length == 0) return PyBool.True;
        var (compose, compatibility) = ParseForm(form);
        bool normalized = UnicodeNormalization.QuickCheckYes(text.Value, compose, compatibility)
            || UnicodeNormalization.Normalize(text.Value, compose, compatibility) == text.Value;
        return normalized ? PyBool.True : PyBool.False;
    }

    private static (string Form, PyStr Text) FormAndText(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NativeArgs.NoKeywords("unicodedata." + name, kw);
        NativeArgs.Range(name, args, null, 2, 2);
        if (args[0] is not PyStr form) throw Errors.TypeError($"{name}() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyStr text) throw Errors.TypeError($"{name}() argument 2 must be str, not {args[1].Type.Name}");
        return (form.Value, text);
    }

    private static (bool Compose, bool Compatibility) ParseForm(string form) => form switch
    {
        "NFC" => (true, false),
        "NFKC" => (true, true),
        "NFD" => (false, false),
        "NFKD" => (false, true),
        _ => throw Errors.ValueError("invalid normalization form"),
    };

    /// <summary>The code point of a one-character str ("... must be a unicode character, not str" otherwise).</summary>
    private static int Character(PyObject o, string what)
    {
        if (o is PyStr s && s.Length == 1) return s.Value.Length == 1 ? s.Value[0] : char.ConvertToUtf32(s.Value[0], s.Value[1]);
        throw Errors.TypeError($"{what} must be a unicode character, not {o.Type.Name}");
    }

    private static PyException KeyError(string message) => Errors.New(ExceptionTypes.KeyError, message);
}
