using PyHeap.Visuals.Rendering;

namespace PyHeap.Visuals.Tests;

public sealed class SvgTests
{
    [Fact]
    public void Svg_escapes_text_and_sets_its_size()
    {
        var svg = new Svg(100, 50).Text(1, 2, "a < b & c").ToString();
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\"", svg);
        Assert.Contains("a &lt; b &amp; c", svg);
    }
}
