using PyHeap.Kernel;

namespace PyHeap.Kernel.Tests;

public sealed class ViewTests : IDisposable
{
    private readonly KernelSession session = new();

    public void Dispose() => session.Dispose();

    private RecordingFrontend Run(string code)
    {
        var frontend = new RecordingFrontend();
        var result = session.Execute(new ExecuteRequest(code), frontend);
        Assert.True(result.Status == ExecuteStatus.Ok, string.Join("\n", result.Traceback));
        return frontend;
    }

    private static string Plain(RecordingFrontend f) => Assert.Single(f.Displays).Data["text/plain"]!.ToString();

    [Fact]
    public void Refs_magic_lists_every_holder_summing_to_the_count()
    {
        Run("a = []\nb = a\nc = [a]");
        var text = Plain(Run("%refs a"));
        Assert.Contains("refcount 4 = 1 + 1 + 1 + 1", text);
        Assert.Contains("global a", text);
        Assert.Contains("global b", text);
        Assert.Contains("c[0]", text);
        Assert.Contains("%refs itself", text);
    }

    [Fact]
    public void Pyheap_refs_counts_the_argument_like_getrefcount()
    {
        Run("import pyheap, sys\nx = {}\nholder = {'k': x}");
        var text = Plain(Run("pyheap.refs(x, name='x')"));
        Assert.Contains("refcount 3 = 1 + 1 + 1", text);
        Assert.Contains("holder['k']", text);
        Assert.Contains("value stack of <module>", text);
    }

    [Fact]
    public void Refs_names_attributes_locals_and_closure_cells()
    {
        Run("class Box:\n    pass\nitem = [1]\nbox = Box()\nbox.content = item\ndef outer():\n    captured = item\n    def inner():\n        return captured\n    return inner\nf = outer()");
        var text = Plain(Run("%refs item"));
        Assert.Contains("attribute box.content", text);
        Assert.Contains("closure cell captured of outer.<locals>.inner", text);
        Assert.DoesNotContain("not attributed", text);
    }

    [Fact]
    public void Refs_names_attributes_of_list_and_dict_subclass_instances()
    {
        Run("class L(list):\n    pass\nclass D(dict):\n    pass\nitem = object()\nl = L([item])\nl.tag = item\nd = D(k=item)\nd.note = item\nd.__dict__");
        var text = Plain(Run("import pyheap\npyheap.refs(item, 'item')"));
        Assert.Contains("refcount 6", text);
        Assert.Contains("attribute l.tag", text);
        Assert.Contains("attribute d.note", text);
        Assert.Contains("l[0]", text);
        Assert.Contains("d['k']", text);
        Assert.DoesNotContain("not attributed", text);
    }

    [Fact]
    public void Views_carry_svg_and_html_for_every_client()
    {
        Run("a = [1, 2]");
        var bundle = Assert.Single(Run("%refs a").Displays);
        Assert.StartsWith("<svg", bundle.Data["image/svg+xml"]!.ToString());
        Assert.Contains("<svg", bundle.Data["text/html"]!.ToString());
    }
}
