using System.Text.Json.Nodes;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Kernel;

/// <summary>
/// IPython's DisplayFormatter: an object's MIME bundle is its repr as <c>text/plain</c> plus whatever its
/// <c>_repr_html_</c>, <c>_repr_markdown_</c> … and <c>_repr_mimebundle_</c> methods return. Builtin types have
/// none of those methods, so only instances of classes written in Python are asked (a lookup on an int would
/// only raise and swallow an AttributeError on the simulated heap).
/// </summary>
internal static class MimeFormatter
{
    private static readonly (string Method, string Mime)[] ReprMethods =
    [
        ("_repr_html_", "text/html"),
        ("_repr_markdown_", "text/markdown"),
        ("_repr_svg_", "image/svg+xml"),
        ("_repr_png_", "image/png"),
        ("_repr_jpeg_", "image/jpeg"),
        ("_repr_latex_", "text/latex"),
        ("_repr_json_", "application/json"),
        ("_repr_javascript_", "application/javascript"),
        ("_repr_pdf_", "application/pdf"),
    ];

    /// <summary>The bundle for <paramref name="obj"/> (borrowed). A failing <c>_repr_*_</c> is reported on stderr and skipped, as IPython does.</summary>
    public static DisplayBundle Format(Interpreter interp, PyObject obj)
    {
        var data = new JsonObject();
        var metadata = new JsonObject();
        if (obj.Type.IsHeapType)
        {
            AddMimeBundle(interp, obj, data, metadata);
            foreach (var (method, mime) in ReprMethods)
            {
                if (data.ContainsKey(mime)) continue;
                var value = CallRepr(interp, obj, method);
                if (value is null) continue;
                try
                {
                    if (value is not PyNone) data[mime] = ToJson(value, mime);
                }
                finally
                {
                    RefCounts.DecRef(value);
                }
            }
        }
        if (!data.ContainsKey("text/plain")) data["text/plain"] = Abstract.ReprString(obj);
        return new DisplayBundle(Reorder(data), metadata);
    }

    /// <summary>text/plain first, as IPython's bundles list it.</summary>
    private static JsonObject Reorder(JsonObject data)
    {
        var ordered = new JsonObject();
        if (data.TryGetPropertyValue("text/plain", out var plain)) ordered["text/plain"] = plain?.DeepClone();
        foreach (var (key, value) in data)
            if (key != "text/plain") ordered[key] = value?.DeepClone();
        return ordered;
    }

    private static void AddMimeBundle(Interpreter interp, PyObject obj, JsonObject data, JsonObject metadata)
    {
        var value = CallRepr(interp, obj, "_repr_mimebundle_");
        if (value is null) return;
        try
        {
            var (bundle, meta) = value is PyTuple { Count: 2 } t ? (t.Items[0], t.Items[1]) : (value, null);
            if (bundle is PyDict d) AddPairs(d, data, toJson: true);
            if (meta is PyDict m) AddPairs(m, metadata, toJson: false);
        }
        finally
        {
            RefCounts.DecRef(value);
        }
    }

    private static void AddPairs(PyDict dict, JsonObject target, bool toJson)
    {
        foreach (var (key, value) in dict.Pairs().ToList())
            if (key is PyStr mime) target[mime.Value] = toJson ? ToJson(value, mime.Value) : JsonValueOf(value);
    }

    /// <summary>Calls <c>obj.method()</c>; null when there is no such method or it raised (reported on stderr).</summary>
    private static PyObject? CallRepr(Interpreter interp, PyObject obj, string method)
    {
        PyObject? bound = null;
        try
        {
            bound = Abstract.LookupAttr(obj, PyStr.Intern(method));
            if (bound is null) return null;
            return interp.CallObject(bound, []);
        }
        catch (PyException e)
        {
            interp.Stderr.Write(TracebackPrinter.Format(e.Value));
            RefCounts.DecRef(e.Value);
            return null;
        }
        finally
        {
            if (bound is not null) RefCounts.DecRef(bound);
        }
    }

    private static JsonNode? ToJson(PyObject value, string mime) => value switch
    {
        PyBytes b => Convert.ToBase64String(b.Value),
        PyStr s when mime == "application/json" => TryParse(s.Value),
        _ => JsonValueOf(value),
    };

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return text;
        }
    }

    /// <summary>A Python value as JSON (dicts, lists, tuples, str, int, float, bool, None); anything else as its str.</summary>
    public static JsonNode? JsonValueOf(PyObject value) => value switch
    {
        PyNone => null,
        PyBool b => JsonValue.Create(ReferenceEquals(b, PyBool.True)),
        PyInt i when i.BigValue >= long.MinValue && i.BigValue <= long.MaxValue => JsonValue.Create((long)i.BigValue),
        PyFloat f => JsonValue.Create(f.Value),
        PyStr s => s.Value,
        PyBytes b => Convert.ToBase64String(b.Value),
        PyList l => new JsonArray(l.Items.ToArray().Select(JsonValueOf).ToArray()),
        PyTuple t => new JsonArray(t.Items.Select(JsonValueOf).ToArray()),
        PyDict d => new JsonObject(d.Pairs().ToList().Select(p => KeyValuePair.Create(Abstract.StrString(p.Key), JsonValueOf(p.Value)))),
        _ => Abstract.StrString(value),
    };
}
