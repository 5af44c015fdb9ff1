using System.Text.Json;
using PyHeap.Runtime.Formatting;

namespace PyHeap.Runtime.Tests.Formatting;

/// <summary>A tuple, a single value or a dict of <see cref="TestFormatArgument"/>s.</summary>
internal sealed class TestPercentArguments : IPercentArguments
{
    private readonly List<IFormatArgument> items = [];
    private readonly Dictionary<string, IFormatArgument>? dict;

    public TestPercentArguments(JsonElement e)
    {
        if (e.TryGetProperty("tuple", out JsonElement t))
        {
            IsTuple = true;
            items.AddRange(t.EnumerateArray().Select(TestFormatArgument.Decode));
        }
        else if (e.TryGetProperty("dict", out JsonElement d))
        {
            dict = d.EnumerateObject().ToDictionary(p => p.Name, p => (IFormatArgument)TestFormatArgument.Decode(p.Value));
            items.Add(new TestFormatArgument("dict", null));
        }
        else
        {
            items.Add(TestFormatArgument.Decode(e.GetProperty("single")));
        }
    }

    public bool IsTuple { get; }

    public int Count => items.Count;

    public IFormatArgument this[int index] => items[index];

    public bool IsMapping => dict is not null;

    public IFormatArgument GetItem(string key) =>
        dict!.TryGetValue(key, out IFormatArgument? v) ? v : throw new PyFormatError("KeyError", "'" + key + "'");
}
