using PyHeap.Kernel;

namespace PyHeap.Kernel.Tests;

public sealed class MemoryViewTests : IDisposable
{
    private readonly KernelSession session = new();

    public void Dispose() => session.Dispose();

    private DisplayBundle Show(string setup, string magic)
    {
        var frontend = new RecordingFrontend();
        var result = session.Execute(new ExecuteRequest(setup), frontend);
        Assert.True(result.Status == ExecuteStatus.Ok, string.Join("\n", result.Traceback));
        frontend = new RecordingFrontend();
        result = session.Execute(new ExecuteRequest(magic), frontend);
        Assert.True(result.Status == ExecuteStatus.Ok, string.Join("\n", result.Traceback));
        var bundle = Assert.Single(frontend.Displays);
        Assert.StartsWith("<svg", bundle.Data["image/svg+xml"]!.ToString());
        Assert.Contains("<svg", bundle.Data["text/html"]!.ToString());
        return bundle;
    }

    [Fact]
    public void Pymalloc_magic_frames_the_pool_holding_the_expression()
    {
        var bundle = Show("x = tuple([1])", "%pymalloc x");
        Assert.Contains("(size class 2, 48-byte blocks)", bundle.Data["text/plain"]!.ToString());
        Assert.Contains("target-pool", bundle.Data["image/svg+xml"]!.ToString());
    }

    [Fact]
    public void Heap_magic_counts_instances_by_type()
    {
        var bundle = Show("class Node:\n    pass\nnodes = [Node() for _ in range(3)]", "%heap 1000");
        Assert.Matches(@"\nNode\s+3\s", bundle.Data["text/plain"]!.ToString());
    }

    [Fact]
    public void Dis_magic_shows_the_bytecode_with_reference_notes()
    {
        var bundle = Show("def f(x):\n    return x + 1", "%dis f");
        var plain = bundle.Data["text/plain"]!.ToString();
        Assert.Contains("LOAD_FAST                0 (x)", plain);
        Assert.Contains("+1 pushes a new reference to local x", plain);
        Assert.Contains("# line 2: return x + 1", plain);
    }

    [Fact]
    public void Pyheap_functions_show_the_same_views()
    {
        var bundle = Show("import pyheap\ndef f(x):\n    return x", "pyheap.dis(f)");
        Assert.Contains("RETURN_VALUE", bundle.Data["text/plain"]!.ToString());
        Show("", "pyheap.pymalloc_map()");
        Show("", "pyheap.heap(top=5)");
    }
}
